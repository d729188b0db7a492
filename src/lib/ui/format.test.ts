import { describe, expect, it } from 'vitest';
import { countOf, eventDatetime, eventKindLabel, formatEventDate } from './format';

describe('formatEventDate', () => {
	it('says how exactly the day is known', () => {
		expect(formatEventDate('2020-02-06', 'day')).toBe('6 February 2020');
		expect(formatEventDate('2020-02-10', 'week')).toBe('week of 10 February 2020');
		expect(formatEventDate('2020-02-01', 'month')).toBe('February 2020');
		expect(formatEventDate('2020-02-19', 'reported')).toBe('reported by 19 February 2020');
	});

	it('gives a month as the datetime of a month, else the day', () => {
		expect(eventDatetime('2020-02-01', 'month')).toBe('2020-02');
		expect(eventDatetime('2020-02-10', 'week')).toBe('2020-02-10');
		expect(eventKindLabel('post-surrounded')).toBe('Post surrounded');
	});
});

describe('countOf', () => {
	it('puts the noun in the singular for one and in the plural otherwise', () => {
		expect(countOf(1, 'result')).toBe('1 result');
		expect(countOf(0, 'result')).toBe('0 results');
		expect(countOf(2, 'place')).toBe('2 places');
		expect(countOf(1, 'entry', 'entries')).toBe('1 entry');
		expect(countOf(3, 'entry', 'entries')).toBe('3 entries');
	});
});
