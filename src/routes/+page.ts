import { base } from '$app/paths';
import { loadBasemap, onlineStyleUrl } from '$lib/map/basemap';
import { publishedClient } from '$lib/view/published-client';
import type { PageLoad } from './$types';

/** The explorer runs in the browser only; its HTML is a prerendered shell that loads the data files. */
export const ssr = false;

/**
 * Only what the first screen needs, all at once: the places, the compact article index and (unless an
 * online style replaces it) the base map's outlines. Excerpts come per place when one is opened, and
 * the article search index when someone starts to search.
 */
export const load: PageLoad = async ({ fetch }) => {
	const client = publishedClient(fetch, base);
	const styleUrl = onlineStyleUrl(import.meta.env.VITE_ONLINE_STYLE_URL);
	const [explorer, attribution, basemap] = await Promise.all([
		client.explorer(),
		client.attribution(),
		styleUrl ? undefined : loadBasemap(fetch, base)
	]);
	return { explorer, attribution: attribution.sources.map((s) => s.html), styleUrl, basemap };
};
