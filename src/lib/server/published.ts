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
import { loadDataset } from './pipeline';
import type { Dataset } from '../data/dataset';

const chunks = new WeakMap<Dataset, PlaceChunks>();
const articleChunkSets = new WeakMap<Dataset, ArticleChunks>();
const extractedSets = new WeakMap<Dataset, { places: ExtractedPlacePages; months: ExtractedMonths }>();
const readers = new WeakMap<Dataset, (id: string) => ReaderPage | undefined>();

/**
 * The per-place excerpt chunks of the current dataset. Prerendering asks for thousands of them one by
 * one, so the lists behind them are built once per dataset.
 */
export function placeChunks(): PlaceChunks {
	const dataset = loadDataset();
	let c = chunks.get(dataset);
	if (!c) chunks.set(dataset, (c = publishPlaceChunks(dataset)));
	return c;
}

/** The chronology's article chunks of the current dataset, built once per dataset. */
export function articleChunks(): ArticleChunks {
	const dataset = loadDataset();
	let c = articleChunkSets.get(dataset);
	if (!c) articleChunkSets.set(dataset, (c = publishArticleChunks(dataset)));
	return c;
}

/** The reader page of an article of the current dataset, from lookups built once per dataset. */
export function readerPage(id: string): ReaderPage | undefined {
	const dataset = loadDataset();
	let r = readers.get(dataset);
	if (!r) readers.set(dataset, (r = readerPages(dataset)));
	return r(id);
}

/** The extracted events' shards of the current dataset, built once per dataset (thousands of files ask). */
function extracted(): { places: ExtractedPlacePages; months: ExtractedMonths } {
	const dataset = loadDataset();
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
