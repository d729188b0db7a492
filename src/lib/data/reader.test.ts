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
		expect(page('a1')?.events).toEqual([]);
	});

	it('carries the events the article is the source of, in text order, with their places named', () => {
		const base = { datePrecision: 'day', kind: 'entered', extracted: false } as const;
		const withEvents = readerPages({
			articles: [article],
			places: [place('saraqeb', 'Saraqeb'), place('hama', 'Hama')],
			events: [
				{
					...base,
					id: 'late',
					places: ['hama', 'saraqeb'],
					date: '2020-02-06',
					label: 'Both',
					source: { article: 'a1', start: 25, end: 36, sentence: 'Hama again.' }
				},
				{
					...base,
					id: 'early',
					places: ['saraqeb'],
					date: '2020-02-05',
					label: 'One',
					source: { article: 'a1', start: 0, end: 24, sentence: 'Hama, then Saraqeb, then' }
				},
				{
					...base,
					id: 'outside',
					places: ['hama'],
					date: '2020-02-05',
					label: 'Elsewhere',
					source: { outlet: 'X', url: 'https://example.org/', published: '2020-02-05', quote: 'q' }
				}
			]
		});
		expect(withEvents('a1')?.events).toEqual([
			{
				...base,
				id: 'early',
				date: '2020-02-05',
				label: 'One',
				places: [{ id: 'saraqeb', name: 'Saraqeb' }],
				start: 0,
				end: 24
			},
			{
				...base,
				id: 'late',
				date: '2020-02-06',
				label: 'Both',
				places: [
					{ id: 'hama', name: 'Hama' },
					{ id: 'saraqeb', name: 'Saraqeb' }
				],
				start: 25,
				end: 36
			}
		]);
	});

	it('has no page for an unknown id', () => {
		expect(page('nope')).toBeUndefined();
	});
});
