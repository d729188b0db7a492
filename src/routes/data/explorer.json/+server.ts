import { publishExplorerData } from '$lib/data/publish';
import { publishedDataset } from '$lib/server/published';

export const prerender = true;

/** `data/explorer.json`: the places and the compact article index the explorer's first screen needs. */
export function GET(): Response {
	return new Response(JSON.stringify(publishExplorerData(publishedDataset())), {
		headers: { 'content-type': 'application/json' }
	});
}
