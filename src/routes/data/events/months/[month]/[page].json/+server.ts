import { error } from '@sveltejs/kit';
import { extractedMonths } from '$lib/server/published';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** Every file of every month some extracted event is dated in. */
export const entries: EntryGenerator = () =>
	extractedMonths().counts.flatMap(([month, , pages]) =>
		Array.from({ length: pages }, (_, page) => ({ month, page: String(page) }))
	);

/** `data/events/months/<yyyy-mm>/<n>.json`: file `n` of the extracted events dated in one month, oldest first. */
export const GET: RequestHandler = ({ params }) => {
	const page = /^(0|[1-9]\d*)$/.test(params.page) ? Number(params.page) : -1;
	const file = extractedMonths().month(params.month, page);
	if (!file) error(404, `no extracted events in "${params.month}", file ${params.page}`);
	return new Response(JSON.stringify(file), { headers: { 'content-type': 'application/json' } });
};
