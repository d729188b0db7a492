import { publishArticleSearch } from '$lib/data/publish';
import { loadDataset } from '$lib/server/pipeline';

export const prerender = true;

/** `data/search.json`: the article search index, loaded by the page when someone starts to search. */
export function GET(): Response {
	return new Response(JSON.stringify(publishArticleSearch(loadDataset())), {
		headers: { 'content-type': 'application/json' }
	});
}
