import { describe, expect, it } from 'vitest';
import type { PanelEntry, PlaceChunk } from '../data/explorer-data';
import { PANEL_PAGE } from './panel';
import { PanelState } from './panel-state.svelte';

const entry = (position: number): PanelEntry => ({
	position,
	article: { id: `a${position}`, title: 't', outlet: 'o', published: '2020-02-07', datePrecision: 'day' },
	viaGroup: false,
	excerpts: []
});

const CHUNK = 10;
/** Place `p`'s list: positions 100 … 149; place `q`'s: 200 … 204. */
const LISTS: Record<string, number[]> = {
	p: Array.from({ length: 50 }, (_, i) => 100 + i),
	q: Array.from({ length: 5 }, (_, i) => 200 + i)
};
const all = (place: string) => LISTS[place]!.map((_, k) => k);

/**
 * A fetcher whose requests wait until the test answers them, in any order, so races can be staged:
 * `answer` resolves the oldest request for a chunk, `fail` rejects it.
 */
function fakeFetcher() {
	const pending: {
		place: string;
		chunk: number;
		resolve: (c: PlaceChunk) => void;
		reject: (e: Error) => void;
	}[] = [];
	const asked: string[] = [];
	const load = (place: string, chunk: number) =>
		new Promise<PlaceChunk>((resolve, reject) => {
			asked.push(`${place}/${chunk}`);
			pending.push({ place, chunk, resolve, reject });
		});
	const take = (place: string, chunk: number) => {
		const i = pending.findIndex((r) => r.place === place && r.chunk === chunk);
		if (i < 0) throw new Error(`no pending request for ${place}/${chunk}`);
		return pending.splice(i, 1)[0]!;
	};
	return {
		load,
		asked,
		pending,
		async answer(place: string, chunk: number) {
			const list = LISTS[place]!;
			take(place, chunk).resolve({
				place,
				chunk,
				entries: list.slice(chunk * CHUNK, (chunk + 1) * CHUNK).map(entry)
			});
			await settle();
		},
		async fail(place: string, chunk: number, message: string) {
			take(place, chunk).reject(new Error(message));
			await settle();
		}
	};
}

/** Lets every settled promise's callbacks run. */
const settle = () => new Promise<void>((r) => setTimeout(r, 0));
const positions = (entries?: PanelEntry[]) => entries?.map((e) => e.position);

describe('PanelState', () => {
	it('loads the newest page of a place, newest first, from the chunks holding it', async () => {
		const f = fakeFetcher();
		const panel = new PanelState(f.load, CHUNK);
		panel.show('p', LISTS.p, all('p'));
		expect(panel.loading('p')).toBe(true);
		expect(panel.settled('p')).toBe(false);
		expect(f.asked.sort()).toEqual(['p/3', 'p/4']);
		await f.answer('p', 4);
		expect(panel.loading('p')).toBe(true);
		await f.answer('p', 3);
		expect(panel.loading('p')).toBe(false);
		expect(panel.settled('p')).toBe(true);
		expect(positions(panel.entries('p'))).toEqual(Array.from({ length: PANEL_PAGE }, (_, i) => 149 - i));
		expect(panel.error('p')).toBeUndefined();
	});

	it('shows older articles a page at a time, keeping the ones already shown', async () => {
		const f = fakeFetcher();
		const panel = new PanelState(f.load, CHUNK);
		panel.show('p', LISTS.p, all('p'));
		await Promise.all([f.answer('p', 3), f.answer('p', 4)]);
		panel.more();
		expect(panel.limit('p')).toBe(2 * PANEL_PAGE);
		expect(panel.loading('p')).toBe(true);
		expect(panel.entries('p')).toHaveLength(PANEL_PAGE);
		await f.answer('p', 2);
		await f.answer('p', 1);
		expect(positions(panel.entries('p'))).toEqual(Array.from({ length: 40 }, (_, i) => 149 - i));
		expect(f.asked.filter((a) => a === 'p/4')).toHaveLength(1);
	});

	it('keeps the extra pages for the place they were asked on only', async () => {
		const f = fakeFetcher();
		const panel = new PanelState(f.load, CHUNK);
		panel.show('p', LISTS.p, all('p'));
		panel.more();
		expect(panel.limit('p')).toBe(2 * PANEL_PAGE);
		panel.show('q', LISTS.q, all('q'));
		expect(panel.limit('q')).toBe(PANEL_PAGE);
		expect(panel.limit('p')).toBe(2 * PANEL_PAGE);
	});

	it('shows the place asked last when an earlier request answers after it', async () => {
		const f = fakeFetcher();
		const panel = new PanelState(f.load, CHUNK);
		panel.show('p', LISTS.p, [49]);
		panel.show('q', LISTS.q, all('q'));
		expect(panel.loading('q')).toBe(true);
		expect(panel.entries('p')).toBeUndefined();
		await f.answer('q', 0);
		expect(positions(panel.entries('q'))).toEqual([204, 203, 202, 201, 200]);
		await f.answer('p', 4);
		expect(panel.current.place).toBe('q');
		expect(positions(panel.entries('q'))).toEqual([204, 203, 202, 201, 200]);
	});

	it('drops a late failure of a request no longer wanted', async () => {
		const f = fakeFetcher();
		const panel = new PanelState(f.load, CHUNK);
		panel.show('p', LISTS.p, [0]);
		panel.show('p', LISTS.p, [49]);
		await f.answer('p', 4);
		await f.fail('p', 0, 'HTTP 500');
		expect(panel.error('p')).toBeUndefined();
		expect(positions(panel.entries('p'))).toEqual([149]);
	});

	it('keeps entries still in range on screen while a narrower range loads', async () => {
		const f = fakeFetcher();
		const panel = new PanelState(f.load, CHUNK);
		panel.show('p', LISTS.p, [38, 39, 40, 41]);
		await Promise.all([f.answer('p', 3), f.answer('p', 4)]);
		panel.show('p', LISTS.p, [30, 31, 38, 39]);
		expect(panel.loading('p')).toBe(true);
		expect(positions(panel.entries('p'))).toEqual([139, 138]);
	});

	it('shows an empty list at once when nothing is in range', () => {
		const f = fakeFetcher();
		const panel = new PanelState(f.load, CHUNK);
		panel.show('p', LISTS.p, []);
		expect(panel.current).toEqual({ place: 'p', entries: [], loading: false });
		expect(f.asked).toEqual([]);
	});

	it('reports a failure with the message naming the file, and tries again on retry', async () => {
		const f = fakeFetcher();
		const panel = new PanelState(f.load, CHUNK);
		panel.show('q', LISTS.q, all('q'));
		await f.fail('q', 0, '/data/places/q/0.json: HTTP 503');
		expect(panel.loading('q')).toBe(false);
		expect(panel.settled('q')).toBe(true);
		expect(panel.error('q')).toBe('/data/places/q/0.json: HTTP 503');
		expect(panel.entries('q')).toBeUndefined();
		panel.retry();
		expect(panel.loading('q')).toBe(true);
		expect(panel.error('q')).toBeUndefined();
		await f.answer('q', 0);
		expect(panel.entries('q')).toHaveLength(5);
		expect(f.asked).toEqual(['q/0', 'q/0']);
	});

	it('fetches a chunk once, however often its place is opened', async () => {
		const f = fakeFetcher();
		const panel = new PanelState(f.load, CHUNK);
		panel.show('q', LISTS.q, all('q'));
		await f.answer('q', 0);
		panel.show('p', LISTS.p, [49]);
		await f.answer('p', 4);
		panel.show('q', LISTS.q, all('q'));
		await settle();
		expect(panel.entries('q')).toHaveLength(5);
		expect(f.asked).toEqual(['q/0', 'p/4']);
	});

	it('drops the running request when the panel closes, and ignores more and retry then', async () => {
		const f = fakeFetcher();
		const panel = new PanelState(f.load, CHUNK);
		panel.show('q', LISTS.q, all('q'));
		panel.show(undefined);
		await f.answer('q', 0);
		expect(panel.entries('q')).toBeUndefined();
		panel.more();
		panel.retry();
		expect(f.asked).toEqual(['q/0']);
	});

	it('refuses excerpts from another build of the index', async () => {
		const panel = new PanelState(async (place, chunk) => ({ place, chunk, entries: [entry(999)] }), CHUNK);
		panel.show('q', LISTS.q, [0]);
		await settle();
		expect(panel.error('q')).toMatch(/do not match the loaded index/);
	});
});
