/**
 * Putting a complete staged folder in the place of a previous copy of itself, so that a file whose
 * bytes did not change stays the file it was (the same inode and modification time) and a build cut
 * short leaves the previous folder whole. A sync to a host (`rsync`, an object store's upload of
 * what differs) or the next step's cache then sees only what the new build changed, and the report
 * says how much that is.
 */
import {
	copyFileSync,
	existsSync,
	linkSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
	statSync
} from 'node:fs';
import { dirname, join } from 'node:path';
import { cutPoint, finishCutShort, SWAP_OLD } from './cut-short';

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

/**
 * Makes the folder `target` hold exactly the files of `staged`, which takes its place. When
 * `target` does not exist, `staged` is renamed to it. Otherwise each staged file is compared with
 * the target's file of the same path (size, then bytes), and an equal one is replaced in `staged`
 * by a hard link to the target's (so it keeps its inode and time); then `target` is renamed aside
 * to `<target>.swap-old`, `staged` renamed to `target`, and the old folder removed (when no file
 * differs, `staged` is removed and `target` left alone). A build cut short before the second rename
 * leaves the target as it was (renamed back by `finishCutShort`), never some files new and others
 * old; between the two renames, a reader finds no folder for that moment. Both folders must be on
 * one file system.
 */
export function replaceChanged(staged: string, target: string): Replaced {
	const files = filesUnder(staged);
	const sizes = files.map((rel) => statSync(join(staged, rel)).size);
	const bytes = sizes.reduce((sum, n) => sum + n, 0);
	finishCutShort(target);
	if (!existsSync(target)) {
		mkdirSync(dirname(target), { recursive: true });
		renameSync(staged, target);
		return { files: files.length, changed: 0, added: files.length, removed: 0, bytes };
	}
	const wanted = new Set(files);
	const removed = filesUnder(target).filter((rel) => !wanted.has(rel)).length;
	let changed = 0;
	let added = 0;
	let moved = 0;
	files.forEach((rel, i) => {
		const from = join(staged, rel);
		const to = join(target, rel);
		if (sameBytes(to, from, sizes[i]!)) {
			rmSync(from);
			try {
				linkSync(to, from);
			} catch {
				copyFileSync(to, from);
			}
			return;
		}
		if (existsSync(to) && statSync(to).isFile()) changed++;
		else added++;
		moved += sizes[i]!;
	});
	if (!changed && !added && !removed) {
		rmSync(staged, { recursive: true, force: true });
		return { files: files.length, changed, added, removed, bytes: 0 };
	}
	const old = `${target}${SWAP_OLD}`;
	renameSync(target, old);
	cutPoint('data:swap');
	renameSync(staged, target);
	rmSync(old, { recursive: true, force: true });
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
