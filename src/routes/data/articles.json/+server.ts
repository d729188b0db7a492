import { publishedDataset } from '$lib/server/published';

export const prerender = true;

/** `data/articles.json`: every article with its body and its place mentions (UTF-16 offsets). */
export function GET(): Response {
	return new Response(JSON.stringify(publishedDataset().articles), {
		headers: { 'content-type': 'application/json' }
	});
}
