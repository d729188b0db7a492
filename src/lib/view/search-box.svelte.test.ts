import { describe, expect, it, vi } from 'vitest';
import type { PublishedArticle } from '../data/dataset';
import type { ExplorerPlace } from '../data/explorer-data';
import { buildSearchShards } from '../data/search-shards';
import { PLACE_ROOM, SearchBox } from './search-box.svelte';

/** The first ten articles are Early Wire's, the rest Late Post's. */
const article = (id: string, body: string): PublishedArticle => ({
	id,
	title: `Report ${id}`,
	outlet: Number(id.slice(1)) < 10 ? 'Early Wire' : 'Late Post',
	published: '2020-02-07',
	datePrecision: 'day',
	body,
	mentions: []
});
const place = (id: string, name: string): ExplorerPlace => ({
	type: 'Feature',
	id,
	geometry: { type: 'Point', coordinates: [36, 35] },
	properties: { name, kind: 'town', precision: 'exact', mentionCount: 0 }
});

const articles = Array.from({ length: 20 }, (_, i) =>
	article(`a${String(i).padStart(2, '0')}`, i % 2 ? 'Shelling near Saraqeb.' : 'Quiet in Sarmin.')
);
const shards = buildSearchShards(articles, { docBits: 2 });

/** Serves the index's files; `hold` keeps the answers of the paths it matches until released. */
function files(hold?: RegExp) {
	let release!: () => void;
	const held = new Promise<void>((r) => (release = r));
	const fetchJson = vi.fn(async (path: string): Promise<unknown> => {
		if (hold?.test(path)) await held;
		const docs = path.match(/docs\/(\d+)\.json$/);
		const terms = path.match(/terms\/([^/]+)\.json$/);
		const postings = path.match(/postings\/([^/]+)\/(head|\d+)\.json$/);
		const file = path.endsWith('index.json')
			? shards.manifest
			: docs
				? shards.docs(Number(docs[1]))
				: terms
					? shards.shard(terms[1]!)
					: postings
						? shards.postings(postings[1]!, postings[2] === 'head' ? 'head' : Number(postings[2]))
						: undefined;
		if (!file) throw new Error(`${path}: HTTP 404`);
		return JSON.parse(JSON.stringify(file));
	});
	return { fetchJson, release };
}

const places = Array.from({ length: 8 }, (_, i) => place(`s${i}`, `Saraqeb ${i}`));

describe('SearchBox', () => {
	it('lists places once indexed and the articles once their files have come', async () => {
		const { fetchJson, release } = files(/docs/);
		const box = new SearchBox({ places, fetchJson, delay: 0 });
		box.set('saraqeb');
		// While its articles may still come, the places leave them room: none is taken away when they do.
		await vi.waitFor(() => expect(box.places).toHaveLength(PLACE_ROOM));
		const shown = box.places;
		expect(box.status).toBe('searching');
		release();
		await vi.waitFor(() => expect(box.status).toBe('ready'));
		expect(box.articles!.hits.map((h) => h.id)).toEqual([
			'a19',
			'a17',
			'a15',
			'a13',
			'a11',
			'a09',
			'a07',
			'a05'
		]);
		expect(box.articles!.total).toBe(10);
		// With articles listed, the places are the same ones as before.
		expect(box.places).toEqual(shown);
	});

	it('lists every place only once the query’s answer has no article, below those listed already', async () => {
		const { fetchJson, release } = files(/terms/);
		const box = new SearchBox({ places, fetchJson, delay: 0 });
		// "sar" begins every place's name and is no article's word.
		box.set('sar');
		await vi.waitFor(() => expect(box.placesReady).toBe(true));
		const first = box.places;
		expect(first).toHaveLength(PLACE_ROOM);
		release();
		await vi.waitFor(() => expect(box.status).toBe('ready'));
		expect(box.articles!.hits).toEqual([]);
		expect(box.places).toHaveLength(8);
		expect(box.places.slice(0, PLACE_ROOM)).toEqual(first);
	});

	it('searches a query typed into a quiet box at once, and waits for quiet while keystrokes follow closely', async () => {
		vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
		try {
			const { fetchJson } = files();
			let now = 1_000;
			const box = new SearchBox({ places, fetchJson, delay: 100, now: () => now });
			// The fake timers never fire unless advanced: this answer needed none.
			box.set('sarmin');
			await vi.waitFor(() => expect(box.answered).toBe('sarmin'));
			// Half a second later the box is quiet again: "s" is searched at once.
			now += 500;
			box.set('s');
			await vi.waitFor(() => expect(box.answered).toBe('s'));
			// Keystrokes 40 ms apart: nothing is searched or fetched for the words on their way.
			const fetches = fetchJson.mock.calls.length;
			for (const typed of ['sh', 'she', 'shelling']) {
				now += 40;
				box.set(typed);
			}
			await vi.advanceTimersByTimeAsync(99);
			expect(box.answered).toBe('s');
			expect(box.status).toBe('searching');
			expect(fetchJson.mock.calls.length).toBe(fetches);
			await vi.advanceTimersByTimeAsync(1);
			await vi.waitFor(() => expect(box.answered).toBe('shelling'));
			expect(box.articles!.hits.every((h) => Number(h.id.slice(1)) % 2 === 1)).toBe(true);
		} finally {
			vi.useRealTimers();
		}
	});

	it('keeps the newest query’s answer when an older one arrives late', async () => {
		const { fetchJson, release } = files(/docs/);
		const box = new SearchBox({ places, fetchJson, delay: 0 });
		box.set('shelling');
		await vi.waitFor(() => expect(fetchJson.mock.calls.some(([p]) => p.includes('docs'))).toBe(true));
		box.set('sarmin');
		release();
		await vi.waitFor(() => expect(box.status).toBe('ready'));
		expect(box.answered).toBe('sarmin');
		expect(box.articles!.hits.every((h) => Number(h.id.slice(1)) % 2 === 0)).toBe(true);
	});

	it('searches again when the outlet filter changes, and lists more on asking', async () => {
		const { fetchJson } = files();
		const box = new SearchBox({ places, fetchJson, delay: 0 });
		box.set('shelling');
		await vi.waitFor(() => expect(box.status).toBe('ready'));
		box.setOutlets(['early-wire']);
		await vi.waitFor(() => expect(box.articles!.hits[0]?.id).toBe('a09'));
		expect(box.articles!.hits).toHaveLength(5);
		box.setOutlets(undefined);
		await vi.waitFor(() => expect(box.articles!.hits).toHaveLength(8));
		box.more();
		await vi.waitFor(() => expect(box.articles!.hits).toHaveLength(10));
	});

	it('says a word in no article finds none, and clears with the query', async () => {
		const { fetchJson } = files();
		const box = new SearchBox({ places, fetchJson, delay: 0 });
		box.set('tanks');
		await vi.waitFor(() => expect(box.status).toBe('ready'));
		expect(box.articles).toMatchObject({ hits: [], total: 0, complete: true });
		await vi.waitFor(() => expect(box.placesReady).toBe(true));
		expect(box.places).toEqual([]);
		box.set('');
		expect(box.status).toBe('idle');
		expect(box.articles).toBeUndefined();
	});

	it('reports a file that cannot be fetched, and tries again', async () => {
		let fail = true;
		const { fetchJson } = files();
		const box = new SearchBox({
			places,
			fetchJson: (path) =>
				fail && path.includes('terms') ? Promise.reject(new Error(`${path}: HTTP 503`)) : fetchJson(path),
			delay: 0
		});
		box.set('shelling');
		await vi.waitFor(() => expect(box.status).toBe('error'));
		expect(box.error).toMatch(/HTTP 503/);
		fail = false;
		box.retry();
		await vi.waitFor(() => expect(box.status).toBe('ready'));
		expect(box.articles!.hits).toHaveLength(8);
	});

	it('fetches the manifest as it is created, and lists articles while the places are still being indexed', async () => {
		const { fetchJson } = files();
		let resume!: () => void;
		const held = new Promise<void>((r) => (resume = r));
		const box = new SearchBox({ places, fetchJson, delay: 0, slices: { pause: () => held, sliceMs: 0 } });
		expect(fetchJson).toHaveBeenCalledWith('/data/search/index.json');
		expect(box.placeSlot).toBe(false);
		box.set('saraqeb');
		await vi.waitFor(() => expect(box.status).toBe('ready'));
		const listed = box.articles!.hits.map((h) => h.id);
		expect(listed).toHaveLength(8);
		expect(box.placesReady).toBe(false);
		expect(box.places).toEqual([]);
		// A row is held above the articles where the places will be.
		expect(box.placeSlot).toBe(true);
		resume();
		await vi.waitFor(() => expect(box.placesReady).toBe(true));
		expect(box.placeSlot).toBe(false);
		expect(box.places).toHaveLength(PLACE_ROOM);
		// The articles are the same answer, in the same order: the places took the slot's row.
		expect(box.articles!.hits.map((h) => h.id)).toEqual(listed);
	});
});
