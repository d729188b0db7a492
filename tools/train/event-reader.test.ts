import { describe, expect, it } from 'vitest';
import { EVENT_KINDS } from '../../src/lib/events/kinds';
import {
	labelProbabilities,
	MODEL_LABELS,
	mentionFeatures,
	mentionReads,
	modelEvents,
	type EventModel
} from './event-reader';
import { triggersIn } from '../../src/lib/events/triggers';

/** Fixture weights: "captured" before a place makes it `captured`, a denial makes it nothing. */
const MODEL: EventModel = {
	trainedOn: ['fixture'],
	labels: [...MODEL_LABELS],
	weights: {
		bias: MODEL_LABELS.map((l) => (l === 'none' ? 1 : 0)),
		'tb:capture': MODEL_LABELS.map((l) => (l === 'captured' ? 3 : 0)),
		'cue:not': MODEL_LABELS.map((l) => (l === 'none' ? 4 : 0))
	}
};

const kind = () => 'town' as const;

describe('mentionFeatures', () => {
	it('reads the neighbours, the preposition and the event word before the place', () => {
		const sentence = 'Rebels captured the town of Saraqeb on Monday.';
		const start = sentence.indexOf('Saraqeb');
		const features = mentionFeatures({
			sentence,
			start,
			end: start + 'Saraqeb'.length,
			placeKind: 'town',
			index: 0,
			count: 1,
			triggers: triggersIn(sentence),
			dated: true,
			yearOnly: false
		});
		expect(features).toContain('b1:of');
		expect(features).toContain('prep:of');
		expect(features).toContain('a1:on');
		expect(features).toContain('tb:capture');
		expect(features).toContain('ta:none');
		expect(new Set(features).size).toBe(features.length);
	});
});

describe('labelProbabilities', () => {
	it('is a distribution over the labels, and an unknown feature weighs nothing', () => {
		const p = labelProbabilities(MODEL, ['bias', 'unknown']);
		expect(p).toHaveLength(1 + EVENT_KINDS.length);
		expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1);
		expect(p[0]).toBeGreaterThan(p[1]!);
	});
});

describe('modelEvents', () => {
	const body = 'Rebels captured Saraqeb on Monday. They did not capture Binnish.';
	const mentions = [
		{ place: 'saraqeb', start: body.indexOf('Saraqeb'), end: body.indexOf('Saraqeb') + 7 },
		{ place: 'binnish', start: body.indexOf('Binnish'), end: body.indexOf('Binnish') + 7 }
	];
	it('reports a mention whose kind reaches the threshold, dated by the date rules', () => {
		const found = modelEvents(MODEL, { body, mentions, published: '2020-02-05', placeKind: kind }, 0.5);
		expect(found.map((e) => [e.places[0], e.kind, e.date, e.datePrecision])).toEqual([
			['saraqeb', 'captured', '2020-02-03', 'day']
		]);
		expect(found[0]!.sentence).toBe('Rebels captured Saraqeb on Monday.');
	});
	it('reads every mention once, and none without event words when told so', () => {
		const reads = mentionReads({ body, mentions, published: '2020-02-05', placeKind: kind }, () => []);
		expect(reads.map((r) => r.mention.place)).toEqual(['saraqeb', 'binnish']);
		expect(reads[0]!.features).toContain('tb:none');
	});
});
