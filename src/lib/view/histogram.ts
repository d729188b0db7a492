import { isoDay } from '../core/dates';

/** One bar of the timeline: a calendar month and how many articles fall in it. */
export interface MonthBin {
	month: string;
	count: number;
}

function nextMonth(month: string): string {
	const [y, m] = month.split('-').map(Number) as [number, number];
	return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/**
 * Articles per month from the first article's month to the last's, empty months included so the bars
 * keep a true time scale. `days` are publication day numbers in any order; a month-precision article
 * is dated to the 1st, so it falls in its month like any other.
 */
export function monthlyCounts(days: ArrayLike<number>): MonthBin[] {
	if (days.length === 0) return [];
	const counts = new Map<string, number>();
	let min = '9999-12';
	let max = '0000-01';
	const monthOf = new Map<number, string>();
	for (let i = 0; i < days.length; i++) {
		const day = days[i]!;
		let month = monthOf.get(day);
		if (month === undefined) {
			month = isoDay(day).slice(0, 7);
			monthOf.set(day, month);
		}
		counts.set(month, (counts.get(month) ?? 0) + 1);
		if (month < min) min = month;
		if (month > max) max = month;
	}
	const bins: MonthBin[] = [];
	for (let m = min; m <= max; m = nextMonth(m)) bins.push({ month: m, count: counts.get(m) ?? 0 });
	return bins;
}
