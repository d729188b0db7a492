/**
 * Putting a complete staged folder in the place of a previous copy of itself, so that a file whose
 * bytes did not change stays the file it was (the same inode and modification time), a reader of
 * the folder's path always finds a whole folder, the old or the new, and a build cut short leaves
 * the previous folder whole. A sync to a host (`rsync`, an object store's upload of what differs)
 * or the next step's cache then sees only what the new build changed, and the report says how much
 * that is.
 *
 * The folder's path is a symbolic link to a generation beside it (`<target>.gen-<n>`), as the
 * published site is (`publish.ts`): a new generation is put in its place by renaming a new link
 * over the old one, which rename(2) does in one step, so the path never goes missing (a folder
 * cannot be renamed over a folder that holds files, and Node has no
 * `renameat2(RENAME_EXCHANGE)`). The generation before is kept until the next swap, for a reader
 * that resolved the old link just before it; older ones are removed.
 */
import {
	copyFileSync,
	existsSync,
	linkSync,
	mkdirSync,
	readFileSync,
	renameSync,
	rmSync,
	statSync
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { cutPoint, finishCutShort, generationsOf, linkedGeneration, SWAP_OLD } from './cut-short';
import { foldersUnder, syncAll } from './durable';
import { filesUnder } from './files-under';
import { switchLink } from './switch-link';

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
 * Moves `staged` beside `target` as its next generation and points `target` at it (`switchLink`:
 * `target` a link already, or missing). Then removes every generation but the new one and `keep`.
 */
function switchTo(staged: string, target: string, keep?: number): void {
	// Every folder of the new generation is new; its files were synced by the caller. The rename
	// into `target`'s folder is flushed with the new link (`switchLink`).
	syncAll(foldersUnder(staged));
	const n = Math.max(0, keep ?? 0, ...generationsOf(target)) + 1;
	const generation = join(dirname(target), `${basename(target)}.gen-${n}`);
	renameSync(staged, generation);
	switchLink(target, generation, { beforeRename: () => cutPoint('data:swap') });
	for (const old of generationsOf(target))
		if (old !== n && old !== keep) rmSync(`${target}.gen-${old}`, { recursive: true, force: true });
}

/**
 * Makes the folder at `target` hold exactly the files of `staged`, which takes its place. When
 * `target` does not exist, `staged` becomes its first generation. Otherwise each staged file is
 * compared with the target's file of the same path (size, then bytes), and an equal one is
 * replaced in `staged` by a hard link to the target's (so it keeps its inode and time); then
 * `staged` becomes the next generation and the link `target` is switched to it (when no file
 * differs, `staged` is removed and `target` left alone). A build cut short before the switch leaves
 * the target as it was and a generation beside it that the next build removes (`finishCutShort`).
 * A target that is a folder, not a link (written before generations were), is renamed aside to
 * `<target>.swap-old` and the link put in its place: for that one moment, a reader finds nothing
 * there; a build cut then leaves the old folder whole beside it, which `finishCutShort` renames
 * back. Before the switch every written file and every folder of the new generation is flushed to
 * the disk (`durable.ts`), and the folder holding the link after it, so a power cut leaves the old
 * generation or the new one whole. Both folders must be on one file system.
 */
export function replaceChanged(staged: string, target: string): Replaced {
	const files = filesUnder(staged);
	const sizes = files.map((rel) => statSync(join(staged, rel)).size);
	const bytes = sizes.reduce((sum, n) => sum + n, 0);
	finishCutShort(target);
	if (!existsSync(target)) {
		mkdirSync(dirname(target), { recursive: true });
		syncAll(files.map((rel) => join(staged, rel)));
		switchTo(staged, target);
		return { files: files.length, changed: 0, added: files.length, removed: 0, bytes };
	}
	const wanted = new Set(files);
	const removed = filesUnder(target).filter((rel) => !wanted.has(rel)).length;
	let changed = 0;
	let added = 0;
	let moved = 0;
	const written: string[] = [];
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
		written.push(from);
	});
	if (!changed && !added && !removed) {
		rmSync(staged, { recursive: true, force: true });
		return { files: files.length, changed, added, removed, bytes: 0 };
	}
	// The files kept are the published generation's, on the disk already; the written ones go now.
	syncAll(written);
	const before = linkedGeneration(target);
	if (before !== undefined) switchTo(staged, target, before);
	else {
		const old = `${target}${SWAP_OLD}`;
		renameSync(target, old);
		switchTo(staged, target);
		rmSync(old, { recursive: true, force: true });
	}
	return { files: files.length, changed, added, removed, bytes: moved };
}

/** Removes the folder `replaceChanged` keeps at `target`: the link and its generations. */
export function removeReplaced(target: string): void {
	rmSync(target, { recursive: true, force: true });
	for (const n of generationsOf(target)) rmSync(`${target}.gen-${n}`, { recursive: true, force: true });
}

/** The report in words: "10,671 of 17,060 files changed (212 added, 86 removed; 228.9 MB written)". */
export function describeReplaced(r: Replaced): string {
	const n = (x: number) => x.toLocaleString('en-US');
	return (
		`${n(r.changed + r.added)} of ${n(r.files)} files changed (${n(r.added)} added, ${n(r.removed)} removed; ` +
		`${(r.bytes / 1e6).toFixed(1)} MB written)`
	);
}
