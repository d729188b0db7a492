import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { gzipSizes, jsonArrayChunks } from './measure';

describe('jsonArrayChunks', () => {
	it('gives the characters of JSON.stringify of the array, in pieces', () => {
		const items = [{ id: 'a', body: 'Saraqeb, "quoted"' }, { id: 'ب' }, { n: 3 }];
		const text = [...jsonArrayChunks(items.map((x) => JSON.stringify(x)))].join('');
		expect(text).toBe(JSON.stringify(items));
		expect([...jsonArrayChunks([])].join('')).toBe('[]');
	});
});

describe('gzipSizes', () => {
	it('counts UTF-8 bytes and the gzip stream of the text, whatever its pieces', async () => {
		const pieces = ['{"name":"Sarāqib"}', ',', 'x'.repeat(5000), 'ب'];
		const text = pieces.join('');
		const sizes = await gzipSizes(pieces);
		expect(sizes.bytes).toBe(Buffer.byteLength(text));
		expect(sizes.gzBytes).toBeGreaterThan(20);
		expect(sizes.gzBytes).toBeLessThan(sizes.bytes / 10);
		const again = await gzipSizes([text]);
		expect(again).toEqual(sizes);
	});

	it('gives the size gzip -9 gives for the whole text at once', async () => {
		const pieces = Array.from({ length: 200 }, (_, i) => `{"id":"place-${i}","count":${i * 7}},`);
		const whole = Buffer.from(pieces.join(''), 'utf8');
		const sizes = await gzipSizes(pieces);
		expect(sizes.gzBytes).toBe(gzipSync(whole, { level: 9 }).length);
	});
});
