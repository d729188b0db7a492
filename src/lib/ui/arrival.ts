/**
 * How the page in view was reached: loaded from its address (typed, bookmarked, reloaded, opened in a
 * new tab) or by the router from another page of the site. A panel that the address opens while the
 * page loads shows without taking the focus, so the keyboard starts at the top of the page, where the
 * skip link leads to it; a panel the reader opens, on this page or by following a link from the
 * reader, takes the focus, as any dialog-like region the reader asked for does.
 */

let routed = false;

/** Called by the root layout before the router shows another page of the site. */
export function noteRouted(): void {
	routed = true;
}

/** True until the router has shown a page: the page in view came from the address bar. */
export function loadedFromAddress(): boolean {
	return !routed;
}
