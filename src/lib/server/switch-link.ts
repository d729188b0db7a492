/**
 * The one step that publishes a new generation of a folder, shared by the site (`publish.ts`: the
 * link `build` to `.sites/build/<id>/`) and the data folder (`replace-changed.ts`: the link `DIR` to
 * `DIR.gen-<n>`). A path that is a symbolic link is pointed elsewhere by making a new link beside it
 * and renaming that over it: rename(2) replaces the old link in one step, so every lookup of the
 * path finds the old generation or the new one, never nothing.
 *
 * What the rename publishes must be on the disk before it: the new link's folder is flushed after
 * the link is made (so after a power cut the rename cannot stand without the link it names), and
 * again after the rename (so the switch itself lasts). The generation's own files and folders are
 * the caller's to flush first (`durable.ts`), since only it knows which of them it wrote.
 */
import { readdirSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { pidAlive } from './cut-short';
import { syncPath } from './durable';

/** The temporary link's name for `out` and a process: hidden, beside `out`. */
export function temporaryLink(out: string, pid = process.pid): string {
	const path = resolve(out);
	return join(dirname(path), `.${basename(path)}.link-${pid}`);
}

/** Removes the temporary links of `out` that switches killed before their rename left. */
export function removeStaleLinks(out: string): void {
	const path = resolve(out);
	const prefix = `.${basename(path)}.link-`;
	for (const name of readdirSync(dirname(path))) {
		if (!name.startsWith(prefix)) continue;
		const pid = Number(name.slice(prefix.length));
		if (Number.isInteger(pid) && pid !== process.pid && !pidAlive(pid))
			rmSync(join(dirname(path), name), { force: true });
	}
}

/** What `switchLink` does between its steps, for the specs that record or interrupt them. */
export interface SwitchHooks {
	/** Called after the new link is made and flushed, just before it is renamed over `out`. */
	beforeRename?: () => void;
}

/**
 * Points the link `out` at the folder `to` (a link relative to `out`'s folder), replacing the link
 * there in one rename, or making it when `out` is missing. `out` must not be a real folder: rename(2)
 * cannot replace one with a link.
 */
export function switchLink(out: string, to: string, hooks: SwitchHooks = {}): void {
	const path = resolve(out);
	const parent = dirname(path);
	removeStaleLinks(path);
	const link = temporaryLink(path);
	rmSync(link, { force: true });
	symlinkSync(relative(parent, resolve(to)), link);
	syncPath(parent);
	hooks.beforeRename?.();
	renameSync(link, path);
	syncPath(parent);
}
