/**
 * From the dataset's extracted events to their shards (see `extracted-files.ts`): one list per place,
 * paged newest first, and one file per month. The routes under `src/routes/data/events/` only call these.
 */
import { addDays, dateSpan } from '../core/dates';
import type { Dataset } from './dataset';
import { publishEvents, type PublishedEvent } from './events';
import {
	EXTRACTED_PLACE_PAGE,
	type ExtractedEventRecord,
	type ExtractedMonth,
	type ExtractedMonthCounts,
	type ExtractedPageSpan,
	type ExtractedPlacePage
} from './extracted-files';
import { isLink } from './link';
import { resolveOutlets } from './outlets';

/**
 * An extracted event of `events.json` in the shards' form; a reviewed or outside-sourced one is none.
 * `outletOf` gives the id of the source article's outlet, as the outlet filter knows it.
 */
export function extractedRecord(
	e: PublishedEvent,
	outletOf: (article: string) => string | undefined = () => undefined
): ExtractedEventRecord | undefined {
	if (!e.extracted || e.source.type !== 'article') return undefined;
	const { article, start, end, sentence, outlet, published, curated } = e.source;
	const outletId = outletOf(article);
	return {
		id: e.id,
		places: e.places,
		date: e.date,
		datePrecision: e.datePrecision,
		kind: e.kind,
		label: e.label,
		confidence: e.confidence ?? 0,
		source: {
			article,
			start,
			end,
			sentence,
			outlet,
			...(outletId ? { outletId } : {}),
			published,
			...(curated ? { curated } : {})
		}
	};
}

/** The extracted events of the dataset, oldest first (the dataset's order: by date, then id). */
export function extractedRecords(dataset: Dataset): ExtractedEventRecord[] {
	const { outlets, outletOf } = resolveOutlets(dataset.articles, dataset.outlets ?? []);
	const outletIds = new Map(dataset.articles.map((a, i) => [a.id, outlets[outletOf[i]!]?.id]));
	return publishEvents(dataset).events.flatMap(
		(e) => extractedRecord(e, (article) => outletIds.get(article)) ?? []
	);
}

/** The days an event may fall on, as the page reads them: a week's seven days, a month's days. */
function span(e: ExtractedEventRecord): { first: string; last: string } {
	if (e.datePrecision === 'week') return { first: e.date, last: addDays(e.date, 6) };
	if (e.datePrecision === 'month') return dateSpan(e.date, 'month');
	return { first: e.date, last: e.date };
}

/** The union of the events' spans and their number. */
export function pageSpan(events: readonly ExtractedEventRecord[]): ExtractedPageSpan {
	let first = '';
	let last = '';
	for (const e of events) {
		const s = span(e);
		if (!first || s.first < first) first = s.first;
		if (s.last > last) last = s.last;
	}
	return { first, last, count: events.length };
}

/** Every place's pages, and a way to make each on demand (prerendering asks one by one). */
export interface ExtractedPlacePages {
	keys: { place: string; page: number }[];
	page(place: string, page: number): ExtractedPlacePage | undefined;
}

/**
 * The place files. A place's events are those naming it, newest first (by date, then id); page 0 exists
 * for every place whose panel lists articles (its own or its group's, `linkedPositions`, the list the
 * page has), even with no event, so the panel asks for it without knowing whether there are any.
 */
export function publishExtractedPlaces(
	dataset: Dataset,
	size = EXTRACTED_PLACE_PAGE,
	records = extractedRecords(dataset)
): ExtractedPlacePages {
	const linked = new Set<string>();
	for (const a of dataset.articles) for (const m of a.mentions) if (isLink(m)) linked.add(m.place);
	const byPlace = new Map<string, ExtractedEventRecord[]>();
	for (const e of records)
		for (const id of e.places) {
			const list = byPlace.get(id);
			if (list) list.push(e);
			else byPlace.set(id, [e]);
		}
	const lists = new Map<string, ExtractedEventRecord[]>();
	for (const p of dataset.places) {
		const listed = linked.has(p.id) || (!!p.partOf && linked.has(p.partOf));
		const events = byPlace.get(p.id);
		if (listed || events) lists.set(p.id, [...(events ?? [])].reverse());
	}
	const keys = [...lists].flatMap(([place, events]) =>
		Array.from({ length: Math.max(1, Math.ceil(events.length / size)) }, (_, page) => ({ place, page }))
	);
	const spans = new Map<string, ExtractedPageSpan[]>();
	return {
		keys,
		page(place, page) {
			const events = lists.get(place);
			if (!events || !Number.isInteger(page) || page < 0) return undefined;
			if (page > 0 && page * size >= events.length) return undefined;
			const slice = events.slice(page * size, (page + 1) * size);
			const out: ExtractedPlacePage = { place, page, events: slice };
			if (page === 0) {
				let all = spans.get(place);
				if (!all) {
					all = Array.from({ length: Math.ceil(events.length / size) }, (_, k) =>
						pageSpan(events.slice(k * size, (k + 1) * size))
					);
					spans.set(place, all);
				}
				out.pages = all;
			}
			return out;
		}
	};
}

/** The month files and their counts. */
export interface ExtractedMonths {
	counts: ExtractedMonthCounts;
	month(month: string): ExtractedMonth | undefined;
}

/** The month files: each month some event's `date` lies in, with those events oldest first. */
export function publishExtractedMonths(
	dataset: Dataset,
	records = extractedRecords(dataset)
): ExtractedMonths {
	const byMonth = new Map<string, ExtractedEventRecord[]>();
	for (const e of records) {
		const month = e.date.slice(0, 7);
		const list = byMonth.get(month);
		if (list) list.push(e);
		else byMonth.set(month, [e]);
	}
	const counts: ExtractedMonthCounts = [...byMonth]
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([month, events]) => [month, events.length]);
	return {
		counts,
		month(month) {
			const events = byMonth.get(month);
			return events ? { month, events } : undefined;
		}
	};
}
