import { describe, expect, it } from 'vitest';
import { mulberry32, seededRandom } from './random';

const draws = (next: () => number, n: number) => Array.from({ length: n }, () => next());

describe('mulberry32', () => {
	it('gives the same sequence for the same seed and another for another seed', () => {
		expect(draws(mulberry32(42), 100)).toEqual(draws(mulberry32(42), 100));
		expect(draws(mulberry32(42), 100)).not.toEqual(draws(mulberry32(43), 100));
	});

	it('stays in [0, 1) and spreads evenly over it', () => {
		const values = draws(mulberry32(7), 20_000);
		expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
		const tenths = new Array<number>(10).fill(0);
		for (const v of values) tenths[Math.floor(v * 10)]!++;
		for (const count of tenths) expect(count).toBeGreaterThan(1_800);
	});
});

describe('seededRandom', () => {
	it('draws integers within both bounds and reaches each of them', () => {
		const random = seededRandom(1);
		const seen = new Set<number>();
		for (let i = 0; i < 1_000; i++) seen.add(random.int(3, 7));
		expect([...seen].sort()).toEqual([3, 4, 5, 6, 7]);
	});

	it('shuffles into a permutation without changing the input', () => {
		const items = Array.from({ length: 50 }, (_, i) => i);
		const shuffled = seededRandom(5).shuffled(items);
		expect(shuffled).not.toEqual(items);
		expect([...shuffled].sort((a, b) => a - b)).toEqual(items);
		expect(items[0]).toBe(0);
	});

	it('refuses to pick from an empty list', () => {
		expect(() => seededRandom(1).pick([])).toThrow(/empty/);
	});
});
