/**
 * What a place's panel lists and where it comes from: the newest articles in range, read from the
 * place's files: its head (`data/places/<id>/head.json`, the newest entries, the newest rows of the
 * table of its files and the list of the older table parts) and its sealed pages
 * (`data/places/<id>/<n>.json`, in the order the table lists them, which is not their numbers' once a
 * page has split), starting at the file that holds the range's newest article (the head's table, or
 * the table part whose span holds the range's end, says which) and going older until a page of the
 * panel is full. A table part (`data/places/<id>/table-<n>.json`) is fetched only when the panel goes
 * past the rows before it, so a place of a million articles opens as one of a thousand. Files are
 * kept once fetched, so reopening a place or stepping the dates costs no second request.
 */
import { dayNumber } from '../core/dates';
import { articleInRange, type DateRange } from '../core/range';
import { decodeCutTable, decodeTablePart, type DecodedRows, type DecodedTable } from '../data/page-cut';
import {
	type PanelEntry,
	type PlaceHead,
	type PlacePage,
	type PlacePageTable,
	type PlaceTablePart
} from '../data/explorer-data';
import { lowerBound } from '../data/month-counts';

/** Articles a panel lists at first, and how many more each "show more" adds. */
export const PANEL_PAGE = 20;

/** Fetches a place's files: the published client has both. */
export interface PageLoader {
	placeHead(place: string): Promise<PlaceHead>;
	placePage(place: string, page: number): Promise<PlacePage>;
	placeTable(place: string, part: number): Promise<PlaceTablePart>;
}

/**
 * Keeps each file's request once made, so concurrent and later asks share it. A failed request is
 * forgotten, so asking again retries it.
 */
export function cachedLoader(load: PageLoader): PageLoader {
	const cache = new Map<string, Promise<PlaceHead | PlacePage | PlaceTablePart>>();
	function cached<T extends PlaceHead | PlacePage | PlaceTablePart>(
		key: string,
		ask: () => Promise<T>
	): Promise<T> {
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
		placePage: (place, page) => cached(`${place}/${page}`, () => load.placePage(place, page)),
		placeTable: (place, part) => cached(`${place}/table-${part}`, () => load.placeTable(place, part))
	};
}

/** A head's table decoded (`decodeCutTable`): files in key order, sealed pages first and the head last. */
export type PageTable = DecodedTable;

/**
 * Reads a head's `table`, where the head lists `entries`; throws naming the field when it is not a
 * table of this list.
 */
export const decodePageTable: (table: PlacePageTable | undefined, entries: number) => PageTable =
	decodeCutTable;

/**
 * Of files whose oldest articles' days are `oldest` (ascending, in key order: a head's rows or a table
 * part's), those that may hold articles in `range`, newest first: from `first`, the newest whose
 * oldest article is on or before the range's last day, down to `last`, the newest whose oldest is
 * before the range's first month (a month-only article is dated to the 1st and in range for any day of
 * its month, so the range starts, for the files, on the 1st of its month), or 0. `first < last` when
 * no file can.
 */
export function pagesForRange(
	rows: Pick<DecodedRows, 'oldest'>,
	range: DateRange
): { first: number; last: number } {
	const { oldest } = rows;
	const first = range.to ? lowerBound(oldest, dayNumber(range.to) + 1) - 1 : oldest.length - 1;
	if (!range.from) return { first, last: 0 };
	// Files from the first whose oldest is on or after the start are in range; the one before may
	// still end in it.
	return { first, last: Math.max(0, lowerBound(oldest, rangeStart(range)) - 1) };
}

/** The day the files of `range` start from: the 1st of its first month (none without a start). */
function rangeStart(range: DateRange): number {
	return range.from ? dayNumber(`${range.from.slice(0, 7)}-01`) : -Infinity;
}

/**
 * The files of `place` that may hold articles in `range`, newest first (`pagesForRange`): a sealed
 * page's number, or `head`. The head's rows first; a table part, fetched when reached, only when the
 * range's end is before the head's rows or the files newer than it have all been read, and only as
 * far back as the range's start.
 */
export async function* filesInRange(
	load: PageLoader,
	place: string,
	table: PageTable,
	range: DateRange
): AsyncGenerator<number | 'head'> {
	const end = range.to ? dayNumber(range.to) : Infinity;
	const start = rangeStart(range);
	for (let part = table.parts.pages.length; part >= 0; part--) {
		const kept = part === table.parts.pages.length;
		// Every file of the part starts after the range's end: an older part holds its newest.
		if ((kept ? table.oldest[0]! : table.parts.oldest[part]!) > end) continue;
		const rows = kept ? table : await tablePart(load, place, table, table.parts.pages[part]!);
		const span = pagesForRange(rows, range);
		for (let k = span.first; k >= span.last; k--) yield kept && k === table.sealed ? 'head' : rows.pages[k]!;
		if (rows.oldest[0]! < start) return;
	}
}

/** Table part `number` of `place`'s table, checked against it. */
async function tablePart(
	load: PageLoader,
	place: string,
	table: PageTable,
	number: number
): Promise<DecodedRows> {
	const part = await load.placeTable(place, number);
	check(part.place === place, place);
	try {
		return decodeTablePart(part, table, number);
	} catch {
		throw mismatch(place);
	}
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
	const table = decodePageTable(head.table, head.entries.length);
	const out: PanelEntry[] = [];
	for await (const file of filesInRange(load, place, table, range)) {
		let entries = head.entries;
		if (file !== 'head') {
			const page = await load.placePage(place, file);
			check(page.place === place && page.page === file, place);
			entries = page.entries;
		}
		for (const e of entries) {
			if (!entryShown(e, range, shows)) continue;
			out.push(e);
			if (out.length >= limit) break;
		}
		if (out.length >= limit) break;
	}
	return out;
}

function check(matches: boolean, place: string): void {
	if (!matches) throw mismatch(place);
}

/** A file of another build than the page's (a stale copy in a cache). */
function mismatch(place: string): Error {
	return new Error(`the excerpts of "${place}" do not match the loaded index; reload the page`);
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
