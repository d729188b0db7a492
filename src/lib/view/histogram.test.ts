import { describe, expect, it } from 'vitest';
import { dayNumber } from '../core/dates';
import { monthlyCounts } from './histogram';

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
