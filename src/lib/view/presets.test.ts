import { describe, expect, it } from 'vitest';
import {
	addMonths,
	monthRange,
	playbackStart,
	playbackStep,
	stepRange,
	unitFor,
	wholeMonths
} from './presets';

describe('timeline stepping', () => {
	it('moves a range that is not whole months by its own inclusive length', () => {
		expect(stepRange({ from: '2020-02-07', to: '2020-02-07' }, 1)).toEqual({
			from: '2020-02-08',
			to: '2020-02-08'
		});
		expect(stepRange({ from: '2020-02-01', to: '2020-02-10' }, -1)).toEqual({
			from: '2020-01-22',
			to: '2020-01-31'
		});
		expect(stepRange({ from: '2020-02-03', to: '2020-02-09' }, 1)).toEqual({
			from: '2020-02-10',
			to: '2020-02-16'
		});
		expect(stepRange({ from: '2020-02-01' }, 1)).toEqual({ from: '2020-02-01' });
	});

	it('moves whole months by whole months: February 2020 is followed by all of March', () => {
		expect(stepRange({ from: '2020-02-01', to: '2020-02-29' }, 1)).toEqual({
			from: '2020-03-01',
			to: '2020-03-31'
		});
		expect(stepRange({ from: '2020-03-01', to: '2020-03-31' }, -1)).toEqual({
			from: '2020-02-01',
			to: '2020-02-29'
		});
		// A quarter steps by a quarter, across a year's end.
		expect(stepRange({ from: '2019-10-01', to: '2019-12-31' }, 1)).toEqual({
			from: '2020-01-01',
			to: '2020-03-31'
		});
		expect(stepRange({ from: '2025-01-01', to: '2025-12-31' }, -1)).toEqual({
			from: '2024-01-01',
			to: '2024-12-31'
		});
	});

	it('gives whole months', () => {
		expect(monthRange('2020-02')).toEqual({ from: '2020-02-01', to: '2020-02-29' });
		expect(monthRange('2025-06')).toEqual({ from: '2025-06-01', to: '2025-06-30' });
	});
});

describe('whole months', () => {
	it('counts the months of a range that runs from a 1st to a month’s last day', () => {
		expect(wholeMonths({ from: '2020-02-01', to: '2020-02-29' })).toBe(1);
		expect(wholeMonths({ from: '2019-11-01', to: '2020-02-29' })).toBe(4);
		expect(wholeMonths({ from: '2020-02-01', to: '2020-02-28' })).toBeUndefined();
		expect(wholeMonths({ from: '2020-02-02', to: '2020-02-29' })).toBeUndefined();
		expect(wholeMonths({ from: '2020-02-01' })).toBeUndefined();
		expect(wholeMonths({})).toBeUndefined();
	});

	it('adds months across years both ways', () => {
		expect(addMonths('2020-12', 1)).toBe('2021-01');
		expect(addMonths('2020-01', -1)).toBe('2019-12');
		expect(addMonths('2020-02', 14)).toBe('2021-04');
		expect(addMonths('2020-02', -26)).toBe('2017-12');
	});
});

describe('playback steps', () => {
	it('pick a month for whole months and a week otherwise', () => {
		expect(unitFor({ from: '2020-02-01', to: '2020-02-29' })).toBe('month');
		expect(unitFor({ from: '2020-02-03', to: '2020-02-09' })).toBe('week');
		expect(unitFor({})).toBe('week');
	});

	it('move whole months a month at a time, keeping their number', () => {
		expect(playbackStep({ from: '2020-02-01', to: '2020-02-29' }, 'month', 1)).toEqual({
			from: '2020-03-01',
			to: '2020-03-31'
		});
		expect(playbackStep({ from: '2020-01-01', to: '2020-03-31' }, 'month', 1)).toEqual({
			from: '2020-02-01',
			to: '2020-04-30'
		});
		expect(playbackStep({ from: '2020-03-01', to: '2020-03-31' }, 'month', -1)).toEqual({
			from: '2020-02-01',
			to: '2020-02-29'
		});
	});

	it('move any range a week at a time, keeping its length', () => {
		expect(playbackStep({ from: '2020-02-01', to: '2020-02-29' }, 'week', 1)).toEqual({
			from: '2020-02-08',
			to: '2020-03-07'
		});
		expect(playbackStep({ from: '2020-02-06', to: '2020-02-07' }, 'week', -1)).toEqual({
			from: '2020-01-30',
			to: '2020-01-31'
		});
	});

	it('move another range a month on from the same day (the month’s last when shorter), keeping its length', () => {
		expect(playbackStep({ from: '2020-02-06', to: '2020-02-07' }, 'month', 1)).toEqual({
			from: '2020-03-06',
			to: '2020-03-07'
		});
		expect(playbackStep({ from: '2020-01-31', to: '2020-02-06' }, 'month', 1)).toEqual({
			from: '2020-02-29',
			to: '2020-03-06'
		});
	});

	it('leave an open range, and start from the data’s first week or month', () => {
		expect(playbackStep({ from: '2020-02-01' }, 'month', 1)).toEqual({ from: '2020-02-01' });
		expect(playbackStart('2018-01-10', 'month')).toEqual({ from: '2018-01-01', to: '2018-01-31' });
		expect(playbackStart('2018-01-10', 'week')).toEqual({ from: '2018-01-10', to: '2018-01-16' });
	});
});
