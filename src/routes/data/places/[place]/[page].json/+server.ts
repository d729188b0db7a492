import { error } from '@sveltejs/kit';
import { placePages } from '$lib/server/published';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** Every page of every place that some article mentions. */
export const entries: EntryGenerator = () =>
	placePages().keys.map(({ place, page }) => ({ place, page: String(page) }));

/** `data/places/<place>/<page>.json`: one page of a place's panel, newest first, with the excerpts. */
export const GET: RequestHandler = ({ params }) => {
	const page = placePages().page(params.place, Number(params.page));
	if (!page) error(404, `no page ${params.page} of place "${params.place}"`);
	return new Response(JSON.stringify(page), { headers: { 'content-type': 'application/json' } });
};
