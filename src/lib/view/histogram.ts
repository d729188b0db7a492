import type { Dated } from './range';

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
 * keep a true time scale. Month-precision articles fall in their month like any other.
 */
export function monthlyCounts(articles: readonly Dated[]): MonthBin[] {
	if (articles.length === 0) return [];
	const counts = new Map<string, number>();
	let min = '9999-12';
	let max = '0000-01';
	for (const a of articles) {
		const month = a.published.slice(0, 7);
		counts.set(month, (counts.get(month) ?? 0) + 1);
		if (month < min) min = month;
		if (month > max) max = month;
	}
	const bins: MonthBin[] = [];
	for (let m = min; m <= max; m = nextMonth(m)) bins.push({ month: m, count: counts.get(m) ?? 0 });
	return bins;
}
