/**
 * The chronology: the events and the articles of a date range on one list by date, the text
 * alternative for what the map shows over time. Pure functions over the range index, so a range of
 * thousands of articles costs an array of their positions and one merge of the page that is shown,
 * never an object per article.
 */
import { addDays, dateSpan, dayNumber } from '../core/dates';
import { spanInRange, type DateRange } from '../core/range';
import type { EventDatePrecision } from '../data/events';
import type { ExplorerEvent } from '../data/explorer-data';
import { lowerBound, type ArticleMask, type RangeBounds, type RangeIndex } from './range-index';

/** Which end of the range the list starts at. */
export type ChronologyOrder = 'newest' | 'oldest';
export const CHRONOLOGY_ORDERS: readonly ChronologyOrder[] = ['newest', 'oldest'];

/** Entries the chronology lists at first, and how many more each "Show more" adds. */
export const CHRONOLOGY_PAGE = 100;

/** One line of the chronology: an event, or an article by its position in `data/articles.json`. */
export type ChronologyItem =
	{ type: 'event'; key: string; event: ExplorerEvent } | { type: 'article'; key: string; position: number };

export interface Chronology {
	/** The first `limit` entries in the chosen order. */
	items: ChronologyItem[];
	/** Events and articles in range, and both together: what "Show more" has left is `total - items.length`. */
	events: number;
	articles: number;
	total: number;
}

/**
 * The days an event may have happened on, both ends inclusive: its day; the seven days from `date`
 * for `week`; its month for `month`; for `reported`, only the day it was reported by, which is all the
 * source says.
 */
export function eventSpan(date: string, precision: EventDatePrecision): { first: string; last: string } {
	if (precision === 'week') return { first: date, last: addDays(date, 6) };
	if (precision === 'month') return dateSpan(date, 'month');
	return { first: date, last: date };
}

/**
 * The events of a range, in the order given (oldest first). An event whose span meets the range is in
 * it, as a month-dated article is: "February 2020" belongs to a range of 6–7 February.
 */
export function eventsInRange(events: readonly ExplorerEvent[], range: DateRange): ExplorerEvent[] {
	if (!range.from && !range.to) return [...events];
	return events.filter((e) => {
		const { first, last } = eventSpan(e.date, e.datePrecision);
		return spanInRange(first, last, range);
	});
}

/**
 * The positions of the articles in range, ascending (which is oldest first): the month-only articles
 * of the month the range starts in, then the span `[lo, hi)`; with `keep` (the outlet filter), only
 * the articles it keeps.
 */
export function positionsInRange(index: RangeIndex, b: RangeBounds, keep?: ArticleMask): Uint32Array {
	let extra = 0;
	for (let p = b.m0; p < b.m1; p++) extra += index.monthOnly[p]!;
	const out = new Uint32Array(extra + b.hi - b.lo);
	let n = 0;
	for (let p = b.m0; p < b.m1; p++) if (index.monthOnly[p] && (!keep || keep[p])) out[n++] = p;
	for (let p = b.lo; p < b.hi; p++) if (!keep || keep[p]) out[n++] = p;
	return n === out.length ? out : out.slice(0, n);
}

/**
 * The first `limit` entries of the merged list in `order`. `events` are the range's events oldest
 * first, `positions` its articles ascending, `days` every article's day by position. On one day the
 * events come before the articles in either order: what happened, then what was published.
 */
export function chronology(
	events: readonly ExplorerEvent[],
	positions: ArrayLike<number>,
	days: ArrayLike<number>,
	order: ChronologyOrder,
	limit: number
): Chronology {
	const total = events.length + positions.length;
	const items: ChronologyItem[] = [];
	const eventDay = events.map((e) => dayNumber(e.date));
	const take = Math.min(limit, total);
	const newest = order === 'newest';
	let i = newest ? events.length - 1 : 0;
	let j = newest ? positions.length - 1 : 0;
	const step = newest ? -1 : 1;
	const hasEvent = () => i >= 0 && i < events.length;
	const hasArticle = () => j >= 0 && j < positions.length;
	while (items.length < take) {
		let event = hasEvent();
		if (event && hasArticle()) {
			const e = eventDay[i]!;
			const a = days[positions[j]!]!;
			event = newest ? e >= a : e <= a;
		}
		if (event) {
			const ev = events[i]!;
			items.push({ type: 'event', key: `e:${ev.id}`, event: ev });
			i += step;
		} else {
			const position = positions[j]!;
			items.push({ type: 'article', key: `a:${position}`, position });
			j += step;
		}
	}
	return { items, events: events.length, articles: positions.length, total };
}

/**
 * The places an article's entry stands for on the map: those whose list holds its position (a member
 * of a group included when the article names the group, as the counts have it). Two binary searches a
 * place, done when an entry is pointed at.
 */
export function placesOfArticle(index: RangeIndex, ids: readonly string[], position: number): string[] {
	const out: string[] = [];
	index.lists.forEach((list, i) => {
		const k = lowerBound(list, position);
		if (k < list.length && list[k] === position) out.push(ids[i]!);
	});
	return out;
}

/** Reads a chronology order from text (the URL's value); anything else is not one. */
export function isChronologyOrder(value: string | null | undefined): value is ChronologyOrder {
	return value === 'newest' || value === 'oldest';
}
