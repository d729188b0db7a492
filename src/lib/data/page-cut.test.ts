import { describe, expect, it } from 'vitest';
import { deltaEncode } from './delta';
import {
	cutEvents,
	cutList,
	cutParts,
	cutTable,
	decodeCutTable,
	previousCut,
	previousParts,
	rekey,
	type ListFile
} from './page-cut';

/** Keys `from`, `from + step`, … below `to`. */
const range = (from: number, to: number, step = 1) =>
	Array.from({ length: Math.ceil((to - from) / step) }, (_, i) => from + i * step);
/** A list's keys, ascending. */
const list = (...parts: number[][]) => Float64Array.from(parts.flat().sort((a, b) => a - b));
/** What each file holds: its number (or `head`) and its count. */
const shape = (files: ListFile[]) => files.map((f) => [f.page, f.to - f.from]);
/** The table a build would publish for `keys`, read back as the next build reads it. */
const again = (keys: Float64Array, files: ListFile[], size: number, bits = 0) =>
	previousCut(JSON.parse(JSON.stringify(cutTable(files, keys, size, bits))))!;

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
		const table = cutTable(cutList(keys, 4, 2), keys, 4, 2);
		const decoded = decodeCutTable(table, 4);
		expect([...decoded.oldest]).toEqual([0, 4, 8, 12]);
		expect([...decoded.pages]).toEqual([0, 1, 2]);
		expect(decoded.sealed).toBe(3);
		expect(() => decodeCutTable({ ...table, pages: [0] }, 4)).toThrow(/files do not hold/);
		expect(() => decodeCutTable({ ...table, count: 3 }, 4)).toThrow(/files do not hold/);
		expect(previousCut({ count: 3, size: 4, oldest: [1] })).toBeUndefined();
		expect(previousCut(undefined)).toBeUndefined();
		expect(previousCut(table)).toEqual({ bits: 2, first: [0, 16, 32, 48], pages: [0, 1, 2] });
	});
});

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
