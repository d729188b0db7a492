import { error } from '@sveltejs/kit';
import { dayCounts } from '$lib/server/published';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** Every month some article is in. */
export const entries: EntryGenerator = () => dayCounts().months.map((month) => ({ month }));

/** `data/days/<yyyy-mm>.json`: a month's articles counted by day, per outlet and per place. */
export const GET: RequestHandler = ({ params }) => {
	const file = dayCounts().file(params.month);
	if (!file) error(404, `no articles in "${params.month}"`);
	return new Response(JSON.stringify(file), { headers: { 'content-type': 'application/json' } });
};
