import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { syncPath } from './durable';
import { dirname, join, basename } from 'node:path';

/**
 * Writes a file so that readers see either the old content or the new, never half of it: the text
 * goes to a temporary file in the same folder, which is then renamed over the target. With
 * `durable`, the file is flushed to the disk before the rename and its folder after it, so a power
 * cut leaves the old file or the new one, never the new name on an empty file.
 */
export function writeFileAtomic(path: string, text: string, durable = false): void {
	mkdirSync(dirname(path), { recursive: true });
	const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
	try {
		writeFileSync(tmp, text, 'utf8');
		if (durable) syncPath(tmp);
		renameSync(tmp, path);
		if (durable) syncPath(dirname(path));
	} catch (e) {
		rmSync(tmp, { force: true });
		throw e;
	}
}
