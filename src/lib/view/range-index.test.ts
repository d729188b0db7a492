import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber, isoDay } from '../core/dates';
import { EVENT_DATE_PRECISIONS, PLACE_STATUSES } from '../data/events';
import type { ExplorerData, ExplorerEvent, ExplorerPlace } from '../data/explorer-data';
import { buildRangeIndex, latestEventUpTo, NO_EVENT, placeStates } from './range-index';
import { articleInRange, existsInRange, spanInRange, type DateRange, type Dated } from '../core/range';
import { eventSpan } from './events';
import { statusCode, statusOnDay } from './status';

/** An event at a place on a day, with the fields the range index does not read filled in. */
const event = (
	place: string,
	date: string,
	datePrecision: ExplorerEvent['datePrecision'] = 'day'
): ExplorerEvent => ({
	id: `${place}-${date}-${datePrecision}`,
	places: [place],
	date,
	datePrecision,
	kind: 'entered',
	label: 'e',
	extracted: false,
	source: { type: 'outside', outlet: 'Fixture', url: 'https://example.org/', published: date }
});

const place = (id: string, extra: Partial<ExplorerPlace['properties']> = {}): ExplorerPlace => ({
	type: 'Feature',
	id,
	geometry: { type: 'Point', coordinates: [36, 35] },
	properties: { name: id, kind: 'town', precision: 'exact', mentionCount: 0, ...extra }
});

interface Corpus {
	articles: Dated[];
	places: ExplorerPlace[];
	/** Per place, the positions of the articles mentioning it. */
	mentions: number[][];
	events: ExplorerEvent[];
}

function explorerData({ places, events }: Corpus): Pick<ExplorerData, 'places' | 'events'> {
	return { places: { type: 'FeatureCollection', features: places }, events };
}

/** The articles in range per place, counted one by one (what `counts.ts` gives the page). */
function counted(c: Corpus, range: DateRange): number[] {
	return reference(c, range).map((r) => r.inRange.length);
}

/** The rules of `range.ts`, applied article by article: what the typed arrays must agree with. */
function reference({ articles, places, mentions, events }: Corpus, range: DateRange) {
	const ids = places.map((p) => p.id);
	return places.map((p, i) => {
		const group = p.properties.partOf ? mentions[ids.indexOf(p.properties.partOf)] : undefined;
		const linked = [...new Set([...mentions[i]!, ...(group ?? [])])].sort((a, b) => a - b);
		const inRange = linked.filter((pos) => articleInRange(articles[pos]!, range));
		const exists = existsInRange(p.properties.established, range);
		// The latest of the place's events whose span meets the range: the list is oldest first.
		let event = NO_EVENT;
		if (range.from || range.to)
			events.forEach((e, k) => {
				const { first, last } = eventSpan(e);
				if (e.places.includes(p.id) && spanInRange(first, last, range)) event = k;
			});
		const status = exists ? statusOnDay(p.properties, range.to) : undefined;
		return {
			count: exists ? inRange.length : 0,
			/** Counted whether it exists or not: the counts' figure before `placeStates`. */
			exists,
			event,
			status: status ? statusCode(status) : 0,
			inRange: inRange.map((pos) => linked.indexOf(pos))
		};
	});
}

const SEED: Corpus = {
	articles: [
		{ published: '2018-01-10', datePrecision: 'day' },
		{ published: '2020-02-01', datePrecision: 'month' },
		{ published: '2020-02-01', datePrecision: 'day' },
		{ published: '2020-02-07', datePrecision: 'day' },
		{ published: '2020-02-19', datePrecision: 'day' }
	],
	places: [place('saraqeb'), place('posts'), place('post-1', { partOf: 'posts', established: '2018-02' })],
	mentions: [[1, 3, 4], [0], [4]],
	events: [event('saraqeb', '2020-02-06')]
};

describe('placeStates', () => {
	const states = (c: Corpus, range: DateRange) =>
		placeStates(buildRangeIndex(explorerData(c)), range, counted(c, range));

	it('takes the counts it is given, for the places that exist in the range', () => {
		const s = states(SEED, { from: '2020-02-05', to: '2020-02-10' });
		expect(s.count[0]).toBe(2);
		expect(s.event[0]).toBe(0);
	});

	it('hides a member before it was established', () => {
		expect(states(SEED, {}).count[2]).toBe(2);
		const early = states(SEED, { to: '2018-01-31' });
		expect([early.exists[2], early.count[2]]).toEqual([0, 0]);
	});

	it('labels a place with its latest event in range, not its first', () => {
		const events = [
			event('abu-al-duhur', '2015-09-09'),
			event('abu-al-duhur', '2018-01-20'),
			event('abu-al-duhur', '2020-02-01', 'month')
		];
		const idx = buildRangeIndex(
			explorerData({ ...SEED, places: [place('abu-al-duhur')], mentions: [[0]], events })
		);
		const january2018 = placeStates(idx, { from: '2018-01-01', to: '2018-01-31' }, []);
		expect(january2018.event[0]).toBe(1);
		// A month-dated event is in any range that meets its month.
		expect(placeStates(idx, { from: '2020-02-20', to: '2020-02-21' }, []).event[0]).toBe(2);
		expect(placeStates(idx, { from: '2016-01-01', to: '2017-12-31' }, []).event[0]).toBe(NO_EVENT);
		// With no range chosen no place is labelled; a selected one still has its latest up to the end.
		expect(placeStates(idx, {}, []).event[0]).toBe(NO_EVENT);
		expect(latestEventUpTo(idx, 0, {})).toBe(2);
		expect(latestEventUpTo(idx, 0, { to: '2019-12-31' })).toBe(1);
		expect(latestEventUpTo(idx, 0, { to: '2014-12-31' })).toBe(NO_EVENT);
	});

	it('gives a post its status on the range’s last day, and none before it exists', () => {
		const post = place('post-9', {
			kind: 'observation-post',
			established: '2018-04-07',
			statuses: [
				{ date: '2019-08-23', status: 'surrounded', event: 'a' },
				{ date: '2020-10-19', status: 'withdrawn', event: 'b' }
			]
		});
		const idx = buildRangeIndex(explorerData({ ...SEED, places: [post], mentions: [[]], events: [] }));
		const at = (range: DateRange) => placeStates(idx, range, []).status[0];
		expect(at({ from: '2018-01-01', to: '2018-03-31' })).toBe(0);
		expect(at({ from: '2018-01-01', to: '2018-04-30' })).toBe(statusCode('manned'));
		expect(at({ from: '2020-02-01', to: '2020-02-29' })).toBe(statusCode('surrounded'));
		expect(at({ from: '2021-01-01', to: '2021-12-31' })).toBe(statusCode('withdrawn'));
		expect(at({})).toBe(statusCode('withdrawn'));
	});

	it('agrees with the rules of range.ts on any places, events and range', () => {
		const day = fc.integer({ min: dayNumber('2019-12-25'), max: dayNumber('2020-03-05') }).map(isoDay);
		const dated = fc.record({
			published: day,
			datePrecision: fc.constantFrom('day' as const, 'month' as const)
		});
		const corpus = fc
			.tuple(fc.array(dated, { minLength: 1, maxLength: 40 }), fc.integer({ min: 1, max: 6 }))
			.chain(([raw, nPlaces]) => {
				const articles = raw
					.map((a) =>
						a.datePrecision === 'month' ? { ...a, published: `${a.published.slice(0, 7)}-01` } : a
					)
					.sort((a, b) => a.published.localeCompare(b.published));
				const positions = fc
					.uniqueArray(fc.nat({ max: articles.length - 1 }))
					.map((l) => l.sort((a, b) => a - b));
				return fc.record({
					articles: fc.constant(articles),
					mentions: fc.array(positions, { minLength: nPlaces, maxLength: nPlaces }),
					established: fc.array(fc.option(day, { nil: undefined }), {
						minLength: nPlaces,
						maxLength: nPlaces
					}),
					events: fc.array(
						fc.array(fc.tuple(day, fc.constantFrom(...EVENT_DATE_PRECISIONS)), { maxLength: 3 }),
						{ minLength: nPlaces, maxLength: nPlaces }
					),
					statuses: fc.array(fc.array(fc.tuple(day, fc.constantFrom(...PLACE_STATUSES)), { maxLength: 3 }), {
						minLength: nPlaces,
						maxLength: nPlaces
					})
				});
			})
			.map(({ articles, mentions, established, events, statuses }): Corpus => {
				const places = mentions.map((_, i) =>
					place(`p${i}`, {
						established: established[i],
						partOf: i > 0 && i % 3 === 0 ? 'p0' : undefined,
						kind: i % 2 === 1 ? 'observation-post' : 'town',
						statuses: statuses[i]!.map(([date, status]) => ({ date, status, event: 'e' })).sort((a, b) =>
							a.date.localeCompare(b.date)
						)
					})
				);
				// Published oldest first, by date and then id, as `data/events.json` lists them.
				const dated = events
					.flatMap((list, i) =>
						list.map(([date, precision]) =>
							event(`p${i}`, precision === 'month' ? `${date.slice(0, 7)}-01` : date, precision)
						)
					)
					.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
				return { articles, places, mentions, events: dated };
			});
		const range = fc
			.record({ from: fc.option(day, { nil: undefined }), to: fc.option(day, { nil: undefined }) })
			.filter((r) => !(r.from && r.to && r.from > r.to));

		fc.assert(
			fc.property(corpus, range, (c, r) => {
				const idx = buildRangeIndex(explorerData(c));
				const s = placeStates(idx, r, counted(c, r));
				reference(c, r).forEach((e, i) => {
					expect(s.count[i]).toBe(e.count);
					expect(s.exists[i]).toBe(e.exists ? 1 : 0);
					expect(s.event[i]).toBe(e.event);
					expect(s.status[i]).toBe(e.status);
				});
			}),
			{ numRuns: 300 }
		);
	});
});
