/**
 * Date-range presets and stepping for the timeline. Ranges are inclusive on both ends.
 */
import { addDays, dateSpan, dayNumber } from '../core/dates';
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

/**
 * Moves a closed range by its own length, forward or back, so stepping through "February 2020" then
 * shows the next 29 days. An open range is left as it is.
 */
export function stepRange(range: DateRange, direction: 1 | -1): DateRange {
	if (!range.from || !range.to) return range;
	const length = dayNumber(range.to) - dayNumber(range.from) + 1;
	return { from: addDays(range.from, direction * length), to: addDays(range.to, direction * length) };
}

/** The whole calendar month `YYYY-MM` as a range. */
export function monthRange(month: string): DateRange {
	const { first, last } = dateSpan(`${month}-01`, 'month');
	return { from: first, to: last };
}
