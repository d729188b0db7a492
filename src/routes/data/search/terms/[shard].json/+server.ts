import { error } from '@sveltejs/kit';
import { shardFile } from '$lib/data/search-shards';
import { searchShards } from '$lib/server/published';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** Every term shard of the search index. */
export const entries: EntryGenerator = () =>
	searchShards().manifest.shards.map((p) => ({ shard: shardFile(p) }));

/** `data/search/terms/<shard>.json`: the words of one prefix, with the articles holding each. */
export const GET: RequestHandler = ({ params }) => {
	const shard = searchShards().shard(params.shard);
	if (!shard) error(404, `no search shard ${params.shard}`);
	return new Response(JSON.stringify(shard), { headers: { 'content-type': 'application/json' } });
};
