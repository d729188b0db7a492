import { error } from '@sveltejs/kit';
import { extractedMonths } from '$lib/server/published';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** Every month some extracted event is dated in. */
export const entries: EntryGenerator = () => extractedMonths().counts.map(([month]) => ({ month }));

/** `data/events/months/<yyyy-mm>.json`: the extracted events dated in one month, oldest first. */
export const GET: RequestHandler = ({ params }) => {
	const month = extractedMonths().month(params.month);
	if (!month) error(404, `no extracted events in "${params.month}"`);
	return new Response(JSON.stringify(month), { headers: { 'content-type': 'application/json' } });
};
