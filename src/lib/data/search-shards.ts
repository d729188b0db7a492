/**
 * The article search index, published in shards under `data/search/` so that a query fetches only
 * what its words need, whatever the size of the corpus:
 *
 * - `data/search/index.json` (`SearchManifest`): how the rest is cut, and the prefixes of the term shards;
 * - `data/search/terms/<shard>.json` (`TermShard`): every word of the articles starting with the shard's
 *   prefix (and under no longer prefix), with the positions of the articles holding it when they are
 *   few, or only the word when its positions are in postings files: what grows with every article
 *   holding a frequent word (its count, its newest positions) is in its postings head, which changes
 *   with those articles anyway, so a term shard changes only when one of its words' entries does (a
 *   rare word's article, a new word, a word passing `SEARCH_INLINE` articles);
 * - `data/search/postings/<word>/<n>.json` (`PostingsPage`) and `…/head.json` (`PostingsHead`): a
 *   frequent word's positions cut from the oldest end, as a place's panel pages are: sealed page `n`
 *   holds positions `n × page` to `n × page + page − 1` counted from the oldest, and the head the
 *   newest `page` to `2 × page − 1` (all of them under `2 × page`) with the first position of every
 *   file, so articles added after the others change only the heads of their words until a head
 *   seals another page;
 * - `data/search/docs/<n>.json` (`SearchDocChunk`): the title, outlet, date and sentences of the
 *   articles whose keys, shifted right by `docBits`, are `n` (at most `2^docBits` articles of one
 *   day), from which a result shows the sentence matched.
 *
 * Words are the geoparser's folded tokens (`tokenize`: case and diacritics folded), whole words only,
 * so a word in no article has no entry and finds nothing. Each article is also indexed under its
 * outlet, as the term `~<outlet id>` (`outletTerm`; the id of explorer.json's outlets), which no word
 * can be: the outlet filter narrows a query's positions by those postings before it reads any docs
 * file. A position is the article's key (`article-keys.ts`: its day and its rank that day), which
 * follows the published order (`ARTICLE_ORDER`, oldest first), so the highest are the newest articles,
 * and which an article dated before the others leaves unchanged but for those of its own day. The build
 * writes these from the published dataset, so an excerpts-only build indexes only the excerpts.
 */
import { tokenize } from '../core/fold';
import { articleKeys } from './article-keys';
import type { PublishedArticle } from './dataset';
import { deltaEncode } from './delta';
import { cutList, type ListFile, type PreviousCut } from './page-cut';
import { sentenceSpans } from './excerpt';
import { resolveOutlets } from './outlets';

/**
 * A docs file (`data/search/docs/<n>.json`) holds the articles whose keys shifted right by this many
 * bits are `n`: at most 8 articles of one day (fewer when the busiest day has fewer, as then the keys
 * have fewer bits), so a result costs one such file, about 10 KB gzip of text, and an article dated
 * before the others changes only its own day's files.
 */
export const SEARCH_DOC_BITS = 3;

/** Positions per sealed postings page; a postings head holds from this many to twice as many less one. */
export const SEARCH_PAGE = 4000;

/** Words in fewer articles than this keep their positions inline in the term shard. */
export const SEARCH_INLINE = 64;

/**
 * About how many bytes of JSON a term shard may hold before it is split by one more letter of prefix.
 * The split stops at a prefix of six letters: a shard of one prefix that long holds few words.
 */
export const SEARCH_SHARD_BYTES = 48_000;
const MAX_PREFIX = 6;

/**
 * The index's format: 5 since a postings head names its sealed files (`numbers`, the split rule of
 * `page-cut.ts`) and counts the word's articles; 4 since positions are articles' keys and docs files
 * are cut by key; 3 since a
 * frequent word's entry in its term shard is the word alone (version 2
 * also gave its count, its number of postings files and its 8 newest positions, which changed the
 * shard with every article holding the word; 2 cut postings from the oldest end and named them by
 * their word, where 1 named them by the word's index in its shard).
 */
export const SEARCH_VERSION = 5;

/** `data/search/index.json`. */
export interface SearchManifest {
	/** The format's version (`SEARCH_VERSION`); a reader refuses any other. */
	version: typeof SEARCH_VERSION;
	/** How many articles are indexed. */
	articles: number;
	/** The bits of a key given to the rank within its day (`article-keys.ts`). */
	keyBits: number;
	/** A docs file `n` holds the articles whose keys shifted right by this many bits are `n`. */
	docBits: number;
	/** Positions per sealed postings page. */
	page: number;
	/**
	 * Most articles a word's entry lists inline (`SEARCH_INLINE`): a word whose entry is the word alone
	 * is in more articles than this.
	 */
	inline: number;
	/** The term shards' prefixes, sorted; a word is in the shard of the longest one it starts with. */
	shards: string[];
}

/**
 * One word of a term shard: `[word, articles, positions]` with the positions of the articles holding
 * it (at most `SEARCH_INLINE` of them), ascending and delta-coded (`deltaEncode`), or `[word]` when
 * more articles hold it: its positions, and so its count, are in its postings files, the head first
 * (`PostingsHead`, `headArticles`). The entry of a frequent word stays the same however many
 * articles are added.
 */
export type TermEntry = [word: string, articles: number, positions: number[]] | [word: string];

/** Whether a term's positions are in postings files (its entry is the word alone). */
export function isPaged(entry: TermEntry): entry is [word: string] {
	return entry.length === 1;
}

/** `data/search/terms/<shard>.json`. */
export interface TermShard {
	prefix: string;
	/** Sorted by word (JavaScript string order), so the page finds one by binary search. */
	terms: TermEntry[];
}

/**
 * `data/search/postings/<word>/<n>.json`: sealed page `n` of a word's positions, `page` (manifest) of
 * them from the `n × page`-th counted from the oldest, ascending and delta-coded. Once written it
 * changes only when an article is placed before its positions in the published order.
 */
export interface PostingsPage {
	positions: number[];
}

/**
 * `data/search/postings/<word>/head.json`: a word's newest positions, those no sealed page holds, and
 * the table of its files, from which its count follows (`headArticles`).
 */
export interface PostingsHead {
	/** `page` to `2 × page − 1` positions (all of them, under `2 × page`), ascending, delta-coded. */
	positions: number[];
	/**
	 * The first (lowest) position of every file of the word in key order, oldest first: the sealed
	 * pages and last the head, delta-coded; a position lies in the last file whose first is at or
	 * below it.
	 */
	pages: number[];
	/**
	 * The number (`<n>.json`) of each sealed file in the same order: sealed pages keep their span of
	 * keys across builds and split past `2 × page` (`page-cut.ts`), so a number is not a place.
	 */
	numbers: number[];
	/** How many articles hold the word (sealed pages hold `page` to `2 × page` each). */
	count: number;
}

/** How many articles hold a word, from its head. */
export function headArticles(head: PostingsHead): number {
	return head.count;
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

/**
 * `data/search/docs/<n>.json`: the articles of keys `n × 2^docBits` onwards, one per key (the keys of a
 * day's articles run without gaps, and a file holds one day's), in key order.
 */
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
/**
 * A word's postings folder's name: the word written as a shard file is, or for a name over 100
 * characters (a long word of letters outside a–z and 0–9, each written as `_<hex>_`) its first 80
 * and a hash of the word, so no file name nears the 255 bytes a file system allows.
 */
export function postingsName(word: string): string {
	const name = shardFile(word);
	if (name.length <= 100) return name;
	let hash = 0x811c9dc5;
	for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193);
	return `${name.slice(0, 80)}-${(hash >>> 0).toString(16).padStart(8, '0')}`;
}

/** A postings file of a word: its head, or sealed page `n`. */
export type PostingsFile = number | 'head';

export const postingsPath = (word: string, file: PostingsFile) =>
	`/data/search/postings/${postingsName(word)}/${file}.json`;
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
	/** The postings file of the word whose folder is `name` (`postingsName`). */
	postings(name: string, file: PostingsFile): PostingsPage | PostingsHead | undefined;
	docs(chunk: number): SearchDocChunk | undefined;
	/** Every postings file, as `[folder name, file]`, for prerendering. */
	pages(): [string, PostingsFile][];
	/** The numbers of the docs files there are, ascending. */
	docFiles: number[];
}

/** How the index is cut: the defaults are the published ones; specs make them small. */
export interface SearchCut {
	/** At most `SEARCH_DOC_BITS`: the docs files' bits, less when keys have fewer. */
	docBits: number;
	page: number;
	inline: number;
	shardBytes: number;
}

const DEFAULT_CUT: SearchCut = {
	docBits: SEARCH_DOC_BITS,
	page: SEARCH_PAGE,
	inline: SEARCH_INLINE,
	shardBytes: SEARCH_SHARD_BYTES
};

/** The approximate JSON size of a term entry, for deciding where to split shards. */
function entryBytes(word: string, list: number[], inline: number): number {
	if (list.length > inline) return word.length + 6;
	let bytes = word.length + 12;
	let previous = 0;
	for (const p of list) {
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
 * Build time: the index of `articles` (in the published order, each indexed under its key). Every word
 * of each title and body is indexed once per article, and the article under its outlet's term.
 * `outletIds` gives each article's outlet id by position, as explorer.json's outlets have them (the
 * build passes `ArticleFacts`'); without it the ids are resolved with no curated outlets.
 */
export function buildSearchShards(
	articles: readonly PublishedArticle[],
	options: Partial<SearchCut> = {},
	outletIds?: readonly string[]
): SearchShards {
	const { docBits: maxDocBits, page: pageSize, inline, shardBytes } = { ...DEFAULT_CUT, ...options };
	if (outletIds && outletIds.length !== articles.length)
		throw new Error(`${outletIds.length} outlet ids for ${articles.length} articles`);
	const outletOf =
		outletIds ??
		(() => {
			const { outlets, outletOf: index } = resolveOutlets(articles, []);
			return index.map((o) => outlets[o]!.id);
		})();
	const { bits: keyBits, keys } = articleKeys(articles);
	const docBits = Math.min(maxDocBits, keyBits);
	const postings = new Map<string, number[]>();
	/** Per docs file: the index of its first article. */
	const docStart = new Map<number, number>();
	articles.forEach((a, i) => {
		const key = keys[i]!;
		if (!docStart.has(key >> docBits)) docStart.set(key >> docBits, i);
		for (const word of articleTerms(a, outletOf[i]!)) {
			const list = postings.get(word);
			if (list) list.push(key);
			else postings.set(word, [key]);
		}
	});
	const terms = termFiles(postings, { page: pageSize, inline, shardBytes, keyBits });
	return {
		manifest: {
			version: SEARCH_VERSION,
			articles: articles.length,
			keyBits,
			docBits,
			page: pageSize,
			inline,
			shards: terms.prefixes
		},
		shard: terms.shard,
		postings: terms.postings,
		pages: terms.pages,
		docFiles: [...docStart.keys()],
		docs(chunk) {
			const start = docStart.get(chunk);
			if (start === undefined) return undefined;
			let end = start;
			while (end < articles.length && keys[end]! >> docBits === chunk) end++;
			return { chunk, articles: articles.slice(start, end).map(searchDoc) };
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

/** The term shards and postings files of some words, each on demand. */
export interface TermFiles {
	/** The shards' prefixes, sorted. */
	prefixes: string[];
	shard(file: string): TermShard | undefined;
	/** The postings file of the word whose folder is `name` (`postingsName`). */
	postings(name: string, file: PostingsFile): PostingsPage | PostingsHead | undefined;
	/** Every postings file, as `[folder name, file]`. */
	pages(): [string, PostingsFile][];
}

/**
 * The term shards of `postings` (each word's ascending positions). Words are cut into shards by their
 * first letter and then by longer prefixes, each first letter on its own, so the words of some first
 * letters give the same shards alone as among all the others: the build in rounds cuts them a few
 * first letters at a time.
 */
export function termFiles(
	postings: ReadonlyMap<string, number[]>,
	options: Partial<Omit<SearchCut, 'docBits'>> & {
		/** The bits of the positions' keys, for `previous`'s keys of other bits. */
		keyBits?: number;
		/** The cut of a word's postings the previous generation published (by its folder's name). */
		previous?: (name: string) => PreviousCut | undefined;
		/**
		 * Words kept in postings files whose lists `postings` does not give: a build adding articles
		 * knows them from the published term shards, and their files are not asked for (`pages` and
		 * `postings` leave them out), since the new articles do not hold them.
		 */
		paged?: ReadonlySet<string>;
	} = {}
): TermFiles {
	const { page: pageSize, inline, shardBytes } = { ...DEFAULT_CUT, ...options };
	const known = options.paged ?? new Set<string>();
	const words = [...new Set([...postings.keys(), ...known])].sort();
	const bytes = (w: string) => {
		const list = postings.get(w);
		return list ? entryBytes(w, list, inline) : w.length + 6;
	};
	const cut = cutShards(words, bytes, shardBytes);
	const prefixes = [...cut.keys()].sort();
	const byFile = new Map<string, { prefix: string; words: string[] }>();
	for (const prefix of prefixes) byFile.set(shardFile(prefix), { prefix, words: cut.get(prefix)! });
	/** Each paged word's files (`page-cut.ts`), by its folder's name, made when first asked. */
	const cuts = new Map<string, ListFile[]>();
	const cutOf = (name: string, word: string) => {
		let files = cuts.get(name);
		if (!files) {
			const list = postings.get(word)!;
			files = cutList(list, pageSize, options.keyBits ?? 0, options.previous?.(name));
			cuts.set(name, files);
		}
		return files;
	};
	/** The words kept in postings files, by their folder's name. */
	const paged = new Map<string, string>();
	for (const w of words) {
		if (!known.has(w) && postings.get(w)!.length <= inline) continue;
		const name = postingsName(w);
		if (paged.has(name)) throw new Error(`postings of "${paged.get(name)}" and "${w}" share ${name}`);
		paged.set(name, w);
	}

	return {
		prefixes,
		shard(file) {
			const found = byFile.get(file);
			if (!found) return undefined;
			return {
				prefix: found.prefix,
				terms: found.words.map((w): TermEntry => {
					const list = postings.get(w);
					return !list || list.length > inline ? [w] : [w, list.length, deltaEncode(list)];
				})
			};
		},
		postings(name, file) {
			const word = paged.get(name);
			const list = word === undefined ? undefined : postings.get(word);
			if (word === undefined || !list) return undefined;
			const files = cutOf(name, word);
			if (file === 'head') {
				const head = files.at(-1)!;
				return {
					positions: deltaEncode(list.slice(head.from, head.to)),
					pages: deltaEncode(files.map((f) => list[f.from]!)),
					numbers: files.slice(0, -1).map((f) => f.page as number),
					count: list.length
				};
			}
			const found = files.find((f) => f.page === file);
			if (!found) return undefined;
			return { positions: deltaEncode(list.slice(found.from, found.to)) };
		},
		pages() {
			const out: [string, PostingsFile][] = [];
			for (const [name, w] of paged) {
				if (!postings.has(w)) continue;
				out.push([name, 'head']);
				for (const f of cutOf(name, w).slice(0, -1)) out.push([name, f.page as number]);
			}
			return out;
		}
	};
}
