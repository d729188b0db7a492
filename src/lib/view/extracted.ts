/**
 * The events found automatically in the articles' text, as the page reads them from their shards
 * (`data/extracted-files.ts`): decoders that keep what is well formed and name what is not (a bad entry
 * is left out, never a crash), and the pure choices of which shards a place's panel and the chronology
 * need for a date range. The state that fetches and keeps them is in `extracted-state.svelte.ts`.
 */
import { addDays, dateSpan, isIsoDate, isIsoMonth } from '../core/dates';
import { spanInRange, type DateRange } from '../core/range';
import type { ExplorerEvent } from '../data/explorer-data';
import {
	EVENT_DATE_PRECISIONS,
	EVENT_KINDS,
	type ExtractedMonthCounts,
	type ExtractedPageSpan,
	type ExtractedPlaceFile
} from '../data/extracted-files';

/** An extracted event as the page lists it (`extracted: true`, an article source) and its sentence. */
export interface ExtractedEvent {
	event: ExplorerEvent;
	sentence: string;
	/** The id of the source article's outlet in `explorer.json`'s `outlets`, when the shard names it. */
	outletId?: string;
}

/**
 * Which extracted events a list keeps, beyond the date range: the hook a filter of the page (the
 * outlets, say) plugs into. Without one every event in range is kept.
 */
export type EventFilter = (event: ExtractedEvent) => boolean;

/** What a decoder kept, and a sentence for each thing it left out ("file: events[3].date: …"). */
export interface Decoded<T> {
	value: T;
	problems: string[];
}

const isObject = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
const isOffset = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

/**
 * One event of a shard, or the reason it is not one. Every field the page shows or links with is
 * checked: an unknown kind or precision, a date that is not a day, offsets that are not a range.
 */
function decodeEvent(raw: unknown): ExtractedEvent | string {
	if (!isObject(raw)) return 'not an object';
	const { id, places, date, datePrecision, kind, label, confidence, source } = raw;
	if (!isText(id)) return 'id: not a text';
	if (!Array.isArray(places) || !places.length || !places.every(isText)) return 'places: not a list of ids';
	if (typeof date !== 'string' || !isIsoDate(date)) return 'date: not a day (YYYY-MM-DD)';
	if (!EVENT_DATE_PRECISIONS.includes(datePrecision as never)) return 'datePrecision: unknown';
	if (!EVENT_KINDS.includes(kind as never)) return 'kind: unknown';
	if (!isText(label)) return 'label: not a text';
	if (typeof confidence !== 'number' || !(confidence >= 0 && confidence <= 1))
		return 'confidence: not a number from 0 to 1';
	if (!isObject(source)) return 'source: not an object';
	const { article, start, end, sentence, outlet, outletId, published, curated } = source;
	if (!isText(article)) return 'source.article: not a text';
	if (!isOffset(start) || !isOffset(end) || end < start) return 'source.start, source.end: not a range';
	if (!isText(sentence)) return 'source.sentence: not a text';
	if (!isText(outlet)) return 'source.outlet: not a text';
	if (typeof published !== 'string' || !isIsoDate(published)) return 'source.published: not a day';
	if (outletId !== undefined && !isText(outletId)) return 'source.outletId: not a text';
	return {
		event: {
			id,
			places: places as string[],
			date,
			datePrecision: datePrecision as ExplorerEvent['datePrecision'],
			kind: kind as ExplorerEvent['kind'],
			label,
			extracted: true,
			confidence,
			// Only `true` marks an article with a prerendered page; anything else links to the shard reader.
			source: {
				type: 'article',
				article,
				start,
				end,
				outlet,
				published,
				...(curated === true ? { curated } : {})
			}
		},
		sentence,
		...(outletId === undefined ? {} : { outletId })
	};
}

/** The well-formed events of a shard's `events` list; each other entry is a problem naming it. */
function decodeEvents(raw: unknown, file: string, problems: string[]): ExtractedEvent[] {
	if (!Array.isArray(raw)) {
		problems.push(`${file}: events: not a list`);
		return [];
	}
	const out: ExtractedEvent[] = [];
	raw.forEach((entry, i) => {
		const decoded = decodeEvent(entry);
		if (typeof decoded === 'string') problems.push(`${file}: events[${i}].${decoded}`);
		else out.push(decoded);
	});
	return out;
}

/**
 * `data/events/months/<month>/<page>.json`: its events, oldest first as published, and the problems. A
 * file for another month or another page is read as holding none, as it belongs to another build.
 */
export function decodeExtractedMonth(
	raw: unknown,
	file: string,
	month: string,
	page: number
): Decoded<ExtractedEvent[]> {
	const problems: string[] = [];
	if (!isObject(raw)) return { value: [], problems: [`${file}: not an object`] };
	if (raw.month !== month || raw.page !== page)
		return { value: [], problems: [`${file}: month, page: not "${month}", ${page}`] };
	const value = decodeEvents(raw.events, file, problems).filter((e) => {
		if (e.event.date.startsWith(month)) return true;
		problems.push(`${file}: ${e.event.id}: dated outside ${month}`);
		return false;
	});
	return { value, problems };
}

/**
 * The key of one month file, `yyyy-mm/n`: what the chronology asks for and the state keeps files by.
 * `monthFile` reads it back.
 */
export function monthFileKey(month: string, page: number): string {
	return `${month}/${page}`;
}

/** The month and file number of a `monthFileKey`, or undefined for any other text. */
export function monthFile(key: string): { month: string; page: number } | undefined {
	const m = /^(\d{4}-\d{2})\/(0|[1-9]\d*)$/.exec(key);
	return m && isIsoMonth(m[1]!) ? { month: m[1]!, page: Number(m[2]) } : undefined;
}

/** A decoded file of a place's extracted events; `pages` only from its head. */
export interface ExtractedPlacePageData {
	events: ExtractedEvent[];
	pages?: ExtractedPageSpan[];
}

/**
 * `data/events/places/<place>/<file>.json`, a sealed page or the head: its events, newest first as
 * published, and the head's spans of every file too.
 */
export function decodeExtractedPlacePage(
	raw: unknown,
	file: string,
	place: string,
	page: ExtractedPlaceFile
): Decoded<ExtractedPlacePageData> {
	const problems: string[] = [];
	if (!isObject(raw)) return { value: { events: [] }, problems: [`${file}: not an object`] };
	const head = page === 'head';
	if (raw.place !== place || (head ? 'page' in raw : raw.page !== page))
		return {
			value: { events: [] },
			problems: [`${file}: place, page: not "${place}", ${head ? 'the head' : page}`]
		};
	const events = decodeEvents(raw.events, file, problems).filter((e) => {
		if (e.event.places.includes(place)) return true;
		problems.push(`${file}: ${e.event.id}: not at "${place}"`);
		return false;
	});
	const value: ExtractedPlacePageData = { events };
	if (head) {
		const spans = raw.pages;
		const ok =
			Array.isArray(spans) &&
			spans.length > 0 &&
			spans.every(
				(s) =>
					isObject(s) &&
					typeof s.first === 'string' &&
					typeof s.last === 'string' &&
					Number.isInteger(s.count) &&
					(s.count as number) >= 0 &&
					(s.page === undefined || (Number.isInteger(s.page) && (s.page as number) >= 0))
			);
		if (ok) value.pages = spans as ExtractedPageSpan[];
		else {
			problems.push(`${file}: pages: not a list of { first, last, count }`);
			value.pages = [pageOf(events)];
		}
	}
	return { value, problems };
}

/** A span of events the page has: what the head stands for when its table of files is unreadable. */
function pageOf(events: readonly ExtractedEvent[]): ExtractedPageSpan {
	let first = '';
	let last = '';
	for (const { event } of events) {
		const s = eventSpan(event);
		if (!first || s.first < first) first = s.first;
		if (s.last > last) last = s.last;
	}
	return { first, last, count: events.length };
}

/**
 * `explorer.json`'s `extractedMonths`, `[yyyy-mm, count, files]`; absent (an older build) is none, a bad
 * entry (a month of no file, more files than events) is left out.
 */
export function decodeMonthCounts(raw: unknown): Decoded<ExtractedMonthCounts> {
	if (raw === undefined) return { value: [], problems: [] };
	if (!Array.isArray(raw)) return { value: [], problems: ['explorer.json: extractedMonths: not a list'] };
	const problems: string[] = [];
	const value: ExtractedMonthCounts = [];
	raw.forEach((entry, i) => {
		const [month, count, pages] = Array.isArray(entry) ? (entry as unknown[]) : [];
		if (
			typeof month === 'string' &&
			isIsoMonth(month) &&
			Number.isInteger(count) &&
			(count as number) > 0 &&
			Number.isInteger(pages) &&
			(pages as number) > 0 &&
			(pages as number) <= (count as number)
		)
			value.push([month, count as number, pages as number]);
		else problems.push(`explorer.json: extractedMonths[${i}]: not [yyyy-mm, count, files]`);
	});
	value.sort(([a], [b]) => a.localeCompare(b));
	return { value, problems };
}

/** The days an event may have happened on (as the chronology reads reviewed ones). */
function eventSpan(e: Pick<ExplorerEvent, 'date' | 'datePrecision'>): { first: string; last: string } {
	if (e.datePrecision === 'week') return { first: e.date, last: addDays(e.date, 6) };
	if (e.datePrecision === 'month') return dateSpan(e.date, 'month');
	return { first: e.date, last: e.date };
}

/** The events in range that the filter keeps, in the order given. */
export function extractedInRange(
	events: readonly ExtractedEvent[],
	range: DateRange,
	keep?: EventFilter
): ExtractedEvent[] {
	return events.filter((e) => {
		const { first, last } = eventSpan(e.event);
		return spanInRange(first, last, range) && (!keep || keep(e));
	});
}

/** What a place's panel lists of its extracted events for a range. */
export interface PlaceExtractedView {
	/** The newest `limit` events in range that are loaded, newest first. */
	events: ExtractedEvent[];
	/** Files to fetch to fill the list, newest first (the head first of all). */
	fetch: ExtractedPlaceFile[];
	/** Whether older events in range remain beyond the list (loaded or not). */
	more: boolean;
	/** How many are in range: exact once every file the range meets is loaded, otherwise at most. */
	count: number;
	exact: boolean;
}

/**
 * The panel's extracted events for `range`: `loaded(file)` is a file once fetched. Until the head has
 * come, only it is asked for. Then the files the range meets are walked newest first (the head, then
 * the sealed pages, as the head's spans list them in key order, oldest first, each by its `page`);
 * each loaded file adds its
 * events in range, each missing one is asked for and counts with all of its events, until the list
 * holds `limit`.
 */
export function placeExtracted(
	loaded: (file: ExtractedPlaceFile) => ExtractedPlacePageData | undefined,
	range: DateRange,
	limit: number,
	keep?: EventFilter
): PlaceExtractedView {
	const head = loaded('head');
	if (!head) return { events: [], fetch: ['head'], more: false, count: 0, exact: false };
	const spans = head.pages ?? [];
	const events: ExtractedEvent[] = [];
	const fetch: ExtractedPlaceFile[] = [];
	let count = 0;
	let exact = true;
	let listed = 0;
	for (let k = spans.length - 1; k >= 0; k--) {
		const span = spans[k]!;
		if (!span.count || !spanInRange(span.first, span.last, range)) continue;
		// A sealed file's number is its span's `page` (not its place in key order once a page has split).
		const file: ExtractedPlaceFile = k === spans.length - 1 ? 'head' : (span.page ?? k);
		const page = loaded(file);
		if (page) {
			const kept = extractedInRange(page.events, range, keep);
			count += kept.length;
			for (const e of kept) if (events.length < limit) events.push(e);
			listed += kept.length;
		} else {
			exact = false;
			count += span.count;
			if (listed < limit) fetch.push(file);
			listed += span.count;
		}
	}
	return { events, fetch, more: count > events.length, count, exact };
}

/** Where the chronology's current page ends, when it is full: its order and its last entry's day. */
export interface ChronologyCover {
	order: 'newest' | 'oldest';
	/** The day of the last entry listed, when the page is full; without it the list reaches the range's end. */
	last?: string;
}

/**
 * The month files the chronology needs, as `monthFileKey`s, most wanted first: those of the months the
 * list's page reaches (from the range's end in the list's order to its last entry, or the whole range
 * when the page is not full), each month's files in the list's order too (its newest events are in its
 * last file), then the files of the months the range only partly covers, whose events are needed to
 * count them exactly. A month holds the events whose `date` lies in it; a week dated late in a month
 * reaches into the next, so a range looks six days back.
 */
export function chronologyMonths(
	counts: ExtractedMonthCounts,
	range: DateRange,
	cover: ChronologyCover
): string[] {
	let low = range.from ? addDays(range.from, -6).slice(0, 7) : '';
	let high = range.to ? range.to.slice(0, 7) : '\uffff';
	const files = (month: string, pages: number) => {
		const keys = Array.from({ length: pages }, (_, k) => monthFileKey(month, k));
		return cover.order === 'newest' ? keys.reverse() : keys;
	};
	const partial = counts
		.filter(([m]) => m >= low && m <= high && !monthInside(m, range))
		.flatMap(([m, , pages]) => files(m, pages));
	if (cover.last) {
		const month = cover.last.slice(0, 7);
		if (cover.order === 'newest') low = low > month ? low : month;
		else high = high < month ? high : month;
	}
	const reached = counts.filter(([m]) => m >= low && m <= high);
	if (cover.order === 'newest') reached.reverse();
	return [...new Set([...reached.flatMap(([m, , pages]) => files(m, pages)), ...partial])];
}

/** Whether every event dated in `month` is in the range whatever its precision. */
function monthInside(month: string, range: DateRange): boolean {
	const { first, last } = dateSpan(`${month}-01`, 'month');
	return (!range.from || first >= range.from) && (!range.to || last <= range.to);
}

/**
 * The extracted events of the chronology's range: those of the loaded month files (`loaded` takes a
 * `monthFileKey`), in range and kept, oldest first (by date, then id, as the reviewed ones), and how many
 * the range holds: a month's files not yet loaded count with all of the month's events the loaded ones
 * do not hold. The count is exact when every month the range only partly covers is loaded (and, with a
 * filter, every month), otherwise at most.
 */
export function chronologyExtracted(
	counts: ExtractedMonthCounts,
	loaded: (file: string) => readonly ExtractedEvent[] | undefined,
	range: DateRange,
	keep?: EventFilter
): { events: ExtractedEvent[]; count: number; exact: boolean } {
	const low = range.from ? addDays(range.from, -6).slice(0, 7) : '';
	const high = range.to ? range.to.slice(0, 7) : '\uffff';
	const events: ExtractedEvent[] = [];
	let count = 0;
	let exact = true;
	for (const [month, n, pages] of counts) {
		if (month < low || month > high) continue;
		let held = 0;
		let missing = false;
		for (let k = 0; k < pages; k++) {
			const file = loaded(monthFileKey(month, k));
			if (!file) {
				missing = true;
				continue;
			}
			const kept = extractedInRange(file, range, keep);
			events.push(...kept);
			count += kept.length;
			held += file.length;
		}
		if (missing) {
			count += Math.max(0, n - held);
			if (keep || !monthInside(month, range)) exact = false;
		}
	}
	events.sort((a, b) => a.event.date.localeCompare(b.event.date) || a.event.id.localeCompare(b.event.id));
	return { events, count, exact };
}

/** Two lists of events oldest first (by date, then id) as one. */
export function mergeEvents(a: readonly ExplorerEvent[], b: readonly ExplorerEvent[]): ExplorerEvent[] {
	const out: ExplorerEvent[] = [];
	let i = 0;
	let j = 0;
	while (i < a.length || j < b.length) {
		const x = a[i];
		const y = b[j];
		if (x && (!y || x.date < y.date || (x.date === y.date && x.id <= y.id))) {
			out.push(x);
			i++;
		} else {
			out.push(y!);
			j++;
		}
	}
	return out;
}
