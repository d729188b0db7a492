/**
 * Date-range presets, stepping and the playback's steps for the timeline. Ranges are inclusive on both
 * ends. A range of whole calendar months moves by whole months (February 2020, then all of March, not
 * the 29 days from 1 March); any other range keeps its length in days.
 */
import { addDays, dateSpan, dayNumber, daysInMonth } from '../core/dates';
import type { DateRange } from '../core/range';

export interface Preset {
	label: string;
	from: string;
	to: string;
}

/** The periods the seed corpus covers; further presets can be added as the corpus grows. */
export const PRESETS: Preset[] = [
	{ label: 'Early 2018', from: '2018-01-01', to: '2018-03-31' },
	{ label: 'Autumn 2018', from: '2018-09-01', to: '2018-11-30' },
	{ label: 'February 2020', from: '2020-02-01', to: '2020-02-29' },
	{ label: '2025', from: '2025-01-01', to: '2025-12-31' }
];

/** The whole calendar month `YYYY-MM` as a range. */
export function monthRange(month: string): DateRange {
	const { first, last } = dateSpan(`${month}-01`, 'month');
	return { from: first, to: last };
}

/** The month `n` months after `YYYY-MM` (before it for a negative `n`). */
export function addMonths(month: string, n: number): string {
	const total = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + n;
	const year = Math.floor(total / 12);
	return `${String(year).padStart(4, '0')}-${String(total - year * 12 + 1).padStart(2, '0')}`;
}

/**
 * How many calendar months a range covers when it is exactly whole months (from a month's 1st to a
 * month's last day), else undefined. An open range is not whole months.
 */
export function wholeMonths(range: DateRange): number | undefined {
	const { from, to } = range;
	if (!from || !to || !from.endsWith('-01') || to < from) return undefined;
	if (to !== monthRange(to.slice(0, 7)).to) return undefined;
	const months =
		(Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 +
		Number(to.slice(5, 7)) -
		Number(from.slice(5, 7)) +
		1;
	return months;
}

/** Whole months `first`…(`first` + `months` − 1) as a range. */
function monthsFrom(first: string, months: number): DateRange {
	return { from: `${first}-01`, to: monthRange(addMonths(first, months - 1)).to };
}

/** A closed range's length in days, both ends counted. */
function lengthInDays(from: string, to: string): number {
	return dayNumber(to) - dayNumber(from) + 1;
}

/**
 * Moves a closed range by its own length, forward or back: a range of whole months by as many months
 * (February 2020 → March 2020; the first quarter → the second), any other range by its length in days
 * (a week → the next week). An open range is left as it is.
 */
export function stepRange(range: DateRange, direction: 1 | -1): DateRange {
	if (!range.from || !range.to) return range;
	const months = wholeMonths(range);
	if (months) return monthsFrom(addMonths(range.from.slice(0, 7), direction * months), months);
	const length = lengthInDays(range.from, range.to);
	return { from: addDays(range.from, direction * length), to: addDays(range.to, direction * length) };
}

/** How far one step of playback moves the range. */
export type StepUnit = 'week' | 'month';

/** The unit that suits a range: a month for whole months, a week otherwise (and for an open range). */
export function unitFor(range: DateRange): StepUnit {
	return wholeMonths(range) ? 'month' : 'week';
}

/**
 * One step of playback: the range moved by a week or a month, its length kept. Whole months stay whole
 * months (February 2020 → March 2020, 1–31 March). A month step of another range moves its first day
 * to the same day of the next month (the month's last day when that month is shorter) and keeps its
 * length in days. An open range is left as it is (`playbackStart` gives playback its first range).
 */
export function playbackStep(range: DateRange, unit: StepUnit, direction: 1 | -1): DateRange {
	if (!range.from || !range.to) return range;
	if (unit === 'week') {
		return { from: addDays(range.from, 7 * direction), to: addDays(range.to, 7 * direction) };
	}
	const months = wholeMonths(range);
	if (months) return monthsFrom(addMonths(range.from.slice(0, 7), direction), months);
	const month = addMonths(range.from.slice(0, 7), direction);
	const day = Math.min(
		Number(range.from.slice(8, 10)),
		daysInMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7)))
	);
	const from = `${month}-${String(day).padStart(2, '0')}`;
	return { from, to: addDays(from, lengthInDays(range.from, range.to) - 1) };
}

/**
 * Where playback starts when no closed range is chosen: the first week or month of the data, from its
 * first day `first` (a month starts at that month's 1st).
 */
export function playbackStart(first: string, unit: StepUnit): DateRange {
	return unit === 'month' ? monthRange(first.slice(0, 7)) : { from: first, to: addDays(first, 6) };
}
