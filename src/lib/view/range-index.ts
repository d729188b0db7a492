/**
 * The explorer's date-range arithmetic over typed arrays, so a date change stays cheap with tens of
 * thousands of articles: the range becomes a span of article positions once (binary searches over the
 * sorted publication days), and each place's count is then two binary searches in its own sorted list
 * of positions. The rule is `core/range.ts`'s, in day numbers (both ends inclusive; a month-precision
 * article is in range when any day of its month is); the spec checks the two agree on random ranges.
 */
import { dayNumber, firstDay } from '../core/dates';
import { deltaDecode } from '../data/delta';
import { linkedPositions, type ExplorerData } from '../data/explorer-data';
import type { DateRange } from '../core/range';
import { eventSpan } from './events';
import { buildStatusTable, NO_STATUS, statusCodeOn, type StatusTable } from './status';

/** `data/explorer.json` decoded into the arrays the counts run over. */
export interface RangeIndex {
	/** Publication day of each article, by position (ascending). */
	days: Int32Array;
	/** 1 where the article is dated only to its month. */
	monthOnly: Uint8Array;
	/** Per place (in `places` order): positions of the articles mentioning it or its group. */
	lists: Uint32Array[];
	/** Per place: the day it was established, or `NONE` when it always existed. */
	established: Int32Array;
	/**
	 * Per place: where its events start in the three event arrays (one more entry than places). A
	 * place's events are oldest first: `eventFirst` and `eventLast` are the first and last day each may
	 * fall on (`eventSpan`), `eventIndex` its index in `ExplorerData.events`.
	 */
	eventStart: Uint32Array;
	eventFirst: Int32Array;
	eventLast: Int32Array;
	eventIndex: Uint32Array;
	/** Per place: its status timeline (`status.ts`). */
	statuses: StatusTable;
}

/** "No day": before every real day. */
const NONE = -2_147_483_648;
/** After every real day: the end of an open range. */
const ALWAYS = 2_147_483_647;
/** "No event" in `PlaceStates.event`. */
export const NO_EVENT = -1;

/** Decodes the published index. Lists of group members are merged with their group's list here. */
export function buildRangeIndex(data: ExplorerData): RangeIndex {
	const n = data.days.length;
	const days = deltaDecode(data.days, new Int32Array(n));
	const monthOnly = new Uint8Array(n);
	for (const p of deltaDecode(data.monthPrecision, new Uint32Array(data.monthPrecision.length)))
		monthOnly[p] = 1;
	const features = data.places.features;
	const own = data.links.map((l) => deltaDecode(l, new Uint32Array(l.length)));
	const indexOf = new Map(features.map((f, i) => [f.id, i]));
	const lists = features.map((f, i) => {
		const group = f.properties.partOf ? indexOf.get(f.properties.partOf) : undefined;
		return linkedPositions(own[i] ?? [], group === undefined ? undefined : own[group]);
	});
	const established = new Int32Array(features.length).fill(NONE);
	const eventsOf: number[][] = features.map(() => []);
	data.events.forEach((event, e) => {
		for (const id of event.places) eventsOf[indexOf.get(id) ?? -1]?.push(e);
	});
	const eventStart = new Uint32Array(features.length + 1);
	const eventIndex: number[] = [];
	features.forEach((f, i) => {
		const e = f.properties.established;
		if (e) established[i] = dayNumber(firstDay(e));
		eventStart[i] = eventIndex.length;
		eventIndex.push(...eventsOf[i]!);
	});
	eventStart[features.length] = eventIndex.length;
	const spans = eventIndex.map((e) => eventSpan(data.events[e]!));
	return {
		days,
		monthOnly,
		lists,
		established,
		eventStart,
		eventFirst: Int32Array.from(spans, (s) => dayNumber(s.first)),
		eventLast: Int32Array.from(spans, (s) => dayNumber(s.last)),
		eventIndex: Uint32Array.from(eventIndex),
		statuses: buildStatusTable(features)
	};
}

/**
 * A date range as article positions: `[lo, hi)` are the articles whose day lies in the range, and
 * `[m0, m1)` the articles published on the first of the month the range starts in, when the range
 * starts later in that month: of those, the month-precision ones are in range too (any day of their
 * month counts) while those dated to the 1st itself are not. `from`/`to` are the day numbers.
 */
export interface RangeBounds {
	from: number;
	to: number;
	lo: number;
	hi: number;
	m0: number;
	m1: number;
}

/** First index in the ascending `values` whose value is at least `target`. */
export function lowerBound(
	values: ArrayLike<number>,
	target: number,
	start = 0,
	end = values.length
): number {
	let a = start;
	let b = end;
	while (a < b) {
		const mid = (a + b) >>> 1;
		if (values[mid]! < target) a = mid + 1;
		else b = mid;
	}
	return a;
}

export function rangeBounds(index: RangeIndex, range: DateRange): RangeBounds {
	const { days } = index;
	const from = range.from ? dayNumber(range.from) : NONE;
	const to = range.to ? dayNumber(range.to) : ALWAYS;
	const lo = lowerBound(days, from);
	const hi = Math.max(lo, lowerBound(days, to + 1));
	let m0 = lo;
	let m1 = lo;
	if (range.from && !range.from.endsWith('-01')) {
		const monthStart = dayNumber(`${range.from.slice(0, 7)}-01`);
		if (monthStart <= to) {
			m0 = lowerBound(days, monthStart, 0, lo);
			m1 = lowerBound(days, monthStart + 1, m0, lo);
		}
	}
	return { from, to, lo, hi, m0, m1 };
}

/**
 * Which articles count, by position: 1 for an article kept, 0 for one left out (the outlet filter's
 * `articleMask`). Absent, every article counts.
 */
export type ArticleMask = Uint8Array;

/** How many articles of an ascending position list are in range (and kept by `keep`). */
export function countInRange(
	list: Uint32Array,
	b: RangeBounds,
	monthOnly: Uint8Array,
	keep?: ArticleMask
): number {
	if (keep) {
		let count = 0;
		for (let k = lowerBound(list, b.lo), end = lowerBound(list, b.hi); k < end; k++) count += keep[list[k]!]!;
		if (b.m1 > b.m0) {
			for (let k = lowerBound(list, b.m0); k < list.length && list[k]! < b.m1; k++)
				count += monthOnly[list[k]!]! & keep[list[k]!]!;
		}
		return count;
	}
	let count = lowerBound(list, b.hi) - lowerBound(list, b.lo);
	if (b.m1 > b.m0) {
		for (let k = lowerBound(list, b.m0); k < list.length && list[k]! < b.m1; k++)
			count += monthOnly[list[k]!]!;
	}
	return count;
}

/** Indexes into `list` (not positions) of its articles in range (and kept by `keep`), ascending. */
export function indexesInRange(
	list: Uint32Array,
	b: RangeBounds,
	monthOnly: Uint8Array,
	keep?: ArticleMask
): number[] {
	const out: number[] = [];
	if (b.m1 > b.m0) {
		for (let k = lowerBound(list, b.m0); k < list.length && list[k]! < b.m1; k++) {
			if (monthOnly[list[k]!] && (!keep || keep[list[k]!])) out.push(k);
		}
	}
	for (let k = lowerBound(list, b.lo), end = lowerBound(list, b.hi); k < end; k++)
		if (!keep || keep[list[k]!]) out.push(k);
	return out;
}

/** How many articles in all are in range (and kept by `keep`): the timeline's "N of M". */
export function articlesInRange(index: RangeIndex, b: RangeBounds, keep?: ArticleMask): number {
	let count = 0;
	if (keep) for (let p = b.lo; p < b.hi; p++) count += keep[p]!;
	else count = b.hi - b.lo;
	for (let p = b.m0; p < b.m1; p++) count += index.monthOnly[p]! & (keep ? keep[p]! : 1);
	return count;
}

/**
 * What the map and the list show of every place in a range, by place index: articles in range (zero
 * for a place that does not exist yet); whether it exists (a post before its `established` date does
 * not); its latest event in a chosen range, as an index into `ExplorerData.events` or `NO_EVENT` (with
 * no dates chosen every event would be "in range", and the map would drown in labels); and its status
 * on the range's last day (`status.ts`; the latest one for an open end, none when it does not exist).
 * A place is active when it exists and has a count. With `keep` (the outlet filter) only the articles
 * it keeps are counted, so a place only other outlets name fades as one outside the dates does. Fresh
 * arrays every time, so a consumer can compare with the previous ones.
 */
export interface PlaceStates {
	count: Int32Array;
	exists: Uint8Array;
	event: Int32Array;
	status: Uint8Array;
}

export function placeStates(index: RangeIndex, range: DateRange, keep?: ArticleMask): PlaceStates {
	const b = rangeBounds(index, range);
	const n = index.lists.length;
	const count = new Int32Array(n);
	const exists = new Uint8Array(n);
	const event = new Int32Array(n).fill(NO_EVENT);
	const status = new Uint8Array(n);
	const bounded = !!(range.from || range.to);
	for (let i = 0; i < n; i++) {
		const here = !range.to || index.established[i]! <= b.to;
		exists[i] = here ? 1 : 0;
		if (here) {
			count[i] = countInRange(index.lists[i]!, b, index.monthOnly, keep);
			status[i] = statusCodeOn(index.statuses, i, b.to);
		} else status[i] = NO_STATUS;
		if (bounded) event[i] = latestEvent(index, i, b.from, b.to);
	}
	return { count, exists, event, status };
}

/**
 * The latest event of place `i` whose span meets the days `from`…`to` (day numbers, inclusive), as an
 * index into `ExplorerData.events`, or `NO_EVENT`. "Latest" is by the first day it may fall on, and for
 * two on one day the one published later in the list: what the place's label says at the range's end.
 */
export function latestEvent(index: RangeIndex, i: number, from: number, to: number): number {
	let found = NO_EVENT;
	for (let k = index.eventStart[i]!; k < index.eventStart[i + 1]!; k++) {
		if (index.eventFirst[k]! > to) break;
		if (index.eventLast[k]! >= from) found = index.eventIndex[k]!;
	}
	return found;
}

/**
 * The latest event of place `i` up to the range's end, whenever it began (`NO_EVENT` if none): what a
 * selected place's label says even when nothing happened there in the range itself.
 */
export function latestEventUpTo(index: RangeIndex, i: number, range: DateRange): number {
	return latestEvent(index, i, NONE, range.to ? dayNumber(range.to) : ALWAYS);
}
