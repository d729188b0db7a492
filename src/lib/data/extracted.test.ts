import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../events/schema';
import { eventSchema } from '../events/schema';
import type { Place } from '../places/schema';
import type { PublishedArticle } from './dataset';
import { extractedEventId, extractedEvents, extractedLabel, withoutReviewed } from './extracted';

const place = (id: string, name: string, kind: Place['kind']): Place => ({
	id,
	file: 'places.geojson',
	name,
	aliases: [name],
	kind,
	precision: 'exact',
	sources: ['invented for a test'],
	geometry: { type: 'Point', coordinates: [36, 35] }
});

const PLACES = [place('qarnaz', 'Qarnaz', 'town'), place('dalbur', 'Dalbur', 'town')];
const BODY = 'Troops entered Qarnaz and Dalbur on Thursday. Nothing more.';
const ARTICLE: PublishedArticle = {
	id: '2020-02-07-troops-enter-qarnaz',
	title: 'Troops enter Qarnaz',
	outlet: 'Test Wire',
	published: '2020-02-07',
	datePrecision: 'day',
	body: BODY,
	mentions: [
		{ place: 'qarnaz', start: 15, end: 21, surface: 'Qarnaz' },
		{ place: 'dalbur', start: 26, end: 32, surface: 'Dalbur' }
	]
};

describe('extractedEvents', () => {
	it('makes each candidate an unreviewed record with its article sentence, a valid stable id and a label', () => {
		const [event, ...rest] = extractedEvents([ARTICLE], PLACES);
		expect(rest).toEqual([]);
		expect(event).toMatchObject({
			places: ['qarnaz', 'dalbur'],
			kind: 'entered',
			date: '2020-02-06',
			datePrecision: 'day',
			label: 'Qarnaz, Dalbur: entered',
			source: {
				article: ARTICLE.id,
				start: 0,
				end: 45,
				sentence: 'Troops entered Qarnaz and Dalbur on Thursday.'
			},
			extracted: true
		});
		expect(event!.id).toBe(extractedEventId(ARTICLE.id, 0, 'qarnaz', 'entered'));
		const curated: Record<string, unknown> = { ...event };
		delete curated.extracted;
		delete curated.confidence;
		expect(eventSchema.safeParse(curated).success).toBe(true);
		expect(extractedEvents([ARTICLE], PLACES)[0]!.id).toBe(event!.id);
	});

	it('derives ids that differ by article, sentence, place and kind, and slugs odd place ids', () => {
		const ids = new Set([
			extractedEventId('a', 0, 'qarnaz', 'entered'),
			extractedEventId('b', 0, 'qarnaz', 'entered'),
			extractedEventId('a', 1, 'qarnaz', 'entered'),
			extractedEventId('a', 0, 'dalbur', 'entered'),
			extractedEventId('a', 0, 'qarnaz', 'captured')
		]);
		expect(ids.size).toBe(5);
		expect(extractedEventId('a', 0, 'geonames:123', 'attacked')).toMatch(
			/^geonames-123-attacked-x[0-9a-z]+$/
		);
		expect(extractedLabel(['x'.repeat(200)], 'captured')).toHaveLength(120);
	});
});

describe('withoutReviewed', () => {
	const [found] = extractedEvents([ARTICLE], PLACES);
	const reviewed = (over: Partial<EventRecord>): EventRecord => ({
		id: 'qarnaz-entered-2020-02-06',
		places: ['qarnaz'],
		date: '2020-02-06',
		datePrecision: 'day',
		kind: 'entered',
		label: 'Troops enter Qarnaz',
		source: { outlet: 'Other Wire', url: 'https://example.org/a', published: '2020-02-07', quote: 'q' },
		extracted: false,
		...over
	});

	it('drops the places a reviewed event already holds by date, keeping the id', () => {
		const [left] = withoutReviewed([found!], [reviewed({})]);
		expect(left?.places).toEqual(['dalbur']);
		expect(left?.id).toBe(found!.id);
	});

	it('drops the places a reviewed event holds by the same sentence, and the event with no place left', () => {
		const sameSentence = reviewed({
			places: ['qarnaz', 'dalbur'],
			date: '2020-02-07',
			datePrecision: 'reported',
			source: {
				article: ARTICLE.id,
				start: 0,
				end: 45,
				sentence: 'Troops entered Qarnaz and Dalbur on Thursday.'
			}
		});
		expect(withoutReviewed([found!], [sameSentence])).toEqual([]);
	});

	it('keeps an extracted event that a reviewed one of another kind or day does not cover', () => {
		expect(withoutReviewed([found!], [reviewed({ kind: 'captured' })])).toEqual([found]);
		expect(withoutReviewed([found!], [reviewed({ date: '2020-02-05' })])).toEqual([found]);
	});
});
