import { describe, expect, it, vi } from 'vitest';
import { dayNumber, isoDay } from '../core/dates';
import { deltaEncode } from '../data/delta';
import type { PanelEntry, PlacePage } from '../data/explorer-data';
import { cachedLoader, decodePageTable, entryShown, keptEntries, pagesForRange, panelEntries } from './panel';

/** Article `i` of the fixture: published on day `i` from 1 January 2020, of outlet `a` or `b` in turn. */
const day = (i: number) => isoDay(dayNumber('2020-01-01') + i);
const entry = (i: number): PanelEntry => ({
	position: i,
	article: { id: `a${i}`, title: 't', outlet: 'o', published: day(i), datePrecision: 'day' },
	outletId: i % 2 ? 'b' : 'a',
	viaGroup: false,
	excerpts: []
});

/** Place `p` is named by articles 0…49, in pages of 10 newest first: page k holds 49-10k down to 40-10k. */
const SIZE = 10;
const page = (k: number): PlacePage => {
	const entries = Array.from({ length: SIZE }, (_, j) => entry(49 - k * SIZE - j));
	const out: PlacePage = { place: 'p', page: k, entries };
	if (k === 0)
		out.pages = {
			count: 50,
			size: SIZE,
			oldest: deltaEncode([40, 30, 20, 10, 0].map((i) => dayNumber(day(i))))
		};
	return out;
};
const TABLE = decodePageTable(page(0).pages, SIZE);

describe('pagesForRange', () => {
	it('starts at the page holding the range’s last day and ends past its first', () => {
		expect(pagesForRange(TABLE, {})).toEqual({ first: 0, last: 4 });
		expect(pagesForRange(TABLE, { to: day(25) })).toEqual({ first: 2, last: 4 });
		expect(pagesForRange(TABLE, { to: day(20) })).toEqual({ first: 2, last: 4 });
		expect(pagesForRange(TABLE, { to: day(19) })).toEqual({ first: 3, last: 4 });
		// A range from 10 February (day 40) reads its month from the 1st (day 31): pages 0 and 1.
		expect(pagesForRange(TABLE, { from: day(40) })).toEqual({ first: 0, last: 1 });
		expect(pagesForRange(TABLE, { from: day(41), to: day(45) })).toEqual({ first: 0, last: 1 });
		expect(pagesForRange(TABLE, { to: '2019-12-31' }).first).toBe(5);
	});

	it('refuses a table that does not describe the list', () => {
		expect(() => decodePageTable(undefined, 1)).toThrow(/pages: missing/);
		expect(() => decodePageTable({ count: 50, size: 10, oldest: [1, 2] }, 10)).toThrow(
			/2 pages do not hold 50/
		);
	});
});

describe('panelEntries', () => {
	it('reads page 0, then only the pages the range meets, until a panel page is full', async () => {
		const load = vi.fn(async (_place: string, k: number) => page(k));
		const entries = await panelEntries(load, 'p', { to: day(25) }, 8);
		expect(entries.map((e) => e.position)).toEqual([25, 24, 23, 22, 21, 20, 19, 18]);
		expect(load.mock.calls.map((c) => c[1])).toEqual([0, 2, 3]);
	});

	it('lists only the outlets shown, reading further pages for them', async () => {
		const load = vi.fn(async (_place: string, k: number) => page(k));
		const entries = await panelEntries(load, 'p', {}, 8, (id) => id === 'b');
		expect(entries.map((e) => e.position)).toEqual([49, 47, 45, 43, 41, 39, 37, 35]);
		expect(load.mock.calls.map((c) => c[1])).toEqual([0, 1]);
	});

	it('refuses a page that is not the one asked for', async () => {
		const load = async (_place: string, k: number) => ({ ...page(k), page: 7 });
		await expect(panelEntries(load, 'p', {}, 5)).rejects.toThrow(/do not match/);
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
		const load = vi.fn(async (_p: string, n: number) => {
			if (fail) throw new Error('HTTP 500');
			return page(n);
		});
		const cached = cachedLoader(load);
		await expect(cached('p', 0)).rejects.toThrow('HTTP 500');
		fail = false;
		const [a, b] = await Promise.all([cached('p', 0), cached('p', 0)]);
		expect(a).toBe(b);
		await cached('p', 0);
		expect(load).toHaveBeenCalledTimes(2);
	});
});
