import { dateSpan, isoDay } from '../core/dates';

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

/** One bar the timeline draws: one or more whole calendar months and the articles in them. */
export interface HistogramBar {
	/** Its first day and last day, `YYYY-MM-DD`: the range a click on the bar chooses. */
	from: string;
	to: string;
	/** Its first and last month, `YYYY-MM` (the same for a bar of one month). */
	first: string;
	last: string;
	/** How many months each bar of the histogram spans: 1, 3 (quarters), 6 (halves) or 12 (years). */
	months: number;
	count: number;
}

/** The spans a bar may cover, shortest first; each divides the year, so bars start on calendar edges. */
const BAR_MONTHS = [1, 3, 6, 12] as const;

/**
 * The timeline's bars from the monthly counts: single months while at most `maxBars` of them fit,
 * otherwise quarters, half-years or years (aligned to January, so a quarter is January–March), the
 * shortest span that gives at most `maxBars` bars. Seven and a half years of months are 90 bars of
 * 2 px in a sidebar; as 30 quarters each is wide enough to see and to click.
 */
export function histogramBars(bins: readonly MonthBin[], maxBars: number): HistogramBar[] {
	if (bins.length === 0) return [];
	const monthIndex = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
	const first = monthIndex(bins[0]!.month);
	const last = monthIndex(bins[bins.length - 1]!.month);
	const span = BAR_MONTHS.find((n) => Math.floor(last / n) - Math.floor(first / n) + 1 <= maxBars) ?? 12;
	const bars: HistogramBar[] = [];
	for (const bin of bins) {
		const start = Math.floor(monthIndex(bin.month) / span) * span;
		const bar = bars.at(-1);
		if (bar && monthIndex(bar.first) === start) {
			bar.count += bin.count;
			continue;
		}
		const name = (i: number) =>
			`${String(Math.floor(i / 12)).padStart(4, '0')}-${String((i % 12) + 1).padStart(2, '0')}`;
		const lastMonth = name(start + span - 1);
		bars.push({
			from: `${name(start)}-01`,
			to: dateSpan(`${lastMonth}-01`, 'month').last,
			first: name(start),
			last: lastMonth,
			months: span,
			count: bin.count
		});
	}
	return bars;
}
