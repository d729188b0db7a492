import { error } from '@sveltejs/kit';
import { extractedPlaces } from '$lib/server/published';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** Every page of every place some article links (page 0 even when it holds no event). */
export const entries: EntryGenerator = () =>
	extractedPlaces().keys.map(({ place, page }) => ({ place, page: String(page) }));

/** `data/events/places/<place>/<page>.json`: one page of a place's extracted events, newest first. */
export const GET: RequestHandler = ({ params }) => {
	const page = extractedPlaces().page(params.place, Number(params.page));
	if (!page) error(404, `no page ${params.page} of the extracted events of "${params.place}"`);
	return new Response(JSON.stringify(page), { headers: { 'content-type': 'application/json' } });
};
