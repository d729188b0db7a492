/**
 * What the data build does with each record it computes, wherever it computes it: a worker thread of
 * the record pool (`record-worker.ts`) answers a batch of articles with their records' cache lines and
 * the checks of their mentions, so the main thread neither receives the records as objects nor
 * serialises them when it does not need them; the main thread runs the same function when it computes
 * a round itself (`buildDataInRounds`), and the same checks on the records the cache gives.
 */
import { mentionIssues } from '../data/dataset';
import { articleRecord, type ArticleRecord, type RecordContext, type RecordInput } from '../data/records';
import type { DataIssue } from '../core/errors';
import type { EventRecord } from '../events/schema';

/** A batch the pool sends: its number, to match the answer, the articles and what to answer. */
export interface RecordBatch {
	batch: number;
	inputs: RecordInput[];
	/** Each article's file: when given, the answer holds the records' checks (`RecordChecks`). */
	files?: string[];
	/** Answer each record's JSON text, the line the record cache stores. */
	json?: boolean;
	/** Answer the records themselves (a batch asking for nothing else gets them too). */
	records?: boolean;
}

/** The answer to a `RecordBatch`: what it asked for, in the order of its articles. */
export interface BatchAnswer {
	batch: number;
	records?: ArticleRecord[];
	json?: string[];
	checks?: RecordChecks;
}

/** What the data build checks and counts of a set of records (`checkRecord`). */
export interface RecordChecks {
	/** Problems of the mentions (`mentionIssues`), each with the index of its article. */
	issues: [number, DataIssue][];
	/** Places some mention names. */
	named: Set<string>;
	/** Events found in the text. */
	events: number;
	/** Found events that may repeat a reviewed one (`reviewedKindPlaces`): few, and only counted. */
	maybeReviewed: EventRecord[];
}

/** The ids of the linkable places and the reviewed events' `kind|place` keys the checks read. */
export interface CheckContext {
	placeIds: ReadonlySet<string>;
	reviewedKeys: ReadonlySet<string>;
}

/** Checks with nothing in them yet. */
export function emptyChecks(): RecordChecks {
	return { issues: [], named: new Set(), events: 0, maybeReviewed: [] };
}

/** Checks and counts one article's record into `into`, its problems naming `file` and index `index`. */
export function checkRecord(
	record: ArticleRecord,
	body: string,
	file: string,
	index: number,
	context: CheckContext,
	into: RecordChecks
): void {
	for (const issue of mentionIssues({ body, mentions: record.mentions }, file, context.placeIds))
		into.issues.push([index, issue]);
	for (const m of record.mentions) into.named.add(m.place);
	into.events += record.events.length;
	for (const e of record.events)
		if (e.places.some((p) => context.reviewedKeys.has(`${e.kind}|${p}`))) into.maybeReviewed.push(e);
}

/** Adds `more` (of articles numbered from `offset`) to `into`. */
export function mergeChecks(into: RecordChecks, more: RecordChecks, offset = 0): void {
	for (const [i, issue] of more.issues) into.issues.push([i + offset, issue]);
	for (const place of more.named) into.named.add(place);
	into.events += more.events;
	into.maybeReviewed.push(...more.maybeReviewed);
}

/** Computes a batch's records and answers what it asks for. */
export function answerBatch(
	{ batch, inputs, files, json, records }: RecordBatch,
	context: RecordContext,
	checkContext: CheckContext
): BatchAnswer {
	const made = inputs.map((input) => articleRecord(input, context));
	const answer: BatchAnswer = { batch };
	if (records || !(json || files)) answer.records = made;
	if (json) answer.json = made.map((r) => JSON.stringify(r));
	if (files) {
		const checks = emptyChecks();
		made.forEach((r, i) => checkRecord(r, inputs[i]!.body, files[i]!, i, checkContext, checks));
		answer.checks = checks;
	}
	return answer;
}
