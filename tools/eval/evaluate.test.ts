import { describe, expect, it } from 'vitest';
import {
	checkGold,
	goldFileSchema,
	scoreLinks,
	scoreMentions,
	scoreOverlap,
	type ArticleMentions
} from './evaluate';

const body = 'Talks in Ankara and Moscow; shelling in northern Hama.';
const ankara = { place: 'ankara', start: 9, end: 15, surface: 'Ankara' };
const moscow = { place: 'moscow', start: 20, end: 26, surface: 'Moscow' };
const hama = { place: 'hama-governorate', start: 49, end: 53, surface: 'Hama' };
const gold: ArticleMentions[] = [{ article: 'a', mentions: [ankara, moscow, hama] }];

describe('scoreMentions', () => {
	it('is perfect when the prediction equals the gold', () => {
		expect(scoreMentions(gold, gold)).toEqual({ tp: 3, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
	});

	it('counts a right place with a wrong span as one false positive and one false negative', () => {
		const wide = { place: 'hama-governorate', start: 40, end: 53, surface: 'northern Hama' };
		const s = scoreMentions(gold, [{ article: 'a', mentions: [ankara, moscow, wide] }]);
		expect(s).toMatchObject({ tp: 2, fp: 1, fn: 1 });
		expect(s.precision).toBeCloseTo(2 / 3);
		expect(s.recall).toBeCloseTo(2 / 3);
		expect(s.f1).toBeCloseTo(2 / 3);
	});

	it('counts a right span with a wrong place as wrong', () => {
		const city = { ...hama, place: 'hama-city' };
		expect(scoreMentions(gold, [{ article: 'a', mentions: [ankara, moscow, city] }])).toMatchObject({
			tp: 2,
			fp: 1,
			fn: 1
		});
	});

	it('keeps articles apart', () => {
		expect(scoreMentions(gold, [{ article: 'b', mentions: [ankara] }])).toMatchObject({
			tp: 0,
			fp: 1,
			fn: 3
		});
	});

	it('matches duplicates one for one', () => {
		const twice: ArticleMentions[] = [{ article: 'a', mentions: [ankara, ankara] }];
		expect(scoreMentions([{ article: 'a', mentions: [ankara] }], twice)).toMatchObject({
			tp: 1,
			fp: 1,
			fn: 0
		});
	});

	it('gives no credit for predicting nothing, and full credit when there was nothing to find', () => {
		expect(scoreMentions(gold, [])).toEqual({ tp: 0, fp: 0, fn: 3, precision: 0, recall: 0, f1: 0 });
		expect(scoreMentions([], [])).toEqual({ tp: 0, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
		expect(scoreMentions([], gold)).toMatchObject({ fp: 3, precision: 0, recall: 0, f1: 0 });
	});
});

describe('scoreLinks', () => {
	it('scores distinct (article, place) pairs, ignoring spans and repeats', () => {
		const wide = { place: 'hama-governorate', start: 40, end: 53, surface: 'northern Hama' };
		const predicted: ArticleMentions[] = [{ article: 'a', mentions: [ankara, ankara, wide] }];
		const s = scoreLinks(gold, predicted);
		expect(s).toMatchObject({ tp: 2, fp: 0, fn: 1 });
		expect(s.precision).toBe(1);
		expect(s.recall).toBeCloseTo(2 / 3);
		expect(s.f1).toBeCloseTo(0.8);
	});

	it('counts the same place in two articles as two links', () => {
		const predicted: ArticleMentions[] = [
			{ article: 'a', mentions: [ankara] },
			{ article: 'b', mentions: [ankara] }
		];
		expect(scoreLinks(gold, predicted)).toMatchObject({ tp: 1, fp: 1, fn: 2 });
	});
});

describe('checkGold', () => {
	const ids = new Set(['ankara', 'moscow', 'hama-governorate']);

	it('accepts a consistent gold file', () => {
		expect(checkGold(gold[0]!, body, ids)).toEqual([]);
	});

	it('reports shifted offsets, unknown places and overlaps', () => {
		const bad: ArticleMentions = {
			article: 'a',
			mentions: [
				{ ...ankara, start: 10, end: 16 },
				{ ...moscow, place: 'kremlin' },
				{ ...moscow, start: 22 }
			]
		};
		const problems = checkGold(bad, body, ids);
		expect(problems).toHaveLength(4);
		expect(problems[0]).toMatch(/hold "nkara "/);
		expect(problems[1]).toMatch(/unknown place "kremlin"/);
		expect(problems[2]).toMatch(/hold "scow"/);
		expect(problems[3]).toMatch(/before the previous mention ends/);
	});
});

describe('goldFileSchema', () => {
	it('rejects misspelt keys and negative offsets', () => {
		expect(goldFileSchema.safeParse({ article: 'a', mentions: [ankara] }).success).toBe(true);
		expect(goldFileSchema.safeParse({ article: 'a', mention: [] }).success).toBe(false);
		expect(goldFileSchema.safeParse({ article: 'a', mentions: [{ ...ankara, start: -1 }] }).success).toBe(
			false
		);
		expect(goldFileSchema.safeParse({ article: 'a', mentions: [{ ...ankara, id: 'x' }] }).success).toBe(
			false
		);
	});
});

describe('scoreOverlap', () => {
	const span = (doc: string, place: string, start: number, end: number) => ({ doc, place, start, end });

	it('counts a right place whose span overlaps a gold span, each gold mention once', () => {
		const gold = [span('a', 'idlib', 10, 24), span('a', 'idlib', 40, 45), span('b', 'hama', 0, 4)];
		const predicted = [
			span('a', 'idlib', 10, 15),
			span('a', 'idlib', 12, 14),
			span('a', 'idlib', 40, 45),
			span('b', 'hama-city', 0, 4)
		];
		expect(scoreOverlap(gold, predicted)).toMatchObject({ tp: 2, fp: 2, fn: 1 });
	});

	it('does not count a span that only touches or sits in another document', () => {
		expect(scoreOverlap([span('a', 'x', 0, 5)], [span('a', 'x', 5, 9), span('b', 'x', 0, 5)])).toMatchObject({
			tp: 0,
			fp: 2,
			fn: 1
		});
	});
});
