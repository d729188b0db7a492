import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PUBLISHED_FILES } from '$lib/data/contracts';
import { siteFacts } from '$lib/server/published';
import type { PageServerLoad } from './$types';

/** The About page is written once at build time, from the facts of the written data files. */
export const prerender = true;

/** A source of the base map as `static/basemap/attribution.json` records it. */
interface BasemapSource {
	name: string;
	licence: string;
	url: string;
}

/**
 * What the page says about this build's data: how much of each there is, the base map's sources (the
 * file `npm run basemap` writes beside the map), and the contracts of the published files with a real
 * file to link for each pattern (a place's head and sealed page of excerpts and of events, the newest
 * month's day counts and first chronology part, the first outlet's counts, the first article shard).
 */
export const load: PageServerLoad = () => {
	const { about } = siteFacts();
	const attribution = JSON.parse(readFileSync(path.resolve('static/basemap/attribution.json'), 'utf8')) as {
		sources: BasemapSource[];
	};
	return {
		...about,
		basemap: attribution.sources.map(({ name, licence, url }) => ({ name, licence, url })),
		files: PUBLISHED_FILES
	};
};
