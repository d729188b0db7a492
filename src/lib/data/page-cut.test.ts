import { describe, expect, it } from 'vitest';
import { deltaEncode } from './delta';
import {
	cutEvents,
	cutList,
	cutParts,
	cutTable,
	decodeCutTable,
	decodeTablePart,
	previousCut,
	previousParts,
	readPreviousCut,
	rekey,
	type ListFile
} from './page-cut';
import type { PlacePageTable } from './explorer-data';

/** Keys `from`, `from + step`, … below `to`. */
const range = (from: number, to: number, step = 1) =>
	Array.from({ length: Math.ceil((to - from) / step) }, (_, i) => from + i * step);
/** A list's keys, ascending. */
const list = (...parts: number[][]) => Float64Array.from(parts.flat().sort((a, b) => a - b));
/** What each file holds: its number (or `head`) and its count. */
const shape = (files: ListFile[]) => files.map((f) => [f.page, f.to - f.from]);
/** The table a build would publish for `keys`, read back as the next build reads it. */
const again = (keys: Float64Array, files: ListFile[], size: number, bits = 0) =>
	readPreviousCut(JSON.parse(JSON.stringify({ table: cutTable(files, keys, size, bits).table })), () => {
		throw new Error('no part');
	})!.list;

describe('cutList from nothing', () => {
	it('seals full pages from the oldest end and keeps 1 to 2 × size - 1 in the head', () => {
		expect(cutList(list(range(0, 9)), 4, 0)).toEqual([
			{ page: 0, from: 0, to: 4 },
			{ page: 'head', from: 4, to: 9 }
		]);
		expect(shape(cutList(list(range(0, 7)), 4, 0))).toEqual([['head', 7]]);
		expect(shape(cutList(list(range(0, 17)), 4, 0))).toEqual([
			[0, 4],
			[1, 4],
			[2, 4],
			['head', 5]
		]);
		expect(cutList([], 4, 0)).toEqual([]);
	});
});

describe('cutList with the previous generation’s table', () => {
	const size = 4;
	// Even keys 0…30: pages 0 (0–6), 1 (8–14), 2 (16–22) and a head of 24–30.
	const before = list(range(0, 32, 2));
	const first = cutList(before, size, 0);
	const previous = again(before, first, size);

	it('keeps every page as it was when nothing changed, and seals newer entries as from nothing', () => {
		expect(cutList(before, size, 0, previous)).toEqual(first);
		const newer = list(range(0, 32, 2), range(32, 45));
		expect(cutList(newer, size, 0, previous)).toEqual(cutList(newer, size, 0));
	});

	it('puts a back-dated entry into the page whose span holds it, moving no other page', () => {
		const after = list(range(0, 32, 2), [9, 11, -5]);
		expect(shape(cutList(after, size, 0, previous))).toEqual([
			[0, 5],
			[1, 6],
			[2, 4],
			['head', 4]
		]);
	});

	it('splits a page past twice its size into pages numbered after all the others', () => {
		// Page 1 (8–14) takes 9 keys between its own: 13 entries, over 8, so pages 3, 4 and 5.
		const added = [8.5, 9, 9.5, 10.5, 11, 11.5, 12.5, 13, 15];
		const after = list(range(0, 32, 2), added);
		const files = cutList(after, size, 0, previous);
		expect(shape(files)).toEqual([
			[0, 4],
			[3, 4],
			[4, 4],
			[5, 5],
			[2, 4],
			['head', 4]
		]);
		// Numbers already used are never used again, even after the newest page splits.
		const next = again(after, files, size);
		const later = list(range(0, 32, 2), added, [17, 19, 21, 23, 16.5]);
		expect(shape(cutList(later, size, 0, next))).toEqual([
			[0, 4],
			[3, 4],
			[4, 4],
			[5, 5],
			[6, 4],
			[7, 5],
			['head', 4]
		]);
	});

	it('carries spans across a change of key bits and keeps a head when its entries are gone', () => {
		expect(rekey(13, 1, 3)).toBe(6 * 8 + 1);
		const wider = Float64Array.from(before, (k) => rekey(k, 0, 2));
		expect(shape(cutList(wider, size, 2, previous))).toEqual(shape(first));
		// The head's entries taken out: the newest sealed page becomes the head.
		expect(shape(cutList(list(range(0, 24, 2)), size, 0, previous))).toEqual([
			[0, 4],
			[1, 4],
			['head', 4]
		]);
	});
});

describe('decodeCutTable and previousCut', () => {
	it('reads days and numbers in key order, and refuses a table of another list', () => {
		const keys = list(range(0, 64, 4));
		const { table, parts } = cutTable(cutList(keys, 4, 2), keys, 4, 2);
		expect(parts).toEqual([]);
		const decoded = decodeCutTable(table, 4);
		expect([...decoded.oldest]).toEqual([0, 4, 8, 12]);
		expect([...decoded.pages]).toEqual([0, 1, 2]);
		expect(decoded.sealed).toBe(3);
		expect([...decoded.parts.pages]).toEqual([]);
		expect(() => decodeCutTable({ ...table, pages: [0] }, 4)).toThrow(/files do not hold/);
		expect(() => decodeCutTable({ ...table, count: 3 }, 4)).toThrow(/files do not hold/);
		const old = { ...table, parts: undefined } as unknown as PlacePageTable;
		expect(() => decodeCutTable(old, 4)).toThrow(/table.parts: missing/);
		expect(previousCut({ count: 3, size: 4, oldest: [1] })).toBeUndefined();
		expect(previousCut(undefined)).toBeUndefined();
		expect(previousCut(table)).toEqual({ bits: 2, first: [0, 16, 32, 48], pages: [0, 1, 2] });
	});
});

describe('cutTable with table parts', () => {
	// 40 keys four days apart (bits 0), pages of 2: 19 sealed pages and a head; table parts of 4 rows.
	const keys = list(range(0, 160, 4));
	const files = cutList(keys, 2, 0);
	const { table, parts } = cutTable(files, keys, 2, 0, 4);
	const stored = (n: number) =>
		JSON.parse(JSON.stringify({ place: 'p', ...parts.find((p) => p.part === n)! }));

	it('seals the oldest rows into parts of the part size and keeps 4 to 7 rows in the head', () => {
		expect(files).toHaveLength(20);
		expect(parts.map((p) => [p.part, p.pages])).toEqual([
			[0, [0, 1, 2, 3]],
			[1, [4, 5, 6, 7]],
			[2, [8, 9, 10, 11]]
		]);
		expect(parts[1]!.first).toEqual(deltaEncode([32, 40, 48, 56]));
		expect(table.pages).toEqual([12, 13, 14, 15, 16, 17, 18]);
		expect(table.first).toEqual(deltaEncode([96, 104, 112, 120, 128, 136, 144, 152]));
		expect(table.parts).toEqual({ size: 4, first: deltaEncode([0, 32, 64]), numbers: [0, 1, 2] });
		const decoded = decodeCutTable(table, 2);
		expect(decoded.sealed).toBe(7);
		expect([...decoded.parts.oldest]).toEqual([0, 32, 64]);
	});

	it('reads a part back against the head’s table, and refuses a part of another table', () => {
		const decoded = decodeCutTable(table, 2);
		const rows = decodeTablePart(stored(1), decoded, 1);
		expect([...rows.oldest]).toEqual([32, 40, 48, 56]);
		expect([...rows.pages]).toEqual([4, 5, 6, 7]);
		expect(() => decodeTablePart(stored(1), decoded, 2)).toThrow(/table-2: not a part/);
		expect(() => decodeTablePart({ ...stored(1), keyBits: 1 }, decoded, 1)).toThrow(/not a part/);
		const moved = { ...stored(1), first: deltaEncode([33, 40, 48, 56]) };
		expect(() => decodeTablePart(moved, decoded, 1)).toThrow(/not a part/);
		expect(() => decodeTablePart(stored(1), decoded, 7)).toThrow(/table-7: not a part/);
	});

	it('gives the next build every row of the head and its parts, and the parts’ cut', () => {
		const head = JSON.parse(JSON.stringify({ place: 'p', table }));
		const previous = readPreviousCut(head, stored)!;
		expect(previous.list).toEqual({ bits: 0, first: range(0, 160, 8), pages: range(0, 19) });
		expect(previous.parts).toEqual({ bits: 0, first: [0, 32, 64, 96], pages: [0, 1, 2] });
		expect(readPreviousCut(head, () => undefined)).toBeUndefined();
		expect(readPreviousCut(head, (n) => ({ ...stored(n), part: 5 }))).toBeUndefined();
		// A head of before the parts: its whole table in `pages`.
		expect(readPreviousCut({ pages: previousTableOf(keys, files) }, stored)).toEqual({
			list: previous.list
		});
		expect(readPreviousCut(undefined, stored)).toBeUndefined();
	});

	it('keeps every part as it was when newer pages are sealed, and seals a new part once 8 rows wait', () => {
		const previous = readPreviousCut(JSON.parse(JSON.stringify({ table })), stored)!;
		expect(cutTable(cutList(keys, 2, 0, previous.list), keys, 2, 0, 4, previous.parts)).toEqual({
			table,
			parts
		});
		// 2 more keys seal page 19: 8 rows after part 2, so part 3 takes rows 12 to 15.
		const more = list(range(0, 168, 4));
		const after = cutTable(cutList(more, 2, 0, previous.list), more, 2, 0, 4, previous.parts);
		expect(after.parts.slice(0, 3)).toEqual(parts);
		expect(after.parts[3]).toMatchObject({ part: 3, pages: [12, 13, 14, 15] });
		expect(after.table.pages).toEqual([16, 17, 18, 19]);
	});

	it('lets a part whose pages split grow to twice its size and then split itself', () => {
		const previous = readPreviousCut(JSON.parse(JSON.stringify({ table })), stored)!;
		// Every key between 32 and 64 (part 1's span): pages 4 to 7 split into new pages.
		const back = list(
			range(0, 160, 4),
			range(33, 64).filter((k) => k % 4 !== 0)
		);
		const cut = cutList(back, 2, 0, previous.list);
		const after = cutTable(cut, back, 2, 0, 4, previous.parts);
		expect(after.parts[0]).toEqual(parts[0]);
		expect(after.parts.at(-1)).toEqual(parts[2]);
		// Part 1's rows passed 8: it split into parts numbered from 3, the last taking the rest.
		const split = after.parts.slice(1, -1);
		expect(split.map((p) => p.part)).toEqual(range(3, 3 + split.length));
		expect(split.every((p) => p.pages.length >= 4 && p.pages.length < 8)).toBe(true);
		// The head's rows are as they were; its list of parts names the new ones in part 1's place.
		expect([after.table.first, after.table.pages]).toEqual([table.first, table.pages]);
		expect(after.table.parts.numbers).toEqual([0, ...split.map((p) => p.part), 2]);
	});
});

/** The table a head carried before the parts: every row, for `readPreviousCut`'s old form. */
function previousTableOf(keys: Float64Array, files: ListFile[]) {
	const sealed = files.slice(0, -1);
	return {
		count: keys.length,
		size: 2,
		keyBits: 0,
		first: deltaEncode(files.map((f) => keys[f.from]!)),
		pages: sealed.map((f) => f.page)
	};
}

describe('cutEvents', () => {
	/** Events `e<n>` on the days given, by date then id. */
	const events = (...days: number[]) =>
		days
			.map((d, i) => ({
				date: `2020-01-${String(d).padStart(2, '0')}`,
				id: `e${String(i).padStart(2, '0')}`
			}))
			.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));

	it('keeps the spans a head lists by the date and id of each file’s oldest event', () => {
		const before = events(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
		const first = cutEvents(before, 3);
		expect(shape(first)).toEqual([
			[0, 3],
			[1, 3],
			['head', 4]
		]);
		const spans = first.map((f) => ({
			count: f.to - f.from,
			from: [before[f.from]!.date, before[f.from]!.id] as [string, string],
			...(f.page === 'head' ? {} : { page: f.page })
		}));
		// Four events on the 5th, ids after the others': all in page 1, which grows past 6 and splits.
		const after = [...before, ...events(5, 5, 5, 5).map((e, i) => ({ ...e, id: `f${i}` }))].sort(
			(a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id)
		);
		expect(shape(cutEvents(after, 3, spans))).toEqual([
			[0, 3],
			[2, 3],
			[3, 4],
			['head', 4]
		]);
		// Spans without the fields of this format are cut from nothing.
		expect(cutEvents(after, 3, [{ count: 3 }, { count: 11 }])).toEqual(cutEvents(after, 3));
	});
});

describe('cutParts (a month of the chronology)', () => {
	const size = 4;
	/** The table a build would publish for a month cut into `files`, read back by the next build. */
	const table = (keys: Float64Array, files: ListFile[], bits = 0) =>
		previousParts(
			JSON.parse(
				JSON.stringify({
					keyBits: bits,
					months: {
						'2019-03': {
							first: deltaEncode(files.map((f) => keys[f.from]!)),
							parts: files.map((f) => f.page)
						}
					}
				})
			)
		).get('2019-03')!;
	// Even keys 0…20: parts 0 (0–6), 1 (8–14) and 2 (16–20), the last with the rest.
	const before = list(range(0, 22, 2));
	const first = cutParts(before, size, 0);

	it('cuts from nothing into parts of `size` from the oldest end, the last with the rest', () => {
		expect(shape(first)).toEqual([
			[0, 4],
			[1, 4],
			[2, 3]
		]);
		expect(shape(cutParts(list(range(0, 8)), size, 0))).toEqual([
			[0, 4],
			[1, 4]
		]);
		expect(cutParts([], size, 0)).toEqual([]);
	});

	it('keeps every part when nothing changed, and the last part takes what is newer', () => {
		const previous = table(before, first);
		expect(cutParts(before, size, 0, previous)).toEqual(first);
		expect(shape(cutParts(list(range(0, 22, 2), [21, 23, 25]), size, 0, previous))).toEqual([
			[0, 4],
			[1, 4],
			[2, 6]
		]);
	});

	it('puts a back-dated article into the part whose span holds it and splits one past twice', () => {
		const previous = table(before, first);
		expect(shape(cutParts(list(range(0, 22, 2), [-3, 9]), size, 0, previous))).toEqual([
			[0, 5],
			[1, 5],
			[2, 3]
		]);
		// Part 1 (8–14) takes five keys between its own: 9 articles, over 8, so parts 3 and 4.
		const after = list(range(0, 22, 2), [9, 10.5, 11, 12.5, 13]);
		const files = cutParts(after, size, 0, previous);
		expect(shape(files)).toEqual([
			[0, 4],
			[3, 4],
			[4, 5],
			[2, 3]
		]);
		// The next build keeps the split parts' spans and numbers.
		expect(cutParts(after, size, 0, table(after, files))).toEqual(files);
	});

	it('drops a part left empty and reads keys of other bits as the same day and rank', () => {
		const previous = table(before, first);
		expect(shape(cutParts(list([0, 2, 4, 6, 16, 18]), size, 0, previous))).toEqual([
			[0, 4],
			[2, 2]
		]);
		// Keys of 1 bit: day × 2 + rank; the same articles in keys of 2 bits.
		const days = list([2, 4, 6, 8, 10, 12]);
		const cut = cutParts(days, size, 1);
		const wider = list([4, 8, 12, 16, 20, 24, 25]);
		expect(shape(cutParts(wider, size, 2, table(days, cut, 1)))).toEqual([
			[0, 4],
			[1, 3]
		]);
	});

	it('refuses a month of another form', () => {
		expect(previousParts({ keyBits: 0, months: { '2019-03': { first: [0], parts: [0, 1] } } }).size).toBe(0);
		expect(previousParts({ months: {} }).size).toBe(0);
		expect(previousParts(undefined).size).toBe(0);
	});
});
