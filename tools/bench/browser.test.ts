import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { byNearness, gzipBytes, medianSearch, percentile } from './browser';

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

describe('byNearness', () => {
	const places = [
		{ id: 'busiest', total: 996_855 },
		{ id: 'b', total: 61_000 },
		{ id: 'a', total: 39_000 },
		{ id: 'near', total: 48_700 },
		{ id: 'small', total: 120 },
		{ id: 'c', total: 61_000 }
	];

	it('puts the place whose total is nearest the target first, then the next nearest', () => {
		expect(byNearness(places, 50_000).map((p) => p.id)).toEqual(['near', 'b', 'c', 'a', 'small', 'busiest']);
	});

	it('takes the larger of two as near, then the first id, and leaves its input as it was', () => {
		const tie = [
			{ id: 'under', total: 40_000 },
			{ id: 'over', total: 60_000 }
		];
		expect(byNearness(tie, 50_000).map((p) => p.id)).toEqual(['over', 'under']);
		expect(places[0]!.id).toBe('busiest');
	});

	it('gives the busiest when every place is smaller than the target, as in a small corpus', () => {
		const small = places.filter((p) => p.total < 10_000).concat({ id: 'top', total: 9_990 });
		expect(byNearness(small, 50_000)[0]).toEqual({ id: 'top', total: 9_990 });
	});
});
