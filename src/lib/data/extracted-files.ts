/**
 * The published files of the events the extractor found in the articles' text, fetched by the page only
 * when a place's panel or the chronology lists them. `data/events.json` has them too, but it grows with
 * the corpus (about three per article: 31,595 at 10,000 articles), so the page reads them in shards:
 *
 * - `data/events/places/<place>/head.json` and `<n>.json`: one place's events, cut from the oldest end
 *   into sealed pages of `EXTRACTED_PLACE_PAGE` and a head of the newest (see `ExtractedPlaceHead`);
 *   the head also lists every file's span of days, so the panel fetches only those a range meets;
 * - `data/events/months/<yyyy-mm>/<n>.json`: the events whose `date` lies in that month, oldest first,
 *   for the chronology, split into files of at most `EXTRACTED_MONTH_PAGE_EVENTS` events and
 *   `EXTRACTED_MONTH_PAGE_BYTES` bytes (a busy month at 10,000 articles was one 1.15 MB file);
 * - `explorer.json`'s `extractedMonths`: how many events each month holds and in how many files, so the
 *   timeline and the chronology know what exists without fetching it.
 *
 * Plain types, paths and vocabulary only, so the page's bundle takes nothing of the publishing code.
 */
import type { EventDatePrecision, EventKind } from '../events/kinds';

/** The vocabulary of the event fields, for the page's decoders. */
export { EVENT_KINDS, EVENT_DATE_PRECISIONS } from '../events/kinds';

/**
 * Events a place's sealed page holds (its head 50 to 99): a panel shows 20 at first, so the head usually
 * fills it alone.
 */
export const EXTRACTED_PLACE_PAGE = 50;

/**
 * One extracted event as the shards publish it: `data/events.json`'s form without what every one of
 * them shares (`extracted: true`, a source of type `article`) or what the page does not show (the
 * article's title).
 */
export interface ExtractedEventRecord {
	id: string;
	/** The place ids it happened at; a reviewed event saying the same thing has removed its places here. */
	places: string[];
	/** The event's day, the first of its span for `week` and `month`. */
	date: string;
	datePrecision: EventDatePrecision;
	kind: EventKind;
	label: string;
	/** How sure the extractor is, 0–1. */
	confidence: number;
	/** The sentence that reports it: UTF-16 offsets into the article's body, its text, outlet and day. */
	source: {
		article: string;
		start: number;
		end: number;
		sentence: string;
		outlet: string;
		/** The outlet's id as `explorer.json`'s `outlets` lists it, for the outlet filter. */
		outletId?: string;
		published: string;
		/** True when the article has a prerendered reader page (`view/reader-url.ts`). */
		curated?: true;
	};
}

/**
 * The days one place file's events may fall on (their spans' union, both ends inclusive) and how many
 * it holds; a sealed file's number (`page`, which is not its place in the list once a page has split,
 * `page-cut.ts`), and the date and id of its oldest event (`from`), where its span of the list starts.
 */
export interface ExtractedPageSpan {
	first: string;
	last: string;
	count: number;
	page?: number;
	from?: [string, string];
}

/**
 * `data/events/places/<place>/<page>.json`: sealed page `page` of the place's events, which are cut
 * from the oldest end (by date, then id): events `page * EXTRACTED_PLACE_PAGE` to the next page's
 * counted from the oldest, listed newest first. Once written a page holds the same events whatever
 * newer ones are added.
 */
export interface ExtractedPlacePage {
	place: string;
	page: number;
	events: ExtractedEventRecord[];
}

/**
 * `data/events/places/<place>/head.json`: the place's newest events that no sealed page holds
 * (`EXTRACTED_PLACE_PAGE` to twice that less one, or all of fewer than twice that), newest first, and
 * `pages`, one span per file, oldest first: sealed page 0, 1, …, then the head. The head exists for every
 * place some article links (it may hold no event), so the page can ask for it without a list of which
 * places have any.
 */
export interface ExtractedPlaceHead {
	place: string;
	events: ExtractedEventRecord[];
	pages: ExtractedPageSpan[];
}

/** One file of a place's extracted events: a sealed page's number, or its head. */
export type ExtractedPlaceFile = number | 'head';

/** Most events one month file holds. */
export const EXTRACTED_MONTH_PAGE_EVENTS = 200;

/**
 * Most bytes one month file's JSON takes, unless a single event is larger: a file is fetched whole,
 * and on a slow phone connection 100 KB is about a second.
 */
export const EXTRACTED_MONTH_PAGE_BYTES = 100_000;

/**
 * `data/events/months/<month>/<page>.json`: file `page` of the extracted events whose `date` lies in
 * `month`. The month's events, oldest first (by date, then id), are cut into files in that order, so
 * every event of file `k` is no later than any of file `k + 1`.
 */
export interface ExtractedMonth {
	month: string;
	page: number;
	events: ExtractedEventRecord[];
}

/**
 * `explorer.json`'s `extractedMonths`: `[yyyy-mm, count, pages]` for each month with extracted events,
 * oldest first: how many it holds and in how many files (`0` to `pages - 1`).
 */
export type ExtractedMonthCounts = [month: string, count: number, pages: number][];

/** The file of a place's extracted events (a sealed page or the head), relative to the site's base. */
export function extractedPlacePath(place: string, file: ExtractedPlaceFile): string {
	return `/data/events/places/${place}/${file}.json`;
}

/** One file of a month's extracted events, relative to the site's base. */
export function extractedMonthPath(month: string, page: number): string {
	return `/data/events/months/${month}/${page}.json`;
}
