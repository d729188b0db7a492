import { searchShards } from '$lib/server/published';

export const prerender = true;

/** `data/search/index.json`: how the article search index is cut, fetched on the first search. */
export function GET(): Response {
	return new Response(JSON.stringify(searchShards().manifest), {
		headers: { 'content-type': 'application/json' }
	});
}
