import { error } from '@sveltejs/kit';
import { searchShards } from '$lib/server/published';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** Every docs file of the search index. */
export const entries: EntryGenerator = () =>
	Array.from({ length: searchShards().docChunks }, (_, chunk) => ({ chunk: String(chunk) }));

/** `data/search/docs/<chunk>.json`: the titles, outlets, dates and sentences of a few articles, by position. */
export const GET: RequestHandler = ({ params }) => {
	const docs = searchShards().docs(Number(params.chunk));
	if (!docs) error(404, `no search docs ${params.chunk}`);
	return new Response(JSON.stringify(docs), { headers: { 'content-type': 'application/json' } });
};
