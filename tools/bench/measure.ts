import { spawn } from 'node:child_process';
import { compromiseMentions } from '../eval/baseline';
import {
	buildAliasIndex,
	findMentions,
	type AliasIndex,
	type GazetteerPlace
} from '../../src/lib/geoparse/match';
import { seededRandom } from './random';

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function totalChars(texts: readonly string[]): number {
	return texts.reduce((n, t) => n + t.length, 0);
}

/** The alias matcher's speed over a set of texts. */
export interface GeoparseTiming {
	articles: number;
	/** UTF-16 code units in all the texts. */
	chars: number;
	/** Aliases in the index, over all places. */
	aliases: number;
	/** Time to build the alias trie, once. */
	indexMs: number;
	/** Mentions found in one pass. */
	mentions: number;
	/** Timed passes over every text; the rate is the median pass's. */
	runs: number;
	seconds: number;
	articlesPerSecond: number;
}

/**
 * Times `buildAliasIndex` once and `findMentions` over every text: a warm-up pass over a slice of the
 * texts (so the JIT has compiled the matcher), then `runs` full passes, reporting the median.
 */
export function timeGeoparser(
	places: readonly GazetteerPlace[],
	texts: readonly string[],
	runs = 3
): GeoparseTiming {
	const t0 = performance.now();
	const index = buildAliasIndex(places);
	const indexMs = performance.now() - t0;
	for (const text of texts.slice(0, 500)) findMentions(text, index);
	const times: number[] = [];
	let mentions = 0;
	for (let r = 0; r < runs; r++) {
		let found = 0;
		const start = performance.now();
		for (const text of texts) found += findMentions(text, index).length;
		times.push((performance.now() - start) / 1000);
		mentions = found;
	}
	const seconds = median(times);
	return {
		articles: texts.length,
		chars: totalChars(texts),
		aliases: places.reduce((n, p) => n + p.aliases.length, 0),
		indexMs,
		mentions,
		runs,
		seconds,
		articlesPerSecond: texts.length / seconds
	};
}

/** The alias matcher's time over the same texts with an index of the first `places` places. */
export interface IndexSizeTiming {
	places: number;
	aliases: number;
	mentions: number;
	/** Median of the passes. */
	seconds: number;
	charsPerSecond: number;
}

/**
 * Times `findMentions` over the same texts with indexes of different sizes (the first `n` of `places`
 * for each `n` in `sizes`), passes interleaved so that a change in the machine's load falls on every
 * size alike: this isolates what the number of aliases costs from everything else.
 */
export function timeIndexSizes(
	places: readonly GazetteerPlace[],
	texts: readonly string[],
	sizes: readonly number[],
	runs = 5
): IndexSizeTiming[] {
	const subsets = sizes.map((n) => places.slice(0, n));
	const indexes = subsets.map((subset) => buildAliasIndex(subset));
	for (const index of indexes) for (const text of texts.slice(0, 500)) findMentions(text, index);
	const times = indexes.map((): number[] => []);
	const mentions = indexes.map(() => 0);
	for (let r = 0; r < runs; r++) {
		indexes.forEach((index, k) => {
			let found = 0;
			const start = performance.now();
			for (const text of texts) found += findMentions(text, index).length;
			times[k]!.push((performance.now() - start) / 1000);
			mentions[k] = found;
		});
	}
	const chars = totalChars(texts);
	return subsets.map((subset, k) => {
		const seconds = median(times[k]!);
		return {
			places: subset.length,
			aliases: subset.reduce((n, p) => n + p.aliases.length, 0),
			mentions: mentions[k]!,
			seconds,
			charsPerSecond: chars / seconds
		};
	});
}

/** The compromise baseline's speed, on every text or on a seeded sample of them. */
export interface BaselineTiming {
	/** Texts timed. */
	articles: number;
	/** Texts there were to choose from; more than `articles` when a sample was timed. */
	of: number;
	chars: number;
	seconds: number;
	articlesPerSecond: number;
}

/**
 * Times the evaluation's baseline, `compromiseMentions` (compromise's `nlp(text).places()` with offsets,
 * each place looked up in the alias index), on a seeded sample of `sample` texts (all of them when
 * `sample` is not smaller): compromise is slow enough that timing ten thousand articles takes minutes
 * and says nothing more. A few texts outside the timing warm it up first.
 */
export function timeBaseline(
	texts: readonly string[],
	index: AliasIndex,
	sample: number,
	seed: number
): BaselineTiming {
	const picked =
		sample > 0 && sample < texts.length
			? seededRandom(seed)
					.shuffled(texts.map((_, i) => i))
					.slice(0, sample)
					.sort((a, b) => a - b)
					.map((i) => texts[i]!)
			: [...texts];
	for (const text of picked.slice(0, 20)) compromiseMentions(text, index);
	const start = performance.now();
	for (const text of picked) compromiseMentions(text, index);
	const seconds = (performance.now() - start) / 1000;
	return {
		articles: picked.length,
		of: texts.length,
		chars: totalChars(picked),
		seconds,
		articlesPerSecond: picked.length / seconds
	};
}

/**
 * Serves a built site with `vite preview` (which reads `SITE_OUT`'s working folder) on `port` until
 * `run` settles; the server is stopped whatever happens.
 */
export async function withPreview<T>(
	siteOut: string,
	port: number,
	run: (baseUrl: string) => Promise<T>
): Promise<T> {
	const child = spawn(
		'npx',
		['vite', 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
		{
			env: { ...process.env, SITE_OUT: siteOut },
			stdio: ['ignore', 'pipe', 'pipe'],
			detached: true
		}
	);
	const baseUrl = `http://127.0.0.1:${port}`;
	try {
		const deadline = Date.now() + 60_000;
		for (;;) {
			if (child.exitCode !== null)
				throw new Error(`vite preview for ${siteOut} exited with code ${child.exitCode}`);
			try {
				if ((await fetch(baseUrl)).ok) break;
			} catch {
				if (Date.now() > deadline)
					throw new Error(`vite preview for ${siteOut} did not start on port ${port}`);
			}
			await new Promise((r) => setTimeout(r, 250));
		}
		return await run(baseUrl);
	} finally {
		try {
			process.kill(-child.pid!, 'SIGTERM');
		} catch {
			child.kill('SIGTERM');
		}
	}
}
