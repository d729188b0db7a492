import { describe, expect, it } from 'vitest';
import type { RealLabels } from '../eval/real';
import {
	addScore,
	combinedOutput,
	emptyTotals,
	fit,
	modelOutput,
	prepare,
	probabilities,
	rates,
	rulesOutput,
	RULE_FEATURES
} from './lines';

const TEXT = [
	'Rebels shelled the town of Saraqib on Monday, killing two civilians, a monitor said on Tuesday.',
	'The army said it had answered the fire and taken a hill to the south of the town after a night of clashes.'
];

/** An invented capture: a skip link, a headline, two paragraphs and a sharing row. */
function capture(n: number): { raw: string; labels: RealLabels } {
	const title = `Rebels shell a town in Idlib, report ${n} says`;
	const raw = [
		'Skip to main content',
		'',
		title,
		'',
		...TEXT.flatMap((t) => [t, '']),
		'Share this article'
	].join('\n');
	const labels: RealLabels = {
		outlet: 'Fixture',
		url: 'https://example.org/a',
		published: '2019-05-06',
		title,
		batch: n % 2 ? '5e' : '5l',
		article: [title, ...TEXT],
		mentions: []
	};
	return { raw, labels };
}

const captures = [1, 2, 3, 4].map((n) => {
	const { raw, labels } = capture(n);
	return prepare(`c${n}`, raw, labels);
});

describe('prepare', () => {
	it('labels each line by the article lines and places the rules\u2019 output on its lines', () => {
		const c = captures[0]!;
		expect(c.gathering).toBe('5e');
		expect(c.gold.filter(Boolean)).toHaveLength(3);
		expect(c.gold[0]).toBe(false);
		expect(c.rules[0]!.titleLine).toBe(2);
		expect(c.rules[0]!.paragraphs.map((p) => p.line)).toEqual([4, 6]);
	});
});

describe('fit', () => {
	it('is deterministic and separates the fixture\u2019s text from its furniture', () => {
		const a = fit(captures, RULE_FEATURES, true);
		const b = fit(captures, RULE_FEATURES, true);
		expect(a).toEqual(b);
		expect(a.trainedOn).toEqual(['5e', '5l']);
		const p = probabilities(a, captures[0]!);
		expect(p[0]!).toBeLessThan(0.5);
		expect(p[4]!).toBeGreaterThan(0.5);
		expect(p[1]).toBeUndefined();
	});

	it('gives the features it was told to leave out no weight', () => {
		const model = fit(captures, RULE_FEATURES);
		for (const j of RULE_FEATURES) expect(model.weights[j]).toBe(0);
	});
});

describe('outputs and scores', () => {
	const c = captures[0]!;

	it('scores the rules\u2019 output as the eval does', () => {
		const t = emptyTotals();
		addScore(t, c.labels, rulesOutput(c));
		expect(rates(t)).toEqual({ kept: 1, furniturePer10: 0 });
	});

	it('drops a kept paragraph the model doubts, and takes back no line outside the article', () => {
		const p = c.lines.map((l, i) => (l ? (i === 4 ? 0.01 : 0.5) : undefined));
		const dropped = combinedOutput(c, p, { drop: 0.05, rescue: 1 });
		expect(dropped.articles[0]!.body).toBe(TEXT[1]);
		const none = combinedOutput(c, p, { drop: 0, rescue: 1 });
		expect(none).toEqual(rulesOutput(c));
		// The sharing row is below the article's last paragraph: however trusted, it is not taken back.
		expect(combinedOutput(c, p, { drop: 0, rescue: 0.4 })).toEqual(rulesOutput(c));
	});

	it('makes one article of the lines the model alone reads as text, the first its title', () => {
		const p = c.lines.map((l, i) => (l ? (i === 0 ? 0.1 : 0.9) : undefined));
		const out = modelOutput(c, p);
		expect(out.articles).toHaveLength(1);
		expect(out.articles[0]!.title).toBe(c.lines[2]);
		expect(out.articles[0]!.body.split('\n\n')).toEqual([...TEXT, 'Share this article']);
	});
});
