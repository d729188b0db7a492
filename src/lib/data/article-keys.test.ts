import { describe, expect, it } from 'vitest';
import { dayNumber } from '../core/dates';
import { articleKey, articleKeys, DayRanks, keyBits, MAX_KEY_BITS } from './article-keys';

const at = (published: string) => ({ published });

describe('keyBits', () => {
	it('gives the busiest day as many ranks as it has articles, rounded up to a power of two', () => {
		expect([0, 1, 2, 3, 4, 5, 21, 32, 33].map(keyBits)).toEqual([0, 0, 1, 2, 2, 3, 5, 5, 6]);
		expect(() => keyBits(2 ** MAX_KEY_BITS + 1)).toThrow(/one day/);
	});
});

describe('articleKeys', () => {
	it('keys each article by its day and its rank that day, ascending in the published order', () => {
		const { bits, keys } = articleKeys([
			at('2019-05-01'),
			at('2019-05-01'),
			at('2019-05-01'),
			at('2019-05-03'),
			at('2020-01-01')
		]);
		expect(bits).toBe(2);
		const d = dayNumber('2019-05-01');
		expect(keys).toEqual([d * 4, d * 4 + 1, d * 4 + 2, (d + 2) * 4, dayNumber('2020-01-01') * 4]);
		expect(articleKey(d, 3, 2)).toBe(d * 4 + 3);
	});

	it('moves no key of another day when an article is dated among the others', () => {
		const before = [at('2019-05-01'), at('2019-05-02'), at('2019-05-02'), at('2019-05-04')];
		const after = [at('2019-05-01'), at('2019-05-02'), at('2019-05-02'), at('2019-05-03'), at('2019-05-04')];
		const { keys: k0 } = articleKeys(before);
		const { keys: k1 } = articleKeys(after);
		expect([k1[0], k1[1], k1[2], k1[4]]).toEqual(k0);
		expect(k1[3]).toBe(dayNumber('2019-05-03') * 2);
	});

	it('renumbers every key when a day outgrows the ranks: the one change a new article makes to all', () => {
		const two = [at('2019-05-01'), at('2019-05-02'), at('2019-05-02')];
		const three = [...two, at('2019-05-02')];
		expect(articleKeys(two).bits).toBe(1);
		expect(articleKeys(three).bits).toBe(2);
		expect(articleKeys(three).keys[0]).toBe(dayNumber('2019-05-01') * 4);
	});

	it('stays under 2^31 for a day in 2020 at the most ranks allowed', () => {
		expect(articleKey(dayNumber('2099-12-31'), 2 ** MAX_KEY_BITS - 1, MAX_KEY_BITS)).toBeLessThan(2 ** 31);
	});
});

describe('DayRanks', () => {
	it('counts a day at a time or an article at a time alike, and keeps the busiest day', () => {
		const byDay = new DayRanks();
		expect([byDay.next(10, 3), byDay.next(11, 1), byDay.next(11, 4), byDay.next(12, 2)]).toEqual([
			0, 0, 1, 0
		]);
		expect(byDay.busiest).toBe(5);
		const one = new DayRanks();
		expect([10, 10, 10, 11, 11].map((d) => one.next(d))).toEqual([0, 1, 2, 0, 1]);
		expect(one.busiest).toBe(3);
	});
});
