import { describe, expect, it } from 'vitest';
import { scoreEvents, scoredEvents, type ScoredEvent } from './events';

const event = (over: Partial<ScoredEvent>): ScoredEvent => ({
	item: 'a',
	place: 'qarnaz',
	kind: 'captured',
	date: '2020-02-06',
	datePrecision: 'day',
	start: 10,
	sentence: 's',
	...over
});

describe('scoredEvents', () => {
	it('gives one scored event per place and leaves out the headline’s labels', () => {
		const raw = 'Troops take Qarnaz\nTroops took Qarnaz and Dalbur on Thursday.';
		const body = raw.indexOf('Troops took');
		const labels = {
			events: [
				{
					places: ['qarnaz'],
					kind: 'captured' as const,
					date: '2020-02-07',
					datePrecision: 'reported' as const,
					start: 0,
					end: 18,
					sentence: 'Troops take Qarnaz'
				},
				{
					places: ['qarnaz', 'dalbur'],
					kind: 'captured' as const,
					date: '2020-02-06',
					datePrecision: 'day' as const,
					start: body,
					end: raw.length,
					sentence: raw.slice(body)
				}
			]
		};
		const out = scoredEvents('a', raw, 'Troops take Qarnaz', labels, (id) => id);
		expect(out.inHeadline).toBe(1);
		expect(out.events.map((e) => e.place)).toEqual(['qarnaz', 'dalbur']);
	});
});

describe('scoreEvents', () => {
	it('scores distinct (article, place, kind) pairs and the dates of those found', () => {
		const gold = [event({}), event({ place: 'dalbur' }), event({ place: 'sirwan', kind: 'attacked' })];
		const found = [
			event({ start: 50, date: '2020-02-07', datePrecision: 'reported' }),
			event({}),
			event({ place: 'dalbur', date: '2020-02-05' }),
			event({ place: 'halaba', kind: 'attacked' })
		];
		const s = scoreEvents(gold, found, 1, 2, 0, new Set(['a qarnaz', 'a dalbur']));
		expect([s.tp, s.fp, s.fn]).toEqual([2, 1, 1]);
		// Qarnaz: the event in the labelled sentence is read, not the first one found; Dalbur's day is wrong.
		expect(s.datesRight).toBe(1);
		expect(s.dateShare).toBe(0.5);
		expect(s.unlabelled).toBe(2);
		expect(s.wrongDates).toHaveLength(1);
		// Sirwan was missed, and ingest never linked it: a geoparser miss, not an extraction miss.
		expect(s.missedUnlinked).toBe(1);
	});
});
