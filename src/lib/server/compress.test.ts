import { randomBytes } from 'node:crypto';
import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { CORPUS_LEVELS, levelsFor, precompress, SHELL_LEVELS } from './compress';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A small site: a page and a script of the shell, two data files and a place page, and files not compressed. */
function site(at = (dir = mkdtempSync(join(tmpdir(), 'compress-')))): string {
	mkdirSync(join(at, '_app'), { recursive: true });
	mkdirSync(join(at, 'data', 'places'), { recursive: true });
	mkdirSync(join(at, 'places'), { recursive: true });
	writeFileSync(join(at, 'index.html'), '<p>hello</p>'.repeat(100));
	writeFileSync(join(at, '_app', 'worker.mjs'), 'export const a = 1;\n'.repeat(200));
	writeFileSync(
		join(at, 'data', 'places', 'saraqib.json'),
		JSON.stringify(Array.from({ length: 300 }, (_, i) => ({ id: `a-${i}`, place: 'saraqib', month: i % 12 })))
	);
	writeFileSync(
		join(at, 'data', 'counts.json'),
		JSON.stringify(Array.from({ length: 500 }, (_, i) => [i, (i * 7919) % 101]))
	);
	writeFileSync(join(at, 'places', 'saraqib.html'), '<h1>Saraqib</h1><p>A town in Idlib.</p>'.repeat(40));
	writeFileSync(join(at, 'small.json'), '{"a":1}');
	writeFileSync(join(at, 'font.woff2'), Buffer.alloc(4000, 7));
	return at;
}

/** Every file under `root` and its bytes, by relative path. */
function contents(root: string): Map<string, Buffer> {
	const out = new Map<string, Buffer>();
	const walk = (d: string): void => {
		for (const name of readdirSync(d).sort()) {
			const path = join(d, name);
			if (statSync(path).isDirectory()) walk(path);
			else out.set(relative(root, path), readFileSync(path));
		}
	};
	walk(root);
	return out;
}

/** The cache's entries: every file under it. */
const entries = (cache: string): string[] => [...contents(cache).keys()];

describe('precompress', () => {
	it('writes gzip and brotli copies of the text files that decompress to them', async () => {
		const result = await precompress(site());
		expect(result).toMatchObject({ copies: 10, compressed: 5, cached: 0 });
		for (const file of ['index.html', '_app/worker.mjs', 'data/counts.json', 'places/saraqib.html']) {
			const original = readFileSync(join(dir, file));
			expect(gunzipSync(readFileSync(join(dir, `${file}.gz`)))).toEqual(original);
			expect(brotliDecompressSync(readFileSync(join(dir, `${file}.br`)))).toEqual(original);
		}
		expect(existsSync(join(dir, 'small.json.gz'))).toBe(false);
		expect(existsSync(join(dir, 'font.woff2.gz'))).toBe(false);
	});

	it('compresses the shell at the best levels and the corpus files at the faster ones', async () => {
		await precompress(site());
		expect(levelsFor('_app/worker.mjs')).toBe(SHELL_LEVELS);
		expect(levelsFor('index.html')).toBe(SHELL_LEVELS);
		expect(levelsFor('data/counts.json')).toBe(CORPUS_LEVELS);
		expect(levelsFor('places/saraqib.html')).toBe(CORPUS_LEVELS);
		expect(levelsFor('data/explorer.json')).toBe(SHELL_LEVELS);
		expect(CORPUS_LEVELS.brotli).toBeLessThan(SHELL_LEVELS.brotli);
		for (const [file, levels] of [
			['_app/worker.mjs', SHELL_LEVELS],
			['data/counts.json', CORPUS_LEVELS]
		] as const) {
			const original = readFileSync(join(dir, file));
			const quality = {
				[constants.BROTLI_PARAM_QUALITY]: levels.brotli,
				[constants.BROTLI_PARAM_SIZE_HINT]: original.length
			};
			expect(readFileSync(join(dir, `${file}.br`))).toEqual(
				brotliCompressSync(original, { params: quality })
			);
			expect(readFileSync(join(dir, `${file}.gz`))).toEqual(gzipSync(original, { level: levels.gzip }));
		}
	});

	it('writes the same bytes every time', async () => {
		await precompress(site());
		const first = readFileSync(join(dir, 'index.html.gz'));
		rmSync(join(dir, 'index.html.gz'));
		await precompress(dir);
		expect(readFileSync(join(dir, 'index.html.gz'))).toEqual(first);
	});

	it('streams a file from the given size on, to the same text, and keeps only copies that are smaller', async () => {
		site();
		const big = Array.from({ length: 5000 }, (_, i) => `{"id":"place-${i}","name":"Sarāqib ${i % 7}"}`).join(
			','
		);
		writeFileSync(join(dir, 'big.json'), big);
		writeFileSync(join(dir, 'noise.txt'), randomBytes(4000));
		const result = await precompress(dir, { streamFrom: 3000 });
		expect(gunzipSync(readFileSync(join(dir, 'big.json.gz'))).toString()).toBe(big);
		expect(brotliDecompressSync(readFileSync(join(dir, 'big.json.br'))).toString()).toBe(big);
		expect(existsSync(join(dir, 'noise.txt.gz'))).toBe(false);
		expect(readdirSync(dir).filter((n) => n.includes('.tmp'))).toEqual([]);
		expect(result.copies).toBe(12);
	});
});

describe('precompress with a cache', () => {
	it('gives a warm build the bytes of a cold one and compresses only the files that changed', async () => {
		dir = mkdtempSync(join(tmpdir(), 'compress-cache-'));
		const cache = join(dir, 'cache');
		const cold = site(join(dir, 'cold'));
		const first = site(join(dir, 'first'));
		const warm = site(join(dir, 'warm'));
		writeFileSync(join(cold, 'noise.txt'), randomBytes(4000));
		cpSync(join(cold, 'noise.txt'), join(first, 'noise.txt'));
		cpSync(join(cold, 'noise.txt'), join(warm, 'noise.txt'));

		expect(await precompress(cold)).toMatchObject({ compressed: 6, cached: 0 });
		expect(await precompress(first, { cache })).toMatchObject({ compressed: 6, cached: 0, pruned: 0 });
		expect(await precompress(warm, { cache })).toMatchObject({ compressed: 0, cached: 6, pruned: 0 });
		expect(contents(first)).toEqual(contents(cold));
		expect(contents(warm)).toEqual(contents(cold));
		// Both copies of each of the six files, the noise's too (kept in the cache, not in the site).
		expect(entries(cache)).toHaveLength(12);

		const changed = site(join(dir, 'changed'));
		const fresh = site(join(dir, 'fresh'));
		for (const d of [changed, fresh]) {
			writeFileSync(
				join(d, 'data', 'counts.json'),
				JSON.stringify(Array.from({ length: 600 }, (_, i) => [i, i % 13]))
			);
			cpSync(join(cold, 'noise.txt'), join(d, 'noise.txt'));
		}
		await precompress(fresh);
		expect(await precompress(changed, { cache })).toMatchObject({ compressed: 1, cached: 5, pruned: 2 });
		expect(contents(changed)).toEqual(contents(fresh));
		expect(entries(cache)).toHaveLength(12);
	});

	it('keeps only what the last build used', async () => {
		dir = mkdtempSync(join(tmpdir(), 'compress-cache-'));
		const cache = join(dir, 'cache');
		await precompress(site(join(dir, 'a')), { cache });
		const b = join(dir, 'b');
		mkdirSync(b);
		writeFileSync(join(b, 'only.html'), '<p>one page</p>'.repeat(50));
		expect(await precompress(b, { cache })).toMatchObject({ compressed: 1, pruned: 10 });
		expect(entries(cache)).toHaveLength(2);
		expect(await precompress(b, { cache })).toMatchObject({ compressed: 0, cached: 1, pruned: 0 });
	});
});
