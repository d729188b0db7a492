import { describe, expect, it } from 'vitest';
import type { PublishedArticle, PublishedPlace } from '../data/dataset';
import { buildSearchIndex } from './search';

const place = (id: string, name: string, aliases: string[]): PublishedPlace => ({
	type: 'Feature',
	id,
	geometry: { type: 'Point', coordinates: [36, 35] },
	properties: {
		name,
		aliases,
		kind: 'town',
		precision: 'exact',
		sources: ['t'],
		articles: [],
		mentionCount: 0
	}
});
const article: PublishedArticle = {
	id: 'a1',
	title: 'Convoy reaches the border',
	outlet: 'Test',
	published: '2020-02-07',
	datePrecision: 'day',
	body: 'Ankara sent about 20 tanks to Hatay, along the Syrian border.',
	mentions: []
};

describe('search', () => {
	const search = buildSearchIndex([place('saraqeb', 'Saraqeb', ['Saraqib', 'Sarāqib'])], [article]);

	it('finds places by alias with diacritics folded', () => {
		expect(search('sarāqib')[0]).toMatchObject({ type: 'place', id: 'saraqeb' });
		expect(search('SARAQIB')[0]?.id).toBe('saraqeb');
	});

	it('finds articles by words in their text', () => {
		expect(search('tanks hatay')).toEqual([
			{ type: 'article', id: 'a1', label: article.title, detail: 'Test, 2020-02-07' }
		]);
	});

	it('returns nothing for an empty query', () => {
		expect(search('   ')).toEqual([]);
	});
});
