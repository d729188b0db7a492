import { error } from '@sveltejs/kit';
import { placeChunks } from '$lib/server/published';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** Every chunk of every place that some article mentions. */
export const entries: EntryGenerator = () =>
	placeChunks().keys.map(({ place, chunk }) => ({ place, chunk: String(chunk) }));

/** `data/places/<place>/<chunk>.json`: one chunk of a place's panel, with the excerpts. */
export const GET: RequestHandler = ({ params }) => {
	const chunk = placeChunks().chunk(params.place, Number(params.chunk));
	if (!chunk) error(404, `no chunk ${params.chunk} of place "${params.place}"`);
	return new Response(JSON.stringify(chunk), { headers: { 'content-type': 'application/json' } });
};
