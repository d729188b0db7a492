import { describe, expect, it } from 'vitest';
import type { Place } from '../places/schema';
import type { PublishedArticle } from './dataset';
import { readerPages } from './reader';

const place = (id: string, name: string): Place => ({
	id,
	file: 'p.geojson',
	name,
	aliases: [name],
	kind: 'town',
	precision: 'exact',
	sources: ['t'],
	geometry: { type: 'Point', coordinates: [36, 35] }
});

const article: PublishedArticle = {
	id: 'a1',
	title: 'T',
	outlet: 'O',
	published: '2020-02-07',
	datePrecision: 'day',
	body: 'Hama, then Saraqeb, then Hama again.',
	mentions: [
		{ place: 'hama', start: 0, end: 4, surface: 'Hama' },
		{ place: 'saraqeb', start: 11, end: 18, surface: 'Saraqeb' },
		{ place: 'hama', start: 25, end: 29, surface: 'Hama' }
	]
};

describe('readerPages', () => {
	const page = readerPages({
		articles: [article],
		places: [place('saraqeb', 'Saraqeb'), place('hama', 'Hama')],
		events: []
	});

	it('lists the places in order of first mention with their counts', () => {
		expect(page('a1')?.places).toEqual([
			{ id: 'hama', name: 'Hama', kind: 'town', count: 2 },
			{ id: 'saraqeb', name: 'Saraqeb', kind: 'town', count: 1 }
		]);
		expect(page('a1')).toMatchObject({ id: 'a1', body: article.body, mentions: article.mentions });
	});

	it('has no page for an unknown id', () => {
		expect(page('nope')).toBeUndefined();
	});
});
