import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { gzipBytes, medianSearch, percentile } from './browser';

describe('percentile', () => {
	it('takes the nearest rank', () => {
		const values = Array.from({ length: 100 }, (_, i) => 100 - i);
		expect(percentile(values, 95)).toBe(95);
		expect(percentile(values, 50)).toBe(50);
		expect(percentile([7], 95)).toBe(7);
		expect(percentile([1, 2, 3], 100)).toBe(3);
	});

	it('refuses an empty sample', () => {
		expect(() => percentile([], 95)).toThrow(RangeError);
	});
});

describe('gzipBytes', () => {
	it('counts text gzipped and incompressible bodies as they are', () => {
		const text = Buffer.from('{"type":"FeatureCollection"}'.repeat(100));
		expect(gzipBytes(text)).toBe(gzipSync(text, { level: 9 }).length);
		const noise = Buffer.from(Array.from({ length: 256 }, (_, i) => (i * 97) % 256));
		expect(gzipBytes(noise)).toBe(256);
	});
});

describe('medianSearch', () => {
	it('takes the median time and transfer of the runs, not the first', () => {
		const run = (ms: number, kb = 22.7) => ({ first_query_kb_gz: kb, first_query_ms: ms });
		expect(medianSearch([run(206), run(706), run(599), run(633), run(563)])).toEqual(run(599));
		expect(medianSearch([run(300, 20), run(100, 30), run(200, 25)])).toEqual(run(200, 25));
	});

	it('takes the time after the pause on its own, and only when every sample has it', () => {
		const run = (ms: number, afterPause?: number) => ({
			first_query_kb_gz: 22.7,
			first_query_ms: ms,
			...(afterPause === undefined ? {} : { first_query_after_pause_ms: afterPause })
		});
		expect(medianSearch([run(400, 90), run(300, 150), run(500, 60)])).toEqual(run(400, 90));
		expect(medianSearch([run(400, 90), run(300), run(500, 60)])).toEqual(run(400));
	});
});
