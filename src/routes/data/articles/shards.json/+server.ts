import { articleShards } from '$lib/server/published';

export const prerender = true;

/** `data/articles/shards.json`: how many bits of an id's hash pick its shard, and how many files there are. */
export function GET(): Response {
	return new Response(JSON.stringify(articleShards().index), {
		headers: { 'content-type': 'application/json' }
	});
}
