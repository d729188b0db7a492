/**
 * Making what a build publishes survive a power cut, not only a killed process: a rename that
 * publishes a file or a folder is durable only after the bytes it names are. Without `fsync`, a
 * file system may commit the rename before the file's data (ext4 with delayed allocation can), so
 * after a crash the new name holds an empty or short file. So the build calls `fsync` on each file
 * it wrote, then on each folder that gained or lost a name, before the rename that publishes them,
 * and on the folder of that rename after it.
 */
import { closeSync, fsyncSync, openSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Flushes the file or folder at `path` to the disk: a file's bytes and size, a folder's names. */
export function syncPath(path: string): void {
	const fd = openSync(path, 'r');
	try {
		fsyncSync(fd);
	} finally {
		closeSync(fd);
	}
}

/** `syncPath` of each of `paths`, once each. */
export function syncAll(paths: Iterable<string>): void {
	for (const path of new Set(paths)) syncPath(path);
}

/** Every folder under `dir` and `dir` itself, the deepest first. */
export function foldersUnder(dir: string): string[] {
	const out: string[] = [];
	for (const entry of readdirSync(dir, { withFileTypes: true }))
		if (entry.isDirectory()) out.push(...foldersUnder(join(dir, entry.name)));
	out.push(dir);
	return out;
}
