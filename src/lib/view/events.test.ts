import { describe, expect, it } from 'vitest';
import { eventDateText, eventLabelText, eventSpan } from './events';

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
