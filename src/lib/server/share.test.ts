import { describe, expect, it } from 'vitest';
import type { Dataset, PublishedArticle } from '../data/dataset';
import type { Place } from '../places/schema';
import { corpusSpan, explorerDescription, explorerHeadTags, placeShares, yearSpan } from './share';

const place = (id: string, name: string, description?: string): Place => ({
	id,
	file: 'p.geojson',
	name,
	aliases: [name],
	kind: 'town',
	precision: 'exact',
	sources: ['t'],
	geometry: { type: 'Point', coordinates: [36.8, 35.86] },
	...(description ? { description } : {})
});

const article = (id: string, published: string, places: string[]): PublishedArticle => ({
	id,
	title: id,
	outlet: 'O',
	published,
	datePrecision: 'day',
	body: '',
	mentions: places.map((p, i) => ({ place: p, start: i, end: i + 1, surface: 'x' }))
});

const dataset: Dataset = {
	places: [
		place('saraqeb', 'Saraqeb', 'A town on the M5.'),
		place('hama', 'Hama'),
		place('kafr', 'Kafr <b>')
	],
	articles: [
		article('a', '2018-01-10', ['saraqeb', 'saraqeb']),
		article('b', '2020-02-07', ['saraqeb', 'hama']),
		article('c', '2025-06-01', [])
	],
	events: []
};

describe('the explorer’s description', () => {
	it('says how many reports over which years, from the data', () => {
		expect(yearSpan(corpusSpan(dataset))).toBe('2018–2025');
		expect(explorerDescription(corpusSpan(dataset))).toMatch(
			/^The places named in 3 news reports .* \(2018–2025\),/
		);
		expect(yearSpan(corpusSpan({ articles: dataset.articles.slice(1, 2) }))).toBe('2020');
	});

	it('writes description and Open Graph tags, og:url only with a site address', () => {
		const tags = explorerHeadTags(corpusSpan(dataset), undefined);
		expect(tags).toContain('<meta name="description" content="The places named in 3 news reports');
		expect(tags).toContain('<meta property="og:type" content="website">');
		expect(tags).toContain('<meta property="og:site_name" content="Idlib explorer">');
		expect(tags).not.toContain('og:url');
		expect(explorerHeadTags(corpusSpan(dataset), 'https://x.example')).toContain(
			'<meta property="og:url" content="https://x.example/">'
		);
	});
});

describe('placeShares', () => {
	const shares = placeShares(dataset);

	it('counts the articles naming each place, once per article, with their years', () => {
		expect(shares.get('saraqeb')).toEqual({
			id: 'saraqeb',
			name: 'Saraqeb',
			kind: 'town',
			description: 'A town on the M5. Named in 2 articles of the corpus (2018–2020).',
			articles: 2
		});
		expect(shares.get('hama')?.description).toBe('Named in 1 article of the corpus (2020).');
		expect(shares.get('kafr')?.description).toBe('No article of the corpus names it yet.');
	});
});
