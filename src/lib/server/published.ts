import {
	publishArticleChunks,
	publishPlaceChunks,
	type ArticleChunks,
	type PlaceChunks
} from '../data/publish';
import {
	extractedRecords,
	publishExtractedMonths,
	publishExtractedPlaces,
	type ExtractedMonths,
	type ExtractedPlacePages
} from '../data/publish-extracted';
import { readerPages, type ReaderPage } from '../data/reader';
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

const chunks = new WeakMap<Dataset, PlaceChunks>();
const articleChunkSets = new WeakMap<Dataset, ArticleChunks>();
const extractedSets = new WeakMap<Dataset, { places: ExtractedPlacePages; months: ExtractedMonths }>();
const readers = new WeakMap<Dataset, (id: string) => ReaderPage | undefined>();

/**
 * The per-place excerpt chunks of the current dataset. Prerendering asks for thousands of them one by
 * one, so the lists behind them are built once per dataset.
 */
export function placeChunks(): PlaceChunks {
	const dataset = publishedDataset();
	let c = chunks.get(dataset);
	if (!c) chunks.set(dataset, (c = publishPlaceChunks(dataset)));
	return c;
}

/** The chronology's article chunks of the current dataset, built once per dataset. */
export function articleChunks(): ArticleChunks {
	const dataset = publishedDataset();
	let c = articleChunkSets.get(dataset);
	if (!c) articleChunkSets.set(dataset, (c = publishArticleChunks(dataset)));
	return c;
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

/** The per-month files of extracted events (`data/events/months/<yyyy-mm>.json`). */
export function extractedMonths(): ExtractedMonths {
	return extracted().months;
}
