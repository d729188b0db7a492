import { randomBytes } from 'node:crypto';
import {
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync,
	existsSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { precompress } from './compress';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function site(): string {
	dir = mkdtempSync(join(tmpdir(), 'compress-'));
	mkdirSync(join(dir, '_app'));
	writeFileSync(join(dir, 'index.html'), '<p>hello</p>'.repeat(100));
	writeFileSync(join(dir, '_app', 'worker.mjs'), 'export const a = 1;\n'.repeat(200));
	writeFileSync(join(dir, 'small.json'), '{"a":1}');
	writeFileSync(join(dir, 'font.woff2'), Buffer.alloc(4000, 7));
	return dir;
}

describe('precompress', () => {
	it('writes gzip and brotli copies of the text files that decompress to them', async () => {
		const result = await precompress(site());
		expect(result.copies).toBe(4);
		for (const file of ['index.html', '_app/worker.mjs']) {
			const original = readFileSync(join(dir, file));
			expect(gunzipSync(readFileSync(join(dir, `${file}.gz`)))).toEqual(original);
			expect(brotliDecompressSync(readFileSync(join(dir, `${file}.br`)))).toEqual(original);
		}
		expect(existsSync(join(dir, 'small.json.gz'))).toBe(false);
		expect(existsSync(join(dir, 'font.woff2.gz'))).toBe(false);
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
		const result = await precompress(dir, 3000);
		expect(gunzipSync(readFileSync(join(dir, 'big.json.gz'))).toString()).toBe(big);
		expect(brotliDecompressSync(readFileSync(join(dir, 'big.json.br'))).toString()).toBe(big);
		expect(existsSync(join(dir, 'noise.txt.gz'))).toBe(false);
		expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
		expect(result.copies).toBe(6);
	});
});
