/**
 * From the dataset's extracted events to their shards (see `extracted-files.ts`): one list per place,
 * cut from the oldest end into sealed pages and a head, and each month's, oldest first, in files of bounded size. The build in rounds
 * (`server/data-files.ts`) uses `extractedRecord`, `monthPages` and `pageSpan`.
 */
import { addDays, dateSpan } from '../core/dates';
import type { Dataset } from './dataset';
import { publishEvents, type PublishedEvent } from './events';
import {
	EXTRACTED_MONTH_PAGE_BYTES,
	EXTRACTED_MONTH_PAGE_EVENTS,
	EXTRACTED_PLACE_PAGE,
	type ExtractedEventRecord,
	type ExtractedMonth,
	type ExtractedMonthCounts,
	type ExtractedPageSpan,
	type ExtractedPlaceFile,
	type ExtractedPlaceHead,
	type ExtractedPlacePage
} from './extracted-files';
import { cutEvents, type EventSpanCut, type ListFile } from './page-cut';
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

/** What an event's span and a page's span read of it: a build holds only these for a long list. */
export type SpanFields = Pick<ExtractedEventRecord, 'date' | 'id' | 'datePrecision'>;

/** The days an event may fall on, as the page reads them: a week's seven days, a month's days. */
function span(e: SpanFields): { first: string; last: string } {
	if (e.datePrecision === 'week') return { first: e.date, last: addDays(e.date, 6) };
	if (e.datePrecision === 'month') return dateSpan(e.date, 'month');
	return { first: e.date, last: e.date };
}

/** The order of events (`sortEvents`): by date, then id. */
const collate = new Intl.Collator().compare;

/**
 * The union of the events' spans and their number, the file's number when it is a sealed page, and
 * the date and id of its oldest event (by date, then id) when it has any.
 */
export function pageSpan(events: readonly SpanFields[], page?: number): ExtractedPageSpan {
	let first = '';
	let last = '';
	let oldest: SpanFields | undefined;
	for (const e of events) {
		const s = span(e);
		if (!first || s.first < first) first = s.first;
		if (s.last > last) last = s.last;
		if (!oldest || (collate(e.date, oldest.date) || collate(e.id, oldest.id)) < 0) oldest = e;
	}
	const out: ExtractedPageSpan = { first, last, count: events.length };
	if (page !== undefined) out.page = page;
	if (oldest) out.from = [oldest.date, oldest.id];
	return out;
}

/** Every place's files (its head and sealed pages), and a way to make each on demand (prerendering asks one by one). */
export interface ExtractedPlacePages {
	keys: { place: string; page: ExtractedPlaceFile }[];
	head(place: string): ExtractedPlaceHead | undefined;
	page(place: string, page: number): ExtractedPlacePage | undefined;
}

/**
 * The place files. A place's events are those naming it, by date then id, cut into sealed pages and a
 * head (`page-cut.ts`: from the oldest end when `previous` has no spans of the place, else keeping the
 * spans the previous generation's head lists), each file newest first; the head exists for every
 * place whose panel lists articles (its own or its group's, `linkedPositions`, the list the page has),
 * even with no event, so the panel asks for it without knowing whether there are any.
 */
export function publishExtractedPlaces(
	dataset: Dataset,
	size = EXTRACTED_PLACE_PAGE,
	records = extractedRecords(dataset),
	previous: (place: string) => EventSpanCut[] | undefined = () => undefined
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
	/** Per place, its events oldest first. */
	const lists = new Map<string, ExtractedEventRecord[]>();
	for (const p of dataset.places) {
		const listed = linked.has(p.id) || (!!p.partOf && linked.has(p.partOf));
		const events = byPlace.get(p.id);
		if (listed || events) lists.set(p.id, events ?? []);
	}
	const cuts = new Map<string, ListFile[]>();
	const cut = (place: string) => {
		let files = cuts.get(place);
		if (!files) {
			const events = lists.get(place) ?? [];
			files = events.length
				? cutEvents(events, size, previous(place))
				: [{ page: 'head' as const, from: 0, to: 0 }];
			cuts.set(place, files);
		}
		return files;
	};
	// The head first, then the sealed pages in key order.
	const keys = [...lists.keys()].flatMap((place) => {
		const files = cut(place);
		return [files.at(-1)!, ...files.slice(0, -1)].map((f) => ({ place, page: f.page }));
	});
	return {
		keys,
		head(place) {
			const events = lists.get(place);
			if (!events) return undefined;
			const files = cut(place);
			const head = files.at(-1)!;
			const pages = files.map((f) =>
				pageSpan(events.slice(f.from, f.to), f.page === 'head' ? undefined : f.page)
			);
			return { place, events: events.slice(head.from, head.to).reverse(), pages };
		},
		page(place, page) {
			const events = lists.get(place);
			const file = events && cut(place).find((f) => f.page === page);
			if (!events || !file) return undefined;
			return { place, page, events: events.slice(file.from, file.to).reverse() };
		}
	};
}

/** The month files and their counts. */
export interface ExtractedMonths {
	counts: ExtractedMonthCounts;
	/** File `page` of `month`, or undefined when the month has no such file. */
	month(month: string, page: number): ExtractedMonth | undefined;
}

/** The size limits of a month file (`extracted-files.ts`). */
export interface MonthPageLimits {
	events: number;
	bytes: number;
}

const utf8 = new TextEncoder();

/**
 * A month's events, oldest first, cut in that order into files: a file is closed when the next event
 * would take it past `limits.events` events or `limits.bytes` bytes of JSON (the wrapper included). An
 * event larger than the byte limit on its own gets a file of its own rather than none.
 */
export function monthPages(
	month: string,
	events: readonly ExtractedEventRecord[],
	limits: MonthPageLimits = { events: EXTRACTED_MONTH_PAGE_EVENTS, bytes: EXTRACTED_MONTH_PAGE_BYTES }
): ExtractedEventRecord[][] {
	// The file's bytes besides its events, with room for a three-digit page number.
	const wrapper = utf8.encode(JSON.stringify({ month, page: 999, events: [] })).length;
	const pages: ExtractedEventRecord[][] = [];
	let current: ExtractedEventRecord[] = [];
	let bytes = wrapper;
	for (const e of events) {
		const own = utf8.encode(JSON.stringify(e)).length;
		if (current.length && (current.length >= limits.events || bytes + 1 + own > limits.bytes)) {
			pages.push(current);
			current = [];
			bytes = wrapper;
		}
		// A comma before every event but a file's first.
		bytes += (current.length ? 1 : 0) + own;
		current.push(e);
	}
	if (current.length) pages.push(current);
	return pages;
}

/**
 * The month files: for each month some event's `date` lies in, its events oldest first in files of at
 * most `limits.events` events and `limits.bytes` bytes.
 */
export function publishExtractedMonths(
	dataset: Dataset,
	records = extractedRecords(dataset),
	limits?: MonthPageLimits
): ExtractedMonths {
	const byMonth = new Map<string, ExtractedEventRecord[]>();
	for (const e of records) {
		const month = e.date.slice(0, 7);
		const list = byMonth.get(month);
		if (list) list.push(e);
		else byMonth.set(month, [e]);
	}
	const pages = new Map([...byMonth].map(([month, events]) => [month, monthPages(month, events, limits)]));
	const counts: ExtractedMonthCounts = [...byMonth]
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([month, events]) => [month, events.length, pages.get(month)!.length]);
	return {
		counts,
		month(month, page) {
			const events = pages.get(month)?.[page];
			return events ? { month, page, events } : undefined;
		}
	};
}
