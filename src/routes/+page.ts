import { base } from '$app/paths';
import type { PlacesCollection, PublishedArticle } from '$lib/data/dataset';
import type { PageLoad } from './$types';

/** The explorer runs in the browser only; its HTML is a prerendered shell that loads the data files. */
export const ssr = false;

interface Attribution {
	sources: { name: string; html: string }[];
}

async function json<T>(fetcher: typeof fetch, path: string): Promise<T> {
	const res = await fetcher(`${base}${path}`);
	if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
	return (await res.json()) as T;
}

export const load: PageLoad = async ({ fetch }) => {
	const [places, articles, attribution] = await Promise.all([
		json<PlacesCollection>(fetch, '/data/places.geojson'),
		json<PublishedArticle[]>(fetch, '/data/articles.json'),
		json<Attribution>(fetch, '/basemap/attribution.json')
	]);
	return { places, articles, attribution: attribution.sources.map((s) => s.html) };
};
