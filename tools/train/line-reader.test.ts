import { describe, expect, it } from 'vitest';
import {
	LINE_FEATURES,
	lineFeatures,
	lineProbabilities,
	lineWords,
	WORD_BUCKETS,
	type LineModel
} from './line-reader';
import type { LineKind } from '../../src/lib/corpus/words';

const lines = [
	'Home | News | Contact',
	'',
	'Rebels shell a town in Idlib',
	'',
	'Rebels shelled the town of Saraqib on Monday, killing two civilians, a monitor said on Tuesday.',
	'Share this article'
];
const kinds: LineKind[] = ['furniture', 'blank', 'headline', 'blank', 'prose', 'furniture'];
const kept = [false, false, true, false, true, false];

/** A fixture model that reads one feature only: whether the line ends as a sentence ends. */
function fixtureModel(words: number[] = []): LineModel {
	const n = LINE_FEATURES.length;
	const weights = new Array<number>(n).fill(0);
	weights[LINE_FEATURES.indexOf('sentence end')] = 4;
	return {
		features: [...LINE_FEATURES],
		mean: new Array<number>(n).fill(0),
		scale: new Array<number>(n).fill(1),
		weights,
		wordWeights: words,
		bias: -2,
		trainedOn: ['fixture']
	};
}

describe('lineFeatures', () => {
	it('reads a line’s words shared with the text, a picture’s date and a short line between text', () => {
		const text = [
			'Forces shelled the town of Kafr Tal on Monday, killing two civilians, a monitor said on Tuesday.',
			'',
			'Boys walk past a ruined school in the village of Tell Hadid, Syria, on Saturday, Aug. 24, 2019.',
			'',
			'Residents of Kafr Tal said the shelling went on through the night and the school was hit too.',
			'',
			'Weather forecast for tomorrow'
		];
		const k: LineKind[] = ['prose', 'blank', 'caption', 'blank', 'prose', 'blank', 'headline'];
		const f = lineFeatures(text, k, [true, false, false, false, true, false, false]);
		const at = (i: number, name: string) => f[i]![LINE_FEATURES.indexOf(name)];
		expect(at(2, 'dated')).toBe(1);
		expect(at(0, 'dated')).toBe(0);
		expect(at(2, 'unterminated between text')).toBe(0);
		expect(at(0, 'stems shared with the text')).toBeGreaterThan(0);
		expect(at(6, 'stems shared with the text')).toBe(0);
	});

	it('gives every non-blank line one value per named feature, and a blank line none', () => {
		const f = lineFeatures(lines, kinds, kept);
		expect(f[1]).toBeUndefined();
		expect(f[3]).toBeUndefined();
		for (const i of [0, 2, 4, 5]) expect(f[i]).toHaveLength(LINE_FEATURES.length);
	});

	it('reads the shapes it names: a link row, the rules kept, the first text', () => {
		const f = lineFeatures(lines, kinds, kept);
		const at = (i: number, name: string) => f[i]![LINE_FEATURES.indexOf(name)];
		expect(at(0, 'link shape')).toBe(1);
		expect(at(4, 'link shape')).toBe(0);
		expect(at(4, 'rules kept')).toBe(1);
		expect(at(0, 'before the first text')).toBe(1);
		expect(at(5, 'after the last text')).toBe(1);
		expect(at(4, 'previous kind prose')).toBe(0);
		expect(at(4, 'previous rules kept')).toBe(1);
	});
});

describe('lineWords', () => {
	it('hashes words and word pairs into buckets, once each, the same every time', () => {
		const a = lineWords('Share this article');
		expect(a).toEqual(lineWords('share THIS article!'));
		expect(a.length).toBeGreaterThan(0);
		expect(a.length).toBeLessThanOrEqual(5);
		expect(a.every((b) => b >= 0 && b < WORD_BUCKETS)).toBe(true);
		expect(new Set(a).size).toBe(a.length);
	});
});

describe('lineProbabilities', () => {
	it('scores a line by its weighted features, and gives a blank line nothing', () => {
		const p = lineProbabilities(fixtureModel(), lines, lineFeatures(lines, kinds, kept));
		expect(p[1]).toBeUndefined();
		expect(p[4]).toBeCloseTo(1 / (1 + Math.exp(-2)), 10);
		expect(p[0]).toBeCloseTo(1 / (1 + Math.exp(2)), 10);
	});

	it('adds the weight of each of the line\u2019s word buckets', () => {
		const words = new Array<number>(WORD_BUCKETS).fill(0);
		for (const b of lineWords(lines[5]!)) words[b] = -1;
		const p = lineProbabilities(fixtureModel(words), lines, lineFeatures(lines, kinds, kept));
		const shared = lineWords(lines[5]!).filter((b) => lineWords(lines[0]!).includes(b)).length;
		expect(p[5]).toBeCloseTo(1 / (1 + Math.exp(2 + lineWords(lines[5]!).length)), 10);
		expect(p[0]).toBeCloseTo(1 / (1 + Math.exp(2 + shared)), 10);
	});

	it('refuses weights fitted on other features', () => {
		const model = { ...fixtureModel(), features: LINE_FEATURES.slice(1) };
		expect(() => lineProbabilities(model, lines, lineFeatures(lines, kinds, kept))).toThrow(/fit it again/);
	});
});
