import { error } from '@sveltejs/kit';
import { chronologyParts } from '$lib/server/published';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** Every part of every month some article is in. */
export const entries: EntryGenerator = () =>
	chronologyParts().keys.map(({ month, part }) => ({ month, part: String(part) }));

/** `data/chronology/<yyyy-mm>/<part>.json`: the titles, outlets and places of one part of a month's articles. */
export const GET: RequestHandler = ({ params }) => {
	const part = chronologyParts().part(params.month, Number(params.part));
	if (!part) error(404, `no part ${params.part} of the articles of "${params.month}"`);
	return new Response(JSON.stringify(part), { headers: { 'content-type': 'application/json' } });
};
