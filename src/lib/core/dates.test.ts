import { describe, expect, it } from 'vitest';
import { addDays, dateSpan, dayNumber, isIsoDate, isoDay } from './dates';

describe('day numbers', () => {
	it('count days from 1970-01-01 in UTC', () => {
		expect(dayNumber('1970-01-01')).toBe(0);
		expect(dayNumber('1970-01-02')).toBe(1);
		expect(dayNumber('2020-03-01') - dayNumber('2020-02-28')).toBe(2);
		expect(dayNumber('1969-12-31')).toBe(-1);
	});

	it('order like the ISO strings and come back to them', () => {
		const days = ['2018-01-10', '2019-12-31', '2020-01-01', '2020-02-29', '2025-06-01'];
		for (let i = 1; i < days.length; i++)
			expect(dayNumber(days[i]!)).toBeGreaterThan(dayNumber(days[i - 1]!));
		for (const d of days) expect(isoDay(dayNumber(d))).toBe(d);
	});
});

describe('dates', () => {
	it('rejects days that do not exist', () => {
		expect(isIsoDate('2020-02-29')).toBe(true);
		expect(isIsoDate('2019-02-29')).toBe(false);
	});

	it('spans a month-precision date over its whole month', () => {
		expect(dateSpan('2020-02-01', 'month')).toEqual({ first: '2020-02-01', last: '2020-02-29' });
		expect(dateSpan('2020-02-07', 'day')).toEqual({ first: '2020-02-07', last: '2020-02-07' });
	});
});

describe('adding days', () => {
	it('adds days across month and leap-year ends', () => {
		expect(addDays('2020-02-28', 1)).toBe('2020-02-29');
		expect(addDays('2020-03-01', -1)).toBe('2020-02-29');
		expect(addDays('2019-12-31', 1)).toBe('2020-01-01');
	});
});
