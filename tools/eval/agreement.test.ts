import { describe, expect, it } from 'vitest';
import { compareLabellings, type TwiceLabelled } from './agreement';
import { checkEventLabels } from './events';
import type { EventLabels } from './events';

type Label = EventLabels['events'][number];

const raw =
	'Troops take Qarnaz\n' +
	'Troops took Qarnaz and Dalbur on Thursday. Jets struck Umm Safa on Monday. Talks were held in Beliz.';
const sentence = (text: string) => ({ start: raw.indexOf(text), end: raw.indexOf(text) + text.length });
const headline = sentence('Troops take Qarnaz');
const took = sentence('Troops took Qarnaz and Dalbur on Thursday.');
const struck = sentence('Jets struck Umm Safa on Monday.');
const talks = sentence('Talks were held in Beliz.');

const label = (at: { start: number; end: number }, over: Partial<Label>): Label => ({
	places: ['qarnaz'],
	kind: 'captured',
	date: '2020-02-06',
	datePrecision: 'day',
	...at,
	sentence: raw.slice(at.start, at.end),
	...over
});

const item = (first: Label[], second: Label[]): TwiceLabelled => ({
	name: 'a',
	raw,
	title: 'Troops take Qarnaz',
	first: { events: first },
	second: { events: second }
});

describe('compareLabellings', () => {
	it('scores the second labelling’s pairs against the first’s, headline left out, dates per sentence', () => {
		const first = [
			label(headline, { date: '2020-02-07', datePrecision: 'reported' }),
			label(took, { places: ['qarnaz', 'dalbur'] }),
			label(struck, { places: ['umm-safa'], kind: 'attacked', date: '2020-02-03' })
		];
		const second = [
			label(took, { places: ['qarnaz'] }),
			label(struck, {
				places: ['umm-safa'],
				kind: 'attacked',
				date: '2020-02-07',
				datePrecision: 'reported'
			}),
			label(talks, { places: ['beliz'], kind: 'talks', date: '2020-02-07', datePrecision: 'reported' })
		];
		const a = compareLabellings([item(first, second)]);
		expect(a).toMatchObject({ tp: 2, fp: 1, fn: 1, captures: 1, inHeadline: { first: 1, second: 0 } });
		expect(a.precision).toBeCloseTo(2 / 3);
		expect(a.recall).toBeCloseTo(2 / 3);
		expect(a.datesRight).toBe(1);
		expect(a.dateShare).toBe(0.5);
		expect(a.firstOnly).toEqual([`a dalbur captured @${took.start} | ${raw.slice(took.start, took.end)}`]);
		expect(a.secondOnly).toEqual([`a beliz talks @${talks.start} | Talks were held in Beliz.`]);
		expect(a.wrongDates).toHaveLength(1);
		expect(a.wrongDates[0]).toContain(
			'a umm-safa attacked: found 2020-02-07 (reported), labelled 2020-02-03 (day)'
		);
		expect(a.byKind).toEqual([
			{ kind: 'attacked', both: 1, firstOnly: 0, secondOnly: 0 },
			{ kind: 'captured', both: 1, firstOnly: 1, secondOnly: 0 },
			{ kind: 'talks', both: 0, firstOnly: 0, secondOnly: 1 }
		]);
	});

	it('compares places in the canonical form it is given', () => {
		const first = [label(struck, { places: ['geonames:1'], kind: 'attacked' })];
		const second = [label(struck, { places: ['umm-safa'], kind: 'attacked' })];
		expect(compareLabellings([item(first, second)]).tp).toBe(0);
		const canonical = (id: string) => (id === 'geonames:1' ? 'umm-safa' : id);
		expect(compareLabellings([item(first, second)], canonical)).toMatchObject({ tp: 1, datesRight: 1 });
	});
});

describe('checkEventLabels', () => {
	const mentions = [
		{ place: 'qarnaz', start: raw.indexOf('Qarnaz and'), end: raw.indexOf('Qarnaz and') + 6 },
		{ place: 'umm-safa', start: raw.indexOf('Umm Safa'), end: raw.indexOf('Umm Safa') + 8 }
	];

	it('accepts labels whose sentences and places hold', () => {
		const checked = checkEventLabels('x.events.json', { events: [label(took, {})] }, raw, mentions);
		expect(checked.issues).toEqual([]);
		expect(checked.labels?.events).toHaveLength(1);
	});

	it('names the file and field of a sentence its offsets do not hold and of a place not mentioned in it', () => {
		const wrong = { ...label(took, { places: ['qarnaz', 'umm-safa'] }), sentence: 'Troops took Dalbur.' };
		const checked = checkEventLabels('x.events.json', { events: [wrong] }, raw, mentions);
		expect(checked.labels).toBeUndefined();
		expect(checked.issues.map((i) => `${i.file}: ${i.field}`)).toEqual([
			'x.events.json: events[0].sentence',
			'x.events.json: events[0].places[1]'
		]);
	});

	it('reports a schema problem by its path', () => {
		const checked = checkEventLabels(
			'x.events.json',
			{ events: [{ ...label(took, {}), kind: 'razed' }] },
			raw,
			mentions
		);
		expect(checked.issues[0]).toMatchObject({ file: 'x.events.json', field: 'events[0].kind' });
	});
});
