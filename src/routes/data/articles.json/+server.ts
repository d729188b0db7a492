import { loadDataset } from '$lib/server/pipeline';

export const prerender = true;

/** `data/articles.json`: every article with its body and its place mentions (UTF-16 offsets). */
export function GET(): Response {
	return new Response(JSON.stringify(loadDataset().articles), {
		headers: { 'content-type': 'application/json' }
	});
}
