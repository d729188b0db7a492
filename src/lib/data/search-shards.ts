/**
 * The article search index, published in shards under `data/search/` so that a query fetches only
 * what its words need, whatever the size of the corpus:
 *
 * - `data/search/index.json` (`SearchManifest`): how the rest is cut, and the prefixes of the term shards;
 * - `data/search/terms/<shard>.json` (`TermShard`): every word of the articles starting with the shard's
 *   prefix (and under no longer prefix), with the number of articles holding it and either their
 *   positions or the number of postings pages and the newest `SEARCH_NEWEST` positions;
 * - `data/search/postings/<shard>/<term>/<n>.json` (`PostingsPage`): a frequent word's positions,
 *   `SEARCH_PAGE` at a time, the newest articles in page 0;
 * - `data/search/docs/<n>.json` (`SearchDocChunk`): the title, outlet, date and sentences of the
 *   articles at positions `n × docChunk` onwards, from which a result shows the sentence matched.
 *
 * Words are the geoparser's folded tokens (`tokenize`: case and diacritics folded), whole words only,
 * so a word in no article has no entry and finds nothing. Each article is also indexed under its
 * outlet, as the term `~<outlet id>` (`outletTerm`; the id of explorer.json's outlets), which no word
 * can be: the outlet filter narrows a query's positions by those postings before it reads any docs file. A position is the article's place in
 * the published order (`ARTICLE_ORDER`, oldest first), so the highest positions are the newest articles. The build
 * writes these from the published dataset, so an excerpts-only build indexes only the excerpts.
 */
import { tokenize } from '../core/fold';
import type { PublishedArticle } from './dataset';
import { deltaEncode } from './delta';
import { sentenceSpans } from './excerpt';
import { resolveOutlets } from './outlets';

/** Articles per `data/search/docs/<n>.json`: a result costs one such file, about 10 KB gzip of text. */
export const SEARCH_DOC_CHUNK = 8;

/** Positions per postings page; a word in at most this many articles keeps them in its term shard. */
export const SEARCH_PAGE = 4000;

/** Words in fewer articles than this keep their positions inline in the term shard. */
export const SEARCH_INLINE = 64;

/**
 * Positions a word in postings pages also keeps in its term shard, its newest: as many as a search
 * lists at first, so a one-word query needs no postings page (a round trip fewer after the shard)
 * for about 20 bytes a frequent word.
 */
export const SEARCH_NEWEST = 8;

/**
 * About how many bytes of JSON a term shard may hold before it is split by one more letter of prefix.
 * The split stops at a prefix of six letters: a shard of one prefix that long holds few words.
 */
export const SEARCH_SHARD_BYTES = 48_000;
const MAX_PREFIX = 6;

/** `data/search/index.json`. */
export interface SearchManifest {
	/** The format's version, raised when a reader of an older one would misread the files. */
	version: 1;
	/** How many articles are indexed (positions run from 0 to `articles - 1`). */
	articles: number;
	/** Articles per docs file. */
	docChunk: number;
	/** Positions per postings page. */
	page: number;
	/** The term shards' prefixes, sorted; a word is in the shard of the longest one it starts with. */
	shards: string[];
}

/**
 * One word of a term shard: `[word, articles, positions]` with the positions of the articles holding
 * it, ascending and delta-coded (`deltaEncode`), or `[word, articles, pages, newest]` when they are in
 * that many postings pages, `newest` the `SEARCH_NEWEST` highest of them, ascending and delta-coded
 * (absent in shards written before it was added).
 */
export type TermEntry =
	| [word: string, articles: number, positions: number[]]
	| [word: string, articles: number, pages: number, newest?: number[]];

/** `data/search/terms/<shard>.json`. */
export interface TermShard {
	prefix: string;
	/** Sorted by word (JavaScript string order), so the page finds one by binary search. */
	terms: TermEntry[];
}

/**
 * `data/search/postings/<shard>/<term>/<n>.json`: page `n` of a word's positions (`term` is the word's
 * index in its shard). Page 0 holds the `page` (manifest) highest (newest) positions, page 1 the next, …;
 * each ascending and delta-coded.
 */
export interface PostingsPage {
	positions: number[];
}

/** One article as a search result shows it. */
export interface SearchDoc {
	id: string;
	title: string;
	outlet: string;
	/** The publication date, `yyyy-mm-dd`, or `yyyy-mm` when only the month is known. */
	date: string;
	/** Its text, sentence by sentence, whitespace collapsed; a heading's "## " is left out. */
	sentences: string[];
	/** True for a curated article, whose reader is its prerendered page (`view/reader-url.ts`). */
	curated?: true;
}

/** `data/search/docs/<n>.json`. */
export interface SearchDocChunk {
	chunk: number;
	articles: SearchDoc[];
}

/** A shard's file name: its prefix with every character outside a–z and 0–9 written `_<hex>_`. */
export function shardFile(prefix: string): string {
	let out = '';
	for (const ch of prefix) out += /^[a-z0-9]$/.test(ch) ? ch : `_${ch.codePointAt(0)!.toString(16)}_`;
	return out;
}

export const searchManifestPath = '/data/search/index.json';
export const termShardPath = (prefix: string) => `/data/search/terms/${shardFile(prefix)}.json`;
export const postingsPath = (prefix: string, term: number, page: number) =>
	`/data/search/postings/${shardFile(prefix)}/${term}/${page}.json`;
export const searchDocPath = (chunk: number) => `/data/search/docs/${chunk}.json`;

/**
 * The term an outlet's articles are indexed under: its id behind `~`, a character no folded word holds,
 * so an outlet can never be found by typing, nor a word by an outlet.
 */
export function outletTerm(outletId: string): string {
	return `~${outletId}`;
}

/** The distinct words of a text, folded as the index folds them, in the order they first occur. */
export function searchWords(text: string): string[] {
	return [...new Set(tokenize(text).map((t) => t.text))];
}

/** The prefix (of `shards`, sorted) whose shard holds `word`: the longest one it starts with. */
export function shardOf(shards: readonly string[], word: string): string | undefined {
	const chars = [...word];
	for (let n = Math.min(chars.length, MAX_PREFIX); n > 0; n--) {
		const prefix = chars.slice(0, n).join('');
		let lo = 0;
		let hi = shards.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (shards[mid]! < prefix) lo = mid + 1;
			else hi = mid;
		}
		if (shards[lo] === prefix) return prefix;
	}
	return undefined;
}

/** An article's date as a result shows it: the month only when that is all that is known. */
function articleDate(a: PublishedArticle): string {
	return a.published.slice(0, a.datePrecision === 'month' ? 7 : 10);
}

/** The sentences of a body as `SearchDoc.sentences` has them. */
export function docSentences(body: string): string[] {
	return sentenceSpans(body).map((s) => body.slice(s.start, s.end).replace(/\s+/g, ' '));
}

/** Every file of the index, built once; each function answers undefined for a file that does not exist. */
export interface SearchShards {
	manifest: SearchManifest;
	shard(file: string): TermShard | undefined;
	postings(file: string, term: number, page: number): PostingsPage | undefined;
	docs(chunk: number): SearchDocChunk | undefined;
	/** Every postings page, as `[shard file, term, page]`, for prerendering. */
	pages(): [string, number, number][];
	/** How many docs files there are. */
	docChunks: number;
}

/** How the index is cut: the defaults are the published ones; specs make them small. */
export interface SearchCut {
	docChunk: number;
	page: number;
	inline: number;
	shardBytes: number;
}

const DEFAULT_CUT: SearchCut = {
	docChunk: SEARCH_DOC_CHUNK,
	page: SEARCH_PAGE,
	inline: SEARCH_INLINE,
	shardBytes: SEARCH_SHARD_BYTES
};

/** The approximate JSON size of a term entry, for deciding where to split shards. */
function entryBytes(word: string, list: number[], inline: number): number {
	const kept = list.length > inline ? list.slice(-SEARCH_NEWEST) : list;
	let bytes = word.length + (list.length > inline ? 24 : 12);
	let previous = 0;
	for (const p of kept) {
		bytes += String(p - previous).length + 1;
		previous = p;
	}
	return bytes;
}

/**
 * Cuts the sorted words into shards: one per first letter, a shard over `SEARCH_SHARD_BYTES` split by
 * the next letter (the words no longer than its prefix stay in it), down to `MAX_PREFIX` letters.
 */
function cutShards(words: string[], bytes: (word: string) => number, limit: number): Map<string, string[]> {
	const shards = new Map<string, string[]>();
	const place = (prefix: string, group: string[]) => {
		const size = group.reduce((sum, w) => sum + bytes(w), 0);
		if (size <= limit || prefix.length >= MAX_PREFIX) {
			shards.set(prefix, group);
			return;
		}
		const stay: string[] = [];
		const next = new Map<string, string[]>();
		for (const w of group) {
			if ([...w].length <= [...prefix].length) stay.push(w);
			else {
				const child = [...w].slice(0, [...prefix].length + 1).join('');
				const list = next.get(child) ?? [];
				list.push(w);
				next.set(child, list);
			}
		}
		if (stay.length) shards.set(prefix, stay);
		for (const [child, list] of next) place(child, list);
	};
	const first = new Map<string, string[]>();
	for (const w of words) {
		const head = [...w][0]!;
		const list = first.get(head) ?? [];
		list.push(w);
		first.set(head, list);
	}
	for (const [head, list] of first) place(head, list);
	return shards;
}

/**
 * Build time: the index of `articles` (in published order, so the index is the position). Every word of
 * each title and body is indexed once per article, and the article under its outlet's term.
 * `outletIds` gives each article's outlet id by position, as explorer.json's outlets have them (the
 * build passes `ArticleFacts`'); without it the ids are resolved with no curated outlets.
 */
export function buildSearchShards(
	articles: readonly PublishedArticle[],
	options: Partial<SearchCut> = {},
	outletIds?: readonly string[]
): SearchShards {
	const { docChunk, page: pageSize, inline, shardBytes } = { ...DEFAULT_CUT, ...options };
	if (outletIds && outletIds.length !== articles.length)
		throw new Error(`${outletIds.length} outlet ids for ${articles.length} articles`);
	const outletOf =
		outletIds ??
		(() => {
			const { outlets, outletOf: index } = resolveOutlets(articles, []);
			return index.map((o) => outlets[o]!.id);
		})();
	const postings = new Map<string, number[]>();
	articles.forEach((a, position) => {
		for (const word of articleTerms(a, outletOf[position]!)) {
			const list = postings.get(word);
			if (list) list.push(position);
			else postings.set(word, [position]);
		}
	});
	const terms = termFiles(postings, { page: pageSize, inline, shardBytes });
	return {
		manifest: { version: 1, articles: articles.length, docChunk, page: pageSize, shards: terms.prefixes },
		shard: terms.shard,
		postings: terms.postings,
		pages: terms.pages,
		docChunks: Math.ceil(articles.length / docChunk),
		docs(chunk) {
			if (!Number.isInteger(chunk) || chunk < 0 || chunk * docChunk >= articles.length) return undefined;
			return { chunk, articles: articles.slice(chunk * docChunk, (chunk + 1) * docChunk).map(searchDoc) };
		}
	};
}

/** The terms an article is indexed under: its words (title and text) and its outlet's term. */
export function articleTerms(a: Pick<PublishedArticle, 'title' | 'body'>, outletId: string): string[] {
	return [...searchWords(`${a.title}\n${a.body}`), outletTerm(outletId)];
}

/** An article as a docs file holds it. */
export function searchDoc(a: PublishedArticle): SearchDoc {
	return {
		id: a.id,
		title: a.title,
		outlet: a.outlet,
		date: articleDate(a),
		sentences: docSentences(a.body),
		...(a.curated ? { curated: true as const } : {})
	};
}

/** The term shards and postings pages of some words, each on demand. */
export interface TermFiles {
	/** The shards' prefixes, sorted. */
	prefixes: string[];
	shard(file: string): TermShard | undefined;
	postings(file: string, term: number, page: number): PostingsPage | undefined;
	/** Every postings page, as `[shard file, term, page]`. */
	pages(): [string, number, number][];
}

/**
 * The term shards of `postings` (each word's ascending positions). Words are cut into shards by their
 * first letter and then by longer prefixes, each first letter on its own, so the words of some first
 * letters give the same shards alone as among all the others: the build in rounds cuts them a few
 * first letters at a time.
 */
export function termFiles(
	postings: ReadonlyMap<string, number[]>,
	options: Partial<Omit<SearchCut, 'docChunk'>> = {}
): TermFiles {
	const { page: pageSize, inline, shardBytes } = { ...DEFAULT_CUT, ...options };
	const words = [...postings.keys()].sort();
	const cut = cutShards(words, (w) => entryBytes(w, postings.get(w)!, inline), shardBytes);
	const prefixes = [...cut.keys()].sort();
	const byFile = new Map<string, { prefix: string; words: string[] }>();
	for (const prefix of prefixes) byFile.set(shardFile(prefix), { prefix, words: cut.get(prefix)! });

	return {
		prefixes,
		shard(file) {
			const found = byFile.get(file);
			if (!found) return undefined;
			return {
				prefix: found.prefix,
				terms: found.words.map((w): TermEntry => {
					const list = postings.get(w)!;
					return list.length > inline
						? [w, list.length, Math.ceil(list.length / pageSize), deltaEncode(list.slice(-SEARCH_NEWEST))]
						: [w, list.length, deltaEncode(list)];
				})
			};
		},
		postings(file, term, page) {
			const word = byFile.get(file)?.words[term];
			const list = word === undefined ? undefined : postings.get(word);
			if (!list || list.length <= inline || !Number.isInteger(page) || page < 0) return undefined;
			const end = list.length - page * pageSize;
			if (end <= 0) return undefined;
			return { positions: deltaEncode(list.slice(Math.max(0, end - pageSize), end)) };
		},
		pages() {
			const out: [string, number, number][] = [];
			for (const [file, { words: list }] of byFile)
				list.forEach((w, term) => {
					const n = postings.get(w)!.length;
					if (n > inline) for (let p = 0; p < Math.ceil(n / pageSize); p++) out.push([file, term, p]);
				});
			return out;
		}
	};
}
