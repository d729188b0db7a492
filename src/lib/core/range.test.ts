import { describe, expect, it } from 'vitest';
import { articleInRange, dayInRange, existsInRange, isReversed } from './range';

const day = (published: string) => ({ published, datePrecision: 'day' as const });
const month = (published: string) => ({ published, datePrecision: 'month' as const });

describe('date ranges (both ends inclusive)', () => {
	it('includes an article published on either end day', () => {
		const r = { from: '2020-02-07', to: '2020-02-19' };
		expect(articleInRange(day('2020-02-07'), r)).toBe(true);
		expect(articleInRange(day('2020-02-19'), r)).toBe(true);
		expect(articleInRange(day('2020-02-06'), r)).toBe(false);
		expect(articleInRange(day('2020-02-20'), r)).toBe(false);
	});

	it('keeps a month-precision article while any day of its month is in range', () => {
		expect(articleInRange(month('2025-06-01'), { from: '2025-06-30' })).toBe(true);
		expect(articleInRange(month('2025-06-01'), { to: '2025-06-01' })).toBe(true);
		expect(articleInRange(month('2025-06-01'), { from: '2025-07-01' })).toBe(false);
		expect(articleInRange(month('2025-06-01'), { to: '2025-05-31' })).toBe(false);
	});

	it('treats open ends as unbounded', () => {
		expect(articleInRange(day('1999-01-01'), {})).toBe(true);
		expect(dayInRange('2020-02-06', { to: '2020-02-06' })).toBe(true);
		expect(dayInRange('2020-02-06', { from: '2020-02-07' })).toBe(false);
	});

	it('shows a post from the day it was established', () => {
		expect(existsInRange('2018-02-05', { to: '2018-02-05' })).toBe(true);
		expect(existsInRange('2018-02-05', { to: '2018-02-04' })).toBe(false);
		expect(existsInRange('2018-02', { to: '2018-02-01' })).toBe(true);
		expect(existsInRange(undefined, { to: '1900-01-01' })).toBe(true);
	});
});

describe('isReversed', () => {
	it('is true only when both ends are set and the first comes after the last', () => {
		expect(isReversed({ from: '2020-02-08', to: '2020-02-07' })).toBe(true);
		expect(isReversed({ from: '2020-02-07', to: '2020-02-07' })).toBe(false);
		expect(isReversed({ from: '2020-02-08' })).toBe(false);
		expect(isReversed({ to: '2020-02-07' })).toBe(false);
		expect(isReversed({})).toBe(false);
	});
});
