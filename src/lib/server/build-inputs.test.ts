import { mkdirSync, mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildInputs, newInputs } from './build-inputs';

const scratch = mkdtempSync(join(tmpdir(), 'build-inputs-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A data folder of its own: a place file and two articles. */
function folder(name: string): string {
	const dir = join(scratch, name);
	mkdirSync(join(dir, 'articles'), { recursive: true });
	writeFileSync(join(dir, 'places.geojson'), '{"type":"FeatureCollection","features":[]}');
	writeFileSync(join(dir, 'articles', 'a.md'), 'first article');
	writeFileSync(join(dir, 'articles', 'b.md'), 'second article');
	return dir;
}

/** Sets a file's modification time `seconds` later than it is. */
function later(path: string, seconds: number): void {
	const { atime, mtime } = statSync(path);
	utimesSync(path, atime, new Date(mtime.getTime() + seconds * 1000));
}

describe('buildInputs and newInputs', () => {
	it('tells a touched file from an edited one by its bytes', () => {
		const dir = folder('touch');
		const before = buildInputs(dir, 'full', 'code');
		expect(before.files['articles/a.md']![2]).toMatch(/^[0-9a-f]{64}$/);
		later(join(dir, 'articles', 'a.md'), 60);
		writeFileSync(join(dir, 'articles', 'c.md'), 'a new article');
		const touched = buildInputs(dir, 'full', 'code', before);
		expect(newInputs(before, touched)).toEqual({
			markdown: ['articles/c.md'],
			stores: [],
			touched: ['articles/a.md']
		});
		// The same size, other bytes: edited, whatever its time.
		writeFileSync(join(dir, 'articles', 'b.md'), 'second Article');
		expect(newInputs(before, buildInputs(dir, 'full', 'code', before))).toBe(
			'articles/b.md was edited (its bytes differ from the build before\'s)'
		);
	});

	it('trusts a saved hash where size and time match, and reads the file where they do not', () => {
		const dir = folder('trust');
		const saved = buildInputs(dir, 'full', 'code');
		const known = structuredClone(saved);
		known.files['articles/a.md']![2] = 'saved';
		expect(buildInputs(dir, 'full', 'code', known).files['articles/a.md']![2]).toBe('saved');
		later(join(dir, 'articles', 'a.md'), 1);
		expect(buildInputs(dir, 'full', 'code', known).files['articles/a.md']![2]).toBe(
			saved.files['articles/a.md']![2]
		);
		// Saved inputs of the form before (no hashes) are not trusted, and refused.
		const old = { ...known, format: 1 } as unknown as typeof known;
		expect(buildInputs(dir, 'full', 'code', old).files['articles/a.md']![2]).toMatch(/^[0-9a-f]{64}$/);
		expect(newInputs(old, saved)).toBe('the saved inputs are of form 1');
	});
});
