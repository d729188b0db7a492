import { error } from '@sveltejs/kit';
import { articleShards } from '$lib/server/published';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** Every shard some article falls in. */
export const entries: EntryGenerator = () => articleShards().keys.map((n) => ({ shard: String(n) }));

/** `data/articles/<n>.json`: the reader's view of the articles whose id hashes to shard `n`. */
export const GET: RequestHandler = ({ params }) => {
	const shard = /^\d+$/.test(params.shard) ? articleShards().shard(Number(params.shard)) : undefined;
	if (!shard) error(404, `no article shard ${params.shard}`);
	return new Response(JSON.stringify(shard), { headers: { 'content-type': 'application/json' } });
};
