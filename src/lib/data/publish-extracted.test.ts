import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../events/schema';
import type { Place } from '../places/schema';
import type { Dataset, PublishedArticle } from './dataset';
import type { ExtractedEventRecord } from './extracted-files';
import {
	extractedRecords,
	monthPages,
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

	it('cuts a place’s events from the oldest end, each file newest first, every span in the head', () => {
		const head = pages.head('qarnaz')!;
		expect(head.events.map((e) => e.id)).toEqual(['e4', 'e2']);
		expect(head.pages.map(({ from: _from, ...span }) => span)).toEqual([
			// A month event spans its month; a week event its seven days, into February.
			{ first: '2020-01-30', last: '2020-02-29', count: 2, page: 0 },
			{ first: '2020-02-03', last: '2020-02-10', count: 2 }
		]);
		// Each file's oldest event, where its span of the list starts for the next build.
		expect(head.pages.map((span) => span.from?.[1])).toEqual(['e1', 'e2']);
		// Kept by a later build with those spans: the same files.
		const again = publishExtractedPlaces(DATASET, 2, undefined, (id) =>
			id === 'qarnaz' ? head.pages : undefined
		);
		expect(again.head('qarnaz')).toEqual(head);
		expect(again.page('qarnaz', 0)).toEqual(pages.page('qarnaz', 0));
		const sealed = pages.page('qarnaz', 0)!;
		expect(sealed.events.map((e) => e.id)).toEqual(['e3', 'e1']);
		expect(sealed).not.toHaveProperty('pages');
		expect(pages.page('qarnaz', 1)).toBeUndefined();
		// In pages of one, three are sealed and the head keeps the newest.
		const ones = publishExtractedPlaces(DATASET, 1);
		expect(ones.head('qarnaz')!.events.map((e) => e.id)).toEqual(['e4']);
		expect([0, 1, 2].map((k) => ones.page('qarnaz', k)!.events.map((e) => e.id))).toEqual([
			['e1'],
			['e3'],
			['e2']
		]);
	});

	it('gives a head to every place the panel lists articles for, and no file to the others', () => {
		expect(pages.head('group')).toEqual({
			place: 'group',
			events: [],
			pages: [{ first: '', last: '', count: 0 }]
		});
		// A member's panel lists its group's articles.
		expect(pages.head('member')?.events).toEqual([]);
		expect(pages.head('silent')).toBeUndefined();
		expect(pages.head('nowhere')).toBeUndefined();
		expect(pages.page('qarnaz', -1)).toBeUndefined();
		expect(pages.page('qarnaz', 0.5)).toBeUndefined();
		expect(pages.keys).toEqual([
			{ place: 'qarnaz', page: 'head' },
			{ place: 'qarnaz', page: 0 },
			{ place: 'dalbur', page: 'head' },
			{ place: 'group', page: 'head' },
			{ place: 'member', page: 'head' }
		]);
	});

	it('lists an event at each of its places', () => {
		expect(pages.head('dalbur')!.events.map((e) => e.id)).toEqual(['e2']);
	});
});

describe('publishExtractedMonths', () => {
	const months = publishExtractedMonths(DATASET);

	it('files each event under the month of its date, oldest first, and counts them', () => {
		expect(months.counts).toEqual([
			['2020-01', 1, 1],
			['2020-02', 3, 1]
		]);
		expect(months.month('2020-02', 0)).toMatchObject({ month: '2020-02', page: 0 });
		expect(months.month('2020-02', 0)!.events.map((e) => e.id)).toEqual(['e3', 'e2', 'e4']);
		expect(months.month('2020-02', 1)).toBeUndefined();
		expect(months.month('2020-03', 0)).toBeUndefined();
	});

	it('cuts a month into files by its limits, oldest first, and counts the files', () => {
		const split = publishExtractedMonths(DATASET, undefined, { events: 2, bytes: 100_000 });
		expect(split.counts).toEqual([
			['2020-01', 1, 1],
			['2020-02', 3, 2]
		]);
		expect(split.month('2020-02', 0)!.events.map((e) => e.id)).toEqual(['e3', 'e2']);
		expect(split.month('2020-02', 1)).toMatchObject({ month: '2020-02', page: 1 });
		expect(split.month('2020-02', 1)!.events.map((e) => e.id)).toEqual(['e4']);
		expect(split.month('2020-02', -1)).toBeUndefined();
	});
});

describe('monthPages', () => {
	const rec = (id: string, sentence = 'A sentence.'): ExtractedEventRecord => ({
		id,
		places: ['qarnaz'],
		date: '2020-02-03',
		datePrecision: 'day',
		kind: 'attacked',
		label: 'Qarnaz: attacked',
		confidence: 0.8,
		source: {
			article: 'a1',
			start: 0,
			end: sentence.length,
			sentence,
			outlet: 'Test Wire',
			published: '2020-02-04'
		}
	});
	const bytes = (month: string, page: number, events: ExtractedEventRecord[]) =>
		new TextEncoder().encode(JSON.stringify({ month, page, events })).length;

	it('closes a file at the event limit', () => {
		const events = Array.from({ length: 5 }, (_, i) => rec(`e${i}`));
		expect(monthPages('2020-02', events, { events: 2, bytes: 1e9 }).map((p) => p.map((e) => e.id))).toEqual([
			['e0', 'e1'],
			['e2', 'e3'],
			['e4']
		]);
	});

	it('keeps every file within the byte limit, counting text as UTF-8, and in order', () => {
		const events = Array.from({ length: 40 }, (_, i) =>
			rec(`e${i}`, 'قصف مدفعي على البلدة. '.repeat((i % 7) + 1))
		);
		const limit = 2_000;
		const pages = monthPages('2020-02', events, { events: 200, bytes: limit });
		expect(pages.length).toBeGreaterThan(3);
		pages.forEach((p, k) => expect(bytes('2020-02', k, p)).toBeLessThanOrEqual(limit));
		expect(pages.flat().map((e) => e.id)).toEqual(events.map((e) => e.id));
		// Each file is full: its next file's first event would not have fitted (page numbers of up to three digits allowed for).
		for (let k = 0; k + 1 < pages.length; k++)
			expect(bytes('2020-02', 999, [...pages[k]!, pages[k + 1]![0]!])).toBeGreaterThan(limit);
	});

	it('gives an event larger than the byte limit a file of its own', () => {
		const pages = monthPages('2020-02', [rec('small'), rec('huge', 'x'.repeat(500)), rec('after')], {
			events: 200,
			bytes: 300
		});
		expect(pages.map((p) => p.map((e) => e.id))).toEqual([['small'], ['huge'], ['after']]);
	});
});

describe('pageSpan', () => {
	it('is empty for no events', () => {
		expect(pageSpan([])).toEqual({ first: '', last: '', count: 0 });
	});
});
