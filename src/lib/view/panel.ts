/**
 * What a place's panel lists and where it comes from: the newest articles in range, read from the
 * place's files: its head (`data/places/<id>/head.json`, the newest entries and the table of every
 * file) and its sealed pages (`data/places/<id>/<n>.json`, in the order the table lists them, which
 * is not their numbers' once a page has split), starting at the file
 * that holds the range's newest article (the head's table says which) and going older until a page of
 * the panel is full. Files are kept once fetched, so reopening a place or stepping the dates costs no
 * second request.
 */
import { dayNumber } from '../core/dates';
import { articleInRange, type DateRange } from '../core/range';
import { decodeCutTable, type DecodedTable } from '../data/page-cut';
import { type PanelEntry, type PlaceHead, type PlacePage, type PlacePageTable } from '../data/explorer-data';
import { lowerBound } from '../data/month-counts';

/** Articles a panel lists at first, and how many more each "show more" adds. */
export const PANEL_PAGE = 20;

/** Fetches a place's files: the published client has both. */
export interface PageLoader {
	placeHead(place: string): Promise<PlaceHead>;
	placePage(place: string, page: number): Promise<PlacePage>;
}

/**
 * Keeps each file's request once made, so concurrent and later asks share it. A failed request is
 * forgotten, so asking again retries it.
 */
export function cachedLoader(load: PageLoader): PageLoader {
	const cache = new Map<string, Promise<PlaceHead | PlacePage>>();
	function cached<T extends PlaceHead | PlacePage>(key: string, ask: () => Promise<T>): Promise<T> {
		let pending = cache.get(key) as Promise<T> | undefined;
		if (!pending) {
			pending = ask();
			cache.set(key, pending);
			pending.catch(() => cache.delete(key));
		}
		return pending;
	}
	return {
		placeHead: (place) => cached(`${place}/head`, () => load.placeHead(place)),
		placePage: (place, page) => cached(`${place}/${page}`, () => load.placePage(place, page))
	};
}

/** A head's table decoded (`decodeCutTable`): files in key order, sealed pages first and the head last. */
export type PageTable = DecodedTable;

/**
 * Reads a head's `pages`, where the head lists `entries`; throws naming the field when it is not a
 * table of this list.
 */
export const decodePageTable: (table: PlacePageTable | undefined, entries: number) => PageTable =
	decodeCutTable;

/**
 * The files that may hold articles in `range`, newest first: from `first`, the newest whose oldest
 * article is on or before the range's last day, down to `last`, the newest whose oldest is before
 * the range's first month (a month-only article is dated to the 1st and in range for any day of its
 * month, so the range starts, for the files, on the 1st of its month). Files are numbered as the
 * table's, in key order: sealed files from 0 (file `k` is page `pages[k]`), the head `sealed`.
 * `first < last` when no file can.
 */
export function pagesForRange(table: PageTable, range: DateRange): { first: number; last: number } {
	const { oldest, sealed } = table;
	const first = range.to ? lowerBound(oldest, dayNumber(range.to) + 1) - 1 : sealed;
	if (!range.from) return { first, last: 0 };
	const start = dayNumber(`${range.from.slice(0, 7)}-01`);
	// Files from the first whose oldest is on or after the start are in range; the one before may
	// still end in it.
	return { first, last: Math.max(0, lowerBound(oldest, start) - 1) };
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
 * The first `limit` entries of `place` in range and of the outlets shown, newest first: the head for
 * the table, then the files the range meets, newest first, until `limit` are found or the range's
 * files are read. A file of another place or number than asked (a file of another build) throws.
 */
export async function panelEntries(
	load: PageLoader,
	place: string,
	range: DateRange,
	limit: number,
	shows?: (outletId: string) => boolean
): Promise<PanelEntry[]> {
	const head = await load.placeHead(place);
	check(head.place === place, place);
	const table = decodePageTable(head.pages, head.entries.length);
	const span = pagesForRange(table, range);
	const out: PanelEntry[] = [];
	for (let k = span.first; k >= span.last && out.length < limit; k--) {
		let entries = head.entries;
		if (k < table.sealed) {
			const number = table.pages[k]!;
			const page = await load.placePage(place, number);
			check(page.place === place && page.page === number, place);
			entries = page.entries;
		}
		for (const e of entries) {
			if (!entryShown(e, range, shows)) continue;
			out.push(e);
			if (out.length >= limit) break;
		}
	}
	return out;
}

function check(matches: boolean, place: string): void {
	if (!matches) throw new Error(`the excerpts of "${place}" do not match the loaded index; reload the page`);
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
