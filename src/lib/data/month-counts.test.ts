import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	decodePairs,
	decodeTriples,
	encodeMonthRow,
	encodePairs,
	encodeTriples,
	lowerBound,
	monthOfOrdinal,
	monthOrdinal,
	monthRowPairs,
	prefixSums,
	sumKeys
} from './month-counts';

describe('months as ordinals', () => {
	it('subtract across a year and read back', () => {
		expect(monthOrdinal('2020-01') - monthOrdinal('2019-12')).toBe(1);
		expect(monthOrdinal('2020-02-07')).toBe(monthOrdinal('2020-02'));
		expect(monthOfOrdinal(monthOrdinal('2018-09'))).toBe('2018-09');
		expect(monthOfOrdinal(monthOrdinal('0999-12'))).toBe('0999-12');
	});
});

describe('pairs', () => {
	it('write each count after the step from the key before, leaving out zeros', () => {
		const counts = new Map([
			[25, 3],
			[0, 1],
			[7, 0],
			[26, 2]
		]);
		expect(encodePairs(counts)).toEqual([0, 1, 25, 3, 1, 2]);
		const decoded = decodePairs([0, 1, 25, 3, 1, 2]);
		expect([...decoded.keys]).toEqual([0, 25, 26]);
		expect([...decoded.counts]).toEqual([1, 3, 2]);
		expect(encodePairs(new Map())).toEqual([]);
	});

	it('refuse what is not a list of pairs', () => {
		expect(() => decodePairs([1, 2, 3])).toThrow(/even length/);
		expect(() => decodePairs([3, 1, 0, 2])).toThrow(/pair 1: keys must ascend/);
		expect(() => decodePairs([3, 1, -1, 2])).toThrow(/keys must ascend/);
	});

	it('sum any run of keys as the counts one by one do', () => {
		const sparse = fc.dictionary(
			fc.integer({ min: 0, max: 120 }).map(String),
			fc.integer({ min: 0, max: 50 })
		);
		fc.assert(
			fc.property(sparse, fc.integer({ min: -5, max: 130 }), fc.integer({ min: -5, max: 130 }), (d, a, b) => {
				const map = new Map(Object.entries(d).map(([k, v]) => [Number(k), v]));
				const decoded = decodePairs(encodePairs(map));
				const expected = [...map].filter(([k]) => k >= a && k <= b).reduce((n, [, v]) => n + v, 0);
				expect(sumKeys(decoded, prefixSums(decoded.counts), a, b)).toBe(expected);
			})
		);
	});
});

describe('month rows', () => {
	it('are pairs while a place is named in few months, and a run of changes once it is in most', () => {
		expect(encodeMonthRow(new Map([[25, 3]]))).toEqual([25, 3]);
		const dense = new Map([
			[2, 300],
			[3, 310],
			[4, 295],
			[5, 305]
		]);
		expect(encodeMonthRow(dense)).toEqual([-3, 300, 10, -15, 10]);
		expect(monthRowPairs([-3, 300, 10, -15, 10])).toEqual(encodePairs(dense));
		// A month without articles inside a run is a change to zero and back.
		expect(monthRowPairs([-3, 300, -300, 305])).toEqual([2, 300, 2, 305]);
		expect(encodeMonthRow(new Map())).toEqual([]);
		expect(() => monthRowPairs([-1, 2, -3])).toThrow(/month 1 is below zero/);
	});

	it('read back as the pairs of the same counts, whichever shape it was written in', () => {
		const sparse = fc.dictionary(
			fc.integer({ min: 0, max: 60 }).map(String),
			fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 100_000 }))
		);
		fc.assert(
			fc.property(sparse, (d) => {
				const map = new Map(Object.entries(d).map(([k, v]) => [Number(k), v]));
				expect(monthRowPairs(encodeMonthRow(map))).toEqual(encodePairs(map));
			})
		);
	});
});

describe('triples', () => {
	it('write the key step, the outlet and the count, by key then outlet', () => {
		const flat = encodeTriples([
			{ key: 7, outlet: 2, count: 1 },
			{ key: 0, outlet: 1, count: 4 },
			{ key: 7, outlet: 0, count: 2 },
			{ key: 9, outlet: 0, count: 0 }
		]);
		expect(flat).toEqual([0, 1, 4, 7, 0, 2, 0, 2, 1]);
		const decoded = decodeTriples(flat);
		expect([...decoded.keys]).toEqual([0, 7, 7]);
		expect([...decoded.outlets]).toEqual([1, 0, 2]);
		expect([...decoded.counts]).toEqual([4, 2, 1]);
		expect(() => decodeTriples([1, 2])).toThrow(/divisible by 3/);
		expect(() => decodeTriples([0, 1, 1, -1, 0, 1])).toThrow(/triple 1: keys must ascend/);
	});
});

describe('lowerBound', () => {
	it('finds the first value at least the target', () => {
		const v = Int32Array.from([1, 3, 3, 7]);
		expect([0, 1, 3, 4, 7, 8].map((t) => lowerBound(v, t))).toEqual([0, 0, 1, 3, 3, 4]);
	});
});
