/**
 * Code the first screen does not show, loaded the first time it is asked for: the place panel and the
 * chronology are split out of the page's bundle (`import()`), so a visit pays for them only once a place
 * or the chronology is opened, or once the map is idle and the page loads them ahead of a click.
 */

/**
 * A loader that imports a module's default export once: every call returns the same promise, so a
 * preload and the first render share one request, and every later render gets the module already here.
 * A failed import (a dropped connection) is forgotten, so the next call tries again rather than keeping
 * the panel broken until the page is reloaded.
 */
export function lazy<T>(load: () => Promise<{ default: T }>): () => Promise<T> {
	let pending: Promise<T> | undefined;
	return () =>
		(pending ??= load().then(
			(module) => module.default,
			(e: unknown) => {
				pending = undefined;
				throw e;
			}
		));
}
