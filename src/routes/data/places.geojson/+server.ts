import { publishPlaces } from '$lib/data/dataset';
import { publishedDataset } from '$lib/server/published';

export const prerender = true;

/** `data/places.geojson`: every place with the ids of the articles that mention it. */
export function GET(): Response {
	return new Response(JSON.stringify(publishPlaces(publishedDataset())), {
		headers: { 'content-type': 'application/geo+json' }
	});
}
