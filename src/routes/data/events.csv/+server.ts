import { eventsCsv, publishEvents } from '$lib/data/events';
import { publishedDataset } from '$lib/server/published';

export const prerender = true;

/** `data/events.csv`: the events of `data/events.json`, one row each, for spreadsheets. */
export function GET(): Response {
	return new Response(eventsCsv(publishEvents(publishedDataset())), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
}
