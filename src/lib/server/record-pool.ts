/**
 * The per-article stage on every core: a pool of worker threads (`node:worker_threads`), each with its
 * own alias index, fed batches of articles from one queue, so a slow batch never holds up the others.
 * Records come back in the order the articles were given, the same records `articleRecord` gives in
 * the main thread (the workers run the same function on the same inputs).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ArticleRecord, RecordInput, RecordPlace } from '../data/records';
import {
	emptyChecks,
	mergeChecks,
	type BatchAnswer,
	type RecordBatch,
	type RecordChecks
} from './record-batch';

/**
 * Below this many articles to compute the pool is not used. Starting a worker (loading tsx and the
 * modules, building the alias index) costs about 1 s of CPU; with the starts overlapping and the
 * articles shared out, the pool pays once the main thread would spend more than about two starts on
 * the articles, 1,000 to 1,500 of them at 1.6 ms each (README, "The data build").
 */
export const POOL_THRESHOLD = 1000;

/** The number of workers: `$BUILD_WORKERS` when set, else one per core the machine offers. */
export function workerCount(): number {
	const value = process.env.BUILD_WORKERS;
	if (value !== undefined && value !== '') {
		const n = Number(value);
		if (!Number.isInteger(n) || n < 0)
			throw new Error(`BUILD_WORKERS must be a whole number of worker threads, not "${value}"`);
		return n;
	}
	return availableParallelism();
}

/** Articles per batch: small enough to share the work out evenly, big enough that messages cost little. */
function batchSize(articles: number, workers: number): number {
	return Math.max(1, Math.min(250, Math.ceil(articles / (workers * 16))));
}

/** What `RecordPool.compute` asks of the workers besides the records' checks. */
export interface ComputeOptions {
	/** Each article's file: the problems of its mentions name it. */
	files: readonly string[];
	/** The records' cache lines (their JSON text). */
	json: boolean;
	/** The records themselves. */
	records: boolean;
}

/** What `RecordPool.compute` gives, in the order of the articles. */
export interface Computed {
	records?: ArticleRecord[];
	json?: string[];
	/** The records' checks; each problem carries its article's index in the inputs. */
	checks: RecordChecks;
}

/**
 * Worker threads kept for several runs: a build that goes through its articles in rounds starts them
 * once (each builds its alias index, about 1 s of CPU) and gives each round to the same threads.
 * `reviewedKeys` (`reviewedKindPlaces`) are what the workers' checks set found events against.
 */
export class RecordPool {
	private readonly threads: Worker[] = [];
	private current:
		| {
				batches: RecordBatch[];
				results: BatchAnswer[];
				next: number;
				done: number;
				resolve: () => void;
				reject: (e: unknown) => void;
		  }
		| undefined;
	private failure: unknown;
	private closing = false;

	constructor(
		places: readonly RecordPlace[],
		readonly workers: number,
		reviewedKeys: Iterable<string> = []
	) {
		const reviewed = [...reviewedKeys];
		for (let w = 0; w < workers; w++) {
			// No inherited flags: the parent's tsx `--import` fails in a worker; record-thread.mjs loads tsx itself.
			const worker = new Worker(new URL('./record-thread.mjs', import.meta.url), {
				execArgv: [],
				workerData: {
					module: new URL('./record-worker.ts', import.meta.url).href,
					places,
					reviewedKeys: reviewed
				}
			});
			this.threads.push(worker);
			worker.on('message', (answer: BatchAnswer) => {
				const run = this.current;
				if (!run) return;
				run.results[answer.batch] = answer;
				if (++run.done === run.batches.length) run.resolve();
				else this.feed(worker);
			});
			worker.on('error', (e) => this.fail(e));
			worker.on('exit', (code) => {
				if (!this.closing) this.fail(new Error(`a record worker stopped (exit ${code})`));
			});
		}
	}

	private fail(e: unknown): void {
		this.failure ??= e;
		this.current?.reject(e);
	}

	private feed(worker: Worker): void {
		const run = this.current;
		if (run && run.next < run.batches.length) worker.postMessage(run.batches[run.next++]);
	}

	/** The records of `inputs`, in their order. Rejects with the first worker's error. */
	async run(inputs: readonly RecordInput[]): Promise<ArticleRecord[]> {
		const answers = await this.answers(inputs, () => ({}));
		return answers.flatMap((a) => a.records!);
	}

	/**
	 * Computes the records of `inputs` and answers what `options` asks: the records, their cache lines,
	 * and always their checks (`checkRecord`), run in the workers so that the main thread neither
	 * receives nor serialises a record it only stores. Rejects with the first worker's error.
	 */
	async compute(inputs: readonly RecordInput[], options: ComputeOptions): Promise<Computed> {
		const { json, records } = options;
		const answers = await this.answers(inputs, (start, end) => ({
			files: options.files.slice(start, end),
			json,
			records
		}));
		const computed: Computed = { checks: emptyChecks() };
		if (records) computed.records = answers.flatMap((a) => a.records!);
		if (json) computed.json = answers.flatMap((a) => a.json!);
		const size = batchSize(inputs.length, this.workers);
		answers.forEach((a, i) => mergeChecks(computed.checks, a.checks!, i * size));
		return computed;
	}

	private async answers(
		inputs: readonly RecordInput[],
		ask: (start: number, end: number) => Omit<RecordBatch, 'batch' | 'inputs'>
	): Promise<BatchAnswer[]> {
		if (this.failure) throw this.failure;
		if (this.current) throw new Error('RecordPool.run is already running');
		const size = batchSize(inputs.length, this.workers);
		const batches: RecordBatch[] = [];
		for (let i = 0; i < inputs.length; i += size)
			batches.push({ batch: batches.length, inputs: inputs.slice(i, i + size), ...ask(i, i + size) });
		if (!batches.length) return [];
		const results: BatchAnswer[] = new Array(batches.length);
		try {
			await new Promise<void>((resolve, reject) => {
				this.current = { batches, results, next: 0, done: 0, resolve, reject };
				for (const worker of this.threads) this.feed(worker);
			});
		} finally {
			this.current = undefined;
		}
		return results;
	}

	/** Stops the threads. */
	async close(): Promise<void> {
		this.closing = true;
		await Promise.all(this.threads.map((t) => t.terminate()));
	}
}

/**
 * Computes the records of `inputs` on `workers` threads. Rejects with the first worker's error; the
 * other workers are stopped.
 */
export async function poolRecords(
	inputs: readonly RecordInput[],
	places: readonly RecordPlace[],
	workers: number
): Promise<ArticleRecord[]> {
	if (!inputs.length) return [];
	const pool = new RecordPool(places, Math.min(workers, inputs.length));
	try {
		return await pool.run(inputs);
	} finally {
		await pool.close();
	}
}
