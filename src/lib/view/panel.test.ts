import { describe, expect, it } from 'vitest';
import { dayNumber, isoDay } from '../core/dates';
import { deltaEncode } from '../data/delta';
import type { PanelEntry, PlaceHead, PlacePage, PlaceTablePart } from '../data/explorer-data';
import {
	cachedLoader,
	decodePageTable,
	entryShown,
	keptEntries,
	pagesForRange,
	panelEntries,
	type PageLoader
} from './panel';

/** Article `i` of the fixture: published on day `i` from 1 January 2020, of outlet `a` or `b` in turn. */
const day = (i: number) => isoDay(dayNumber('2020-01-01') + i);
const entry = (i: number): PanelEntry => ({
	position: i,
	article: { id: `a${i}`, title: 't', outlet: 'o', published: day(i), datePrecision: 'day' },
	outletId: i % 2 ? 'b' : 'a',
	viaGroup: false,
	excerpts: []
});

/**
 * Place `p` is named by articles 0…54 (one a day, so with `keyBits` 0 an article's key is its day),
 * cut in pages of 10 as a page split leaves them: in key order the sealed files are pages 0, 3, 4 and
 * 2, holding 0–9, 10–19, 20–29 and 30–39 (page 1 held 10–29 and split into 3 and 4), the head the 15
 * newest, 40–54; every file lists its entries newest first.
 */
const SIZE = 10;
const COUNT = 55;
const NUMBERS = [0, 3, 4, 2];
const newestFirst = (from: number, to: number) =>
	Array.from({ length: to - from }, (_, j) => entry(to - 1 - j));
const page = (n: number): PlacePage => {
	const k = NUMBERS.indexOf(n);
	return { place: 'p', page: n, entries: k < 0 ? [] : newestFirst(k * SIZE, (k + 1) * SIZE) };
};
const NO_PARTS = { size: 250, first: [], numbers: [] };
const HEAD: PlaceHead = {
	place: 'p',
	entries: newestFirst(40, COUNT),
	table: {
		count: COUNT,
		size: SIZE,
		keyBits: 0,
		first: deltaEncode([0, 10, 20, 30, 40].map((i) => dayNumber(day(i)))),
		pages: NUMBERS,
		parts: NO_PARTS
	}
};
const TABLE = decodePageTable(HEAD.table, HEAD.entries.length);

/**
 * The same list with its table in parts: table part 7 has the rows of pages 0 and 3, part 8 that of
 * page 4, and the head keeps page 2's row and its own.
 */
const days = (...i: number[]) => deltaEncode(i.map((k) => dayNumber(day(k))));
const PARTED: PlaceHead = {
	...HEAD,
	table: {
		...HEAD.table,
		first: days(30, 40),
		pages: [2],
		parts: { size: 1, first: days(0, 20), numbers: [7, 8] }
	}
};
const tablePart = (n: number): PlaceTablePart =>
	n === 7
		? { place: 'p', part: 7, keyBits: 0, first: days(0, 10), pages: [0, 3] }
		: { place: 'p', part: n, keyBits: 0, first: days(20), pages: [4] };

/**
 * A loader of the fixture's files that records what it was asked for (`head`, a page's number or
 * `table-<n>`).
 */
function fixtureLoader(pageOf: (k: number) => PlacePage = page, head = HEAD, partOf = tablePart) {
	const asked: (number | string)[] = [];
	const load: PageLoader = {
		placeHead: async () => {
			asked.push('head');
			return head;
		},
		placePage: async (_place, k) => {
			asked.push(k);
			return pageOf(k);
		},
		placeTable: async (_place, n) => {
			asked.push(`table-${n}`);
			return partOf(n);
		}
	};
	return { load, asked };
}

describe('pagesForRange', () => {
	it('starts at the file holding the range’s last day and ends past its first', () => {
		expect(TABLE.sealed).toBe(4);
		expect(pagesForRange(TABLE, {})).toEqual({ first: 4, last: 0 });
		expect(pagesForRange(TABLE, { to: day(25) })).toEqual({ first: 2, last: 0 });
		expect(pagesForRange(TABLE, { to: day(20) })).toEqual({ first: 2, last: 0 });
		expect(pagesForRange(TABLE, { to: day(19) })).toEqual({ first: 1, last: 0 });
		// A range from 10 February (day 40) reads its month from the 1st (day 31): the head and page 3.
		expect(pagesForRange(TABLE, { from: day(40) })).toEqual({ first: 4, last: 3 });
		expect(pagesForRange(TABLE, { from: day(41), to: day(45) })).toEqual({ first: 4, last: 3 });
		// From 1 March (day 60), after every file's oldest: the head alone.
		expect(pagesForRange(TABLE, { from: day(60) })).toEqual({ first: 4, last: 4 });
		const before = pagesForRange(TABLE, { to: '2019-12-31' });
		expect(before.first).toBeLessThan(before.last);
	});

	it('refuses a table that does not describe the list', () => {
		expect(() => decodePageTable(undefined, 1)).toThrow(/table: missing/);
		expect(() =>
			decodePageTable(
				{ count: COUNT, size: SIZE, keyBits: 0, first: [1, 2], pages: [0, 3], parts: NO_PARTS },
				15
			)
		).toThrow(/2 files do not hold 55/);
		// The right number of files, but a head of more articles than the whole list.
		expect(() => decodePageTable(HEAD.table, 56)).toThrow(/5 files do not hold 55/);
		expect(() => decodePageTable({ ...HEAD.table, keyBits: -1 }, 15)).toThrow(/table: missing/);
		const parts = { ...NO_PARTS, numbers: [1] };
		expect(() => decodePageTable({ ...HEAD.table, parts }, 15)).toThrow(/table.parts: missing/);
	});

	it('reads the days of keys of any bits', () => {
		const first = [0, 10, 20, 30, 40].map((i) => dayNumber(day(i)) * 32 + (i % 3));
		const table = decodePageTable({ ...HEAD.table, keyBits: 5, first: deltaEncode(first) }, 15);
		expect([...table.oldest]).toEqual([0, 10, 20, 30, 40].map((i) => dayNumber(day(i))));
		expect([...table.pages]).toEqual(NUMBERS);
	});
});

describe('panelEntries', () => {
	it('reads the head, then only the pages the range meets, in key order, until a panel page is full', async () => {
		const { load, asked } = fixtureLoader();
		const entries = await panelEntries(load, 'p', { to: day(25) }, 8);
		expect(entries.map((e) => e.position)).toEqual([25, 24, 23, 22, 21, 20, 19, 18]);
		// Files 2 and 1 in key order are pages 4 and 3.
		expect(asked).toEqual(['head', 4, 3]);
		const all = await panelEntries(load, 'p', {}, COUNT);
		expect(all.map((e) => e.position)).toEqual(newestFirst(0, COUNT).map((e) => e.position));
	});

	it('opens with the head alone when it holds a panel page in range', async () => {
		const { load, asked } = fixtureLoader();
		const entries = await panelEntries(load, 'p', {}, 12);
		expect(entries.map((e) => e.position)).toEqual(newestFirst(43, COUNT).map((e) => e.position));
		expect(asked).toEqual(['head']);
	});

	it('lists only the outlets shown, reading further pages for them', async () => {
		const { load, asked } = fixtureLoader();
		const entries = await panelEntries(load, 'p', {}, 8, (id) => id === 'b');
		expect(entries.map((e) => e.position)).toEqual([53, 51, 49, 47, 45, 43, 41, 39]);
		expect(asked).toEqual(['head', 2]);
	});

	it('refuses a page that is not the one asked for', async () => {
		const { load } = fixtureLoader((k) => ({ ...page(k), page: 7 }));
		await expect(panelEntries(load, 'p', {}, 30)).rejects.toThrow(/do not match/);
		const other: PageLoader = { ...load, placeHead: async () => ({ ...HEAD, place: 'q' }) };
		await expect(panelEntries(other, 'p', {}, 5)).rejects.toThrow(/do not match/);
	});
});

describe('panelEntries with the table in parts', () => {
	it('opens with the head alone, fetching no table part, when the head holds a panel page', async () => {
		const { load, asked } = fixtureLoader(page, PARTED);
		const entries = await panelEntries(load, 'p', {}, 12);
		expect(entries.map((e) => e.position)).toEqual(newestFirst(43, COUNT).map((e) => e.position));
		expect(asked).toEqual(['head']);
	});

	it('fetches a part only when the panel goes past the rows before it, and lists the same', async () => {
		const { load, asked } = fixtureLoader(page, PARTED);
		const all = await panelEntries(load, 'p', {}, COUNT);
		expect(all.map((e) => e.position)).toEqual(newestFirst(0, COUNT).map((e) => e.position));
		expect(asked).toEqual(['head', 2, 'table-8', 4, 'table-7', 3, 0]);
	});

	it('goes straight to the part whose span holds the range’s end, then older parts', async () => {
		const { load, asked } = fixtureLoader(page, PARTED);
		const entries = await panelEntries(load, 'p', { to: day(25) }, 8);
		expect(entries.map((e) => e.position)).toEqual([25, 24, 23, 22, 21, 20, 19, 18]);
		expect(asked).toEqual(['head', 'table-8', 4, 'table-7', 3]);
		const early = fixtureLoader(page, PARTED);
		const first = await panelEntries(early.load, 'p', { to: day(5) }, 20);
		expect(first.map((e) => e.position)).toEqual([5, 4, 3, 2, 1, 0]);
		expect(early.asked).toEqual(['head', 'table-7', 0]);
	});

	it('stops at the range’s start without fetching an older part', async () => {
		// From 10 February (day 40), read from 1 February (day 31): the head and page 2.
		const { load, asked } = fixtureLoader(page, PARTED);
		const entries = await panelEntries(load, 'p', { from: day(40) }, COUNT);
		expect(entries.map((e) => e.position)).toEqual(newestFirst(40, COUNT).map((e) => e.position));
		expect(asked).toEqual(['head', 2]);
	});

	it('lists what the head with every row lists, for any range', async () => {
		for (const [from, to] of [
			[undefined, day(12)],
			[day(3), day(33)],
			[day(28), undefined],
			[day(50), day(54)]
		]) {
			const range = { from, to };
			const whole = await panelEntries(fixtureLoader().load, 'p', range, 17);
			const parted = await panelEntries(fixtureLoader(page, PARTED).load, 'p', range, 17);
			expect(parted, `${from}–${to}`).toEqual(whole);
		}
	});

	it('refuses a table part of another place, number or build', async () => {
		for (const partOf of [
			(n: number) => ({ ...tablePart(n), place: 'q' }),
			(n: number) => ({ ...tablePart(n), part: 9 }),
			(n: number) => ({ ...tablePart(n), first: days(21) })
		]) {
			const { load } = fixtureLoader(page, PARTED, partOf);
			await expect(panelEntries(load, 'p', { to: day(25) }, 5)).rejects.toThrow(/do not match/);
		}
	});
});

describe('entryShown and keptEntries', () => {
	it('keeps a month-only article for any day of its month, and the shown entries still listed', () => {
		const month = {
			...entry(3),
			article: { ...entry(3).article, published: '2020-02-01', datePrecision: 'month' as const }
		};
		expect(entryShown(month, { from: '2020-02-20' })).toBe(true);
		expect(entryShown(entry(3), { from: '2020-02-20' })).toBe(false);
		expect(entryShown(entry(3), {}, (id) => id === 'a')).toBe(false);
		const shown = [entry(45), entry(44), entry(43)];
		expect(keptEntries(shown, { to: day(44) }, 20)?.map((e) => e.position)).toEqual([44, 43]);
		expect(keptEntries(shown, {}, 1)?.map((e) => e.position)).toEqual([45]);
		expect(keptEntries(undefined, {}, 5)).toBeUndefined();
	});
});

describe('cachedLoader', () => {
	it('shares a request and retries after a failure', async () => {
		let fail = true;
		const { load, asked } = fixtureLoader();
		const cached = cachedLoader({
			placeHead: load.placeHead,
			placeTable: load.placeTable,
			placePage: async (place, k) => {
				if (fail) throw new Error('HTTP 500');
				return load.placePage(place, k);
			}
		});
		await expect(cached.placePage('p', 0)).rejects.toThrow('HTTP 500');
		fail = false;
		const [a, b] = await Promise.all([cached.placePage('p', 0), cached.placePage('p', 0)]);
		expect(a).toBe(b);
		await cached.placePage('p', 0);
		const [h, i] = await Promise.all([cached.placeHead('p'), cached.placeHead('p')]);
		expect(h).toBe(i);
		const [t, u] = await Promise.all([cached.placeTable('p', 7), cached.placeTable('p', 7)]);
		expect(t).toBe(u);
		expect(asked).toEqual([0, 'head', 'table-7']);
	});
});
