import { publishEvents } from '$lib/data/events';
import { publishedDataset } from '$lib/server/published';

export const prerender = true;

/** `data/events.json`: every event with its places, dates, kind, label and source (see `data/events.ts`). */
export function GET(): Response {
	return new Response(JSON.stringify(publishEvents(publishedDataset())), {
		headers: { 'content-type': 'application/json' }
	});
}
