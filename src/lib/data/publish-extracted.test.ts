import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../events/schema';
import type { Place } from '../places/schema';
import type { Dataset, PublishedArticle } from './dataset';
import {
	extractedRecords,
	pageSpan,
	publishExtractedMonths,
	publishExtractedPlaces
} from './publish-extracted';

const place = (id: string, partOf?: string): Place => ({
	id,
	file: 'places.geojson',
	name: id,
	aliases: [id],
	kind: 'town',
	precision: 'exact',
	sources: ['invented for a test'],
	geometry: { type: 'Point', coordinates: [36, 35] },
	...(partOf ? { partOf } : {})
});

const article = (id: string, published: string, places: string[]): PublishedArticle => ({
	id,
	title: `Title ${id}`,
	outlet: 'Test Wire',
	published,
	datePrecision: 'day',
	body: places.join(' and ') + '.',
	mentions: places.map((p, i) => ({ place: p, start: i, end: i + 1, surface: p }))
});

const found = (id: string, places: string[], date: string, precision: EventRecord['datePrecision'] = 'day') =>
	({
		id,
		places,
		date,
		datePrecision: precision,
		kind: 'attacked',
		label: `${places.join(', ')}: attacked`,
		source: { article: 'a1', start: 0, end: 5, sentence: `Sentence of ${id}.` },
		extracted: true,
		confidence: 0.8
	}) satisfies EventRecord;

const DATASET: Dataset = {
	places: [place('qarnaz'), place('dalbur'), place('group'), place('member', 'group'), place('silent')],
	articles: [article('a1', '2020-02-20', ['qarnaz', 'dalbur', 'group'])],
	events: [
		found('e1', ['qarnaz'], '2020-01-30', 'week'),
		found('e3', ['qarnaz'], '2020-02-01', 'month'),
		found('e2', ['qarnaz', 'dalbur'], '2020-02-03'),
		{
			id: 'reviewed',
			places: ['qarnaz'],
			date: '2020-02-04',
			datePrecision: 'day',
			kind: 'captured',
			label: 'Captured',
			source: { article: 'a1', start: 0, end: 5, sentence: 'Reviewed.' },
			file: 'events/x.json',
			extracted: false
		},
		found('e4', ['qarnaz'], '2020-02-10')
	]
};

describe('extractedRecords', () => {
	it('keeps only the extracted events, in the dataset order, with their source resolved', () => {
		const records = extractedRecords(DATASET);
		expect(records.map((e) => e.id)).toEqual(['e1', 'e3', 'e2', 'e4']);
		expect(records[2]).toEqual({
			id: 'e2',
			places: ['qarnaz', 'dalbur'],
			date: '2020-02-03',
			datePrecision: 'day',
			kind: 'attacked',
			label: 'qarnaz, dalbur: attacked',
			confidence: 0.8,
			source: {
				article: 'a1',
				start: 0,
				end: 5,
				sentence: 'Sentence of e2.',
				outlet: 'Test Wire',
				outletId: 'test-wire',
				published: '2020-02-20'
			}
		});
	});

	it('names the curated outlet id of the source article, as the outlet filter knows it', () => {
		const curated: Dataset = {
			...DATASET,
			outlets: [
				{
					id: 'wire',
					name: 'The Wire Service',
					aliases: ['Test Wire'],
					kind: 'wire',
					basis: 'invented for a test',
					source: 'https://example.org/about'
				}
			]
		};
		expect(new Set(extractedRecords(curated).map((e) => e.source.outletId))).toEqual(new Set(['wire']));
	});
});

describe('publishExtractedPlaces', () => {
	const pages = publishExtractedPlaces(DATASET, 2);

	it('pages a place newest first, with every page’s span and count in page 0', () => {
		const first = pages.page('qarnaz', 0)!;
		expect(first.events.map((e) => e.id)).toEqual(['e4', 'e2']);
		expect(first.pages).toEqual([
			{ first: '2020-02-03', last: '2020-02-10', count: 2 },
			// A month event spans its month; a week event its seven days, into February.
			{ first: '2020-01-30', last: '2020-02-29', count: 2 }
		]);
		const second = pages.page('qarnaz', 1)!;
		expect(second.events.map((e) => e.id)).toEqual(['e3', 'e1']);
		expect(second.pages).toBeUndefined();
		expect(pages.page('qarnaz', 2)).toBeUndefined();
	});

	it('gives page 0 to every place the panel lists articles for, and none to the others', () => {
		expect(pages.page('group', 0)).toEqual({ place: 'group', page: 0, events: [], pages: [] });
		// A member's panel lists its group's articles.
		expect(pages.page('member', 0)?.events).toEqual([]);
		expect(pages.page('silent', 0)).toBeUndefined();
		expect(pages.page('nowhere', 0)).toBeUndefined();
		expect(pages.page('qarnaz', -1)).toBeUndefined();
		expect(pages.page('qarnaz', 0.5)).toBeUndefined();
		expect(pages.keys).toEqual([
			{ place: 'qarnaz', page: 0 },
			{ place: 'qarnaz', page: 1 },
			{ place: 'dalbur', page: 0 },
			{ place: 'group', page: 0 },
			{ place: 'member', page: 0 }
		]);
	});

	it('lists an event at each of its places', () => {
		expect(pages.page('dalbur', 0)!.events.map((e) => e.id)).toEqual(['e2']);
	});
});

describe('publishExtractedMonths', () => {
	const months = publishExtractedMonths(DATASET);

	it('files each event under the month of its date, oldest first, and counts them', () => {
		expect(months.counts).toEqual([
			['2020-01', 1],
			['2020-02', 3]
		]);
		expect(months.month('2020-02')!.events.map((e) => e.id)).toEqual(['e3', 'e2', 'e4']);
		expect(months.month('2020-03')).toBeUndefined();
	});
});

describe('pageSpan', () => {
	it('is empty for no events', () => {
		expect(pageSpan([])).toEqual({ first: '', last: '', count: 0 });
	});
});
