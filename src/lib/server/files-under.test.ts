import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { filesUnder } from './files-under';

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A folder holding `files` (path → text). */
function folder(files: string[]): string {
	root = mkdtempSync(join(tmpdir(), 'files-under-'));
	const dir = join(root, 'site');
	for (const rel of files) {
		mkdirSync(dirname(join(dir, rel)), { recursive: true });
		writeFileSync(join(dir, rel), rel);
	}
	return dir;
}

describe('filesUnder', () => {
	it('lists every file by its path under the folder, each folder’s names in code-unit order', () => {
		const dir = folder(['b.json', 'a-c.json', 'a/b.json', 'a/A.json', 'Z/0.json']);
		// A folder's files come where its name sorts ("a" before "a-c"), not where its paths would.
		expect(filesUnder(dir)).toEqual(['Z/0.json', 'a/A.json', 'a/b.json', 'a-c.json', 'b.json']);
	});

	it('goes through the folder’s own link, and through inner links only when asked', () => {
		const dir = folder(['data/x.json', 'other/y.json']);
		const link = join(root, 'link');
		symlinkSync('site', link);
		symlinkSync('../other', join(dir, 'data', 'more'));
		expect(filesUnder(link)).toEqual(['data/more', 'data/x.json', 'other/y.json']);
		expect(filesUnder(link, { follow: true })).toEqual(['data/more/y.json', 'data/x.json', 'other/y.json']);
	});

	it('gives nothing for an empty folder', () => {
		const dir = folder([]);
		mkdirSync(join(dir, 'empty'), { recursive: true });
		expect(filesUnder(dir)).toEqual([]);
	});
});
