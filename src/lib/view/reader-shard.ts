/**
 * The shard reader's client: finds an article in `data/articles/<n>.json` by its id, through the shard
 * index `data/articles/shards.json` (fetched once per page). Failures are `PublishedFileError`s naming
 * the file, as everywhere else the page fetches.
 */
import {
	ARTICLE_SHARD_INDEX_PATH,
	articleShardPath,
	shardOf,
	type ArticleShard,
	type ArticleShardIndex,
	type ShardArticle
} from '../data/article-shards';
import { fetchPublishedJson as json, PublishedFileError } from './published-client';

/**
 * The article with id `id` from its shard, or undefined when the corpus has none by that id (its shard
 * has no file, or does not hold it). The index is read anew each call: it is a few bytes, revalidated
 * by the browser's cache, and a page open across a new build must not look in the old build's shards.
 */
export async function loadShardArticle(
	fetcher: typeof fetch,
	base: string,
	id: string
): Promise<ShardArticle | undefined> {
	const index = await json<ArticleShardIndex>(fetcher, base, ARTICLE_SHARD_INDEX_PATH);
	if (!Number.isInteger(index.bits) || index.bits < 0 || index.bits > 32)
		throw new PublishedFileError(
			ARTICLE_SHARD_INDEX_PATH,
			`bits is not a shard bit count (${String(index.bits)})`
		);
	let shard: ArticleShard;
	try {
		shard = await json<ArticleShard>(fetcher, base, articleShardPath(shardOf(id, index.bits)));
	} catch (e) {
		if (e instanceof PublishedFileError && e.status === 404) return undefined;
		throw e;
	}
	return shard.articles.find((a) => a.id === id);
}
