/**
 * From the dataset to the files the explorer page reads (see `explorer-data.ts`): the lean first-screen
 * index, the per-place pages of excerpts and the chronology's month parts (the count files are
 * `publish-counts.ts`'s, the article search index `search-shards.ts`'s). The build in rounds
 * (`server/data-files.ts`) makes each file from these functions' per-item parts.
 */
import type { Place } from '../places/schema';
import { placeExcerpts } from './excerpt';
import { publishedGeometry, type Dataset, type PublishedArticle } from './dataset';
import { publishEvents, type PublishedEvent } from './events';
import { establishedBy, statusTimeline, type DatedEvent } from '../events/status';
import { isLink } from './link';
import { publishExtractedMonths } from './publish-extracted';
import { articleFacts, publishMonthCounts, type ArticleFacts } from './publish-counts';
import { decodePairs, monthOfOrdinal, monthOrdinal } from './month-counts';
import {
	encodeExplorerFile,
	encodeMonthCountsFile,
	fromNothingParts,
	type ExplorerFile,
	type MonthCountsFile
} from './explorer-file';
import type {
	ChronologyArticle,
	ChronologyPart,
	ChronologyTable,
	ExplorerData,
	ExplorerEvent,
	ExplorerPlace,
	ExplorerPlaceProperties,
	PlaceDetails,
	PlaceDetailsFile,
	MonthArticle,
	PanelArticle,
	PanelEntry,
	PlaceHead,
	PlacePage,
	PlaceTablePart
} from './explorer-data';
import { deltaEncode } from './delta';
import {
	cutList,
	cutParts,
	cutTable,
	TABLE_PART,
	type ListFile,
	type PreviousCut,
	type PreviousPlaceCut
} from './page-cut';

/** Articles per place page: a panel shows this many at first, so one file opens it. */
export const PAGE_SIZE = 20;

/**
 * Articles per chronology part: the chronology lists 100 entries at a time, so one or two parts of
 * about 60 KB each fill a page of it, however many articles a month holds.
 */
export const CHRONOLOGY_PART = 250;

/**
 * Excerpts per article in a place page. An article naming a place hundreds of times would otherwise
 * carry hundreds of sentences into the page (a 5 MB capture made 12.6 MB files); the rest are one
 * link away in the reader. With `PAGE_SIZE` and `EXCERPT_LIMIT` this bounds a page: at most 100
 * excerpts of at most 400 characters each, about 50 KB for ordinary prose, and a place's head or a
 * sealed page that took in back-dated articles (up to two pages, `page-cut.ts`) twice that.
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
	events: readonly DatedEvent[]
): ExplorerPlaceProperties {
	const props: ExplorerPlaceProperties = {
		name: place.name,
		kind: place.kind,
		precision: place.precision,
		mentionCount
	};
	if (place.nameAr) props.nameAr = place.nameAr;
	const established = establishedBy(events, place.id) ?? place.established;
	if (established) props.established = established;
	const statuses = statusTimeline(events, place.id);
	if (statuses.length) props.statuses = statuses;
	if (place.partOf) props.partOf = place.partOf;
	if (place.curation === 'automatic') props.curation = 'automatic';
	return props;
}

/** `data/place-details.json`: what the search and the panel read of each place beyond `explorer.json`. */
export function publishPlaceDetails(dataset: Pick<Dataset, 'places'>): PlaceDetailsFile {
	const places: Record<string, PlaceDetails> = {};
	for (const place of dataset.places) {
		const details: PlaceDetails = { aliases: place.aliases };
		if (place.description) details.description = place.description;
		if (place.curation === 'automatic') details.sources = place.sources;
		places[place.id] = details;
	}
	return { places };
}

/**
 * The events at each place, in the dataset's order, so a place's statuses read its own few events rather
 * than every event of the corpus (the extractor finds about three per article).
 */
function eventsByPlace<T extends { places: string[] }>(events: readonly T[]): Map<string, T[]> {
	const byPlace = new Map<string, T[]>();
	for (const e of events) {
		for (const id of e.places) {
			const list = byPlace.get(id);
			if (list) list.push(e);
			else byPlace.set(id, [e]);
		}
	}
	return byPlace;
}

/**
 * `data/explorer.json`, as published (`explorer-file.ts` has its shape; `readExplorerFile` reads it back).
 * `facts` are the dataset's `articleFacts`, when the caller has them already.
 */
export function publishExplorerData(
	dataset: Dataset,
	facts: ArticleFacts = articleFacts(dataset),
	pageSize = PAGE_SIZE,
	chronologyPart = CHRONOLOGY_PART
): ExplorerFile {
	const mentionCounts = new Map<string, number>();
	for (const a of dataset.articles)
		for (const m of a.mentions.filter(isLink))
			mentionCounts.set(m.place, (mentionCounts.get(m.place) ?? 0) + 1);
	const published = publishEvents(dataset).events;
	return explorerFile({
		places: dataset.places,
		mentionCounts,
		reviewed: published.filter((e) => !e.extracted),
		outlets: facts.outlets,
		firstMonth: facts.firstMonth,
		monthCount: facts.monthCount,
		...publishMonthCounts(dataset, facts),
		// What the extracted events' month files hold, counted (the files themselves, outlet ids and all,
		// so the count of files is theirs): a few bytes a month, so the page knows which files exist and
		// how many events wait in them without fetching any.
		extractedMonths: publishExtractedMonths(dataset).counts,
		pageSize,
		chronologyPart
	});
}

/**
 * `data/month-counts.json`, as published: the articles by place and by outlet per month, which
 * `explorer.json` counts only in all. `facts` as for `publishExplorerData`.
 */
export function publishMonthCountsFile(
	dataset: Dataset,
	facts: ArticleFacts = articleFacts(dataset)
): MonthCountsFile {
	return monthCountsFile({
		firstMonth: facts.firstMonth,
		monthCount: facts.monthCount,
		...publishMonthCounts(dataset, facts)
	});
}

/** What `explorer.json` and `month-counts.json` are made of, each already counted over the whole corpus. */
export interface ExplorerParts {
	places: Place[];
	/** Per place id: its mentions (a dateline does not count). */
	mentionCounts: ReadonlyMap<string, number>;
	/** The reviewed events in their published form, oldest first. */
	reviewed: readonly PublishedEvent[];
	outlets: ExplorerData['outlets'];
	firstMonth: string;
	monthCount: number;
	/** Per outlet, its articles by month as pairs (`month-counts.ts`). */
	outletMonths: number[][];
	/** Per place, in `places` order: the articles it stands for by month as pairs. */
	counts: number[][];
	extractedMonths: ExplorerData['extractedMonths'];
	pageSize: number;
	chronologyPart: number;
	/**
	 * Per month index: the month's parts' numbers in key order (`cutParts`); when not given, those a
	 * build from nothing cuts.
	 */
	chronologyParts?: number[][];
}

/**
 * `data/explorer.json` from its parts: the same file whether the parts were counted over a dataset in
 * memory (`publishExplorerData`) or over the corpus in rounds (`server/data-files.ts`).
 */
export function explorerFile(parts: ExplorerParts): ExplorerFile {
	const { places, mentionCounts } = parts;
	// A place's statuses and establishment come from reviewed events only (`events/status.ts`).
	const atPlace = eventsByPlace(parts.reviewed);
	const features: ExplorerPlace[] = places.map((place) => ({
		type: 'Feature',
		id: place.id,
		geometry: publishedGeometry(place, places),
		properties: explorerProperties(place, mentionCounts.get(place.id) ?? 0, atPlace.get(place.id) ?? [])
	}));
	// Only reviewed events go to the first screen: the extractor finds about three per article (31,595 at
	// 10,000 articles made explorer.json 12.8 MB and a date change 360 ms); `data/events.json` has them all.
	const events = parts.reviewed.map((e): ExplorerEvent => {
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
	const perMonth = monthTotals(parts.monthCount, parts.outletMonths);
	return encodeExplorerFile({
		places: { type: 'FeatureCollection', features },
		outlets: parts.outlets,
		firstMonth: parts.firstMonth,
		monthCount: parts.monthCount,
		totals: parts.counts.map(pairsTotal),
		monthTotals: perMonth,
		outletTotals: parts.outletMonths.map(pairsTotal),
		pageSize: parts.pageSize,
		chronologyPart: parts.chronologyPart,
		chronologyParts: parts.chronologyParts ?? perMonth.map((n) => fromNothingParts(n, parts.chronologyPart)),
		events,
		extractedMonths: parts.extractedMonths
	});
}

/** `data/month-counts.json` from the same parts as its `explorer.json`. */
export function monthCountsFile(
	parts: Pick<ExplorerParts, 'firstMonth' | 'monthCount' | 'outletMonths' | 'counts'>
): MonthCountsFile {
	return encodeMonthCountsFile(parts, { outletMonths: parts.outletMonths, counts: parts.counts });
}

/** The sum of the counts of a row of pairs. */
function pairsTotal(pairs: readonly number[]): number {
	let n = 0;
	for (let i = 1; i < pairs.length; i += 2) n += pairs[i]!;
	return n;
}

/** Every article of each of `monthCount` months, from the outlets' counts by month. */
function monthTotals(monthCount: number, outletMonths: readonly number[][]): number[] {
	const out = new Array<number>(monthCount).fill(0);
	for (const row of outletMonths) {
		const { keys, counts } = decodePairs(row);
		keys.forEach((m, k) => (out[m]! += counts[k]!));
	}
	return out;
}

/**
 * Every file of every place's panel (its head and its sealed pages), and a way to make each on demand
 * (prerendering asks one by one).
 */
export interface PlacePages {
	keys: { place: string; page: number | 'head' }[];
	/** Every sealed part of every place's table (`data/places/<place>/table-<part>.json`). */
	tableKeys: { place: string; part: number }[];
	head(place: string): PlaceHead | undefined;
	page(place: string, page: number): PlacePage | undefined;
	table(place: string, part: number): PlaceTablePart | undefined;
}

/** What a panel or the chronology shows of an article. */
export function panelArticle(a: PublishedArticle): PanelArticle {
	const { id, title, outlet, published, datePrecision } = a;
	return a.curated
		? { id, title, outlet, published, datePrecision, curated: true }
		: { id, title, outlet, published, datePrecision };
}

/**
 * One entry of `place`'s panel pages: the article whose key (`article-keys.ts`) is `position`, its
 * outlet's id, and the excerpts of its mentions of the place (none when it names only the place's
 * group).
 */
export function panelEntry(
	place: Pick<Place, 'id' | 'partOf'>,
	position: number,
	article: PublishedArticle,
	outletId: string
): PanelEntry {
	const mine: number[] = [];
	const viaGroup: number[] = [];
	article.mentions.forEach((m, i) => {
		if (!isLink(m)) return;
		if (m.place === place.id) mine.push(i);
		else if (place.partOf && m.place === place.partOf) viaGroup.push(i);
	});
	// An article naming only the group lists no excerpts here: the group's panel has them, and
	// copying them into every member's pages multiplied them by the number of members.
	const own = placeExcerpts(article.body, article.mentions, mine, MAX_EXCERPTS_PER_ENTRY);
	const rest = mine.length ? own.rest : viaGroup;
	const out: PanelEntry = {
		position,
		article: panelArticle(article),
		outletId,
		viaGroup: mine.length === 0,
		excerpts: own.excerpts
	};
	if (rest.length) out.omitted = { count: rest.length, next: rest[0]! };
	return out;
}

/**
 * The files behind each place's panel: its list (`ArticleFacts.lists`, its own articles and its
 * group's, the articles its counts stand for) cut into sealed pages and a head (`page-cut.ts`), and
 * its table cut into sealed table parts of `tablePart` rows and the rows the head keeps (`cutTable`):
 * from the oldest end when `previous` has no cut of the place, else keeping the spans of the cut the
 * previous generation published (`previous(place)`, its head and table parts read by
 * `readPreviousCut`); each file lists its entries newest first. Places no article mentions get no file.
 */
export function publishPlacePages(
	dataset: Dataset,
	facts: ArticleFacts = articleFacts(dataset),
	size = PAGE_SIZE,
	previous: (place: string) => PreviousPlaceCut | undefined = () => undefined,
	tablePart = TABLE_PART
): PlacePages {
	const { places, articles } = dataset;
	const byId = new Map(places.map((p) => [p.id, p]));
	/** Oldest first: articles are by day then id, so that is ascending position. */
	const lists = new Map(places.map((p) => [p.id, facts.lists.get(p.id)!]));
	const cuts = new Map<string, { files: ListFile[]; table?: ReturnType<typeof cutTable> }>();
	const cut = (id: string) => {
		let known = cuts.get(id);
		if (!known) {
			const keys = Float64Array.from(lists.get(id) ?? [], (p) => facts.keys[p]!);
			const before = previous(id);
			const files = cutList(keys, size, facts.keyBits, before?.list);
			const table = files.length
				? cutTable(files, keys, size, facts.keyBits, tablePart, before?.parts)
				: undefined;
			known = { files, table };
			cuts.set(id, known);
		}
		return known;
	};
	// The head first, then the sealed pages in key order.
	const keys = places.flatMap((p) => {
		const files = cut(p.id).files;
		if (files.length === 0) return [];
		return [files.at(-1)!, ...files.slice(0, -1)].map((f) => ({ place: p.id, page: f.page }));
	});
	const tableKeys = places.flatMap((p) =>
		(cut(p.id).table?.parts ?? []).map((t) => ({ place: p.id, part: t.part }))
	);

	const entries = (place: Place, slice: ArrayLike<number>): PanelEntry[] =>
		Array.from(slice, (p) =>
			panelEntry(place, facts.keys[p]!, articles[p]!, facts.outlets[facts.outlet[p]!]!.id)
		).reverse();

	return {
		keys,
		tableKeys,
		head(id) {
			const place = byId.get(id);
			const list = lists.get(id);
			if (!place || !list || list.length === 0) return undefined;
			const { files, table } = cut(id);
			const head = files.at(-1)!;
			return {
				place: id,
				entries: entries(place, list.subarray(head.from, head.to)),
				table: table!.table
			};
		},
		page(id, page) {
			const place = byId.get(id);
			const list = lists.get(id);
			if (!place || !list) return undefined;
			const file = cut(id).files.find((f) => f.page === page);
			if (!file) return undefined;
			return { place: id, page, entries: entries(place, list.subarray(file.from, file.to)) };
		},
		table(id, part) {
			if (!byId.has(id)) return undefined;
			const found = cut(id).table?.parts.find((t) => t.part === part);
			return found && { place: id, ...found };
		}
	};
}

/** The chronology's parts: every month's parts, each on demand, and the table of the cut. */
export interface ChronologyParts {
	keys: { month: string; part: number }[];
	part(month: string, part: number): ChronologyPart | undefined;
	/** `data/chronology/parts.json`: each month's parts and their spans, for the next build. */
	table: ChronologyTable;
	/** Per month index from the first article's month: the parts' numbers in key order. */
	numbers(firstMonth: string, monthCount: number): number[][];
}

/**
 * `data/chronology/<yyyy-mm>/<n>.json`: a month's articles oldest first, each with the panel's
 * fields, the original's address, its outlet's id and the places it names, cut into parts of `size`
 * (`cutParts`): from the oldest end when `previous` has no cut of the month, else keeping the spans
 * the previous generation's table (`data/chronology/parts.json`) records for it.
 */
export function publishChronologyParts(
	dataset: Dataset,
	facts: ArticleFacts = articleFacts(dataset),
	size = CHRONOLOGY_PART,
	previous: (month: string) => PreviousCut | undefined = () => undefined
): ChronologyParts {
	const { articles } = dataset;
	/** Per month: where its articles start and end by position (a month's articles are consecutive). */
	const spans = new Map<string, { start: number; end: number }>();
	articles.forEach((a, p) => {
		const month = a.published.slice(0, 7);
		const span = spans.get(month);
		if (span) span.end = p + 1;
		else spans.set(month, { start: p, end: p + 1 });
	});
	const placesOf: string[][] = articles.map(() => []);
	for (const place of dataset.places) for (const p of facts.own.get(place.id)!) placesOf[p]!.push(place.id);
	const cuts = new Map(
		[...spans].map(([month, { start, end }]) => {
			const keys = Float64Array.from({ length: end - start }, (_, i) => facts.keys[start + i]!);
			return [month, { start, keys, files: cutParts(keys, size, facts.keyBits, previous(month)) }];
		})
	);
	const table: ChronologyTable = { keyBits: facts.keyBits, months: {} };
	for (const [month, { keys, files }] of cuts)
		table.months[month] = {
			first: deltaEncode(files.map((f) => keys[f.from]!)),
			parts: files.map((f) => f.page as number)
		};
	return {
		keys: [...cuts].flatMap(([month, { files }]) => files.map((f) => ({ month, part: f.page as number }))),
		part(month, part) {
			const cut = cuts.get(month);
			const file = cut?.files.find((f) => f.page === part);
			if (!cut || !file) return undefined;
			const out: MonthArticle[] = [];
			for (let p = cut.start + file.from; p < cut.start + file.to; p++)
				out.push(
					chronologyArticle(articles[p]!, facts.keys[p]!, facts.outlets[facts.outlet[p]!]!.id, placesOf[p]!)
				);
			return { month, part, articles: out };
		},
		table,
		numbers: (firstMonth, monthCount) => chronologyNumbers(table, firstMonth, monthCount)
	};
}

/**
 * Per month index from `firstMonth` (`monthCount` of them): the parts' numbers in key order as
 * `table` records them, none for a month it does not list: what `explorer.json`'s `chronologyParts`
 * says.
 */
export function chronologyNumbers(
	table: ChronologyTable,
	firstMonth: string,
	monthCount: number
): number[][] {
	const first = firstMonth ? monthOrdinal(firstMonth) : 0;
	return Array.from({ length: monthCount }, (_, m) => [
		...(table.months[monthOfOrdinal(first + m)]?.parts ?? [])
	]);
}

/**
 * An article as a chronology part lists it: the panel's fields, the original's address, its key as
 * `position`, its outlet's id and the places it names (in the dataset's order of places).
 */
export function chronologyArticle(
	a: PublishedArticle,
	position: number,
	outletId: string,
	places: string[]
): MonthArticle {
	const base: ChronologyArticle = a.url ? { ...panelArticle(a), url: a.url } : panelArticle(a);
	return { ...base, position, outletId, places };
}
