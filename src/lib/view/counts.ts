/**
 * How many articles a date range holds, per place, per outlet and in all: from `explorer.json`'s totals
 * while the range is every date, and otherwise from `data/month-counts.json`'s counts by month, the day
 * counts of the months the range's ends cut (`data/days/<yyyy-mm>.json`) and, while the outlet filter
 * is on, the chosen outlets' counts per place (`data/outlets/<id>.json`).
 *
 * A range is its whole months, summed from prefix sums (two binary searches a place), and at most two
 * cut months, counted by day once their file has arrived and as whole months until then. Until the
 * counts by month arrive a range counts every date (`needsMonthCounts` says when they are wanted), so a
 * figure is never fewer than are there. The rule is `core/range.ts`'s: both ends inclusive, a
 * month-only article (day 0 of the day files) in range when any day of its month is; the spec checks
 * the sums against counting articles one by one.
 */
import { daysInMonth } from '../core/dates';
import type { DateRange } from '../core/range';
import type { DayCounts, ExplorerData, MonthCountsData, OutletCounts } from '../data/explorer-data';
import {
	decodePairs,
	decodeTriples,
	monthOfOrdinal,
	monthOrdinal,
	prefixSums,
	sumKeys,
	type KeyedCounts,
	type OutletKeyedCounts
} from '../data/month-counts';
import type { MonthBin } from './histogram';

/** Sparse counts with their prefix sums, ready to sum over a run of keys. */
export interface Summable extends KeyedCounts {
	sums: Float64Array;
}

function summable(c: KeyedCounts): Summable {
	return { ...c, sums: prefixSums(c.counts) };
}

/** `explorer.json`'s counts, all of them totals. Month keys are indexes from `first`. */
export interface CountIndex {
	/** The month ordinal (`month-counts.ts`) of month index 0; `months` indexes in all. */
	first: number;
	months: number;
	/** Per place: all its articles, whatever the dates. */
	placeTotal: Int32Array;
	/** Per outlet: all its articles. */
	outletTotal: Int32Array;
	/** Per month index: every article of the month (the timeline's bars). */
	monthTotal: Int32Array;
	/** Every article. */
	total: number;
}

export function buildCountIndex(
	data: Pick<ExplorerData, 'firstMonth' | 'monthCount' | 'totals' | 'monthTotals' | 'outletTotals'>
): CountIndex {
	const monthTotal = Int32Array.from(data.monthTotals);
	return {
		first: data.firstMonth ? monthOrdinal(data.firstMonth) : 0,
		months: data.monthCount,
		placeTotal: Int32Array.from(data.totals),
		outletTotal: Int32Array.from(data.outletTotals),
		monthTotal,
		total: monthTotal.reduce((a, b) => a + b, 0)
	};
}

/** `data/month-counts.json`'s counts, decoded once: by month, per outlet and per place. */
export interface MonthIndex {
	outlets: Summable[];
	places: Summable[];
}

export function buildMonthIndex(data: MonthCountsData): MonthIndex {
	return {
		outlets: data.outletMonths.map((p) => summable(decodePairs(p))),
		places: data.counts.map((p) => summable(decodePairs(p)))
	};
}

/** The timeline's bars: every month from the first article's to the last's, empty ones included. */
export function monthBins(index: CountIndex): MonthBin[] {
	return Array.from(index.monthTotal, (count, m) => ({ month: monthOfOrdinal(index.first + m), count }));
}

/** A month the range covers only in part: its index, and the days of it in range (1–31, inclusive). */
export interface CutMonth {
	month: number;
	fromDay: number;
	toDay: number;
}

/**
 * A range in months: the whole months `[fullFrom, fullTo]` (empty when `fullTo < fullFrom`) and the
 * months it cuts, at most two. Months outside the data, and cut months with no article (they have no
 * day file), are left out: nothing is there to count.
 */
export interface RangeMonths {
	fullFrom: number;
	fullTo: number;
	cuts: CutMonth[];
}

/** The month index and day of a `YYYY-MM-DD`. */
function monthAndDay(index: CountIndex, day: string): { month: number; day: number } {
	return { month: monthOrdinal(day) - index.first, day: Number(day.slice(8, 10)) };
}

/** Whether the range holds no day of the data (reversed, or outside it): nothing to count, and no file to read. */
function holdsNothing(months: RangeMonths): boolean {
	return months.cuts.length === 0 && months.fullTo < months.fullFrom;
}

/**
 * Whether the range's counts need the counts by month: unless it holds every month of the data whole
 * (or none of it), the totals do not say what is in it.
 */
export function needsMonthCounts(index: CountIndex, months: RangeMonths): boolean {
	if (holdsNothing(months)) return false;
	return months.cuts.length > 0 || months.fullFrom > 0 || months.fullTo < index.months - 1;
}

export function rangeMonths(index: CountIndex, range: DateRange): RangeMonths {
	const lastMonth = index.months - 1;
	const a = range.from ? monthAndDay(index, range.from) : { month: 0, day: 1 };
	const b = range.to ? monthAndDay(index, range.to) : { month: lastMonth, day: 31 };
	const length = (m: number) => {
		const ordinal = index.first + m;
		return daysInMonth(Math.floor(ordinal / 12), (ordinal % 12) + 1);
	};
	if (range.from && range.to && range.from > range.to) return { fullFrom: 1, fullTo: 0, cuts: [] };
	const cuts: CutMonth[] = [];
	const cut = (month: number, fromDay: number, toDay: number) => {
		if (month >= 0 && month <= lastMonth && index.monthTotal[month]! > 0)
			cuts.push({ month, fromDay, toDay });
	};
	let fullFrom = Math.max(0, a.month);
	let fullTo = Math.min(lastMonth, b.month);
	if (a.month === b.month) {
		if (a.day > 1 || b.day < length(a.month)) {
			cut(a.month, a.day, b.day);
			return { fullFrom: 1, fullTo: 0, cuts };
		}
		return { fullFrom, fullTo, cuts };
	}
	if (a.day > 1) {
		cut(a.month, a.day, 31);
		fullFrom = Math.max(fullFrom, a.month + 1);
	}
	if (b.day < length(b.month)) {
		cut(b.month, 1, b.day);
		fullTo = Math.min(fullTo, b.month - 1);
	}
	return { fullFrom, fullTo, cuts };
}

/** A month's day counts, decoded: per outlet, and per place (by index) with the outlet of each count. */
export interface DayIndex {
	month: number;
	outlets: KeyedCounts[];
	places: Map<number, OutletKeyedCounts>;
}

/**
 * Reads `data/days/<month>.json`. The file must be the month asked for and its places known ones:
 * anything else is a file of another build, and throws naming the field.
 */
export function decodeDayCounts(
	index: CountIndex,
	placeIndex: ReadonlyMap<string, number>,
	month: number,
	file: DayCounts
): DayIndex {
	const name = monthOfOrdinal(index.first + month);
	if (file.month !== name) throw new Error(`month: "${String(file.month)}", expected "${name}"`);
	if (!Array.isArray(file.outlets) || file.outlets.length !== index.outletTotal.length)
		throw new Error(`outlets: expected ${index.outletTotal.length} lists`);
	const places = new Map<number, OutletKeyedCounts>();
	for (const [id, flat] of Object.entries(file.places ?? {})) {
		const i = placeIndex.get(id);
		if (i === undefined) throw new Error(`places.${id}: not a place of explorer.json`);
		places.set(i, decodeTriples(flat));
	}
	return { month, outlets: file.outlets.map((p) => decodePairs(p)), places };
}

/** An outlet's counts per place (by index), decoded. */
export type OutletPlaces = (Summable | undefined)[];

/** Reads `data/outlets/<id>.json`; a file of another outlet or naming an unknown place throws. */
export function decodeOutletCounts(
	places: number,
	placeIndex: ReadonlyMap<string, number>,
	id: string,
	file: OutletCounts
): OutletPlaces {
	if (file.outlet !== id) throw new Error(`outlet: "${String(file.outlet)}", expected "${id}"`);
	const out: OutletPlaces = new Array(places).fill(undefined);
	for (const [place, flat] of Object.entries(file.places ?? {})) {
		const i = placeIndex.get(place);
		if (i === undefined) throw new Error(`places.${place}: not a place of explorer.json`);
		out[i] = summable(decodePairs(flat));
	}
	return out;
}

/**
 * What the counts read beyond `explorer.json`: the counts by month (undefined until fetched), the day
 * counts of a month (undefined until fetched) and, with the outlet filter on, which outlets are chosen
 * (1 by outlet index) and each chosen outlet's counts per place (undefined until fetched).
 */
export interface CountSources {
	months?: MonthIndex;
	day: (month: number) => DayIndex | undefined;
	mask?: Uint8Array;
	outlet?: (outlet: number) => OutletPlaces | undefined;
}

/** The sum of a day-keyed list over a cut month's days: month-only articles (day 0) always count. */
function sumDays(c: KeyedCounts, cut: CutMonth): number {
	let n = 0;
	for (let k = 0; k < c.keys.length; k++) {
		const d = c.keys[k]!;
		if (d === 0 || (d >= cut.fromDay && d <= cut.toDay)) n += c.counts[k]!;
	}
	return n;
}

/**
 * Articles per place in the range, by place index. Exact once the files it reads have arrived (the
 * counts by month, unless the range is every date; the cut months' day files; with a filter, the chosen
 * outlets' files); until then a range counts every date, a cut month counts whole and a place whose
 * chosen outlet has not arrived counts every outlet: never fewer than are there.
 */
export function placeCounts(index: CountIndex, months: RangeMonths, sources: CountSources): Int32Array {
	const n = index.placeTotal.length;
	const chosen: number[] = [];
	if (sources.mask) sources.mask.forEach((on, o) => on && chosen.push(o));
	const files = sources.mask ? chosen.map((o) => sources.outlet?.(o)) : [];
	const filtered = !!sources.mask && files.every((f) => f !== undefined);
	const rows = sources.months?.places;
	const out = new Int32Array(n);
	if (holdsNothing(months)) return out;
	if (!filtered && (!rows || !needsMonthCounts(index, months))) return Int32Array.from(index.placeTotal);
	const days = months.cuts.map((c) => sources.day(c.month));
	for (let i = 0; i < n; i++) {
		let count = 0;
		if (filtered) for (const f of files) count += f![i] ? wholeMonths(f![i]!, months) : 0;
		else count = wholeMonths(rows![i]!, months);
		months.cuts.forEach((cut, c) => {
			const day = days[c];
			const cells = day?.places.get(i);
			if (day) {
				if (!cells) return;
				for (let k = 0; k < cells.keys.length; k++) {
					const d = cells.keys[k]!;
					if (sources.mask && !sources.mask[cells.outlets[k]!]) continue;
					if (d === 0 || (d >= cut.fromDay && d <= cut.toDay)) count += cells.counts[k]!;
				}
			} else if (filtered) {
				for (const f of files) if (f![i]) count += sumKeys(f![i]!, f![i]!.sums, cut.month, cut.month);
			} else count += sumKeys(rows![i]!, rows![i]!.sums, cut.month, cut.month);
		});
		out[i] = count;
	}
	return out;
}

function wholeMonths(c: Summable, months: RangeMonths): number {
	return sumKeys(c, c.sums, months.fullFrom, months.fullTo);
}

/**
 * Articles per outlet in the range (the outlet filter's counts), by outlet index: every date's until the
 * counts by month (`monthly`) arrive, then exact once the cut months' day files have arrived, a cut month
 * counted whole until then.
 */
export function outletCounts(
	index: CountIndex,
	months: RangeMonths,
	day: CountSources['day'],
	monthly?: MonthIndex
): Int32Array {
	if (holdsNothing(months)) return new Int32Array(index.outletTotal.length);
	if (!monthly || !needsMonthCounts(index, months)) return Int32Array.from(index.outletTotal);
	const days = months.cuts.map((c) => day(c.month));
	return Int32Array.from(monthly.outlets, (o, k) => {
		let count = wholeMonths(o, months);
		months.cuts.forEach((cut, c) => {
			const d = days[c];
			count += d ? sumDays(d.outlets[k]!, cut) : sumKeys(o, o.sums, cut.month, cut.month);
		});
		return count;
	});
}

/** Articles in the range of the outlets `mask` keeps (every outlet without one): the timeline's "N of M". */
export function articlesInRange(perOutlet: ArrayLike<number>, mask?: Uint8Array): number {
	let n = 0;
	for (let o = 0; o < perOutlet.length; o++) if (!mask || mask[o]) n += perOutlet[o]!;
	return n;
}

/** Whether every file the range's counts read has arrived, so the figures are exact. */
export function countsExact(index: CountIndex, months: RangeMonths, sources: CountSources): boolean {
	if (needsMonthCounts(index, months) && !sources.months) return false;
	if (months.cuts.some((c) => !sources.day(c.month))) return false;
	if (!sources.mask) return true;
	return [...sources.mask].every((on, o) => !on || !!sources.outlet?.(o));
}
