/**
 * Fitting and measuring the learned line reader (`tools/train/line-reader.ts`) on the development
 * captures' labels: each capture line is article text when it is one of the labelled `article` lines.
 * The measure is leave-one-gathering-out: for each gathering, the model is fitted on the others and
 * the gathering's captures are scored as the eval scores the cleaner (`keptText`), so a figure says
 * how the model reads pages of outlets it has never seen, as the rules' first scores do.
 */
import { cleanCapture, normaliseLines, type CleanResult } from '../../src/lib/corpus/clean';
import { classify } from '../../src/lib/corpus/line-kind';
import {
	LINE_FEATURES,
	lineFeatures,
	lineProbabilities,
	lineWords,
	WORD_BUCKETS,
	type LineModel
} from './line-reader';
import { cleanControl } from '../../src/lib/core/control';
import { keptText, type IngestOutput, type RealLabels } from '../eval/real';

/** An article as the rules cleaned it, with the capture line each of its parts came from (-1: none). */
interface RuleArticle {
	title: string;
	titleInferred: boolean;
	titleLine: number;
	paragraphs: { text: string; line: number }[];
}

/** One capture read for training and scoring. */
export interface Prepared {
	name: string;
	gathering: string;
	labels: RealLabels;
	lines: string[];
	/** The features of each line; undefined for a blank one. */
	features: (number[] | undefined)[];
	/** Whether each line is labelled article text. */
	gold: boolean[];
	rules: RuleArticle[];
}

/** A gathering's name as the labels give it: the first 65 captures have none. */
export const gatheringOf = (labels: RealLabels): string => String(labels.batch ?? 'first');

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The rules' articles with each title and paragraph placed on its line, in order. */
function placeRules(lines: readonly string[], cleaned: Pick<CleanResult, 'articles'>): RuleArticle[] {
	let cursor = 0;
	const find = (wanted: string) => {
		for (let k = cursor; k < lines.length; k++)
			if (lines[k] === wanted) {
				cursor = k + 1;
				return k;
			}
		return -1;
	};
	return cleaned.articles.map((a) => ({
		title: a.title,
		titleInferred: !!a.titleInferred,
		titleLine: a.titleInferred ? -1 : find(a.title),
		paragraphs: a.paragraphs.map((p) => ({ text: p, line: find(p.replace(/^## /, '')) }))
	}));
}

/**
 * Reads one capture as ingest reads a `.txt` file: control characters out, then the cleaner (today's,
 * or `clean`: the rules as they stood at an earlier commit).
 */
export function prepare(
	name: string,
	raw: string,
	labels: RealLabels,
	clean: (raw: string) => Pick<CleanResult, 'articles'> = cleanCapture
): Prepared {
	const text = cleanControl(raw);
	const lines = normaliseLines(text);
	const rules = placeRules(lines, clean(text));
	const kept = lines.map(() => false);
	for (const a of rules) {
		if (a.titleLine >= 0) kept[a.titleLine] = true;
		for (const p of a.paragraphs) if (p.line >= 0) kept[p.line] = true;
	}
	const kinds = lines.map((l) => classify(l, undefined));
	const article = new Set(labels.article.map(collapse));
	return {
		name,
		gathering: gatheringOf(labels),
		labels,
		lines,
		features: lineFeatures(lines, kinds, kept),
		gold: lines.map((l) => !!l && article.has(l)),
		rules
	};
}

/** Features left out of a fit: set to zero, so they carry no weight. */
export type Mask = ReadonlySet<number>;

/** The rules' own features: the kind a line is read as, whether the rules kept it, and around. */
export const RULE_FEATURES: Mask = new Set(
	LINE_FEATURES.flatMap((name, i) => (/kind |rules kept|kept share|prose share/.test(name) ? [i] : []))
);

/** The features with `mask`'s set to zero (a copy). */
const masked = (f: readonly number[], mask: Mask): number[] => f.map((v, j) => (mask.has(j) ? 0 : v));

/** Solves `a x = b` by Gaussian elimination with partial pivoting (a small dense system). */
function solve(a: number[][], b: number[]): number[] {
	const n = b.length;
	const m = a.map((row, i) => [...row, b[i]!]);
	for (let c = 0; c < n; c++) {
		let p = c;
		for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[p]![c]!)) p = r;
		[m[c], m[p]] = [m[p]!, m[c]!];
		for (let r = c + 1; r < n; r++) {
			const f = m[r]![c]! / m[c]![c]!;
			if (f) for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
		}
	}
	const x = new Array<number>(n).fill(0);
	for (let r = n - 1; r >= 0; r--) {
		let s = m[r]![n]!;
		for (let k = r + 1; k < n; k++) s -= m[r]![k]! * x[k]!;
		x[r] = s / m[r]![r]!;
	}
	return x;
}

/** The L2 penalty on the standardised weights (not the bias): keeps rare shapes from dominating. */
const PENALTY = 1;
/** Newton steps: the penalised log-likelihood is convex, and this many steps settle it. */
const STEPS = 12;

/**
 * Fits a logistic model to the labelled lines of `captures` by Newton's method on the penalised
 * log-likelihood: deterministic, the same weights from the same captures.
 */
export function fit(captures: readonly Prepared[], mask: Mask = new Set(), words = false): LineModel {
	const xs: number[][] = [];
	const ys: number[] = [];
	for (const c of captures)
		c.features.forEach((f, i) => {
			if (!f) return;
			xs.push(masked(f, mask));
			ys.push(c.gold[i] ? 1 : 0);
		});
	const d = LINE_FEATURES.length;
	const mean = new Array<number>(d).fill(0);
	const scale = new Array<number>(d).fill(0);
	for (const x of xs) for (let j = 0; j < d; j++) mean[j]! += x[j]! / xs.length;
	for (const x of xs) for (let j = 0; j < d; j++) scale[j]! += (x[j]! - mean[j]!) ** 2 / xs.length;
	for (let j = 0; j < d; j++) scale[j] = Math.sqrt(scale[j]!) || 1;
	const z = xs.map((x) => [1, ...x.map((v, j) => (v - mean[j]!) / scale[j]!)]);
	const w = new Array<number>(d + 1).fill(0);
	for (let step = 0; step < STEPS; step++) {
		const g = w.map((v, j) => (j ? PENALTY * v : 0));
		const h = w.map((_, r) => w.map((__, c) => (r === c && r ? PENALTY : 0)));
		z.forEach((x, n) => {
			let s = 0;
			for (let j = 0; j <= d; j++) s += w[j]! * x[j]!;
			const p = 1 / (1 + Math.exp(-s));
			const e = p - ys[n]!;
			const v = p * (1 - p);
			for (let r = 0; r <= d; r++) {
				if (!x[r]) continue;
				g[r]! += e * x[r]!;
				const hr = h[r]!;
				const vr = v * x[r]!;
				for (let c = r; c <= d; c++) hr[c]! += vr * x[c]!;
			}
		});
		for (let r = 0; r <= d; r++) for (let c = 0; c < r; c++) h[r]![c] = h[c]![r]!;
		const dw = solve(h, g);
		for (let j = 0; j <= d; j++) w[j]! -= dw[j]!;
	}
	const gatherings = [...new Set(captures.map((c) => c.gathering))].sort();
	const model = {
		features: [...LINE_FEATURES],
		mean,
		scale,
		weights: w.slice(1),
		wordWeights: [] as number[],
		bias: w[0]!,
		trainedOn: gatherings
	};
	return words ? fitWords(captures, model, mask) : model;
}

/** The L2 penalty on the word weights, per line: many buckets see only a few lines. */
const WORD_PENALTY = 1;
/** Gradient steps for the word weights, and their size (plain steps, the same every run). */
const WORD_STEPS = 300;
const WORD_RATE = 0.5;

/**
 * Adds word weights to a fitted shape model: every weight (shape, words, bias) is then refined by
 * full-batch gradient steps on the penalised log-likelihood, starting from the shape model.
 */
function fitWords(captures: readonly Prepared[], start: LineModel, mask: Mask): LineModel {
	const rows: { x: number[]; words: number[]; y: number }[] = [];
	for (const c of captures)
		c.features.forEach((f, i) => {
			if (!f) return;
			const x = masked(f, mask).map((v, j) => (v - start.mean[j]!) / start.scale[j]!);
			rows.push({ x, words: lineWords(c.lines[i]!), y: c.gold[i] ? 1 : 0 });
		});
	const w = [...start.weights];
	const u = new Array<number>(WORD_BUCKETS).fill(0);
	let bias = start.bias;
	const n = rows.length;
	for (let step = 0; step < WORD_STEPS; step++) {
		const gw = w.map((v) => (PENALTY * v) / n);
		const gu = u.map((v) => (WORD_PENALTY * v) / n);
		let gb = 0;
		for (const r of rows) {
			let z = bias;
			for (let j = 0; j < w.length; j++) z += w[j]! * r.x[j]!;
			for (const b of r.words) z += u[b]!;
			const e = (1 / (1 + Math.exp(-z)) - r.y) / n;
			gb += e;
			for (let j = 0; j < w.length; j++) gw[j]! += e * r.x[j]!;
			for (const b of r.words) gu[b]! += e;
		}
		bias -= WORD_RATE * gb;
		for (let j = 0; j < w.length; j++) w[j]! -= WORD_RATE * gw[j]!;
		for (let b = 0; b < u.length; b++) u[b]! -= WORD_RATE * 20 * gu[b]!;
	}
	return { ...start, weights: w, wordWeights: u, bias };
}

/** The probability of every line of `c` under `model`, with `mask`'s features zeroed as in its fit. */
export function probabilities(model: LineModel, c: Prepared, mask: Mask = new Set()): (number | undefined)[] {
	return lineProbabilities(
		model,
		c.lines,
		c.features.map((f) => f && masked(f, mask))
	);
}

/** What the rules produced for a capture, as the eval compares it. */
export function rulesOutput(c: Prepared): IngestOutput {
	return {
		articles: c.rules.map((a) => ({
			title: a.title,
			titleInferred: a.titleInferred,
			body: a.paragraphs.map((p) => p.text).join('\n\n'),
			mentions: []
		}))
	};
}

/**
 * The model alone: one article of the lines it reads as text (probability at least `threshold`),
 * the first of them its title.
 */
export function modelOutput(c: Prepared, p: readonly (number | undefined)[], threshold = 0.5): IngestOutput {
	const kept = c.lines.filter((_, i) => (p[i] ?? 0) >= threshold);
	if (!kept.length) return { articles: [] };
	return {
		articles: [{ title: kept[0]!, body: kept.slice(1).join('\n\n'), mentions: [] }]
	};
}

/** When the model may change what the rules decided. */
export interface Thresholds {
	/** A paragraph the rules kept is dropped when the model gives it less than this. */
	drop: number;
	/** A line the rules dropped inside an article is taken back when the model gives it more. */
	rescue: number;
}

/**
 * The rules corrected by the model where it is confident: a kept paragraph below `drop` goes; a
 * dropped line above `rescue`, between an article's title and its last paragraph, joins that article
 * in its place. An article left with no paragraph is lost, as the cleaner loses one.
 */
export function combinedOutput(c: Prepared, p: readonly (number | undefined)[], t: Thresholds): IngestOutput {
	const used = new Set<number>();
	for (const a of c.rules) {
		used.add(a.titleLine);
		for (const q of a.paragraphs) used.add(q.line);
	}
	const articles = c.rules.flatMap((a) => {
		const kept = a.paragraphs.filter((q) => q.line < 0 || (p[q.line] ?? 1) >= t.drop);
		const lines = kept.map((q) => q.line).filter((l) => l >= 0);
		const from = a.titleLine >= 0 ? a.titleLine : Math.min(...lines);
		const to = Math.max(...lines);
		for (let i = from + 1; i < to; i++)
			if (!used.has(i) && (p[i] ?? 0) > t.rescue) kept.push({ text: c.lines[i]!, line: i });
		kept.sort((x, y) => x.line - y.line);
		if (!kept.length) return [];
		return [
			{
				title: a.title,
				titleInferred: a.titleInferred,
				body: kept.map((q) => q.text).join('\n\n'),
				mentions: []
			}
		];
	});
	return { articles };
}

/** Kept sentences and furniture lines over some captures, as `npm run eval` totals a half. */
export interface Totals {
	captures: number;
	sentences: number;
	kept: number;
	furniture: number;
	articles: number;
}

export const emptyTotals = (): Totals => ({ captures: 0, sentences: 0, kept: 0, furniture: 0, articles: 0 });

/** Adds one capture's output to `t`, scored as the eval scores the cleaner. */
export function addScore(t: Totals, labels: RealLabels, output: IngestOutput): void {
	const k = keptText(labels, output);
	t.captures++;
	t.sentences += k.sentences;
	t.kept += k.kept;
	t.furniture += k.furniture.length;
	t.articles += Math.max(1, output.articles.length);
}

/** Sentences kept as a share, and furniture lines per 10 articles. */
export function rates(t: Totals): { kept: number; furniturePer10: number } {
	return {
		kept: t.sentences ? t.kept / t.sentences : 1,
		furniturePer10: t.articles ? (10 * t.furniture) / t.articles : 0
	};
}
