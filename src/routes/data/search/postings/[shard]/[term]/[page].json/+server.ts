import { error } from '@sveltejs/kit';
import { searchShards } from '$lib/server/published';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** Every postings page of the search index's frequent words. */
export const entries: EntryGenerator = () =>
	searchShards()
		.pages()
		.map(([shard, term, page]) => ({ shard, term: String(term), page: String(page) }));

/** `data/search/postings/<shard>/<term>/<n>.json`: one page of a frequent word's articles, newest first. */
export const GET: RequestHandler = ({ params }) => {
	const page = searchShards().postings(params.shard, Number(params.term), Number(params.page));
	if (!page) error(404, `no postings page ${params.shard}/${params.term}/${params.page}`);
	return new Response(JSON.stringify(page), { headers: { 'content-type': 'application/json' } });
};
