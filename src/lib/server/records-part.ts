/**
 * The per-article stage split across machines. `--shard i/n` takes the i-th of n partitions of the
 * articles, by a hash of each article's id (so an article stays in its partition as the corpus grows,
 * and the n parts are about the same size), computes their records and writes them to a part file: a
 * record pack (`record-cache.ts`) whose header also names the shard. Merging copies the parts' records
 * into the cache of the machine that builds, after checking each part was computed for this corpus's
 * places and code; the build then finds every record there and computes none.
 */
import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { PreparedDataset } from '../data/dataset';
import { writeFileAtomic } from './atomic';
import { POOL_THRESHOLD } from './record-pool';
import { packText, readPack, RecordCache } from './record-cache';
import { RECORD_FORMAT, recordKey } from './record-keys';
import { corpusContext, workerRecords, type RecordStats } from './records';

/** One of `count` partitions, numbered from 1. */
export interface Shard {
	index: number;
	count: number;
}

/** Reads `i/n` (1 ≤ i ≤ n), or throws saying what is expected. */
export function parseShard(text: string): Shard {
	const match = /^(\d+)\/(\d+)$/.exec(text.trim());
	const index = Number(match?.[1]);
	const count = Number(match?.[2]);
	if (!match || count < 1 || index < 1 || index > count)
		throw new Error(`--shard takes i/n with 1 ≤ i ≤ n, e.g. 2/8, not "${text}"`);
	return { index, count };
}

/** The partition (1 … count) an article belongs to: the first 32 bits of its id's SHA-256, modulo count. */
export function shardOf(id: string, count: number): number {
	const hash = createHash('sha256').update(id).digest();
	return (hash.readUInt32BE(0) % count) + 1;
}

/** The part file's name: `part-<i>-of-<n>.jsonl`. */
export function partFileName({ index, count }: Shard): string {
	return `part-${index}-of-${count}.jsonl`;
}

/** The articles of one partition, in the corpus's order. */
export function shardArticles(prepared: PreparedDataset, shard: Shard): PreparedDataset {
	return {
		...prepared,
		articles: prepared.articles.filter((a) => shardOf(a.id, shard.count) === shard.index)
	};
}

/**
 * Computes the records of one partition (on `workers` threads when `threshold` or more are left to
 * compute, taking what `cache` holds) and writes them to `outDir/part-<i>-of-<n>.jsonl`.
 */
export async function writePart(
	prepared: PreparedDataset,
	shard: Shard,
	outDir: string,
	cache: RecordCache | undefined,
	workers: number,
	threshold = POOL_THRESHOLD
): Promise<{ path: string; stats: RecordStats }> {
	const context = corpusContext(prepared);
	if (!context) throw new Error('the sources of src/lib/data/records.ts are needed to sign a part file');
	const part = shardArticles(prepared, shard);
	const { records, stats } = await workerRecords(part, cache, workers, { threshold, part: true });
	const entries = part.articles.map((a, i): [string, string] => [recordKey(a), JSON.stringify(records[i])]);
	const path = join(outDir, partFileName(shard));
	writeFileAtomic(
		path,
		packText({ format: RECORD_FORMAT, context, shard: `${shard.index}/${shard.count}` }, entries)
	);
	return { path, stats };
}

/** The part files named: files as they are, folders for the `part-*.jsonl` directly inside. */
export function partFiles(paths: readonly string[]): string[] {
	return paths.flatMap((path) =>
		statSync(path).isDirectory()
			? readdirSync(path)
					.filter((n) => /^part-\d+-of-\d+\.jsonl$/.test(n))
					.sort()
					.map((n) => join(path, n))
			: [path]
	);
}

/** What a merge did. */
export interface MergeResult {
	parts: number;
	/** Records the parts held. */
	records: number;
	/** Articles of the corpus that now have a record in the cache, and how many the corpus has. */
	covered: number;
	articles: number;
	/** Partitions of an `n`-way split that no part given holds (`i/n`), when the parts agree on n. */
	missingShards: string[];
}

/**
 * Copies the records of `files` into `cache`, the cache of `prepared`'s context. Throws naming the file
 * when a part is not a record pack or was computed for other places or other code: its records would
 * be wrong here, and the part must be computed again from this checkout and data.
 */
export function mergeParts(
	prepared: PreparedDataset,
	files: readonly string[],
	cache: RecordCache
): MergeResult {
	const shards = new Set<string>();
	let records = 0;
	const packs = files.map((file) => {
		const pack = readPack(file);
		if (pack.header.context !== cache.context)
			throw new Error(
				`${file} was computed for other places or other code (context ${pack.header.context.slice(0, 12)}…, ` +
					`this corpus's is ${cache.context.slice(0, 12)}…): compute it again from this checkout and data`
			);
		if (pack.header.shard) shards.add(pack.header.shard);
		return pack;
	});
	for (const pack of packs) {
		for (const [key, json] of pack.entries) cache.putJson(key, json);
		records += pack.entries.size;
	}
	const keys = prepared.articles.map((a) => recordKey(a));
	cache.flush(new Set(keys));
	const counts = new Set([...shards].map((s) => s.split('/')[1]));
	const missingShards: string[] = [];
	if (counts.size === 1) {
		const count = Number([...counts][0]);
		for (let i = 1; i <= count; i++) if (!shards.has(`${i}/${count}`)) missingShards.push(`${i}/${count}`);
	}
	return {
		parts: files.length,
		records,
		covered: keys.filter((k) => cache.has(k)).length,
		articles: keys.length,
		missingShards
	};
}
