import { describe, expect, it } from 'vitest';
import type { ArticleChunk } from '../data/explorer-data';
import { CHRONOLOGY_PAGE } from './chronology';
import { ChronologyState } from './chronology-state.svelte';

const SIZE = 10;

/** A loader whose requests wait until the test answers or fails them. */
function fakeLoader() {
	const pending = new Map<number, { resolve: (c: ArticleChunk) => void; reject: (e: Error) => void }>();
	const asked: number[] = [];
	const load = (chunk: number) =>
		new Promise<ArticleChunk>((resolve, reject) => {
			asked.push(chunk);
			pending.set(chunk, { resolve, reject });
		});
	const answer = async (chunk: number) => {
		pending.get(chunk)!.resolve({
			chunk,
			articles: Array.from({ length: SIZE }, (_, i) => ({
				id: `a${chunk * SIZE + i}`,
				title: `Title ${chunk * SIZE + i}`,
				outlet: 'Outlet',
				published: '2020-02-07',
				datePrecision: 'day'
			}))
		});
		pending.delete(chunk);
		await Promise.resolve();
	};
	const fail = async (chunk: number) => {
		pending.get(chunk)!.reject(new Error(`/data/chronology/${chunk}.json: HTTP 503`));
		pending.delete(chunk);
		await Promise.resolve();
	};
	return { load, asked, answer, fail };
}

describe('ChronologyState', () => {
	it('fetches only the chunks holding the positions listed, once each', async () => {
		const f = fakeLoader();
		const state = new ChronologyState(f.load, SIZE);
		state.want([3, 25, 27]);
		expect(f.asked).toEqual([0, 2]);
		expect(state.loading).toBe(true);
		state.want([4, 26]);
		expect(f.asked).toEqual([0, 2]);
		await f.answer(2);
		expect(state.article(27)).toMatchObject({ id: 'a27', title: 'Title 27' });
		expect(state.article(3)).toBeUndefined();
		expect(state.loading).toBe(true);
		await f.answer(0);
		expect(state.loading).toBe(false);
		state.want([3, 25]);
		expect(f.asked).toEqual([0, 2]);
	});

	it('reports a failure and asks again on retry', async () => {
		const f = fakeLoader();
		const state = new ChronologyState(f.load, SIZE);
		state.want([12]);
		await f.fail(1);
		expect(state.error).toBe('/data/chronology/1.json: HTTP 503');
		expect(state.loading).toBe(false);
		state.retry();
		expect(state.error).toBeUndefined();
		expect(f.asked).toEqual([1, 1]);
		await f.answer(1);
		expect(state.article(12)?.id).toBe('a12');
	});

	it('shows a page more for the list "Show more" was used on, and a page for any other', () => {
		const state = new ChronologyState(fakeLoader().load, SIZE);
		expect(state.limit('2020-02-06|2020-02-07|newest')).toBe(CHRONOLOGY_PAGE);
		state.more('2020-02-06|2020-02-07|newest');
		state.more('2020-02-06|2020-02-07|newest');
		expect(state.limit('2020-02-06|2020-02-07|newest')).toBe(3 * CHRONOLOGY_PAGE);
		expect(state.limit('2020-02-06|2020-02-07|oldest')).toBe(CHRONOLOGY_PAGE);
		state.more('|2020-02-07|oldest');
		expect(state.limit('2020-02-06|2020-02-07|newest')).toBe(CHRONOLOGY_PAGE);
	});
});
