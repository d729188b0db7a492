import { base } from '$app/paths';
import type { ExplorerData } from '$lib/data/explorer-data';
import { loadBasemap, onlineStyleUrl } from '$lib/map/basemap';
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

/**
 * Only what the first screen needs, all at once: the places, the compact article index and (unless an
 * online style replaces it) the base map's outlines. Excerpts come per place when one is opened, and
 * the article search index when someone starts to search.
 */
export const load: PageLoad = async ({ fetch }) => {
	const styleUrl = onlineStyleUrl(import.meta.env.VITE_ONLINE_STYLE_URL);
	const [explorer, attribution, basemap] = await Promise.all([
		json<ExplorerData>(fetch, '/data/explorer.json'),
		json<Attribution>(fetch, '/basemap/attribution.json'),
		styleUrl ? undefined : loadBasemap(fetch, base)
	]);
	return { explorer, attribution: attribution.sources.map((s) => s.html), styleUrl, basemap };
};
