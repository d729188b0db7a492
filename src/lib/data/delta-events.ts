/**
 * The event files a build adding articles writes. Events are ordered by the month of their date, then
 * date, then id (`sortEvents` within a month), and the new articles' events date back among the old
 * ones (reporting tells of earlier days), so none of these files is appended to:
 *
 * - `data/events.json` and `events.csv` list every event in that order: the build streams the
 *   published `events.json` through with the new events merged in (`eventOrder`), reading and
 *   writing all of both (`server/data-delta.ts`);
 * - a month's files (`data/events/months/<yyyy-mm>/<n>.json`) are read back and cut again
 *   (`monthPages`), for the months the new events fall in;
 * - a place's files of events (`data/events/places/<id>/`) are read back whole and cut again keeping
 *   their published spans (`cutEvents`), for the places the new events name.
 *
 * Each is what the full build makes from the same events, since it is made by the same functions.
 */
import { EXTRACTED_PLACE_PAGE, type ExtractedEventRecord, type ExtractedPageSpan } from './extracted-files';
import { cutEvents, type EventSpanCut } from './page-cut';
import { monthPages, pageSpan } from './publish-extracted';

const collate = new Intl.Collator().compare;

/** The order of the event files: the month of the date, then the date, then the id. */
export function eventOrder(x: { date: string; id: string }, y: { date: string; id: string }): number {
	return collate(x.date.slice(0, 7), y.date.slice(0, 7)) || collate(x.date, y.date) || collate(x.id, y.id);
}

/** `old` and `fresh`, each in `eventOrder`, merged in that order. */
export function mergeEvents<T extends { date: string; id: string }>(
	old: readonly T[],
	fresh: readonly T[]
): T[] {
	const out: T[] = [];
	let i = 0;
	for (const e of fresh) {
		while (i < old.length && eventOrder(old[i]!, e) < 0) out.push(old[i++]!);
		out.push(e);
	}
	while (i < old.length) out.push(old[i++]!);
	return out;
}

/** A month's entry in `explorer.json`'s `extractedMonths`: its events and files. */
export type MonthEntry = [month: string, events: number, pages: number];

/**
 * The month files of the months `fresh` (records in `eventOrder`) fall in, by path under the site, the
 * files those months no longer have, and `months` (the published `extractedMonths`) with them
 * counted; `existing` reads a month's file as published.
 */
export function addedMonths(
	months: readonly MonthEntry[],
	fresh: readonly ExtractedEventRecord[],
	existing: (month: string, page: number) => { events: ExtractedEventRecord[] } | undefined
): { files: Map<string, string>; removed: string[]; months: MonthEntry[] } | string {
	const byMonth = new Map<string, ExtractedEventRecord[]>();
	for (const r of fresh) {
		const list = byMonth.get(r.date.slice(0, 7)) ?? [];
		list.push(r);
		byMonth.set(r.date.slice(0, 7), list);
	}
	const entries = new Map(months.map((m) => [m[0], m]));
	const files = new Map<string, string>();
	const removed: string[] = [];
	for (const [month, list] of byMonth) {
		const held = entries.get(month)?.[2] ?? 0;
		const old: ExtractedEventRecord[] = [];
		for (let page = 0; page < held; page++) {
			const file = existing(month, page);
			if (!file) return `the events file of ${month}, page ${page}, is missing`;
			old.push(...file.events);
		}
		const pages = monthPages(month, mergeEvents(old, list));
		pages.forEach((events, page) => {
			const text = JSON.stringify({ month, page, events });
			const before = page < held ? existing(month, page) : undefined;
			if (!before || JSON.stringify({ month, page, events: before.events }) !== text)
				files.set(`data/events/months/${month}/${page}.json`, text);
		});
		for (let page = pages.length; page < held; page++)
			removed.push(`data/events/months/${month}/${page}.json`);
		entries.set(month, [month, old.length + list.length, pages.length]);
	}
	const next = [...entries.values()].sort((x, y) => collate(x[0], y[0]));
	return { files, removed, months: next };
}

/** A place's head of events as published. */
export interface EventsHead {
	events: ExtractedEventRecord[];
	pages: (ExtractedPageSpan & EventSpanCut)[];
}

/** A place's files of events after `fresh`, and what the About page's example reads of them. */
export interface PlaceEvents {
	/** Files whose bytes change or that are new, by path under the site. */
	files: Map<string, string>;
	removed: string[];
	/** Its sealed pages, and the number of the oldest (when it has any). */
	sealed: number;
	first?: number;
}

/**
 * The files of `place`'s events with `fresh` (records naming it, in `eventOrder`): its published
 * head (undefined when it had none) and sealed pages (`existing`) read back, the new records merged
 * in and the list cut again keeping the head's spans, as the full build cuts it.
 */
export function addedPlaceEvents(
	place: string,
	head: EventsHead | undefined,
	existing: (page: number) => { events: ExtractedEventRecord[] } | undefined,
	fresh: readonly ExtractedEventRecord[]
): PlaceEvents | string {
	if (head && (!Array.isArray(head.pages) || !Array.isArray(head.events)))
		return `${place}: a head of events of another form`;
	const old: ExtractedEventRecord[] = [];
	const texts = new Map<number | 'head', string>();
	for (const span of head?.pages.slice(0, -1) ?? []) {
		if (!Number.isInteger(span.page)) return `${place}: a sealed span of events with no page`;
		const file = existing(span.page!);
		if (!file) return `${place}: its page of events ${span.page} is missing`;
		texts.set(span.page!, JSON.stringify({ place, page: span.page, events: file.events }));
		old.push(...[...file.events].reverse());
	}
	if (head) {
		old.push(...[...head.events].reverse());
		texts.set('head', JSON.stringify(head));
	}
	const events = mergeEvents(old, fresh);
	const cut = events.length
		? cutEvents(events, EXTRACTED_PLACE_PAGE, head?.pages)
		: [{ page: 'head' as const, from: 0, to: 0 }];
	const id = JSON.stringify(place);
	const spans: ExtractedPageSpan[] = [];
	const read = (from: number, to: number, page?: number) => {
		const list = events.slice(from, to);
		spans.push(pageSpan(list, page));
		return list
			.reverse()
			.map((e) => JSON.stringify(e))
			.join(',');
	};
	const files = new Map<string, string>();
	const dir = `data/events/places/${place}`;
	const made = new Set<number | 'head'>();
	for (const f of cut.slice(0, -1)) {
		const page = f.page as number;
		const text = `{"place":${id},"page":${page},"events":[${read(f.from, f.to, page)}]}`;
		made.add(page);
		if (texts.get(page) !== text) files.set(`${dir}/${page}.json`, text);
	}
	const last = cut.at(-1)!;
	const newest = read(last.from, last.to);
	const text = `{"place":${id},"events":[${newest}],"pages":${JSON.stringify(spans)}}`;
	if (texts.get('head') !== text) files.set(`${dir}/head.json`, text);
	const removed = [...texts.keys()]
		.filter((k) => k !== 'head' && !made.has(k))
		.map((k) => `${dir}/${k}.json`);
	const sealed = cut.length - 1;
	return { files, removed, sealed, first: sealed ? (cut[0]!.page as number) : undefined };
}
