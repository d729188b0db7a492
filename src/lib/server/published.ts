import {
	publishChronologyParts,
	publishExplorerData,
	publishPlaceDetails,
	publishPlacePages,
	type ChronologyParts,
	type PlacePages
} from '../data/publish';
import {
	articleFacts,
	publishDayCounts,
	publishOutletCounts,
	type ArticleFacts,
	type DayCountFiles,
	type OutletCountFiles
} from '../data/publish-counts';
import type { PlaceDetailsFile } from '../data/explorer-data';
import type { ExplorerFile } from '../data/explorer-file';
import {
	extractedRecords,
	publishExtractedMonths,
	publishExtractedPlaces,
	type ExtractedMonths,
	type ExtractedPlacePages
} from '../data/publish-extracted';
import { readerPages, type ReaderPage } from '../data/reader';
import { buildSearchShards, type SearchShards } from '../data/search-shards';
import { publishArticleShards, type ArticleShards } from '../data/article-shards';
import { excerptsOnly, parseSiteText, type SiteText } from '../data/excerpts-only';
import { loadDataset } from './pipeline';
import { httpUrl } from '../core/url';
import { DataError } from '../core/errors';
import type { Dataset } from '../data/dataset';

const excerpted = new WeakMap<Dataset, Dataset>();

/**
 * The address the site is deployed at (`SITE_URL`, e.g. `https://explorer.example/`), for the absolute
 * `og:url` of shared links; undefined when unset. Only `http(s)` is accepted, and anything else stops
 * the build naming the setting.
 */
export function siteUrl(): string | undefined {
	const value = process.env.SITE_URL;
	if (!value) return undefined;
	const url = httpUrl(value);
	if (!url)
		throw new DataError([
			{ file: 'SITE_URL', field: 'SITE_URL', message: `"${value}" is not an http(s) address` }
		]);
	return url.href.replace(/\/+$/, '');
}

/**
 * What this build publishes of the articles' text: `SITE_TEXT` (`full`, the default, or `excerpts`,
 * which `npm run build -- --excerpts-only` sets), read and checked here, where it enters.
 */
export function siteText(): SiteText {
	return parseSiteText(process.env.SITE_TEXT);
}

/**
 * The dataset every published file is made from: the pipeline's, or in an excerpts build its
 * excerpted copy (built once per dataset), so no route can publish text the excerpts leave out.
 */
export function publishedDataset(): Dataset {
	const dataset = loadDataset();
	if (siteText() === 'full') return dataset;
	let d = excerpted.get(dataset);
	if (!d) excerpted.set(dataset, (d = excerptsOnly(dataset)));
	return d;
}

const factSets = new WeakMap<Dataset, ArticleFacts>();
const explorerFiles = new WeakMap<Dataset, ExplorerFile>();
const pageSets = new WeakMap<Dataset, PlacePages>();
const partSets = new WeakMap<Dataset, ChronologyParts>();
const daySets = new WeakMap<Dataset, DayCountFiles>();
const outletSets = new WeakMap<Dataset, OutletCountFiles>();
const extractedSets = new WeakMap<Dataset, { places: ExtractedPlacePages; months: ExtractedMonths }>();
const readers = new WeakMap<Dataset, (id: string) => ReaderPage | undefined>();
const searchSets = new WeakMap<Dataset, SearchShards>();

/**
 * `value` for `dataset`, made once: prerendering asks for thousands of files one by one, and each
 * kind's lookups (and the articles read once into `ArticleFacts`) are shared by all of them.
 */
function once<T>(cache: WeakMap<Dataset, T>, dataset: Dataset, make: () => T): T {
	let value = cache.get(dataset);
	if (value === undefined) cache.set(dataset, (value = make()));
	return value;
}

function facts(dataset: Dataset): ArticleFacts {
	return once(factSets, dataset, () => articleFacts(dataset));
}

/** `data/explorer.json` of the current dataset. */
export function explorerData(): ExplorerFile {
	const dataset = publishedDataset();
	return once(explorerFiles, dataset, () => publishExplorerData(dataset, facts(dataset)));
}

const detailFiles = new WeakMap<Dataset, PlaceDetailsFile>();

/** `data/place-details.json` of the current dataset. */
export function placeDetails(): PlaceDetailsFile {
	const dataset = publishedDataset();
	return once(detailFiles, dataset, () => publishPlaceDetails(dataset));
}

/** The per-place pages of the current dataset (`data/places/<id>/<n>.json`). */
export function placePages(): PlacePages {
	const dataset = publishedDataset();
	return once(pageSets, dataset, () => publishPlacePages(dataset, facts(dataset)));
}

/** The chronology's month parts of the current dataset (`data/chronology/<yyyy-mm>/<n>.json`). */
export function chronologyParts(): ChronologyParts {
	const dataset = publishedDataset();
	return once(partSets, dataset, () => publishChronologyParts(dataset, facts(dataset)));
}

/** The day counts by month of the current dataset (`data/days/<yyyy-mm>.json`). */
export function dayCounts(): DayCountFiles {
	const dataset = publishedDataset();
	return once(daySets, dataset, () => publishDayCounts(dataset, facts(dataset)));
}

/** The per-outlet counts of the current dataset (`data/outlets/<id>.json`). */
export function outletCounts(): OutletCountFiles {
	const dataset = publishedDataset();
	return once(outletSets, dataset, () => publishOutletCounts(dataset, facts(dataset)));
}

/** The reader page of an article of the current dataset, from lookups built once per dataset. */
export function readerPage(id: string): ReaderPage | undefined {
	const dataset = publishedDataset();
	let r = readers.get(dataset);
	if (!r) readers.set(dataset, (r = readerPages(dataset)));
	return r(id);
}

const shardSets = new WeakMap<Dataset, ArticleShards>();

/**
 * The article shards of the current dataset (`data/articles/<n>.json`), made from the same reader pages
 * as the prerendered ones, so in an excerpts-only build they hold only the excerpts.
 */
export function articleShards(): ArticleShards {
	const dataset = publishedDataset();
	let s = shardSets.get(dataset);
	if (!s) shardSets.set(dataset, (s = publishArticleShards(dataset, readerPage)));
	return s;
}

/** The ids of the curated articles, the only ones with a prerendered reader page (`/articles/<id>`). */
export function curatedArticleIds(): string[] {
	return publishedDataset()
		.articles.filter((a) => a.curated)
		.map((a) => a.id);
}

/** The extracted events' shards of the current dataset, built once per dataset (thousands of files ask). */
function extracted(): { places: ExtractedPlacePages; months: ExtractedMonths } {
	const dataset = publishedDataset();
	let e = extractedSets.get(dataset);
	if (!e) {
		const records = extractedRecords(dataset);
		e = {
			places: publishExtractedPlaces(dataset, undefined, records),
			months: publishExtractedMonths(dataset, records)
		};
		extractedSets.set(dataset, e);
	}
	return e;
}

/** The per-place pages of extracted events (`data/events/places/<id>/<n>.json`). */
export function extractedPlaces(): ExtractedPlacePages {
	return extracted().places;
}

/** The per-month files of extracted events (`data/events/months/<yyyy-mm>/<n>.json`). */
export function extractedMonths(): ExtractedMonths {
	return extracted().months;
}

/**
 * The sharded article search index of the current dataset (`data/search/`), built once per dataset:
 * prerendering asks for its thousands of files one by one. In an excerpts-only build the dataset is the
 * excerpted one, so only what is published is indexed. Outlets are indexed by the ids of explorer.json's
 * outlets (curated ones included), which the outlet filter chooses.
 */
export function searchShards(): SearchShards {
	const dataset = publishedDataset();
	let s = searchSets.get(dataset);
	if (!s) {
		const { outlet, outlets } = facts(dataset);
		const ids = Array.from(outlet, (o) => outlets[o]!.id);
		searchSets.set(dataset, (s = buildSearchShards(dataset.articles, {}, ids)));
	}
	return s;
}
