import { error } from '@sveltejs/kit';
import { articleChunks } from '$lib/server/published';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** Every chunk of the article list. */
export const entries: EntryGenerator = () =>
	Array.from({ length: articleChunks().count }, (_, chunk) => ({ chunk: String(chunk) }));

/** `data/chronology/<chunk>.json`: the titles, outlets and days of one chunk of articles, by position. */
export const GET: RequestHandler = ({ params }) => {
	const chunk = articleChunks().chunk(Number(params.chunk));
	if (!chunk) error(404, `no article chunk ${params.chunk}`);
	return new Response(JSON.stringify(chunk), { headers: { 'content-type': 'application/json' } });
};
