import { describe, expect, it } from 'vitest';
import type { ChronologyPart } from '../data/explorer-data';
import { CHRONOLOGY_PAGE } from './chronology';
import { ChronologyState } from './chronology-state.svelte';

const SIZE = 10;

/** A loader whose requests wait until the test answers or fails them; February 2020's parts hold 0…29. */
function fakeLoader() {
	const pending = new Map<string, { resolve: (c: ChronologyPart) => void; reject: (e: Error) => void }>();
	const asked: string[] = [];
	const load = (month: string, part: number) =>
		new Promise<ChronologyPart>((resolve, reject) => {
			asked.push(`${month}/${part}`);
			pending.set(`${month}/${part}`, { resolve, reject });
		});
	const answer = async (part: number, month = '2020-02') => {
		pending.get(`${month}/${part}`)!.resolve({
			month: '2020-02',
			part,
			articles: Array.from({ length: SIZE }, (_, i) => ({
				id: `a${part * SIZE + i}`,
				title: `Title ${part * SIZE + i}`,
				outlet: 'Outlet',
				published: '2020-02-07',
				datePrecision: 'day',
				position: part * SIZE + i,
				outletId: 'outlet',
				places: ['saraqeb']
			}))
		});
		pending.delete(`${month}/${part}`);
		await Promise.resolve();
	};
	const fail = async (part: number) => {
		pending.get(`2020-02/${part}`)!.reject(new Error(`/data/chronology/2020-02/${part}.json: HTTP 503`));
		pending.delete(`2020-02/${part}`);
		await Promise.resolve();
	};
	return { load, asked, answer, fail };
}

const key = (part: number, month = '2020-02') => ({ month, part });

describe('ChronologyState', () => {
	it('fetches only the parts asked for, once each, and finds their articles by position', async () => {
		const f = fakeLoader();
		const state = new ChronologyState(f.load);
		state.want([key(2), key(1)]);
		expect(f.asked).toEqual(['2020-02/2', '2020-02/1']);
		expect(state.loading).toBe(true);
		state.want([key(2)]);
		expect(f.asked).toHaveLength(2);
		await f.answer(2);
		expect(state.part(key(2))).toHaveLength(SIZE);
		expect(state.article(27)).toMatchObject({ id: 'a27', title: 'Title 27', places: ['saraqeb'] });
		expect(state.article(13)).toBeUndefined();
		expect(state.loading).toBe(true);
		await f.answer(1);
		expect(state.loading).toBe(false);
		state.want([key(2), key(1)]);
		expect(f.asked).toHaveLength(2);
	});

	it('refuses a part that is not the one asked for', async () => {
		const f = fakeLoader();
		const state = new ChronologyState(f.load);
		state.want([key(0, '2019-01')]);
		await f.answer(0, '2019-01');
		expect(state.error).toMatch(/data\/chronology\/2019-01\/0\.json: holds 2020-02\/0/);
		expect(state.part(key(0, '2019-01'))).toBeUndefined();
	});

	it('reports a failure and asks again on retry', async () => {
		const f = fakeLoader();
		const state = new ChronologyState(f.load);
		state.want([key(1)]);
		await f.fail(1);
		expect(state.error).toBe('/data/chronology/2020-02/1.json: HTTP 503');
		expect(state.loading).toBe(false);
		state.retry();
		expect(state.error).toBeUndefined();
		expect(f.asked).toEqual(['2020-02/1', '2020-02/1']);
		await f.answer(1);
		expect(state.article(12)?.id).toBe('a12');
	});

	it('shows a page more for the list "Show more" was used on, and a page for any other', () => {
		const state = new ChronologyState(fakeLoader().load);
		expect(state.limit('2020-02-06|2020-02-07|newest')).toBe(CHRONOLOGY_PAGE);
		state.more('2020-02-06|2020-02-07|newest');
		state.more('2020-02-06|2020-02-07|newest');
		expect(state.limit('2020-02-06|2020-02-07|newest')).toBe(3 * CHRONOLOGY_PAGE);
		expect(state.limit('2020-02-06|2020-02-07|oldest')).toBe(CHRONOLOGY_PAGE);
		state.more('|2020-02-07|oldest');
		expect(state.limit('2020-02-06|2020-02-07|newest')).toBe(CHRONOLOGY_PAGE);
	});
});
