/**
 * The chronology: the events and the articles of a date range on one list by date, the text
 * alternative for what the map shows over time. The articles come from the months' parts
 * (`data/chronology/<yyyy-mm>/<n>.json`), read from the range's end in the list's order: a page of the
 * list needs the parts that hold its articles, never the whole range.
 */
import { addDays, dateSpan, dayNumber } from '../core/dates';
import { articleInRange, spanInRange, type DateRange } from '../core/range';
import type { EventDatePrecision } from '../data/events';
import type { ExplorerEvent, MonthArticle } from '../data/explorer-data';
import { monthOfOrdinal } from '../data/month-counts';
import type { CountIndex, RangeMonths } from './counts';

/** Which end of the range the list starts at. */
export type ChronologyOrder = 'newest' | 'oldest';
export const CHRONOLOGY_ORDERS: readonly ChronologyOrder[] = ['newest', 'oldest'];

/** Entries the chronology lists at first, and how many more each "Show more" adds. */
export const CHRONOLOGY_PAGE = 100;

/** One line of the chronology: an event, or an article by its position in the published order. */
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
	return events.filter((e) => eventInRange(e, range));
}

/** Whether an event's span meets the range (`eventsInRange` for one event). */
export function eventInRange(
	event: Pick<ExplorerEvent, 'date' | 'datePrecision'>,
	range: DateRange
): boolean {
	if (!range.from && !range.to) return true;
	const { first, last } = eventSpan(event.date, event.datePrecision);
	return spanInRange(first, last, range);
}

/** One part of a month's article list: its month (`YYYY-MM`) and number. */
export interface PartKey {
	month: string;
	part: number;
}

/** The first and last month index the range touches (whole or cut); `first > last` for none. */
export function touchedMonths(months: RangeMonths): { first: number; last: number } {
	const all = [...months.cuts.map((c) => c.month)];
	if (months.fullFrom <= months.fullTo) all.push(months.fullFrom, months.fullTo);
	return all.length ? { first: Math.min(...all), last: Math.max(...all) } : { first: 1, last: 0 };
}

/**
 * Every part of the months the range touches, in the list's order: newest first from the range's
 * last month's last part, or oldest first. A month's parts are `table`'s (`explorer.json`'s
 * `chronologyParts`: per month index, the parts' numbers in key order, which after a later build
 * are not those of their numbers).
 */
export function chronologyParts(
	index: CountIndex,
	months: RangeMonths,
	table: readonly (readonly number[])[],
	order: ChronologyOrder
): PartKey[] {
	const { first, last } = touchedMonths(months);
	const out: PartKey[] = [];
	for (let m = first; m <= last; m++) {
		const month = monthOfOrdinal(index.first + m);
		for (const part of table[m] ?? []) out.push({ month, part });
	}
	return order === 'newest' ? out.reverse() : out;
}

/** A page of the chronology, and the parts it waits for. */
export interface ChronologyPage extends Chronology {
	/** Indexes into the parts given of the next ones to fetch (at most two); none when the page is whole. */
	next: number[];
}

/**
 * The first `limit` entries of the merged list in `order`. `events` are the range's events oldest
 * first; `parts` the range's parts in the list's order (`chronologyParts`), each its articles oldest
 * first once fetched, undefined until then; `articles` how many articles the range holds (the
 * timeline's count); `shows` the outlet filter. The articles are read part by part until one is
 * missing; an event is listed only where every article before it in the list is known (on one day the
 * events come before the articles in either order: what happened, then what was published).
 */
export function chronologyPage(
	events: readonly ExplorerEvent[],
	parts: readonly (readonly MonthArticle[] | undefined)[],
	range: DateRange,
	order: ChronologyOrder,
	limit: number,
	articles: number,
	shows?: (outletId: string) => boolean
): ChronologyPage {
	const newest = order === 'newest';
	const listed: MonthArticle[] = [];
	/** The day of the last article (in the list's order) read so far: what is known stops there. */
	let boundary: number | undefined;
	let k = 0;
	for (; k < parts.length && listed.length < limit; k++) {
		const part = parts[k];
		if (!part) break;
		const ordered = newest ? [...part].reverse() : part;
		for (const a of ordered) if (articleInRange(a, range) && (!shows || shows(a.outletId))) listed.push(a);
		if (ordered.length) boundary = dayNumber(ordered[ordered.length - 1]!.published);
	}
	const read = k >= parts.length;
	const total = events.length + articles;
	const items: ChronologyItem[] = [];
	const eventDay = events.map((e) => dayNumber(e.date));
	const step = newest ? -1 : 1;
	let i = newest ? events.length - 1 : 0;
	let j = 0;
	const eventKnown = (day: number) =>
		read || (boundary !== undefined && (newest ? day >= boundary : day <= boundary));
	while (items.length < limit) {
		const hasEvent = i >= 0 && i < events.length && eventKnown(eventDay[i]!);
		const hasArticle = j < listed.length;
		if (!hasEvent && !hasArticle) break;
		let event = hasEvent;
		if (hasEvent && hasArticle) {
			const e = eventDay[i]!;
			const a = dayNumber(listed[j]!.published);
			event = newest ? e >= a : e <= a;
		}
		if (event) {
			const ev = events[i]!;
			items.push({ type: 'event', key: `e:${ev.id}`, event: ev });
			i += step;
		} else {
			const position = listed[j]!.position;
			items.push({ type: 'article', key: `a:${position}`, position });
			j++;
		}
	}
	const next: number[] = [];
	if (items.length < limit && !read)
		for (let n = k; n < parts.length && next.length < 2; n++) if (!parts[n]) next.push(n);
	return { items, events: events.length, articles, total, next };
}

/** Reads a chronology order from text (the URL's value); anything else is not one. */
export function isChronologyOrder(value: string | null | undefined): value is ChronologyOrder {
	return value === 'newest' || value === 'oldest';
}
