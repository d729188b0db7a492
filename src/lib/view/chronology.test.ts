import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber } from '../core/dates';
import { articleInRange, type DateRange, type Dated } from '../core/range';
import { deltaEncode } from '../data/delta';
import type { ExplorerData, ExplorerEvent, ExplorerPlace } from '../data/explorer-data';
import {
	chronology,
	eventSpan,
	eventsInRange,
	isChronologyOrder,
	placesOfArticle,
	positionsInRange,
	type ChronologyItem
} from './chronology';
import { buildRangeIndex, rangeBounds } from './range-index';

const event = (
	id: string,
	date: string,
	datePrecision: ExplorerEvent['datePrecision'] = 'day',
	places = ['saraqeb']
): ExplorerEvent => ({
	id,
	places,
	date,
	datePrecision,
	kind: 'entered',
	label: id,
	extracted: false,
	source: { type: 'outside', outlet: 'Fixture', url: 'https://example.org/', published: date }
});

const place = (id: string, partOf?: string): ExplorerPlace => ({
	type: 'Feature',
	id,
	geometry: { type: 'Point', coordinates: [36, 35] },
	properties: { name: id, aliases: [id], kind: 'town', precision: 'exact', mentionCount: 0, partOf }
});

const ARTICLES: Dated[] = [
	{ published: '2018-01-10', datePrecision: 'day' },
	{ published: '2020-02-01', datePrecision: 'month' },
	{ published: '2020-02-01', datePrecision: 'day' },
	{ published: '2020-02-06', datePrecision: 'day' },
	{ published: '2020-02-07', datePrecision: 'day' },
	{ published: '2020-02-07', datePrecision: 'day' },
	{ published: '2020-02-19', datePrecision: 'day' }
];

function data(articles: Dated[], events: ExplorerEvent[] = []): ExplorerData {
	return {
		places: {
			type: 'FeatureCollection',
			features: [place('saraqeb'), place('posts'), place('post-1', 'posts')]
		},
		days: deltaEncode(articles.map((a) => dayNumber(a.published))),
		monthPrecision: deltaEncode(articles.flatMap((a, i) => (a.datePrecision === 'month' ? [i] : []))),
		links: [deltaEncode([3, 4]), deltaEncode([5]), deltaEncode([4])],
		chunkSize: 20,
		articleChunkSize: 200,
		outlets: [],
		articleOutlets: [],
		extractedMonths: [],
		events
	};
}

const label = (item: ChronologyItem) => (item.type === 'event' ? item.event.id : item.position);

describe('eventSpan', () => {
	it('is the day, the seven days of a week, the month, or the day it was reported by', () => {
		expect(eventSpan('2020-02-06', 'day')).toEqual({ first: '2020-02-06', last: '2020-02-06' });
		expect(eventSpan('2020-02-26', 'week')).toEqual({ first: '2020-02-26', last: '2020-03-03' });
		expect(eventSpan('2020-02-01', 'month')).toEqual({ first: '2020-02-01', last: '2020-02-29' });
		expect(eventSpan('2020-02-19', 'reported')).toEqual({ first: '2020-02-19', last: '2020-02-19' });
	});
});

describe('eventsInRange', () => {
	const events = [
		event('month', '2020-02-01', 'month'),
		event('week', '2020-02-03', 'week'),
		event('day', '2020-02-06'),
		event('reported', '2020-02-19', 'reported')
	];

	it('keeps every event with no range, and those whose span meets a range', () => {
		expect(eventsInRange(events, {})).toEqual(events);
		const ids = (r: DateRange) => eventsInRange(events, r).map((e) => e.id);
		expect(ids({ from: '2020-02-06', to: '2020-02-07' })).toEqual(['month', 'week', 'day']);
		expect(ids({ from: '2020-02-09', to: '2020-02-09' })).toEqual(['month', 'week']);
		expect(ids({ from: '2020-02-10', to: '2020-02-18' })).toEqual(['month']);
		expect(ids({ from: '2020-02-19' })).toEqual(['month', 'reported']);
		expect(ids({ to: '2020-01-31' })).toEqual([]);
	});
});

describe('positionsInRange', () => {
	it('agrees with the article-by-article rule, oldest first', () => {
		const index = buildRangeIndex(data(ARTICLES));
		const day = fc.integer({ min: dayNumber('2018-01-01'), max: dayNumber('2020-03-01') });
		fc.assert(
			fc.property(fc.option(day), fc.option(day), (a, b) => {
				const iso = (d: number | null) =>
					d === null ? undefined : new Date(d * 86_400_000).toISOString().slice(0, 10);
				const range: DateRange = { from: iso(a), to: iso(b) };
				const expected = ARTICLES.flatMap((x, i) => (articleInRange(x, range) ? [i] : []));
				expect([...positionsInRange(index, rangeBounds(index, range))]).toEqual(expected);
				// The outlet filter's mask keeps every other article here.
				const keep = Uint8Array.from(ARTICLES, (_, i) => (i % 2 === 0 ? 1 : 0));
				expect([...positionsInRange(index, rangeBounds(index, range), keep)]).toEqual(
					expected.filter((p) => p % 2 === 0)
				);
			})
		);
	});
});

describe('chronology', () => {
	const index = buildRangeIndex(data(ARTICLES));
	const events = [event('a', '2020-02-05'), event('b', '2020-02-06'), event('c', '2020-02-07')];
	const positions = positionsInRange(index, rangeBounds(index, { from: '2020-02-05', to: '2020-02-07' }));

	it('merges events and articles by day, events first on a day, newest first', () => {
		const list = chronology(events, positions, index.days, 'newest', 100);
		expect(list.items.map(label)).toEqual(['c', 5, 4, 'b', 3, 'a', 1]);
		expect(list).toMatchObject({ events: 3, articles: 4, total: 7 });
	});

	it('runs the other way oldest first, still events first on a day', () => {
		const list = chronology(events, positions, index.days, 'oldest', 100);
		expect(list.items.map(label)).toEqual([1, 'a', 'b', 3, 'c', 4, 5]);
	});

	it('lists a page at a time and says how many there are', () => {
		const list = chronology(events, positions, index.days, 'newest', 3);
		expect(list.items.map(label)).toEqual(['c', 5, 4]);
		expect(list.total).toBe(7);
		expect(chronology([], [], index.days, 'oldest', 3).items).toEqual([]);
	});

	it('gives each entry a key of its own', () => {
		const keys = chronology(events, positions, index.days, 'oldest', 100).items.map((i) => i.key);
		expect(new Set(keys).size).toBe(keys.length);
	});

	it('builds only the page it shows from thousands of articles in range', () => {
		const many: Dated[] = Array.from({ length: 5000 }, (_, i) => ({
			published: new Date(Date.UTC(2019, 0, 1 + Math.floor(i / 5))).toISOString().slice(0, 10),
			datePrecision: 'day'
		}));
		const big = buildRangeIndex(data(many));
		const inRange = positionsInRange(big, rangeBounds(big, {}));
		const list = chronology([], inRange, big.days, 'newest', 100);
		expect(list.items).toHaveLength(100);
		expect(list.items[0]).toEqual({ type: 'article', key: 'a:4999', position: 4999 });
		expect(list.total).toBe(5000);
	});
});

describe('placesOfArticle', () => {
	it('names the places whose list holds the article, a member through its group too', () => {
		const index = buildRangeIndex(data(ARTICLES));
		const ids = ['saraqeb', 'posts', 'post-1'];
		expect(placesOfArticle(index, ids, 4)).toEqual(['saraqeb', 'post-1']);
		expect(placesOfArticle(index, ids, 5)).toEqual(['posts', 'post-1']);
		expect(placesOfArticle(index, ids, 0)).toEqual([]);
	});
});

describe('isChronologyOrder', () => {
	it('accepts the two orders only', () => {
		expect(['newest', 'oldest', 'Newest', '', null, undefined, '1'].map(isChronologyOrder)).toEqual([
			true,
			true,
			false,
			false,
			false,
			false,
			false
		]);
	});
});
