import { z } from 'zod';
import type { Mention } from '../../src/lib/geoparse/match';

/**
 * The place mentions of one article, either hand-checked (a gold file) or produced by a geoparser.
 * Scoring compares the two per article id, so both sides must use the same ids.
 */
export interface ArticleMentions {
	article: string;
	mentions: readonly Mention[];
}

/** Counts and ratios for one comparison. Ratios are between 0 and 1. */
export interface Score {
	tp: number;
	fp: number;
	fn: number;
	precision: number;
	recall: number;
	f1: number;
}

/**
 * The shape of `tests/eval/gold/*.json` and `tests/eval/unseen/*.json`. Strict, so a misspelt key in a
 * hand-written file is an error instead of a silently missing mention.
 */
export const goldFileSchema = z.strictObject({
	article: z.string().min(1),
	mentions: z.array(
		z.strictObject({
			place: z.string().min(1),
			start: z.number().int().nonnegative(),
			end: z.number().int().positive(),
			surface: z.string().min(1)
		})
	)
});

/**
 * Checks a gold file against the article body it annotates: the offsets must hold the surface text,
 * every place must exist, and mentions must be in text order without overlapping. Gold files are
 * written by hand, and a shifted offset would otherwise be scored as one false positive and one false
 * negative instead of being reported. Returns one message per problem.
 */
export function checkGold(gold: ArticleMentions, body: string, placeIds: ReadonlySet<string>): string[] {
	const problems: string[] = [];
	let lastEnd = 0;
	gold.mentions.forEach((m, i) => {
		const where = `${gold.article} mentions[${i}]`;
		if (!placeIds.has(m.place)) problems.push(`${where}: unknown place "${m.place}"`);
		if (m.end <= m.start) problems.push(`${where}: end ${m.end} is not after start ${m.start}`);
		const held = body.slice(m.start, m.end);
		if (held !== m.surface)
			problems.push(`${where}: offsets ${m.start}..${m.end} hold "${held}", not "${m.surface}"`);
		if (m.start < lastEnd) problems.push(`${where}: starts before the previous mention ends`);
		lastEnd = Math.max(lastEnd, m.end);
	});
	return problems;
}

function ratio(hits: number, total: number, emptyIsPerfect: boolean): number {
	if (total === 0) return emptyIsPerfect ? 1 : 0;
	return hits / total;
}

/**
 * Scores two multisets of keys. When a side is empty the ratio is 1 if the other side is empty too
 * (nothing to find, nothing claimed) and 0 otherwise, so a system that predicts nothing never gets a
 * perfect precision by default.
 */
/** Scores predicted keys against gold keys; a key repeated on one side counts as often as it appears. */
export function scoreKeys(gold: readonly string[], predicted: readonly string[]): Score {
	const remaining = new Map<string, number>();
	for (const key of gold) remaining.set(key, (remaining.get(key) ?? 0) + 1);
	let tp = 0;
	for (const key of predicted) {
		const left = remaining.get(key) ?? 0;
		if (left > 0) {
			tp++;
			remaining.set(key, left - 1);
		}
	}
	const fp = predicted.length - tp;
	const fn = gold.length - tp;
	const precision = ratio(tp, tp + fp, fn === 0);
	const recall = ratio(tp, tp + fn, fp === 0);
	const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
	return { tp, fp, fn, precision, recall, f1 };
}

function mentionKeys(articles: readonly ArticleMentions[]): string[] {
	return articles.flatMap((a) => a.mentions.map((m) => JSON.stringify([a.article, m.start, m.end, m.place])));
}

function linkKeys(articles: readonly ArticleMentions[]): string[] {
	const keys = new Set<string>();
	for (const a of articles) for (const m of a.mentions) keys.add(JSON.stringify([a.article, m.place]));
	return [...keys];
}

/**
 * Strict mention scoring: a predicted mention counts only when its article, start, end and place all
 * equal a gold mention's. A right place with a wrong span ("northern Hama" for "Hama") is one false
 * positive and one false negative: the reader highlights spans, so span errors are real errors.
 */
export function scoreMentions(
	gold: readonly ArticleMentions[],
	predicted: readonly ArticleMentions[]
): Score {
	return scoreKeys(mentionKeys(gold), mentionKeys(predicted));
}

/**
 * Link scoring: distinct (article, place) pairs, which is what the map shows (a place lists the
 * articles that mention it). Repeated mentions and span boundaries do not matter here.
 */
export function scoreLinks(gold: readonly ArticleMentions[], predicted: readonly ArticleMentions[]): Score {
	return scoreKeys(linkKeys(gold), linkKeys(predicted));
}

/** A mention reduced to what overlap scoring compares. */
export interface SpanKey {
	doc: string;
	place: string;
	start: number;
	end: number;
}

/**
 * Lenient mention scoring, reported beside the strict one: a predicted mention counts when it has a
 * gold mention's document and place and its span overlaps that mention's ("Idlib" for "Idlib
 * province"). Each gold mention is used once; gold and predicted mentions are taken in text order.
 * It separates a wrong place or a missing name from a span that only disagrees on a designator word.
 */
export function scoreOverlap(gold: readonly SpanKey[], predicted: readonly SpanKey[]): Score {
	const open = new Map<string, SpanKey[]>();
	for (const g of [...gold].sort((a, b) => a.start - b.start)) {
		const key = `${g.doc} ${g.place}`;
		open.set(key, [...(open.get(key) ?? []), g]);
	}
	let tp = 0;
	for (const p of [...predicted].sort((a, b) => a.start - b.start)) {
		const list = open.get(`${p.doc} ${p.place}`);
		const k = list?.findIndex((g) => g.start < p.end && p.start < g.end) ?? -1;
		if (list && k >= 0) {
			list.splice(k, 1);
			tp++;
		}
	}
	const fp = predicted.length - tp;
	const fn = gold.length - tp;
	const precision = ratio(tp, tp + fp, fn === 0);
	const recall = ratio(tp, tp + fn, fp === 0);
	const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
	return { tp, fp, fn, precision, recall, f1 };
}
