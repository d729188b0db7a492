/**
 * Where the build gets each article's record (`data/records.ts`): from the content-hash cache when an
 * article was seen before with the same places and code, and otherwise computed, on the worker pool
 * when there are enough of them to pay for starting it, in this thread when not. What is computed is
 * written back to the cache.
 */
import { articleRecord, recordContext, recordInput, recordPlaces, type ArticleRecord } from '../data/records';
import type { PreparedDataset } from '../data/dataset';
import { RecordCache } from './record-cache';
import { codeHash, contextHash, recordKey } from './record-keys';
import { POOL_THRESHOLD, poolRecords } from './record-pool';

/** What one run did: how many records it found in the cache and computed, and on how many threads. */
export interface RecordStats {
	articles: number;
	cached: number;
	computed: number;
	/** Worker threads used; 0 when the records were computed in this thread (or none were). */
	workers: number;
	seconds: number;
}

/**
 * The context hash of a prepared corpus (see `record-keys.ts`), or undefined when the code's sources
 * cannot be read.
 */
export function corpusContext(prepared: Pick<PreparedDataset, 'candidates'>): string | undefined {
	const code = codeHash();
	return code ? contextHash(code, recordPlaces(prepared.candidates)) : undefined;
}

/** The cache of this corpus's context in `dir`, or undefined when there is no cache. */
export function openCache(
	dir: string | undefined,
	prepared: Pick<PreparedDataset, 'candidates'>
): RecordCache | undefined {
	const context = dir ? corpusContext(prepared) : undefined;
	return context ? new RecordCache(dir!, context) : undefined;
}

interface Plan {
	records: (ArticleRecord | undefined)[];
	keys: string[];
	missing: number[];
}

function plan(prepared: PreparedDataset, cache: RecordCache | undefined): Plan {
	const keys = cache ? prepared.articles.map((a) => recordKey(a)) : [];
	const records = prepared.articles.map((_, i) => cache?.get(keys[i]!));
	const missing = records.flatMap((r, i) => (r ? [] : [i]));
	return { records, keys, missing };
}

/** The records of the articles at `missing`, computed in this thread. */
function computeHere(prepared: PreparedDataset, missing: readonly number[]): ArticleRecord[] {
	if (!missing.length) return [];
	const context = recordContext(recordPlaces(prepared.candidates));
	return missing.map((i) => articleRecord(prepared.articles[i]!, context));
}

/**
 * Puts the computed records in their places and in the cache. A fold of the cache keeps only the
 * records of `p` when they are the whole corpus; a part's build keeps everything.
 */
function store(cache: RecordCache | undefined, p: Plan, computed: ArticleRecord[], whole = true): void {
	p.missing.forEach((i, j) => (p.records[i] = computed[j]));
	if (!cache || !computed.length) return;
	p.missing.forEach((i, j) => cache.put(p.keys[i]!, computed[j]!));
	cache.flush(whole ? new Set(p.keys) : undefined);
}

/**
 * Every article's record, in this thread: the cache's, and the rest computed one after another (and
 * cached). What the build's pages call, after `workerRecords` has filled the cache.
 */
export function cachedRecords(
	prepared: PreparedDataset,
	cache: RecordCache | undefined
): { records: ArticleRecord[]; stats: RecordStats } {
	const start = performance.now();
	const p = plan(prepared, cache);
	store(cache, p, computeHere(prepared, p.missing));
	return {
		records: p.records as ArticleRecord[],
		stats: stats(prepared, p, 0, start)
	};
}

/** How `workerRecords` runs. */
export interface PoolOptions {
	/** Fewer records than this to compute are computed in this thread (default `POOL_THRESHOLD`). */
	threshold?: number;
	/** The articles are part of the corpus (a `--shard`): the cache keeps the other articles' records. */
	part?: boolean;
}

/**
 * Every article's record: the cache's, and the rest computed on `workers` threads, or in this thread
 * when fewer than `threshold` are left to compute or `workers` is 0 or 1 (one worker only adds its start).
 */
export async function workerRecords(
	prepared: PreparedDataset,
	cache: RecordCache | undefined,
	workers: number,
	{ threshold = POOL_THRESHOLD, part = false }: PoolOptions = {}
): Promise<{ records: ArticleRecord[]; stats: RecordStats }> {
	const start = performance.now();
	const p = plan(prepared, cache);
	const pooled = workers > 1 && p.missing.length >= threshold;
	let computed: ArticleRecord[];
	if (pooled) {
		const inputs = p.missing.map((i) => recordInput(prepared.articles[i]!));
		computed = await poolRecords(inputs, recordPlaces(prepared.candidates), workers);
	} else computed = computeHere(prepared, p.missing);
	store(cache, p, computed, !part);
	return {
		records: p.records as ArticleRecord[],
		stats: stats(prepared, p, pooled ? workers : 0, start)
	};
}

function stats(prepared: PreparedDataset, p: Plan, workers: number, start: number): RecordStats {
	return {
		articles: prepared.articles.length,
		cached: prepared.articles.length - p.missing.length,
		computed: p.missing.length,
		workers,
		seconds: (performance.now() - start) / 1000
	};
}

/** A run's figures in words: "10000 articles: 9900 from the cache, 100 computed on 2 worker threads in 3.1 s". */
export function describeStats(s: RecordStats): string {
	const where = s.workers ? `on ${s.workers} worker threads` : 'in the main thread';
	return `${s.articles} articles: ${s.cached} from the record cache, ${s.computed} computed ${where} in ${s.seconds.toFixed(1)} s`;
}
