import { describe, expect, it } from 'vitest';
import { dayNumber, isoDay } from '../core/dates';
import { deltaEncode } from '../data/delta';
import { sealedPages, type PanelEntry, type PlaceHead, type PlacePage } from '../data/explorer-data';
import { PANEL_PAGE, type PageLoader } from './panel';
import { PanelState } from './panel-state.svelte';

/** Article `i`: published on day `i` from 1 January 2020, of outlet `a` or `b` in turn. */
const day = (i: number) => isoDay(dayNumber('2020-01-01') + i);
const entry = (i: number): PanelEntry => ({
	position: i,
	article: { id: `a${i}`, title: 't', outlet: 'o', published: day(i), datePrecision: 'day' },
	outletId: i % 2 ? 'b' : 'a',
	viaGroup: false,
	excerpts: []
});

const SIZE = 10;
/**
 * Place `p` is named by articles 0…49, `q` by 0…4; cut from the oldest in pages of ten, so `p` has
 * sealed pages 0…3 (0–9 to 30–39) and its head 40–49, and `q` a head of all five.
 */
const COUNTS: Record<string, number> = { p: 50, q: 5 };
type File = number | 'head';
function file(place: string, k: File): PlaceHead | PlacePage {
	const n = COUNTS[place]!;
	const sealed = sealedPages(n, SIZE);
	const newestFirst = (from: number, to: number) =>
		Array.from({ length: to - from }, (_, j) => entry(to - 1 - j));
	if (k !== 'head') return { place, page: k, entries: newestFirst(k * SIZE, (k + 1) * SIZE) };
	const oldest = Array.from({ length: sealed + 1 }, (_, s) => dayNumber(day(s * SIZE)));
	return {
		place,
		entries: newestFirst(sealed * SIZE, n),
		table: {
			count: n,
			size: SIZE,
			keyBits: 0,
			first: deltaEncode(oldest),
			pages: Array.from({ length: sealed }, (_, k) => k),
			parts: { size: 250, first: [], numbers: [] }
		}
	};
}

/**
 * A fetcher whose requests wait until the test answers them, in any order, so races can be staged:
 * `answer` resolves the oldest request for a file (`head` or a sealed page's number), `fail` rejects it.
 */
function fakeFetcher() {
	const pending: {
		place: string;
		file: File;
		resolve: (c: PlaceHead | PlacePage) => void;
		reject: (e: Error) => void;
	}[] = [];
	const asked: string[] = [];
	const ask = (place: string, k: File) =>
		new Promise<PlaceHead | PlacePage>((resolve, reject) => {
			asked.push(`${place}/${k}`);
			pending.push({ place, file: k, resolve, reject });
		});
	const load: PageLoader = {
		placeHead: (place) => ask(place, 'head') as Promise<PlaceHead>,
		placePage: (place, k) => ask(place, k) as Promise<PlacePage>,
		placeTable: (place, n) => Promise.reject(new Error(`${place} has no table part ${n}`))
	};
	const take = (place: string, k: File) => {
		const i = pending.findIndex((r) => r.place === place && r.file === k);
		if (i < 0) throw new Error(`no pending request for ${place}/${k}`);
		return pending.splice(i, 1)[0]!;
	};
	return {
		load,
		asked,
		async answer(place: string, k: File) {
			take(place, k).resolve(file(place, k));
			await settle();
		},
		async fail(place: string, k: File, message: string) {
			take(place, k).reject(new Error(message));
			await settle();
		}
	};
}

/** Lets every settled promise's callbacks run. */
const settle = () => new Promise<void>((r) => setTimeout(r, 0));
const positions = (entries?: PanelEntry[]) => entries?.map((e) => e.position);
const newest = (from: number, n: number) => Array.from({ length: n }, (_, i) => from - i);

describe('PanelState', () => {
	it('loads the newest articles of a place from its head and newest page, one request at a time', async () => {
		const f = fakeFetcher();
		const panel = new PanelState(f.load);
		panel.show('p', {}, 1);
		expect(panel.loading('p')).toBe(true);
		expect(panel.settled('p')).toBe(false);
		expect(f.asked).toEqual(['p/head']);
		await f.answer('p', 'head');
		expect(panel.loading('p')).toBe(true);
		await f.answer('p', 3);
		expect(panel.loading('p')).toBe(false);
		expect(panel.settled('p')).toBe(true);
		expect(positions(panel.entries('p'))).toEqual(newest(49, PANEL_PAGE));
		expect(panel.error('p')).toBeUndefined();
	});

	it('goes straight to the file holding the range’s end, and lists only the outlets shown', async () => {
		const f = fakeFetcher();
		const panel = new PanelState(f.load);
		panel.show('p', { from: day(0), to: day(25) }, 1, (id) => id === 'a');
		await f.answer('p', 'head');
		expect(f.asked).toEqual(['p/head', 'p/2']);
		await f.answer('p', 2);
		await f.answer('p', 1);
		await f.answer('p', 0);
		expect(positions(panel.entries('p'))).toEqual([24, 22, 20, 18, 16, 14, 12, 10, 8, 6, 4, 2, 0]);
		expect(panel.loading('p')).toBe(false);
	});

	it('shows older articles a page at a time, keeping the ones already shown', async () => {
		const f = fakeFetcher();
		const panel = new PanelState(f.load);
		panel.show('p', {}, 1);
		await f.answer('p', 'head');
		await f.answer('p', 3);
		panel.more();
		expect(panel.limit('p')).toBe(2 * PANEL_PAGE);
		expect(panel.loading('p')).toBe(true);
		expect(panel.entries('p')).toHaveLength(PANEL_PAGE);
		await settle();
		await f.answer('p', 2);
		await f.answer('p', 1);
		expect(positions(panel.entries('p'))).toEqual(newest(49, 40));
		expect(f.asked.filter((a) => a === 'p/head')).toHaveLength(1);
	});

	it('keeps the extra pages for the place they were asked on only', () => {
		const f = fakeFetcher();
		const panel = new PanelState(f.load);
		panel.show('p', {}, 1);
		panel.more();
		expect(panel.limit('p')).toBe(2 * PANEL_PAGE);
		panel.show('q', {}, 1);
		expect(panel.limit('q')).toBe(PANEL_PAGE);
		expect(panel.limit('p')).toBe(2 * PANEL_PAGE);
	});

	it('shows the place asked last when an earlier request answers after it', async () => {
		const f = fakeFetcher();
		const panel = new PanelState(f.load);
		panel.show('p', {}, 1);
		panel.show('q', {}, 1);
		expect(panel.loading('q')).toBe(true);
		expect(panel.entries('p')).toBeUndefined();
		await f.answer('q', 'head');
		expect(positions(panel.entries('q'))).toEqual([4, 3, 2, 1, 0]);
		await f.answer('p', 'head');
		expect(panel.current.place).toBe('q');
		expect(positions(panel.entries('q'))).toEqual([4, 3, 2, 1, 0]);
	});

	it('drops a late failure of a request no longer wanted', async () => {
		const f = fakeFetcher();
		const panel = new PanelState(f.load);
		panel.show('q', { to: day(2) }, 1);
		await f.fail('q', 'head', 'HTTP 500');
		panel.show('q', {}, 1);
		await f.answer('q', 'head');
		expect(panel.error('q')).toBeUndefined();
		expect(positions(panel.entries('q'))).toEqual([4, 3, 2, 1, 0]);
	});

	it('keeps entries still in range on screen while a narrower range loads', async () => {
		const f = fakeFetcher();
		const panel = new PanelState(f.load);
		panel.show('p', { from: day(38), to: day(41) }, 1);
		await f.answer('p', 'head');
		await f.answer('p', 3);
		expect(positions(panel.entries('p'))).toEqual([41, 40, 39, 38]);
		panel.show('p', { from: day(30), to: day(39) }, 1);
		expect(panel.loading('p')).toBe(true);
		expect(positions(panel.entries('p'))).toEqual([39, 38]);
	});

	it('shows an empty list at once when the counts say nothing is in range', () => {
		const f = fakeFetcher();
		const panel = new PanelState(f.load);
		panel.show('p', {}, 0);
		expect(panel.current).toEqual({ place: 'p', entries: [], loading: false });
		expect(f.asked).toEqual([]);
	});

	it('reports a failure with the message naming the file, and tries again on retry', async () => {
		const f = fakeFetcher();
		const panel = new PanelState(f.load);
		panel.show('q', {}, 1);
		await f.fail('q', 'head', '/data/places/q/head.json: HTTP 503');
		expect(panel.loading('q')).toBe(false);
		expect(panel.settled('q')).toBe(true);
		expect(panel.error('q')).toBe('/data/places/q/head.json: HTTP 503');
		expect(panel.entries('q')).toBeUndefined();
		panel.retry();
		expect(panel.loading('q')).toBe(true);
		expect(panel.error('q')).toBeUndefined();
		await f.answer('q', 'head');
		expect(panel.entries('q')).toHaveLength(5);
		expect(f.asked).toEqual(['q/head', 'q/head']);
	});

	it('fetches a page once, however often its place is opened', async () => {
		const f = fakeFetcher();
		const panel = new PanelState(f.load);
		panel.show('q', {}, 1);
		await f.answer('q', 'head');
		// From 15 February: page 3 may hold a month-only article of February, so it is read too.
		panel.show('p', { from: day(45) }, 1);
		await f.answer('p', 'head');
		await f.answer('p', 3);
		panel.show('q', {}, 1);
		await settle();
		expect(panel.entries('q')).toHaveLength(5);
		expect(f.asked).toEqual(['q/head', 'p/head', 'p/3']);
	});

	it('prefetches the pages a place would show without showing them; the click then asks nothing', async () => {
		const f = fakeFetcher();
		const panel = new PanelState(f.load);
		panel.prefetch('p');
		await f.answer('p', 'head');
		await f.answer('p', 3);
		expect(panel.entries('p')).toBeUndefined();
		expect(panel.loading('p')).toBe(true);
		panel.show('p', {}, 1);
		await settle();
		expect(positions(panel.entries('p'))).toEqual(newest(49, PANEL_PAGE));
		expect(f.asked).toEqual(['p/head', 'p/3']);
	});

	it('leaves a failed prefetch unreported, for the click to ask again', async () => {
		const f = fakeFetcher();
		const panel = new PanelState(f.load);
		panel.prefetch('q');
		await f.fail('q', 'head', 'HTTP 503');
		expect(panel.error('q')).toBeUndefined();
		panel.show('q', {}, 1);
		await f.answer('q', 'head');
		expect(panel.entries('q')).toHaveLength(5);
		expect(f.asked).toEqual(['q/head', 'q/head']);
	});

	it('drops the running request when the panel closes, and ignores more and retry then', async () => {
		const f = fakeFetcher();
		const panel = new PanelState(f.load);
		panel.show('q', {}, 1);
		panel.show(undefined);
		await f.answer('q', 'head');
		expect(panel.entries('q')).toBeUndefined();
		panel.more();
		panel.retry();
		expect(f.asked).toEqual(['q/head']);
	});

	it('refuses excerpts from another build of the index', async () => {
		const panel = new PanelState({
			placeHead: async () => ({ ...(file('p', 'head') as PlaceHead), place: 'x' }),
			placePage: async (place) => ({ place, page: 3, entries: [entry(999)] }),
			placeTable: async () => {
				throw new Error('no table parts');
			}
		});
		panel.show('q', {}, 1);
		await settle();
		expect(panel.error('q')).toMatch(/do not match the loaded index/);
	});
});
