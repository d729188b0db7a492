/**
 * From the dataset to the files the explorer page reads (see `explorer-data.ts`): the lean first-screen
 * index, the per-place excerpt chunks and the article search index. The routes under `src/routes/data/`
 * only call these.
 */
import type { AsPlainObject } from 'minisearch';
import { dayNumber } from '../core/dates';
import type { Place } from '../places/schema';
import { placeExcerpts } from './excerpt';
import { buildArticleIndex } from './search-index';
import { publishedGeometry, type Dataset, type PublishedArticle } from './dataset';
import { deltaEncode } from './delta';
import { publishEvents } from './events';
import { establishedBy, statusTimeline } from '../events/status';
import type { EventRecord } from '../events/schema';
import { isLink } from './link';
import { resolveOutlets } from './outlets';
import { extractedRecord, publishExtractedMonths } from './publish-extracted';
import {
	linkedPositions,
	type ArticleChunk,
	type ChronologyArticle,
	type ExplorerData,
	type PanelArticle,
	type ExplorerEvent,
	type ExplorerPlace,
	type ExplorerPlaceProperties,
	type PanelEntry,
	type PlaceChunk
} from './explorer-data';

/** Articles per panel chunk: a panel shows about this many at first, so one or two files open it. */
export const CHUNK_SIZE = 20;

/**
 * Articles per chronology chunk: the chronology lists 100 entries at a time, so one or two files of
 * about 25 KB each fill a page of it.
 */
export const ARTICLE_CHUNK_SIZE = 200;

/**
 * Excerpts per article in a panel chunk. An article naming a place hundreds of times would otherwise
 * carry hundreds of sentences into the chunk (a 5 MB capture made 12.6 MB files); the rest are one
 * link away in the reader. With `CHUNK_SIZE` and `EXCERPT_LIMIT` this bounds a chunk: at most 100
 * excerpts of at most 400 characters each, about 50 KB for ordinary prose.
 */
export const MAX_EXCERPTS_PER_ENTRY = 5;

/** Per place id: the ascending positions of the articles that mention it (a dateline does not count). */
export function mentionPositions({ places, articles }: Dataset): Map<string, number[]> {
	const lists = new Map<string, number[]>(places.map((p) => [p.id, []]));
	articles.forEach((a, position) => {
		for (const m of a.mentions.filter(isLink)) {
			const list = lists.get(m.place);
			if (list && list.at(-1) !== position) list.push(position);
		}
	});
	return lists;
}

/** `events` are the events at `place` (see `eventsByPlace`); statuses and establishment come from them. */
function explorerProperties(
	place: Place,
	mentionCount: number,
	events: readonly EventRecord[]
): ExplorerPlaceProperties {
	const props: ExplorerPlaceProperties = {
		name: place.name,
		aliases: place.aliases,
		kind: place.kind,
		precision: place.precision,
		mentionCount
	};
	if (place.nameAr) props.nameAr = place.nameAr;
	const established = establishedBy(events, place.id) ?? place.established;
	if (established) props.established = established;
	const statuses = statusTimeline(events, place.id);
	if (statuses.length) props.statuses = statuses;
	if (place.description) props.description = place.description;
	if (place.partOf) props.partOf = place.partOf;
	if (place.curation === 'automatic') {
		props.curation = 'automatic';
		props.sources = place.sources;
	}
	return props;
}

/**
 * The events at each place, in the dataset's order, so a place's statuses read its own few events rather
 * than every event of the corpus (the extractor finds about three per article).
 */
function eventsByPlace(events: readonly EventRecord[]): Map<string, EventRecord[]> {
	const byPlace = new Map<string, EventRecord[]>();
	for (const e of events) {
		for (const id of e.places) {
			const list = byPlace.get(id);
			if (list) list.push(e);
			else byPlace.set(id, [e]);
		}
	}
	return byPlace;
}

/** `data/explorer.json`. */
export function publishExplorerData(
	dataset: Dataset,
	chunkSize = CHUNK_SIZE,
	articleChunkSize = ARTICLE_CHUNK_SIZE
): ExplorerData {
	const { places, articles } = dataset;
	const positions = mentionPositions(dataset);
	const mentionCounts = new Map<string, number>();
	for (const a of articles)
		for (const m of a.mentions.filter(isLink))
			mentionCounts.set(m.place, (mentionCounts.get(m.place) ?? 0) + 1);
	const atPlace = eventsByPlace(dataset.events);
	const features: ExplorerPlace[] = places.map((place) => ({
		type: 'Feature',
		id: place.id,
		geometry: publishedGeometry(place, places),
		properties: explorerProperties(place, mentionCounts.get(place.id) ?? 0, atPlace.get(place.id) ?? [])
	}));
	// Only reviewed events go to the first screen: the extractor finds about three per article (31,595 at
	// 10,000 articles made explorer.json 12.8 MB and a date change 360 ms); `data/events.json` has them all.
	const published = publishEvents(dataset).events;
	const reviewed = published.filter((e) => !e.extracted);
	// What the extracted events' month files hold, counted: a few bytes a month, so the page knows which
	// files exist and how many events wait in them without fetching any.
	const found = published.flatMap((e) => extractedRecord(e) ?? []);
	const events = reviewed.map((e): ExplorerEvent => {
		const s = e.source;
		const source =
			s.type === 'article'
				? {
						type: s.type,
						article: s.article,
						start: s.start,
						end: s.end,
						outlet: s.outlet,
						published: s.published,
						...(s.curated ? { curated: s.curated } : {})
					}
				: { type: s.type, outlet: s.outlet, url: s.url, published: s.published };
		return { ...e, source };
	});
	const { outlets, outletOf } = resolveOutlets(articles, dataset.outlets ?? []);
	const monthOnly: number[] = [];
	articles.forEach((a, i) => {
		if (a.datePrecision === 'month') monthOnly.push(i);
	});
	return {
		places: { type: 'FeatureCollection', features },
		days: deltaEncode(articles.map((a) => dayNumber(a.published))),
		outlets,
		articleOutlets: outletOf,
		monthPrecision: deltaEncode(monthOnly),
		links: places.map((p) => deltaEncode(positions.get(p.id)!)),
		chunkSize,
		articleChunkSize,
		events,
		extractedMonths: publishExtractedMonths(dataset, found).counts
	};
}

/** Every chunk file of every place, and a way to make each on demand (prerendering asks one by one). */
export interface PlaceChunks {
	keys: { place: string; chunk: number }[];
	chunk(place: string, chunk: number): PlaceChunk | undefined;
}

function panelArticle(a: PublishedArticle): PanelArticle {
	const { id, title, outlet, published, datePrecision } = a;
	return a.curated
		? { id, title, outlet, published, datePrecision, curated: true }
		: { id, title, outlet, published, datePrecision };
}

/**
 * The excerpt chunks behind each place's panel. A place's list is `linkedPositions` of its own
 * mentions and its group's, the same list the page builds, so chunk `n` holds the entries the page
 * expects at indexes `n * chunkSize` onwards. Places no article mentions get no file.
 */
export function publishPlaceChunks(dataset: Dataset, chunkSize = CHUNK_SIZE): PlaceChunks {
	const { places, articles } = dataset;
	const own = mentionPositions(dataset);
	const byId = new Map(places.map((p) => [p.id, p]));
	const lists = new Map(
		places.map((p) => [p.id, linkedPositions(own.get(p.id)!, p.partOf ? own.get(p.partOf) : undefined)])
	);
	const keys = places.flatMap((p) =>
		Array.from({ length: Math.ceil(lists.get(p.id)!.length / chunkSize) }, (_, chunk) => ({
			place: p.id,
			chunk
		}))
	);

	function entry(place: Place, position: number): PanelEntry {
		const article = articles[position]!;
		const mine: number[] = [];
		const viaGroup: number[] = [];
		article.mentions.forEach((m, i) => {
			if (!isLink(m)) return;
			if (m.place === place.id) mine.push(i);
			else if (place.partOf && m.place === place.partOf) viaGroup.push(i);
		});
		// An article naming only the group lists no excerpts here: the group's panel has them, and
		// copying them into every member's chunks multiplied them by the number of members.
		const own = placeExcerpts(article.body, article.mentions, mine, MAX_EXCERPTS_PER_ENTRY);
		const rest = mine.length ? own.rest : viaGroup;
		const out: PanelEntry = {
			position,
			article: panelArticle(article),
			viaGroup: mine.length === 0,
			excerpts: own.excerpts
		};
		if (rest.length) out.omitted = { count: rest.length, next: rest[0]! };
		return out;
	}

	return {
		keys,
		chunk(id, chunk) {
			const place = byId.get(id);
			const list = lists.get(id);
			if (!place || !list || !Number.isInteger(chunk) || chunk < 0 || chunk * chunkSize >= list.length)
				return undefined;
			const slice = list.subarray(chunk * chunkSize, (chunk + 1) * chunkSize);
			return { place: id, chunk, entries: Array.from(slice, (position) => entry(place, position)) };
		}
	};
}

/** An article as the chronology's chunks name it: a panel's fields and the original's address. */
function chronologyArticle(a: PublishedArticle): ChronologyArticle {
	return a.url ? { ...panelArticle(a), url: a.url } : panelArticle(a);
}

/** The chronology's article chunks: how many there are, and each on demand. */
export interface ArticleChunks {
	count: number;
	chunk(chunk: number): ArticleChunk | undefined;
}

/** `data/chronology/<n>.json`: the articles at positions `n * size` onwards, as a panel names them. */
export function publishArticleChunks({ articles }: Dataset, size = ARTICLE_CHUNK_SIZE): ArticleChunks {
	return {
		count: Math.ceil(articles.length / size),
		chunk(chunk) {
			if (!Number.isInteger(chunk) || chunk < 0 || chunk * size >= articles.length) return undefined;
			return { chunk, articles: articles.slice(chunk * size, (chunk + 1) * size).map(chronologyArticle) };
		}
	};
}

/** `data/search.json`: the article index the search box loads on first use. */
export function publishArticleSearch({ articles }: Dataset): AsPlainObject {
	return buildArticleIndex(articles).toJSON();
}
