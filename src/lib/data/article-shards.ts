/**
 * Article bodies in shards: `data/articles/<n>.json`, each holding what the reader shows of the articles
 * whose id hashes to shard `n`, so the reader route (`/read?id=<id>`) can show any article with two
 * small fetches (`data/articles/shards.json`, then the shard) and the site needs no prerendered page per
 * article. Curated articles keep their prerendered pages (`/articles/<id>`) and are in the shards too,
 * so a `/read` link works for every article.
 *
 * The shard of an id depends only on the id and the shard count (`2^bits`), which grows with the
 * published text: a new article lands in one shard and changes no other, until the corpus doubles.
 */
import type { Dataset } from './dataset';
import type { ReaderPage } from './reader';

/** What a shard holds of one article: its reader page less the description (the shard reader needs none). */
export type ShardArticle = Omit<ReaderPage, 'description'>;

/** `data/articles/<n>.json`. */
export interface ArticleShard {
	shard: number;
	/** The articles of this shard, by id. */
	articles: ShardArticle[];
}

/** `data/articles/shards.json`: how to find an article's shard. */
export interface ArticleShardIndex {
	/** The shard of an id is the top `bits` bits of `articleIdHash(id)` (0 bits: one shard, `0.json`). */
	bits: number;
	/** How many shard files exist (a shard no article falls in has no file). */
	files: number;
	/** How many articles they hold. */
	articles: number;
}

/** The average shard aimed at, in bytes of JSON: small enough to fetch for one article on a phone. */
export const SHARD_TARGET_BYTES = 96 * 1024;

/** At most 2^16 shards: 65,536 files hold several million articles at the target size. */
export const MAX_SHARD_BITS = 16;

/**
 * A 32-bit hash of an article id (FNV-1a over its UTF-16 units, then the MurmurHash3 finaliser, whose
 * mixing makes the top bits, which pick the shard, as even as the bottom ones). The build and the page
 * both compute it, so it must never change without every shard being written again.
 */
export function articleIdHash(id: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < id.length; i++) {
		h ^= id.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	h ^= h >>> 16;
	h = Math.imul(h, 0x85ebca6b);
	h ^= h >>> 13;
	h = Math.imul(h, 0xc2b2ae35);
	h ^= h >>> 16;
	return h >>> 0;
}

/** The shard an id belongs to with `2^bits` shards. */
export function shardOf(id: string, bits: number): number {
	return bits === 0 ? 0 : articleIdHash(id) >>> (32 - bits);
}

/** How many bits of shard number `bytes` of published article JSON need to average `SHARD_TARGET_BYTES`. */
export function shardBits(bytes: number): number {
	let bits = 0;
	while (bits < MAX_SHARD_BITS && bytes / 2 ** bits > SHARD_TARGET_BYTES) bits++;
	return bits;
}

/** The file of one shard and of the index, relative to the site's base. */
export function articleShardPath(shard: number): string {
	return `/data/articles/${shard}.json`;
}
export const ARTICLE_SHARD_INDEX_PATH = '/data/articles/shards.json';

/** The shard files of a dataset: the index, which shards have a file, and each on demand. */
export interface ArticleShards {
	index: ArticleShardIndex;
	/** The shard numbers that have a file, ascending. */
	keys: number[];
	shard(n: number): ArticleShard | undefined;
}

/**
 * Groups the dataset's articles into shards by the hash of their id. `page` is the reader's view of an
 * article (`readerPages`); the shard size is estimated from the bodies (UTF-16 length, plus a margin
 * per article for the other fields and the mentions), so choosing the shard count serialises nothing.
 */
export function publishArticleShards(
	{ articles }: Dataset,
	page: (id: string) => ReaderPage | undefined
): ArticleShards {
	const bytes = articles.reduce((sum, a) => sum + a.body.length + 300 + a.mentions.length * 60, 0);
	const bits = shardBits(bytes);
	const members = new Map<number, string[]>();
	for (const a of articles) {
		const n = shardOf(a.id, bits);
		const list = members.get(n);
		if (list) list.push(a.id);
		else members.set(n, [a.id]);
	}
	const keys = [...members.keys()].sort((a, b) => a - b);
	return {
		index: { bits, files: keys.length, articles: articles.length },
		keys,
		shard(n) {
			const ids = members.get(n);
			if (!ids) return undefined;
			return {
				shard: n,
				articles: ids.flatMap((id) => {
					const p = page(id);
					if (!p) return [];
					const rest: Partial<ReaderPage> = { ...p };
					delete rest.description;
					return [rest as ShardArticle];
				})
			};
		}
	};
}
