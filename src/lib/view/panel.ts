/**
 * What a place's panel lists and where it comes from: the newest articles in range, read from the
 * place's pages (`data/places/<id>/<n>.json`, newest first), starting at the page that holds the range's
 * newest article (page 0's table says which) and going older until a page of the panel is full. Pages
 * are kept once fetched, so reopening a place or stepping the dates costs no second request.
 */
import { dayNumber } from '../core/dates';
import { articleInRange, type DateRange } from '../core/range';
import { deltaDecode } from '../data/delta';
import type { PanelEntry, PlacePage, PlacePageTable } from '../data/explorer-data';
import { lowerBound } from '../data/month-counts';

/** Articles a panel lists at first, and how many more each "show more" adds. */
export const PANEL_PAGE = 20;

export type PageLoader = (place: string, page: number) => Promise<PlacePage>;

/**
 * Keeps each page's request once made, so concurrent and later asks share it. A failed request is
 * forgotten, so asking again retries it.
 */
export function cachedLoader(load: PageLoader): PageLoader {
	const cache = new Map<string, Promise<PlacePage>>();
	return (place, page) => {
		const key = `${place}/${page}`;
		let pending = cache.get(key);
		if (!pending) {
			pending = load(place, page);
			cache.set(key, pending);
			pending.catch(() => cache.delete(key));
		}
		return pending;
	};
}

/** Page 0's table decoded: the oldest day of each page, descending. */
export interface PageTable {
	count: number;
	size: number;
	/** Negated, so the list ascends and binary searches apply: `-oldest[k]`. */
	negOldest: Int32Array;
}

/** Reads page 0's `pages`; throws naming the field when it is not a table of this list. */
export function decodePageTable(table: PlacePageTable | undefined, entries: number): PageTable {
	if (!table || !Array.isArray(table.oldest) || !(table.size > 0))
		throw new Error('pages: missing or not a table of pages');
	if (table.oldest.length !== Math.ceil(table.count / table.size) || (table.count > 0 && entries === 0))
		throw new Error(`pages: ${table.oldest.length} pages do not hold ${table.count} articles`);
	const oldest = deltaDecode(table.oldest, new Int32Array(table.oldest.length));
	return { count: table.count, size: table.size, negOldest: oldest.map((d) => -d) };
}

/**
 * The pages that may hold articles in `range`, newest first: from the first page whose oldest article
 * is on or before the range's last day, to the first page whose oldest is before the range's first
 * month (a month-only article is dated to the 1st and in range for any day of its month, so the
 * range starts, for the pages, on the 1st of its month). `first > last` when no page can.
 */
export function pagesForRange(table: PageTable, range: DateRange): { first: number; last: number } {
	const pages = table.negOldest.length;
	const first = range.to ? lowerBound(table.negOldest, -dayNumber(range.to)) : 0;
	if (!range.from) return { first, last: pages - 1 };
	const start = dayNumber(`${range.from.slice(0, 7)}-01`);
	// Pages 0…j-1 end on or after the month's start; page j may still begin in range.
	const j = lowerBound(table.negOldest, -start + 1);
	return { first, last: Math.min(pages - 1, j) };
}

/** Whether the panel lists `entry`: in the dates, and of an outlet shown (`shows`, the outlet filter). */
export function entryShown(
	entry: PanelEntry,
	range: DateRange,
	shows?: (outletId: string) => boolean
): boolean {
	return articleInRange(entry.article, range) && (!shows || shows(entry.outletId));
}

/**
 * The first `limit` entries of `place` in range and of the outlets shown, newest first: page 0 for the
 * table, then the pages the range meets, one after another, until `limit` are found or the range's
 * pages are read. A page of another place or number than asked (a file of another build) throws.
 */
export async function panelEntries(
	load: PageLoader,
	place: string,
	range: DateRange,
	limit: number,
	shows?: (outletId: string) => boolean
): Promise<PanelEntry[]> {
	const first = await load(place, 0);
	check(first, place, 0);
	const table = decodePageTable(first.pages, first.entries.length);
	const span = pagesForRange(table, range);
	const out: PanelEntry[] = [];
	for (let k = span.first; k <= span.last && out.length < limit; k++) {
		const page = k === 0 ? first : await load(place, k);
		check(page, place, k);
		for (const e of page.entries) {
			if (!entryShown(e, range, shows)) continue;
			out.push(e);
			if (out.length >= limit) break;
		}
	}
	return out;
}

function check(page: PlacePage, place: string, number: number): void {
	if (page.place !== place || page.page !== number)
		throw new Error(`the excerpts of "${place}" do not match the loaded index; reload the page`);
}

/**
 * What a panel keeps on screen while a new request loads: the entries already shown (for the same
 * place) that the new request still shows, so stepping the dates does not blank the list.
 */
export function keptEntries(
	shown: readonly PanelEntry[] | undefined,
	range: DateRange,
	limit: number,
	shows?: (outletId: string) => boolean
): PanelEntry[] | undefined {
	return shown?.filter((e) => entryShown(e, range, shows)).slice(0, limit);
}
