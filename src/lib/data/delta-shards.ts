/**
 * The article shards (`data/articles/<n>.json`) and their index that a build adding articles writes,
 * from the new articles' reader entries and the shards they fall in. A shard lists its articles in
 * the published order, so articles newer than every other one go at its end: each touched shard is
 * the file as published with the new entries appended, and no other shard changes. The shards' bits
 * are set by the corpus's estimated bytes (`shardBits`); when the new articles change them, every
 * article moves shard and the corpus is built from nothing.
 */
import { articleShardPath, shardOf, type ArticleShardIndex, type ShardArticle } from './article-shards';

/** The end of every shard file after its last entry. */
const TAIL = ']}';

/**
 * The shard files the new `articles` (in the published order) change or add, by path under the
 * site, and the new index; or why they cannot be added. `bits` are the shards' bits for the corpus
 * with the new articles (`shardBits` of the saved tally's `shardBytes` after counting them);
 * `existing` reads a shard file as published.
 */
export function addedShards(
	index: ArticleShardIndex,
	bits: number,
	articles: readonly ShardArticle[],
	existing: (shard: number) => string | undefined
): { files: Map<string, string>; index: ArticleShardIndex } | string {
	if (bits !== index.bits)
		return `the article shards' bits go from ${index.bits} to ${bits}: every article moves shard`;
	const texts = new Map<number, string>();
	let files = index.files;
	for (const a of articles) {
		const shard = shardOf(a.id, bits);
		let text = texts.get(shard);
		if (text === undefined) {
			const held = existing(shard);
			if (held !== undefined && !held.endsWith(TAIL)) return `shard ${shard} does not end as a shard file`;
			if (held === undefined) files++;
			text = held === undefined ? `{"shard":${shard},"articles":[` : held.slice(0, -TAIL.length);
		}
		texts.set(shard, `${text}${text.endsWith('[') ? '' : ','}${JSON.stringify(a)}`);
	}
	const out = new Map<string, string>();
	for (const [shard, text] of texts) out.set(articleShardPath(shard).slice(1), `${text}${TAIL}`);
	return { files: out, index: { bits, files, articles: index.articles + articles.length } };
}
