import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PUBLISHED_FILES } from '$lib/data/contracts';
import { isLink } from '$lib/data/link';
import { shardFile } from '$lib/data/search-shards';
import { articleShards, explorerData, publishedDataset, searchShards } from '$lib/server/published';
import type { PageServerLoad } from './$types';

/** The About page is written once at build time, from the same dataset as the published files. */
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
 * file to link for each pattern (page 0 of the most mentioned place's excerpts, the newest month's day counts and first chronology part, the first outlet's counts, the first article shard).
 */
export const load: PageServerLoad = () => {
	const { places, articles, events } = publishedDataset();
	const automatic = places.filter((p) => p.curation === 'automatic').length;
	const counts = new Map<string, number>();
	for (const a of articles)
		for (const m of a.mentions.filter(isLink)) counts.set(m.place, (counts.get(m.place) ?? 0) + 1);
	const busiest = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
	const attribution = JSON.parse(readFileSync(path.resolve('static/basemap/attribution.json'), 'utf8')) as {
		sources: BasemapSource[];
	};
	const extracted = events.filter((e) => e.extracted).length;
	const search = searchShards();
	const [shard, term, page] = search.pages()[0] ?? [];
	return {
		figures: {
			places: places.length,
			automatic,
			articles: articles.length,
			outlets: new Set(articles.map((a) => a.outlet)).size,
			first: articles[0]?.published,
			last: articles.at(-1)?.published,
			reviewed: events.length - extracted,
			extracted
		},
		basemap: attribution.sources.map(({ name, licence, url }) => ({ name, licence, url })),
		files: PUBLISHED_FILES,
		examplePlace: busiest,
		exampleArticleMonth: articles.at(-1)?.published.slice(0, 7),
		exampleOutlet: explorerData().outlets[0]?.id,
		exampleArticleShard: articleShards().keys[0]?.toString(),
		exampleMonth: events.find((e) => e.extracted)?.date.slice(0, 7),
		exampleShard: search.manifest.shards[0] === undefined ? undefined : shardFile(search.manifest.shards[0]),
		examplePostings: shard === undefined ? undefined : { shard, term: String(term), page: String(page) }
	};
};
