import { placeDetails } from '$lib/server/published';

export const prerender = true;

/** `data/place-details.json`: every spelling, description and source of each place, fetched after the first screen. */
export function GET(): Response {
	return new Response(JSON.stringify(placeDetails()), {
		headers: { 'content-type': 'application/json' }
	});
}
