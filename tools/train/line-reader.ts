import { TERMINAL, wordCount, type LineKind } from '../../src/lib/corpus/words';
import { contentStems } from '../../src/lib/corpus/cohesion';
import { CAPTION_DATE, captionWhereWhen } from '../../src/lib/corpus/dates';

/**
 * A learned reading of capture lines: a logistic model that gives each line the probability that it
 * is the article's own text, from the line's shape, its neighbours' shapes and what the hand rules
 * made of it. The rules are drawn one gathering at a time and carry poorly to the next; a model fitted
 * on every labelled line is a way to measure whether shapes learned from many pages carry better.
 * This module only scores: `tools/train/lines.ts` fits the weights and measures them.
 */

/** The kinds a line may be read as, each one feature (a blank line has no features). */
const KINDS: readonly LineKind[] = [
	'furniture',
	'embed',
	'other-script',
	'caption',
	'credit',
	'site',
	'headline',
	'prose'
];

/** Frequent English words that glue a sentence together; menus and labels have few of them. */
const FUNCTION_WORDS = new Set(
	(
		'the of and to in a an was were is are has have had be been by on for with that from at as it its ' +
		'which who said says after into their they he she his her this these but not or also'
	).split(' ')
);

/** Reporting and event verbs that text has and page furniture rarely does. */
const VERBISH = /\b(?:said|says|told|reported|added|according|killed|attacked|launched|announced)\b/iu;

/** Shapes of link lists, menus and sharing rows. */
const LINK_SHAPE = /[|»›•·▪]|https?:|www\.|@\w|©|\bclick\b|\bshare\b|\bsubscribe\b|\bread more\b/iu;

/** What one non-blank line is read as, before its neighbours are added. */
function own(line: string, kind: LineKind, kept: boolean, index: number, total: number): number[] {
	const words = line.split(/\s+/).filter(Boolean);
	const n = words.length;
	const letters = line.replace(/[^\p{L}]/gu, '');
	const lower = words.map((w) => w.toLowerCase().replace(/[^\p{L}]/gu, ''));
	const capitalised = words.filter((w) => /^["“‘'(]?\p{Lu}/u.test(w)).length;
	const digits = (line.match(/\p{N}/gu) ?? []).length;
	return [
		Math.log1p(line.length) / 5,
		Math.log1p(n) / 3,
		TERMINAL.test(line) ? 1 : 0,
		/[.!?]["”’')\]]*$/u.test(line) ? 1 : 0,
		/,/.test(line) ? 1 : 0,
		n ? capitalised / n : 0,
		line.length ? digits / line.length : 0,
		n ? lower.filter((w) => FUNCTION_WORDS.has(w)).length / n : 0,
		VERBISH.test(line) ? 1 : 0,
		/["“”]/.test(line) ? 1 : 0,
		letters.length > 3 && letters === letters.toUpperCase() ? 1 : 0,
		LINK_SHAPE.test(line) ? 1 : 0,
		/:$/.test(line) ? 1 : 0,
		/^\p{Ll}/u.test(line) ? 1 : 0,
		total > 1 ? index / (total - 1) : 0,
		...KINDS.map((k) => (k === kind ? 1 : 0)),
		kept ? 1 : 0
	];
}

/** The names of `own`'s features, in order, as the weights file records them. */
const OWN_NAMES = [
	'log chars',
	'log words',
	'terminal',
	'sentence end',
	'comma',
	'capitalised share',
	'digit share',
	'function-word share',
	'reporting verb',
	'quotation mark',
	'all capitals',
	'link shape',
	'ends with colon',
	'starts lowercase',
	'position',
	...KINDS.map((k) => `kind ${k}`),
	'rules kept'
];

/** The neighbours' features a line takes: the previous and the next non-blank line's shape. */
const NEIGHBOUR = [1, 2, 7, 15 + KINDS.indexOf('prose'), OWN_NAMES.length - 1];

/**
 * Every feature's name, in the order `lineFeatures` gives them. The last three read a line against
 * the page, as no single site's wording would: the share of its content stems that the capture's
 * lines of text also use (a related headline or a box's blurb tells another story), whether it
 * carries a picture's date (`CAPTION_DATE`, `captionWhereWhen`), and whether it stands without a
 * sentence's end between two lines of text (a caption, a teaser or a crosshead set inside the text).
 */
export const LINE_FEATURES: readonly string[] = [
	...OWN_NAMES,
	...NEIGHBOUR.map((i) => `previous ${OWN_NAMES[i]}`),
	...NEIGHBOUR.map((i) => `next ${OWN_NAMES[i]}`),
	'blank before',
	'repeated line',
	'prose share around',
	'kept share around',
	'before the first text',
	'after the last text',
	'text lines away',
	'stems shared with the text',
	'dated',
	'unterminated between text'
];

/** A line that is text beyond doubt: many words and a sentence's end. */
const isText = (line: string) => wordCount(line) >= 15 && TERMINAL.test(line);

/** The lines around a line that `prose share around` and `kept share around` read. */
const AROUND = 3;

/**
 * The features of every line of a capture (normalised lines, as `normaliseLines` gives them), with
 * the kind each line is read as and whether the rules kept it in an article; a blank line gets none.
 */
export function lineFeatures(lines: readonly string[], kinds: readonly LineKind[], kept: readonly boolean[]) {
	const at = lines.flatMap((l, i) => (l ? [i] : []));
	const counts = new Map<string, number>();
	for (const i of at) counts.set(lines[i]!, (counts.get(lines[i]!) ?? 0) + 1);
	const base = at.map((i, k) => own(lines[i]!, kinds[i]!, kept[i]!, k, at.length));
	const none = NEIGHBOUR.map(() => 0);
	const texts = at.flatMap((i, k) => (isText(lines[i]!) ? [k] : []));
	const firstText = texts[0] ?? at.length;
	const lastText = texts.at(-1) ?? -1;
	const textAt = new Set(texts);
	const textStems = new Map<string, number>();
	for (const k of texts)
		for (const st of contentStems(lines[at[k]!]!)) textStems.set(st, (textStems.get(st) ?? 0) + 1);
	/** The share of line `k`'s content stems that some other line of text also uses. */
	const sharedWithText = (k: number) => {
		const stems = [...contentStems(lines[at[k]!]!)];
		const self = textAt.has(k) ? 1 : 0;
		return stems.length ? stems.filter((st) => (textStems.get(st) ?? 0) > self).length / stems.length : 0;
	};
	/** How many non-blank lines away the nearest text line is, on a log scale. */
	const away = (k: number) =>
		Math.log1p(texts.length ? Math.min(...texts.map((t) => Math.abs(t - k))) : at.length) / 3;
	const out: (number[] | undefined)[] = lines.map(() => undefined);
	at.forEach((i, k) => {
		const prev = k > 0 ? NEIGHBOUR.map((f) => base[k - 1]![f]!) : none;
		const next = k + 1 < at.length ? NEIGHBOUR.map((f) => base[k + 1]![f]!) : none;
		let blanks = 0;
		for (let j = i - 1; j >= 0 && !lines[j]; j--) blanks++;
		const window = at.slice(Math.max(0, k - AROUND), k + AROUND + 1).filter((j) => j !== i);
		const share = (test: (j: number) => boolean) =>
			window.length ? window.filter(test).length / window.length : 0;
		out[i] = [
			...base[k]!,
			...prev,
			...next,
			Math.min(blanks, 3) / 3,
			(counts.get(lines[i]!) ?? 0) > 1 ? 1 : 0,
			share((j) => kinds[j] === 'prose' && wordCount(lines[j]!) >= 8),
			share((j) => kept[j]!),
			k < firstText ? 1 : 0,
			k > lastText ? 1 : 0,
			away(k),
			sharedWithText(k),
			CAPTION_DATE.test(lines[i]!) || captionWhereWhen(lines[i]!) ? 1 : 0,
			!TERMINAL.test(lines[i]!) && textAt.has(k - 1) && textAt.has(k + 1) ? 1 : 0
		];
	});
	return out;
}

/** How many buckets a line's words are hashed into. */
export const WORD_BUCKETS = 1024;

/**
 * The line's lowercase words and word pairs, each hashed (FNV-1a) into one of `WORD_BUCKETS`, once
 * each: what a page's furniture says ("comment", "picture shows", "subscribe") beside its shape.
 */
export function lineWords(line: string): number[] {
	const words = line.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
	const grams = [...words, ...words.slice(1).map((w, i) => `${words[i]} ${w}`)];
	const out = new Set<number>();
	for (const g of grams) {
		let h = 0x811c9dc5;
		for (let i = 0; i < g.length; i++) h = Math.imul(h ^ g.charCodeAt(i), 0x01000193) >>> 0;
		out.add(h % WORD_BUCKETS);
	}
	return [...out].sort((a, b) => a - b);
}

/** A fitted model as its weights file holds it. */
export interface LineModel {
	/** The feature names it was fitted on; scoring refuses features in another order. */
	features: string[];
	/** Each feature's mean and spread over the training lines, to put it on one scale. */
	mean: number[];
	scale: number[];
	weights: number[];
	/** One weight per word bucket (`lineWords`); empty when the model reads no words. */
	wordWeights: number[];
	bias: number;
	/** The gatherings whose labelled lines it was fitted on. */
	trainedOn: string[];
}

/**
 * The probability that each line is article text; undefined for a blank line. `lines` are the lines
 * the features were computed from, for the model's word weights.
 */
export function lineProbabilities(
	model: LineModel,
	lines: readonly string[],
	features: readonly (readonly number[] | undefined)[]
): (number | undefined)[] {
	if (model.features.join('\n') !== LINE_FEATURES.join('\n'))
		throw new Error('line model: its features are not the ones this code computes; fit it again');
	return features.map((f, i) => {
		if (!f) return undefined;
		let z = model.bias;
		for (let j = 0; j < f.length; j++) z += (model.weights[j]! * (f[j]! - model.mean[j]!)) / model.scale[j]!;
		if (model.wordWeights.length) for (const b of lineWords(lines[i]!)) z += model.wordWeights[b]!;
		return 1 / (1 + Math.exp(-z));
	});
}
