import { describe, expect, it } from 'vitest';
import { eventDateText, eventLabelText, eventsByDates, eventSpan } from './events';

describe('an event’s date', () => {
	it('spans the days its precision allows', () => {
		expect(eventSpan({ date: '2020-02-06', datePrecision: 'day' })).toEqual({
			first: '2020-02-06',
			last: '2020-02-06'
		});
		expect(eventSpan({ date: '2020-02-08', datePrecision: 'week' })).toEqual({
			first: '2020-02-08',
			last: '2020-02-14'
		});
		expect(eventSpan({ date: '2020-02-01', datePrecision: 'month' })).toEqual({
			first: '2020-02-01',
			last: '2020-02-29'
		});
		expect(eventSpan({ date: '2020-02-19', datePrecision: 'reported' })).toEqual({
			first: '2020-02-19',
			last: '2020-02-19'
		});
	});

	it('is written as precisely as it is known', () => {
		expect(eventDateText({ date: '2018-01-20', datePrecision: 'day' })).toBe('20 Jan 2018');
		expect(eventDateText({ date: '2020-02-08', datePrecision: 'week' })).toBe('week of 8 Feb 2020');
		expect(eventDateText({ date: '2020-02-01', datePrecision: 'month' })).toBe('Feb 2020');
		expect(eventDateText({ date: '2020-02-19', datePrecision: 'reported' })).toBe('by 19 Feb 2020');
	});

	it('follows the label on the map', () => {
		expect(
			eventLabelText({ label: 'Entered by government forces', date: '2020-02-06', datePrecision: 'day' })
		).toBe('Entered by government forces (6 Feb 2020)');
	});
});

describe('a place’s events by the selected dates', () => {
	const events = [
		{ id: 'a', date: '2015-05-01' },
		{ id: 'b', date: '2020-02-06' },
		{ id: 'c', date: '2020-02-20' },
		{ id: 'd', date: '2020-03-02' }
	];
	const inFebruary = (e: { date: string }) => e.date.startsWith('2020-02');

	it('lists those in the dates first and the rest after, each newest first', () => {
		const { inside, outside } = eventsByDates(events, inFebruary);
		expect(inside.map((e) => e.id)).toEqual(['c', 'b']);
		expect(outside.map((e) => e.id)).toEqual(['d', 'a']);
	});

	it('keeps every event once, and leaves the input as it was', () => {
		const { inside, outside } = eventsByDates(events, () => true);
		expect(inside.map((e) => e.id)).toEqual(['d', 'c', 'b', 'a']);
		expect(outside).toEqual([]);
		expect(eventsByDates(events, () => false).outside).toHaveLength(4);
		expect(events.map((e) => e.id)).toEqual(['a', 'b', 'c', 'd']);
	});
});
