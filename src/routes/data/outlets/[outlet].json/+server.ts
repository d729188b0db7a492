import { error } from '@sveltejs/kit';
import { outletCounts } from '$lib/server/published';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** Every outlet some article was published by. */
export const entries: EntryGenerator = () => outletCounts().ids.map((outlet) => ({ outlet }));

/** `data/outlets/<id>.json`: one outlet's articles per place by month, for the outlet filter. */
export const GET: RequestHandler = ({ params }) => {
	const file = outletCounts().file(params.outlet);
	if (!file) error(404, `no outlet "${params.outlet}"`);
	return new Response(JSON.stringify(file), { headers: { 'content-type': 'application/json' } });
};
