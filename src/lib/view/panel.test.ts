import { describe, expect, it, vi } from 'vitest';
import type { PanelEntry, PlaceChunk } from '../data/explorer-data';
import { cachedLoader, keptEntries, newestFirst, panelEntries } from './panel';

const entry = (position: number): PanelEntry => ({
	position,
	article: { id: `a${position}`, title: 't', outlet: 'o', published: '2020-02-07', datePrecision: 'day' },
	viaGroup: false,
	excerpts: []
});

/** A place whose list is positions 10, 11, … in chunks of 2. */
const LIST = [10, 11, 12, 13, 14];
const chunk = (n: number): PlaceChunk => ({
	place: 'p',
	chunk: n,
	entries: LIST.slice(n * 2, n * 2 + 2).map(entry)
});

describe('newestFirst', () => {
	it('takes the last ones, newest first', () => {
		expect(newestFirst([1, 2, 5, 8], 3)).toEqual([8, 5, 2]);
		expect(newestFirst([1], 3)).toEqual([1]);
	});
});

describe('panelEntries', () => {
	it('fetches only the chunks that hold the wanted entries, once each', async () => {
		const load = vi.fn(async (_place: string, n: number) => chunk(n));
		const entries = await panelEntries(load, 'p', [4, 3, 2], LIST, 2);
		expect(entries.map((e) => e.position)).toEqual([14, 13, 12]);
		expect(load.mock.calls.map((c) => c[1]).sort()).toEqual([1, 2]);
	});

	it('refuses a chunk that does not match the index', async () => {
		const load = async () => ({ place: 'p', chunk: 0, entries: [entry(99)] });
		await expect(panelEntries(load, 'p', [0], LIST, 2)).rejects.toThrow(/do not match/);
	});
});

describe('cachedLoader', () => {
	it('shares a request and retries after a failure', async () => {
		let fail = true;
		const load = vi.fn(async (_p: string, n: number) => {
			if (fail) throw new Error('HTTP 500');
			return chunk(n);
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

describe('keptEntries', () => {
	it('keeps the shown entries the new request still wants', () => {
		expect(keptEntries([entry(14), entry(13), entry(12)], [4, 2, 0], LIST)?.map((e) => e.position)).toEqual([
			14, 12
		]);
		expect(keptEntries(undefined, [4], LIST)).toBeUndefined();
	});
});
