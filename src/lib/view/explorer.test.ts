import { describe, expect, it } from 'vitest';
import type { PlacesCollection, PublishedArticle } from '../data/dataset';
import { panelEntries, placeViews } from './explorer';

const place = (id: string, extra: Record<string, unknown> = {}) => ({
	type: 'Feature' as const,
	id,
	geometry: { type: 'Point' as const, coordinates: [36, 35] },
	properties: {
		name: id,
		aliases: [id],
		kind: 'town' as const,
		precision: 'exact' as const,
		sources: ['test'],
		articles: [],
		mentionCount: 0,
		...extra
	}
});

const PLACES: PlacesCollection = {
	type: 'FeatureCollection',
	features: [
		place('saraqeb', { events: [{ date: '2020-02-06', label: 'Entered' }] }),
		place('posts', { kind: 'observation-post' }),
		place('post-1', { kind: 'observation-post', partOf: 'posts', established: '2018-02' }),
		place('aleppo')
	]
};

const article = (id: string, published: string, places: string[]): PublishedArticle => ({
	id,
	title: id,
	outlet: 'Test',
	published,
	datePrecision: 'day',
	body: places.join(' '),
	mentions: places.map((p, i) => ({ place: p, start: i, end: i + 1, surface: 'x' }))
});

const ARTICLES = [
	article('a-2018', '2018-01-10', ['aleppo', 'posts']),
	article('b-2020', '2020-02-07', ['saraqeb', 'saraqeb']),
	article('c-2020', '2020-02-19', ['saraqeb', 'aleppo'])
];

describe('placeViews', () => {
	it('counts articles in range and fades places without any', () => {
		const v = placeViews(PLACES, ARTICLES, { from: '2020-02-01', to: '2020-02-29' });
		expect(v.get('saraqeb')).toEqual({ active: true, exists: true, count: 2, event: true });
		expect(v.get('aleppo')).toMatchObject({ active: true, count: 1 });
		expect(v.get('posts')).toMatchObject({ active: false, count: 0 });
	});

	it('hides a post before it was established and lights it with its group', () => {
		expect(placeViews(PLACES, ARTICLES, { to: '2018-01-31' }).get('post-1')).toEqual({
			active: false,
			exists: false,
			count: 0,
			event: false
		});
		expect(placeViews(PLACES, ARTICLES, {}).get('post-1')).toMatchObject({
			active: true,
			exists: true,
			count: 1
		});
	});

	it('shows an event only when its day is in range (inclusive)', () => {
		expect(placeViews(PLACES, ARTICLES, { from: '2020-02-06', to: '2020-02-06' }).get('saraqeb')?.event).toBe(
			true
		);
		expect(placeViews(PLACES, ARTICLES, { from: '2020-02-07' }).get('saraqeb')?.event).toBe(false);
		expect(placeViews(PLACES, ARTICLES, {}).get('saraqeb')?.event).toBe(false);
	});
});

describe('panelEntries', () => {
	it('lists articles in range, newest first, with the mention indexes', () => {
		const e = panelEntries(PLACES.features[0]!, ARTICLES, {});
		expect(e.map((x) => [x.article.id, x.mentionIndexes])).toEqual([
			['c-2020', [0]],
			['b-2020', [0, 1]]
		]);
		expect(
			panelEntries(PLACES.features[0]!, ARTICLES, { to: '2020-02-18' }).map((x) => x.article.id)
		).toEqual(['b-2020']);
	});

	it('lists articles naming only the group for a member', () => {
		const [entry] = panelEntries(PLACES.features[2]!, ARTICLES, {});
		expect(entry).toMatchObject({ viaGroup: true, mentionIndexes: [1] });
		expect(entry?.article.id).toBe('a-2018');
	});
});
