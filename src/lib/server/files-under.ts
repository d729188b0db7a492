/**
 * Every file under a folder, as the build's steps that walk a written folder need it: publishing a
 * site (its manifest), replacing a data folder (which files to compare) and scanning a site for text
 * it must not carry. The order is fixed (each folder's names sorted by UTF-16 code unit, a folder's
 * files where its name sorts), since a site's generation id is a hash of its files in this order.
 */
import { readdirSync, statSync, type Dirent } from 'node:fs';
import { join } from 'node:path';

/** How `filesUnder` walks. */
export interface WalkOptions {
	/**
	 * Follow a symbolic link to a folder inside `dir` (the scan does, as a server would). Otherwise a
	 * link is listed as a file, the way the build's own folders, which hold none, would list one.
	 */
	follow?: boolean;
}

/** Whether `entry` of the folder `parent` is a folder to walk into. */
function isFolder(parent: string, entry: Dirent, follow: boolean): boolean {
	if (entry.isDirectory()) return true;
	return follow && entry.isSymbolicLink() && statSync(join(parent, entry.name)).isDirectory();
}

/**
 * Every file under `dir` (itself followed when it is a link), as a path relative to it with forward
 * slashes, in the order above.
 */
export function filesUnder(dir: string, options: WalkOptions = {}): string[] {
	const out: string[] = [];
	const walk = (prefix: string) => {
		const parent = prefix ? join(dir, prefix) : dir;
		const entries = readdirSync(parent, { withFileTypes: true }).sort((a, b) =>
			a.name < b.name ? -1 : a.name > b.name ? 1 : 0
		);
		for (const entry of entries) {
			const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
			if (isFolder(parent, entry, options.follow ?? false)) walk(rel);
			else out.push(rel);
		}
	};
	walk('');
	return out;
}
