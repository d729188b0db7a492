import { describe, expect, it } from 'vitest';
import { dayNumber } from '../core/dates';
import { histogramBars, monthlyCounts, type MonthBin } from './histogram';

describe('monthlyCounts', () => {
	it('counts per month and keeps the empty months between', () => {
		const days = ['2019-12-31', '2020-02-01', '2020-02-29', '2019-12-01'].map(dayNumber);
		expect(monthlyCounts(days)).toEqual([
			{ month: '2019-12', count: 2 },
			{ month: '2020-01', count: 0 },
			{ month: '2020-02', count: 2 }
		]);
	});

	it('starts and ends with the months of the first and last article', () => {
		expect(monthlyCounts(['2019-12-02', '2020-01-01'].map(dayNumber)).map((b) => b.month)).toEqual([
			'2019-12',
			'2020-01'
		]);
	});

	it('has no bars without articles', () => {
		expect(monthlyCounts([])).toEqual([]);
	});
});

describe('histogramBars', () => {
	const months = (first: string, counts: number[]): MonthBin[] => {
		const [y, m] = first.split('-').map(Number) as [number, number];
		return counts.map((count, i) => {
			const total = y * 12 + m - 1 + i;
			return { month: `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`, count };
		});
	};

	it('keeps one bar a month while they fit', () => {
		const bars = histogramBars(months('2020-01', [1, 0, 3]), 36);
		expect(bars.map((b) => [b.from, b.to, b.months, b.count])).toEqual([
			['2020-01-01', '2020-01-31', 1, 1],
			['2020-02-01', '2020-02-29', 1, 0],
			['2020-03-01', '2020-03-31', 1, 3]
		]);
	});

	it('groups ninety months into thirty calendar quarters, counts summed', () => {
		const counts = Array.from({ length: 90 }, (_, i) => ({ 0: 1, 8: 1, 25: 3 })[i] ?? 0);
		const bars = histogramBars(months('2018-01', counts), 36);
		expect(bars).toHaveLength(30);
		expect(bars[0]).toEqual({
			from: '2018-01-01',
			to: '2018-03-31',
			first: '2018-01',
			last: '2018-03',
			months: 3,
			count: 1
		});
		expect(bars[8]).toMatchObject({ from: '2020-01-01', to: '2020-03-31', count: 3 });
		expect(bars.reduce((n, b) => n + b.count, 0)).toBe(5);
	});

	it('aligns a quarter to January even when the data starts mid-quarter, and falls back to years', () => {
		const data = months('2019-11', new Array(40).fill(1));
		expect(histogramBars(data, 20)[0]).toMatchObject({
			from: '2019-10-01',
			to: '2019-12-31',
			months: 3,
			count: 2
		});
		expect(histogramBars(data, 10)[0]).toMatchObject({
			from: '2019-07-01',
			to: '2019-12-31',
			months: 6,
			count: 2
		});
		const years = histogramBars(months('2000-01', new Array(600).fill(1)), 20);
		expect(years[0]).toMatchObject({ from: '2000-01-01', to: '2000-12-31', months: 12, count: 12 });
	});

	it('has no bars without months', () => {
		expect(histogramBars([], 36)).toEqual([]);
	});
});
