/**
 * Where a place's list is cut into files (the split rule): sealed pages that keep their span of keys
 * from one build to the next, and a head with the newest entries.
 *
 * A build from nothing cuts the list from the oldest end into pages of `size` and leaves the newest
 * `size` to `2 × size - 1` entries in the head (`sealedPages`). A build that has the previous
 * generation's table of the list keeps that generation's cut instead: each sealed page holds the keys
 * from its oldest key up to the next file's (the first page from the start of time), so an entry dated
 * before the newest goes into the page whose span holds its key and no other page moves. A page grows
 * to `2 × size` entries; one more and it splits into pages of `size` (the last takes the rest), which
 * take the numbers after every number the list has used, so a page's number always means the same
 * entries and no file of the previous generation is written with other contents under its name. The
 * head keeps what is newer than every sealed page and seals its oldest `size` at a time as a build
 * from nothing does. The files are listed in key order, which is no longer the order of their numbers.
 */
import { deltaDecode, deltaEncode } from './delta';
import { sealedPages, type ChronologyTable, type PlacePageTable, type PlaceTablePart } from './explorer-data';
import { lowerBound } from './month-counts';

/** One file of a cut list: entries `from` to `to` (exclusive) of the list, oldest first. */
export interface ListFile {
	/** The sealed page's number (`<n>.json`), or the head. */
	page: number | 'head';
	from: number;
	to: number;
}

/**
 * The cut of a list as a table records it: the key of each file's oldest entry in key order (the head
 * last) in keys of `bits`, and the number of each sealed file in the same order.
 */
export interface PreviousCut {
	bits: number;
	first: readonly number[];
	pages: readonly number[];
}

/** `key`, of `from` bits, in keys of `to` bits: the same day and rank. */
export function rekey(key: number, from: number, to: number): number {
	if (from === to) return key;
	const day = Math.floor(key / 2 ** from);
	return day * 2 ** to + (key - day * 2 ** from);
}

/**
 * The files of a list of `n` entries, cut as the module says: from nothing without `previous`, else
 * keeping its spans, `previous.at(k)` being where previous file `k` (in key order, the head last at
 * `k = previous.pages.length`) starts in this list: the first entry whose key is at or after that
 * file's oldest key. Sealed files first in key order, then the head; no file is empty, and the head is
 * there whenever the list has an entry.
 */
export function cutBySpans(
	n: number,
	size: number,
	previous?: { pages: readonly number[]; at: (k: number) => number }
): ListFile[] {
	if (n === 0) return [];
	let files: ListFile[] = [];
	let next = 0;
	let headFrom = 0;
	if (previous && previous.pages.length > 0) {
		// The first sealed page has no lower end.
		const at = (k: number) => (k === 0 ? 0 : previous.at(k));
		({ files, next } = keepSpans(previous.pages, at, size));
		headFrom = Math.max(headFrom, at(previous.pages.length));
	}
	const sealed = sealedPages(n - headFrom, size);
	for (let i = 0; i < sealed; i++)
		files.push({ page: next++, from: headFrom + i * size, to: headFrom + (i + 1) * size });
	headFrom += sealed * size;
	// A head left empty (entries taken out of the corpus) takes the newest sealed page's entries.
	if (headFrom === n) headFrom = files.pop()!.from;
	files.push({ page: 'head', from: headFrom, to: n });
	return files;
}

/**
 * `cutBySpans` for a list whose entries have the ascending article `keys` (of `bits`), the previous
 * generation's cut given as its table records it.
 */
export function cutList(
	keys: ArrayLike<number>,
	size: number,
	bits: number,
	previous?: PreviousCut
): ListFile[] {
	if (!previous || previous.first.length !== previous.pages.length + 1) return cutBySpans(keys.length, size);
	const starts = previous.first.map((k) => rekey(k, previous.bits, bits));
	return cutBySpans(keys.length, size, { pages: previous.pages, at: (k) => lowerBound(keys, starts[k]!) });
}

/**
 * The parts of one month of the chronology, whose articles have the ascending `keys` (of `bits`): a
 * cut with no head, since every part is fetched by its number alike. From nothing (no `previous`, or a
 * table of another form) parts of `size` from the oldest end, numbered 0, 1, … and the last holding
 * the rest (1 to `size`), as every build cut them before the split rule. With `previous`, the month's
 * parts as the previous generation's table records them (`first` the key of each part's oldest
 * article, `pages` its number, both in key order), each part keeps its span, the first from the start
 * of the month and the last to its end; a part grows to `2 × size` articles and past that splits into
 * parts of `size` (the last takes the rest) numbered after every number the month has used. A part
 * left empty is dropped. The parts come in key order, which after a split is not that of their numbers.
 */
export function cutParts(
	keys: ArrayLike<number>,
	size: number,
	bits: number,
	previous?: PreviousCut
): ListFile[] {
	const n = keys.length;
	if (n === 0) return [];
	if (!previous || previous.pages.length === 0 || previous.first.length !== previous.pages.length)
		return Array.from({ length: Math.ceil(n / size) }, (_, i) => ({
			page: i,
			from: i * size,
			to: Math.min(n, (i + 1) * size)
		}));
	const { pages } = previous;
	const starts = previous.first.map((k) => rekey(k, previous.bits, bits));
	const at = (k: number) => (k === 0 ? 0 : k === pages.length ? n : lowerBound(keys, starts[k]!));
	return keepSpans(pages, at, size).files;
}

/**
 * The split rule over a previous generation's sealed pages `pages` (in key order), page `k` now
 * spanning entries `at(k)` to `at(k + 1)`: a page keeps its number up to `2 × size` entries and past
 * that splits into pages of `size` (the last takes the rest) numbered from one past the largest of
 * `pages`; an emptied page is dropped. `next` is the number after the last one given.
 */
function keepSpans(
	pages: readonly number[],
	at: (k: number) => number,
	size: number
): { files: ListFile[]; next: number } {
	let next = Math.max(...pages) + 1;
	const files: ListFile[] = [];
	for (let k = 0; k < pages.length; k++) {
		const from = at(k);
		const to = Math.max(from, at(k + 1));
		const count = to - from;
		if (count === 0) continue;
		if (count <= 2 * size) {
			files.push({ page: pages[k]!, from, to });
			continue;
		}
		const pieces = Math.floor(count / size);
		for (let i = 0; i < pieces; i++)
			files.push({
				page: next++,
				from: from + i * size,
				to: i === pieces - 1 ? to : from + (i + 1) * size
			});
	}
	return { files, next };
}

/**
 * Rows of a place's table (one per sealed page, `PlacePageTable`) a sealed table part is cut to: the
 * head keeps 250 to 499 rows (2 to 4 KB), and a place of 1,000,000 articles has about 200 parts.
 */
export const TABLE_PART = 250;

/** A sealed table part as `cutTable` cuts it: `PlaceTablePart` without the place. */
export type TablePartCut = Omit<PlaceTablePart, 'place'>;

/**
 * The table of `files` (`cutList`), for a list with the ascending `keys` of `bits`: its rows (one per
 * sealed file, in key order) cut as a list of their oldest keys (`cutList`, parts of `partSize`,
 * keeping the spans of `previous`, the previous generation's cut of the rows as `readPreviousCut`
 * gives it), so that sealed parts stay as they were when articles are added; the head's table keeps
 * the newest rows and lists the parts.
 */
export function cutTable(
	files: readonly ListFile[],
	keys: ArrayLike<number>,
	size: number,
	bits: number,
	partSize = TABLE_PART,
	previous?: PreviousCut
): { table: PlacePageTable; parts: TablePartCut[] } {
	const sealed = files.slice(0, -1);
	const head = files.at(-1)!;
	const rowKeys = Float64Array.from(sealed, (f) => keys[f.from]!);
	const cut = cutList(rowKeys, partSize, bits, previous);
	const kept = cut.at(-1) ?? { from: 0, to: 0 };
	const numbers = (from: number, to: number) => sealed.slice(from, to).map((f) => f.page as number);
	const parts = cut.slice(0, -1).map((p) => ({
		part: p.page as number,
		keyBits: bits,
		first: deltaEncode(rowKeys.subarray(p.from, p.to)),
		pages: numbers(p.from, p.to)
	}));
	const table: PlacePageTable = {
		count: keys.length,
		size,
		keyBits: bits,
		first: deltaEncode([...rowKeys.subarray(kept.from, kept.to), keys[head.from]!]),
		pages: numbers(kept.from, kept.to),
		parts: {
			size: partSize,
			first: deltaEncode(cut.slice(0, -1).map((p) => rowKeys[p.from]!)),
			numbers: parts.map((p) => p.part)
		}
	};
	return { table, parts };
}

/** Rows of a table decoded: each file's oldest key and day, ascending, and each sealed file's number. */
export interface DecodedRows {
	/** Per file, ascending: the key of its oldest entry. */
	first: Float64Array;
	/** Per file, ascending: the day (since 1970-01-01) of its oldest entry. */
	oldest: Int32Array;
	/** Per sealed file: its page number (a head's rows end with the head, which has none). */
	pages: Int32Array;
}

/**
 * A head's table decoded: the rows it keeps, each file's oldest key and day in key order (the head
 * last), and each sealed file's number; and the older table parts, each one's oldest key and day.
 */
export interface DecodedTable extends DecodedRows {
	count: number;
	size: number;
	bits: number;
	/** How many sealed files the head's rows list; file `sealed` (in key order) is the head. */
	sealed: number;
	/** The sealed table parts in key order: the oldest key and day of each one's first row, and its number. */
	parts: DecodedRows;
}

/** Keys delta-coded, with their days for keys of `bits`. */
function keysAndDays(deltas: readonly number[], bits: number): { first: Float64Array; oldest: Int32Array } {
	const first = Float64Array.from(deltaDecode(deltas, new Int32Array(deltas.length)));
	const unit = 2 ** bits;
	return { first, oldest: Int32Array.from(first, (k) => Math.floor(k / unit)) };
}

/**
 * Reads a head's `table`, where the head lists `entries`; throws naming the field when it is not a
 * table of such a list.
 */
export function decodeCutTable(table: PlacePageTable | undefined, entries: number): DecodedTable {
	if (
		!table ||
		!Array.isArray(table.first) ||
		!Array.isArray(table.pages) ||
		!(table.size > 0) ||
		!(table.count > 0) ||
		!Number.isInteger(table.keyBits) ||
		table.keyBits < 0
	)
		throw new Error('table: missing or not a table of pages');
	const parts = table.parts;
	if (
		!parts ||
		!Array.isArray(parts.first) ||
		!Array.isArray(parts.numbers) ||
		parts.first.length !== parts.numbers.length ||
		!(parts.size > 0)
	)
		throw new Error('table.parts: missing or not a list of table parts');
	if (table.first.length !== table.pages.length + 1 || entries > table.count || entries < 1)
		throw new Error(`table: ${table.first.length} files do not hold ${table.count} articles`);
	return {
		count: table.count,
		size: table.size,
		bits: table.keyBits,
		sealed: table.pages.length,
		...keysAndDays(table.first, table.keyBits),
		pages: Int32Array.from(table.pages),
		parts: { ...keysAndDays(parts.first, table.keyBits), pages: Int32Array.from(parts.numbers) }
	};
}

/**
 * Reads sealed table part `number` of a head's table `table` (`decodeCutTable`): its rows. Throws
 * when the part is not that one of this table (another place's, number or keys, or a part of another
 * build, whose first row is not where the head says the part starts).
 */
export function decodeTablePart(part: PlaceTablePart, table: DecodedTable, number: number): DecodedRows {
	const k = table.parts.pages.indexOf(number);
	if (
		k < 0 ||
		part.part !== number ||
		part.keyBits !== table.bits ||
		!Array.isArray(part.first) ||
		!Array.isArray(part.pages) ||
		part.first.length === 0 ||
		part.first.length !== part.pages.length
	)
		throw new Error(`table-${number}: not a part of this table`);
	const rows = { ...keysAndDays(part.first, table.bits), pages: Int32Array.from(part.pages) };
	if (rows.first[0] !== table.parts.first[k]) throw new Error(`table-${number}: not a part of this table`);
	return rows;
}

/** The previous generation's cut of a place's list and of its table's rows (`cutTable`'s `previous`). */
export interface PreviousPlaceCut {
	list: PreviousCut;
	parts?: PreviousCut;
}

/**
 * The cut a published head (`PlaceHead`, as parsed JSON) and its table parts (`part(n)`, each parsed,
 * or undefined when missing) record, as `cutList` and `cutTable` take it: the list's, every row of the
 * head's and the parts' tables in key order, and the rows'. A head of before the table parts (its
 * whole table in `pages`) gives the list's alone. None when the head or a part is of another form.
 */
export function readPreviousCut(head: unknown, part: (n: number) => unknown): PreviousPlaceCut | undefined {
	const h = head as { table?: Partial<PlacePageTable>; pages?: unknown } | undefined;
	const t = h?.table;
	if (!t) {
		const list = previousCut(h?.pages);
		return list && { list };
	}
	const p = t.parts;
	if (!Number.isInteger(t.keyBits) || !Array.isArray(t.first) || !Array.isArray(t.pages)) return undefined;
	if (!p || !Array.isArray(p.first) || !Array.isArray(p.numbers) || p.first.length !== p.numbers.length)
		return undefined;
	const first: number[] = [];
	const pages: number[] = [];
	for (const n of p.numbers) {
		const read = part(n) as Partial<PlaceTablePart> | undefined;
		if (!read || read.part !== n || read.keyBits !== t.keyBits) return undefined;
		if (!Array.isArray(read.first) || !Array.isArray(read.pages)) return undefined;
		if (read.first.length !== read.pages.length) return undefined;
		first.push(...deltaDecode(read.first, new Int32Array(read.first.length)));
		pages.push(...read.pages);
	}
	const kept = [...deltaDecode(t.first, new Int32Array(t.first.length))];
	const list = decodedCut(t.keyBits!, [...first, ...kept], [...pages, ...t.pages]);
	if (!list) return undefined;
	if (p.numbers.length === 0 || kept.length < 2) return { list };
	const parts = decodedCut(
		t.keyBits!,
		[...deltaDecode(p.first, new Int32Array(p.first.length)), kept[0]!],
		p.numbers
	);
	return parts ? { list, parts } : { list };
}

/** A cut as `cutList` takes it from keys already decoded, or none when it is not one. */
function decodedCut(bits: number, first: number[], pages: readonly unknown[]): PreviousCut | undefined {
	if (first.length !== pages.length + 1 || !pages.every((p) => Number.isInteger(p) && (p as number) >= 0))
		return undefined;
	return { bits, first, pages: pages as number[] };
}

/** A table of the previous generation as `cutList` takes it, or none when it is not one this build reads. */
export function previousCut(table: unknown): PreviousCut | undefined {
	const t = table as Partial<PlacePageTable> | undefined;
	if (!t || !Array.isArray(t.first) || !Array.isArray(t.pages) || !Number.isInteger(t.keyBits))
		return undefined;
	if (t.first.length !== t.pages.length + 1 || !t.pages.every((p) => Number.isInteger(p) && p >= 0))
		return undefined;
	return {
		bits: t.keyBits!,
		first: [...deltaDecode(t.first, new Int32Array(t.first.length))],
		pages: t.pages
	};
}

/**
 * Each month's cut that a published `data/chronology/parts.json` (`ChronologyTable`) records, as
 * `cutParts` takes it; a month whose entry is of another form, or a table without whole `keyBits`, is
 * no cut to keep (that month, or every month, is cut from nothing).
 */
export function previousParts(table: unknown): Map<string, PreviousCut> {
	const out = new Map<string, PreviousCut>();
	const t = table as Partial<ChronologyTable> | undefined;
	if (!t || !Number.isInteger(t.keyBits) || typeof t.months !== 'object' || !t.months) return out;
	for (const [month, cut] of Object.entries(t.months)) {
		if (!cut || !Array.isArray(cut.first) || !Array.isArray(cut.parts)) continue;
		if (cut.first.length !== cut.parts.length || !cut.first.every(Number.isInteger)) continue;
		if (!cut.parts.every((p) => Number.isInteger(p) && p >= 0)) continue;
		out.set(month, {
			bits: t.keyBits!,
			first: [...deltaDecode(cut.first, new Int32Array(cut.first.length))],
			pages: cut.parts
		});
	}
	return out;
}

/** The order of events (`sortEvents`): by date, then id. */
const collate = new Intl.Collator().compare;

/** One file's span in a head of places' events, as far as the cut reads it (`ExtractedPageSpan`). */
export interface EventSpanCut {
	count: number;
	page?: number;
	from?: [string, string];
}

/**
 * `cutBySpans` for a place's events (oldest first, by date then id), the previous generation's cut
 * given as its head's spans: each sealed span with its `page` and every span with events with
 * `from`, the date and id of its oldest event. Spans of another form are no cut to keep.
 */
export function cutEvents(
	events: readonly { date: string; id: string }[],
	size: number,
	previous?: readonly EventSpanCut[]
): ListFile[] {
	const sealed = previous?.slice(0, -1) ?? [];
	const usable =
		previous &&
		sealed.length > 0 &&
		previous.every((s) => Array.isArray(s.from) && s.from.length === 2) &&
		sealed.every((s) => Number.isInteger(s.page) && s.page! >= 0);
	if (!usable) return cutBySpans(events.length, size);
	const at = (k: number) => {
		const [date, id] = previous[k]!.from!;
		let lo = 0;
		let hi = events.length;
		while (lo < hi) {
			const mid = (lo + hi) >>> 1;
			const e = events[mid]!;
			if ((collate(e.date, date) || collate(e.id, id)) < 0) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	};
	return cutBySpans(events.length, size, { pages: sealed.map((s) => s.page!), at });
}
