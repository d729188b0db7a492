import { describe, expect, it } from 'vitest';
import type { PublishedArticle } from '../data/dataset';
import type { ExplorerPlace } from '../data/explorer-data';
import { buildArticleIndex } from '../data/search-index';
import { articleSearch, combineHits, placeSearch, type SearchHit } from './search';

const place = (id: string, name: string, aliases: string[]): ExplorerPlace => ({
	type: 'Feature',
	id,
	geometry: { type: 'Point', coordinates: [36, 35] },
	properties: { name, aliases, kind: 'town', precision: 'exact', mentionCount: 0 }
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

describe('place search', () => {
	const search = placeSearch([place('saraqeb', 'Saraqeb', ['Saraqib', 'Sarāqib'])]);

	it('finds places by alias with diacritics folded', () => {
		expect(search('sarāqib')[0]).toMatchObject({
			type: 'place',
			id: 'saraqeb',
			label: 'Saraqeb',
			detail: 'town'
		});
		expect(search('SARAQIB')[0]?.id).toBe('saraqeb');
	});

	it('returns nothing for an empty query', () => {
		expect(search('   ')).toEqual([]);
	});
});

describe('article search', () => {
	it('finds articles by words in their text, from the serialised index', () => {
		const json = JSON.parse(JSON.stringify(buildArticleIndex([article])));
		expect(articleSearch(json)('tanks hatay')).toEqual([
			{
				type: 'article',
				id: 'a1',
				label: article.title,
				detail: 'Test, 2020-02-07',
				outlet: 'Test',
				date: '2020-02-07',
				position: 0
			}
		]);
	});

	it('leaves out the articles the outlet filter refuses before taking the limit', () => {
		const articles = Array.from({ length: 12 }, (_, i) => ({ ...article, id: `a${i}` }));
		const search = articleSearch(JSON.parse(JSON.stringify(buildArticleIndex(articles))));
		expect(search('tanks', 8)).toHaveLength(8);
		const odd = search('tanks', 8, (position) => position % 2 === 1);
		expect(odd.map((h) => h.position).sort((a, b) => a! - b!)).toEqual([1, 3, 5, 7, 9, 11]);
		expect(search('tanks', 8, () => false)).toEqual([]);
	});
});

describe('combineHits', () => {
	const hits = (type: SearchHit['type'], n: number): SearchHit[] =>
		Array.from({ length: n }, (_, i) => ({ type, id: `${type}${i}`, label: '', detail: '' }));

	it('lists places first and keeps room for articles', () => {
		expect(combineHits(hits('place', 8), []).map((h) => h.id)).toHaveLength(8);
		const mixed = combineHits(hits('place', 8), hits('article', 8));
		expect(mixed.map((h) => h.type)).toEqual([...Array(4).fill('place'), ...Array(4).fill('article')]);
		expect(combineHits(hits('place', 1), hits('article', 8))).toHaveLength(8);
	});
});
