import { publishArticleSearch } from '$lib/data/publish';
import { publishedDataset } from '$lib/server/published';

export const prerender = true;

/** `data/search.json`: the article search index, loaded by the page when someone starts to search. */
export function GET(): Response {
	return new Response(JSON.stringify(publishArticleSearch(publishedDataset())), {
		headers: { 'content-type': 'application/json' }
	});
}
