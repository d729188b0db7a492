import { publishEvents } from '$lib/data/events';
import { publishedDataset } from '$lib/server/published';

export const prerender = true;

/**
 * `data/events/reviewed.json`: the reviewed events as `data/events.json` has them, sentences and
 * quotes included, for the page to show beside `explorer.json`'s events without fetching every
 * extracted one.
 */
export function GET(): Response {
	const events = publishEvents(publishedDataset()).events.filter((e) => !e.extracted);
	return new Response(JSON.stringify({ events }), { headers: { 'content-type': 'application/json' } });
}
