/**
 * Moving a complete staged folder over a previous copy of itself, file by file, so that a file whose
 * bytes did not change stays the file it was (the same inode and modification time). A watcher, a
 * sync to a host (`rsync`, an object store's upload of what differs) or the next step's cache then sees
 * only what the new build changed, and the report says how much that is.
 */
import {
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmdirSync,
	rmSync,
	statSync
} from 'node:fs';
import { dirname, join } from 'node:path';

/** What `replaceChanged` did to the target folder. */
export interface Replaced {
	/** Files the target holds now. */
	files: number;
	/** Files whose bytes differ from the target's copy, moved over it. */
	changed: number;
	/** Files the target did not hold. */
	added: number;
	/** Files of the target the staged folder does not hold, removed. */
	removed: number;
	/** Bytes of the changed and added files. */
	bytes: number;
}

/** Every file under `dir` as a path relative to it with forward slashes. */
function filesUnder(dir: string, prefix = ''): string[] {
	return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
		const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
		return entry.isDirectory() ? filesUnder(dir, rel) : [rel];
	});
}

/** Whether the file at `path` holds exactly the bytes of `staged`, whose size is `size`. */
function sameBytes(path: string, staged: string, size: number): boolean {
	let stat;
	try {
		stat = statSync(path);
	} catch {
		return false;
	}
	return stat.isFile() && stat.size === size && readFileSync(path).equals(readFileSync(staged));
}

/** Removes the folders under `dir` (not `dir` itself) that hold nothing once their files are gone. */
function removeEmptyFolders(dir: string): void {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		if (!entry.isDirectory()) continue;
		const path = join(dir, entry.name);
		removeEmptyFolders(path);
		if (readdirSync(path).length === 0) rmdirSync(path);
	}
}

/**
 * Makes the folder `target` hold exactly the files of `staged`, then removes `staged`. When `target`
 * does not exist, `staged` is renamed to it. Otherwise each staged file is compared with the target's
 * file of the same path (size, then bytes): an equal one is left as it is, a different or missing one
 * is renamed over it (one atomic rename a file, so a reader sees the old file or the new one), and the
 * target's files that `staged` lacks are removed, with the folders they leave empty. Both folders must
 * be on one file system. While it runs a reader can see some files new and others old; the caller
 * writes `staged` completely first, so a failed build never reaches the target at all.
 */
export function replaceChanged(staged: string, target: string): Replaced {
	const files = filesUnder(staged);
	const sizes = files.map((rel) => statSync(join(staged, rel)).size);
	const bytes = sizes.reduce((sum, n) => sum + n, 0);
	if (!existsSync(target)) {
		mkdirSync(dirname(target), { recursive: true });
		renameSync(staged, target);
		return { files: files.length, changed: 0, added: files.length, removed: 0, bytes };
	}
	const wanted = new Set(files);
	let removed = 0;
	for (const rel of filesUnder(target))
		if (!wanted.has(rel)) {
			rmSync(join(target, rel), { force: true });
			removed++;
		}
	let changed = 0;
	let added = 0;
	let moved = 0;
	files.forEach((rel, i) => {
		const from = join(staged, rel);
		const to = join(target, rel);
		if (sameBytes(to, from, sizes[i]!)) return;
		if (existsSync(to)) {
			// A folder where a file now goes: the staged folder lists none of its files, so they went above.
			if (statSync(to).isDirectory()) rmSync(to, { recursive: true, force: true });
			else changed++;
		}
		if (!existsSync(to)) added++;
		mkdirSync(dirname(to), { recursive: true });
		renameSync(from, to);
		moved += sizes[i]!;
	});
	removeEmptyFolders(target);
	rmSync(staged, { recursive: true, force: true });
	return { files: files.length, changed, added, removed, bytes: moved };
}

/** The report in words: "10,671 of 17,060 files changed (212 added, 86 removed; 228.9 MB written)". */
export function describeReplaced(r: Replaced): string {
	const n = (x: number) => x.toLocaleString('en-US');
	return (
		`${n(r.changed + r.added)} of ${n(r.files)} files changed (${n(r.added)} added, ${n(r.removed)} removed; ` +
		`${(r.bytes / 1e6).toFixed(1)} MB written)`
	);
}
