import { explorerData } from '$lib/server/published';

export const prerender = true;

/** `data/explorer.json`: the places and the articles counted by place and month, all the first screen needs. */
export function GET(): Response {
	return new Response(JSON.stringify(explorerData()), {
		headers: { 'content-type': 'application/json' }
	});
}
