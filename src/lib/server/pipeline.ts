import { assembleDataset, prepareDataset, type Dataset, type PreparedDataset } from '../data/dataset';
import {
	recordContext,
	recordInput,
	recordPlaces,
	type ArticleRecord,
	type RecordContext,
	type RecordInput
} from '../data/records';
import { DataError, type DataIssue } from '../core/errors';
import { withoutReviewed } from '../data/extracted';
import type { Article } from '../corpus/article';
import type { EventRecord } from '../events/schema';
import { validateEvents, type EventArticle } from '../events/validate';
import { geoNamesCities } from './geonames';
import { recordCacheDir } from './record-cache';
import { recordKey } from './record-keys';
import { answerBatch, checkRecord, emptyChecks, mergeChecks } from './record-batch';
import { POOL_THRESHOLD, RecordPool, workerCount, type Computed } from './record-pool';
import { cachedRecords, openCache, type RecordStats } from './records';
import { bulkStoreArticles, geodataDir, readSources } from './sources';

let cached: { dir: string; dataset: Dataset } | undefined;

/** The data folder read and validated: everything before the per-article stage. */
export function prepareData(dir = geodataDir()): PreparedDataset {
	const { sources, issues } = readSources(dir);
	if (issues.length) throw new DataError(issues);
	return prepareDataset(sources, geoNamesCities());
}

/**
 * The one place the data pipeline runs: read `geodata/` and GeoNames (for automatic places), validate,
 * geoparse. The build's published
 * files, the reader pages and the command-line tools all call this, so they all see the same links.
 * The result is cached per process because prerendering asks for it once per page. Each article's
 * record comes from the record cache (`.cache/records`, see `record-cache.ts`) when it was computed
 * before with the same places and code; the rest are computed here and cached.
 */
export function loadDataset(dir = geodataDir()): Dataset {
	if (cached?.dir === dir) return cached.dataset;
	const prepared = prepareData(dir);
	const cache = openCache(recordCacheDir(), prepared);
	let records: ArticleRecord[];
	try {
		records = cachedRecords(prepared, cache).records;
	} finally {
		cache?.close();
	}
	const dataset = assembleDataset(prepared, records);
	cached = { dir, dataset };
	return dataset;
}

/** Articles a round of `buildDataInRounds` reads, computes and caches before the next: what it holds at once. */
export const BUILD_ROUND = 20_000;

/** What a data build in rounds found: the records' figures, and what its summary line says. */
export interface RoundsSummary {
	stats: RecordStats;
	rounds: number;
	/** Places some article links to. */
	placesNamed: number;
	reviewedEvents: number;
	/** Events the extractor found in the articles' text (before the reviewed ones are set against them). */
	foundEvents: number;
	/** Of `foundEvents`, those a reviewed event does not already hold whole (`withoutReviewed`). */
	unreviewedEvents: number;
	/** The data folder validated, its Markdown articles oldest first (the bulk store's are not held). */
	prepared: PreparedDataset;
	/** The reviewed events, validated against the articles they cite. */
	reviewed: EventRecord[];
}

/**
 * Called with each round's articles and their records once the round is checked, in the corpus's
 * order (the Markdown articles oldest first, then the bulk store's rows): what the published files are
 * written from (`data-files.ts`) without a second pass over the corpus.
 */
export type RoundSink = (articles: readonly Article[], records: readonly ArticleRecord[]) => void;

/**
 * Every entry of every reviewed event file's `events` array, read loosely (a file that does not parse,
 * or has no such array, gives none): `validateEvents` checks the files properly later, and the build
 * needs a few of their fields before it can.
 */
function* looseEvents(files: readonly { text: string }[]): Generator<unknown> {
	for (const { text } of files) {
		let json: unknown;
		try {
			json = JSON.parse(text);
		} catch {
			continue;
		}
		const events = (json as { events?: unknown })?.events;
		if (Array.isArray(events)) yield* events;
	}
}

/**
 * The article ids the reviewed event files cite as sources, read loosely: `validateEvents` checks the
 * files properly, and needs only these articles' texts, not the corpus's.
 */
export function citedArticles(files: readonly { text: string }[]): Set<string> {
	const ids = new Set<string>();
	for (const e of looseEvents(files)) {
		const article = (e as { source?: { article?: unknown } })?.source?.article;
		if (typeof article === 'string') ids.add(article);
	}
	return ids;
}

/**
 * `kind|place` of every event the reviewed event files hold, read loosely like `citedArticles`: an
 * extracted event none of whose places is here under its kind cannot be a reviewed event's duplicate
 * (`reviewedDuplicate`), so a build need keep only the few that can until the files are validated.
 */
export function reviewedKindPlaces(files: readonly { text: string }[]): Set<string> {
	const keys = new Set<string>();
	for (const e of looseEvents(files)) {
		const { kind, places } = (e ?? {}) as { kind?: unknown; places?: unknown };
		if (typeof kind !== 'string' || !Array.isArray(places)) continue;
		for (const p of places) if (typeof p === 'string') keys.add(`${kind}|${p}`);
	}
	return keys;
}

/** A round of `buildDataInRounds` read ahead: its articles, what the cache holds of them, what is left. */
interface Round {
	batch: Article[];
	/** Problems reading it found (rows skipped in the bulk store before its last article). */
	found: DataIssue[];
	/** The articles' keys in the record cache: none when there is no cache. */
	keys: string[];
	records: (ArticleRecord | undefined)[];
	/** Indexes of the articles the cache does not hold, and their inputs. */
	missing: number[];
	inputs: RecordInput[];
	/** Their records' cache lines and checks on the pool, once started. */
	made?: Promise<Computed>;
}

/**
 * Articles read between two turns of the event loop while a round is read ahead: each turn lets the
 * pool hand its workers their next batch, and a worker's batch (250 articles) lasts longer than this
 * many articles take to read, key and look up.
 */
const READ_SLICE = 500;

/**
 * The data build for a corpus of any size: the curated Markdown articles and then the bulk store
 * (`bulkStoreArticles`) are taken `round` articles at a time; each round's records come from the cache
 * or are computed (on one pool of `workers` threads kept for every round) and appended to the cache, so
 * the build holds one round's articles and records, the record cache's index and each article's id
 * (for duplicates). The checks across articles run here: duplicate ids, every mention against the
 * linkable places and its own text, and the reviewed events against the articles they cite. Every
 * problem of every round is collected and thrown together as a `DataError`. `sink`, when given, is
 * handed each round's articles and records (see `RoundSink`).
 */
export async function buildDataInRounds(
	dir = geodataDir(),
	workers = workerCount(),
	round = BUILD_ROUND,
	sink?: RoundSink
): Promise<RoundsSummary> {
	const start = performance.now();
	const { sources, issues } = readSources(dir, { bulk: false });
	if (issues.length) throw new DataError(issues);
	const geonames = geoNamesCities();
	const prepared = prepareDataset(sources, geonames);
	const cache = openCache(recordCacheDir(), prepared);
	const places = recordPlaces(prepared.candidates);
	const cited = citedArticles(prepared.eventFiles);
	const reviewedKeys = reviewedKindPlaces(prepared.eventFiles);
	/** Found events that may repeat a reviewed one: set against the reviewed events once they are valid. */
	const maybeReviewed: EventRecord[] = [];
	const citedTexts: EventArticle[] = [];
	const seen = new Map<string, string>();
	const live = new Set<string>();
	const named = new Set<string>();
	let context: RecordContext | undefined;
	let pool: RecordPool | undefined;
	let computed = 0;
	let count = 0;
	let roundsRun = 0;
	let foundEvents = 0;
	let reviewed: EventRecord[];
	/** Problems the bulk store's reading finds, handed to the round they were found reading. */
	const readIssues: DataIssue[] = [];
	/** Rows skipped after the last article: pushed last, where a build without read-ahead found them. */
	let trailing: DataIssue[] = [];
	try {
		const articles = (function* () {
			yield* prepared.articles;
			yield* bulkStoreArticles(dir, readIssues);
		})();
		const checkContext = { placeIds: new Set(places.map((p) => p.id)), reviewedKeys };
		/** What the round's computed records are asked for: cache lines to store, records for the sink. */
		const ask = (r: Round) => ({
			files: r.missing.map((i) => r.batch[i]!.file),
			json: !!cache,
			records: !!sink
		});
		/** The next round read and looked up in the cache, its records not yet computed. */
		const take = async (): Promise<Round | undefined> => {
			const batch: Article[] = [];
			const keys: string[] = [];
			const records: (ArticleRecord | undefined)[] = [];
			for (let next = articles.next(); !next.done; next = articles.next()) {
				const article = next.value;
				batch.push(article);
				if (cache) {
					const key = recordKey(article);
					keys.push(key);
					records.push(cache.get(key));
				} else records.push(undefined);
				if (batch.length === round) break;
				if (batch.length % READ_SLICE === 0) await new Promise((resolve) => setImmediate(resolve));
			}
			const found = readIssues.splice(0);
			if (!batch.length) {
				trailing = found;
				return undefined;
			}
			const missing = records.flatMap((r, i) => (r ? [] : [i]));
			return { batch, found, keys, records, missing, inputs: missing.map((i) => recordInput(batch[i]!)) };
		};
		/** Starts the round's records on the pool, when the pool computes them. */
		const launch = (r: Round): void => {
			if (!r.inputs.length || workers <= 1 || !(pool || r.inputs.length >= POOL_THRESHOLD)) return;
			pool ??= new RecordPool(places, workers, reviewedKeys);
			r.made = pool.compute(r.inputs, ask(r));
			// Awaited later, after the next round is read: until then a failure must not go unhandled.
			r.made.catch(() => undefined);
		};
		/** The round's computed records' cache lines and checks, from the pool or from the main thread. */
		const computedOf = async (r: Round): Promise<Computed> => {
			if (r.made) return r.made;
			context ??= recordContext(places);
			const answer = answerBatch({ batch: 0, inputs: r.inputs, ...ask(r) }, context, checkContext);
			return { records: answer.records, json: answer.json, checks: answer.checks! };
		};
		// Read-ahead: while the workers compute a round, the main thread reads the next one and then
		// checks and hands over the round before, so the workers do not wait on the reading and the
		// cache. The workers check the records they compute and give back each one's cache line, so the
		// main thread neither receives nor serialises a record unless a sink needs it.
		let current = await take();
		if (current) launch(current);
		while (current) {
			const following = await take();
			const made = await computedOf(current);
			if (following) launch(following);
			const { batch, found, keys, records, missing } = current;
			roundsRun++;
			issues.push(...found);
			const checks = emptyChecks();
			records.forEach((r, i) => {
				if (r) checkRecord(r, batch[i]!.body, batch[i]!.file, i, checkContext, checks);
			});
			if (missing.length) {
				missing.forEach((i, j) => {
					if (made.records) records[i] = made.records[j];
					if (cache) cache.putJson(keys[i]!, made.json![j]!);
				});
				cache?.append();
				computed += missing.length;
				const issuesAt = made.checks.issues.map(([j, issue]): [number, DataIssue] => [missing[j]!, issue]);
				mergeChecks(checks, { ...made.checks, issues: issuesAt });
			}
			batch.forEach((a, i) => {
				const other = seen.get(a.id);
				if (other)
					issues.push({
						file: a.file,
						field: a.row === undefined ? '(file name)' : `rows[${a.row}].id`,
						message: `duplicate article id "${a.id}" (also ${other})`
					});
				// The file alone (one string shared by its rows), so a million ids cost the ids.
				else seen.set(a.id, a.file);
				if (cache) live.add(keys[i]!);
				if (cited.has(a.id)) citedTexts.push(a);
			});
			// After the round's duplicates, in the articles' order, as `checkMentions` gives them.
			checks.issues.sort((x, y) => x[0] - y[0]);
			for (const [, issue] of checks.issues) issues.push(issue);
			for (const place of checks.named) named.add(place);
			foundEvents += checks.events;
			maybeReviewed.push(...checks.maybeReviewed);
			count += batch.length;
			sink?.(batch, records as ArticleRecord[]);
			current = following;
		}
		issues.push(...trailing);
		const { events, issues: eventIssues } = validateEvents(prepared.eventFiles, prepared.curated, citedTexts);
		issues.push(...eventIssues);
		reviewed = events;
		if (issues.length) throw new DataError(issues);
		cache?.flush(live);
	} finally {
		cache?.close();
		await pool?.close();
	}
	return {
		stats: {
			articles: count,
			cached: count - computed,
			computed,
			workers: pool ? workers : 0,
			seconds: (performance.now() - start) / 1000
		},
		rounds: roundsRun,
		placesNamed: named.size,
		reviewedEvents: reviewed.length,
		foundEvents,
		unreviewedEvents: foundEvents - maybeReviewed.length + withoutReviewed(maybeReviewed, reviewed).length,
		prepared,
		reviewed
	};
}
