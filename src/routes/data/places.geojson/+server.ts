import { publishPlaces } from '$lib/data/dataset';
import { loadDataset } from '$lib/server/pipeline';

export const prerender = true;

/** `data/places.geojson`: every place with the ids of the articles that mention it. */
export function GET(): Response {
	return new Response(JSON.stringify(publishPlaces(loadDataset())), {
		headers: { 'content-type': 'application/geo+json' }
	});
}
