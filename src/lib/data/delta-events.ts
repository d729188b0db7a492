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
import { sealedPages } from './explorer-data';
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
 * The files of `place`'s events with `fresh` (records naming it, in `eventOrder`), cut as the full
 * build cuts the whole list keeping the published head's spans (`cutEvents`), reading only what the
 * new events fall in: each new event belongs to the span whose oldest event (`from`) is the last at or
 * before it (the first span has no lower end), so only those sealed pages are read back, merged and
 * kept (up to twice a page) or split into pages numbered after the others, in key order; the head
 * takes the rest and seals pages from its oldest as the full cut does (`cutBySpans`). A head whose
 * spans the cut would not keep (no sealed span, or one without `from`) is cut from nothing, from the
 * whole list read back.
 */
export function addedPlaceEvents(
	place: string,
	head: EventsHead | undefined,
	existing: (page: number) => { events: ExtractedEventRecord[] } | undefined,
	fresh: readonly ExtractedEventRecord[]
): PlaceEvents | string {
	if (head && (!Array.isArray(head.pages) || !Array.isArray(head.events)))
		return `${place}: a head of events of another form`;
	const spans = head?.pages ?? [];
	const sealedSpans = spans.slice(0, -1);
	const kept =
		sealedSpans.length > 0 &&
		spans.every((s) => Array.isArray(s.from) && s.from.length === 2) &&
		sealedSpans.every((s) => Number.isInteger(s.page) && s.page! >= 0);
	const id = JSON.stringify(place);
	const dir = `data/events/places/${place}`;
	const size = EXTRACTED_PLACE_PAGE;
	const text = (list: readonly ExtractedEventRecord[]) =>
		[...list]
			.reverse()
			.map((e) => JSON.stringify(e))
			.join(',');
	const pageText = (page: number, list: readonly ExtractedEventRecord[]) =>
		`{"place":${id},"page":${page},"events":[${text(list)}]}`;
	/** A published page's events, oldest first. */
	const read = (page: number): ExtractedEventRecord[] | string => {
		const file = existing(page);
		return file ? [...file.events].reverse() : `${place}: its page of events ${page} is missing`;
	};
	// Each new event's span: the last whose oldest event is at or before it (span 0 when none is).
	const into = new Map<number, ExtractedEventRecord[]>();
	const starts = kept ? spans.map((s) => ({ date: s.from![0], id: s.from![1] })) : [];
	for (const e of fresh) {
		let k = 0;
		if (kept) {
			let lo = 1;
			let hi = spans.length;
			while (lo < hi) {
				const mid = (lo + hi) >>> 1;
				if (eventOrder(starts[mid]!, e) <= 0) lo = mid + 1;
				else hi = mid;
			}
			k = lo - 1;
		}
		const list = into.get(k) ?? [];
		list.push(e);
		into.set(k, list);
	}
	/** The files in key order: a sealed page's number (or the head) with its events when read. */
	const files: { page: number | 'head'; events?: ExtractedEventRecord[]; span?: ExtractedPageSpan }[] = [];
	const written = new Map<string, string>();
	const removed: string[] = [];
	let headEvents: ExtractedEventRecord[];
	if (kept) {
		let next = Math.max(...sealedSpans.map((s) => s.page!)) + 1;
		for (let k = 0; k < sealedSpans.length; k++) {
			const span = sealedSpans[k]!;
			const added = into.get(k);
			if (!added) {
				files.push({ page: span.page!, span: stripped(span) });
				continue;
			}
			const old = read(span.page!);
			if (typeof old === 'string') return old;
			const list = mergeEvents(old, added);
			if (list.length <= 2 * size) {
				files.push({ page: span.page!, events: list });
				continue;
			}
			removed.push(`${dir}/${span.page}.json`);
			const pieces = Math.floor(list.length / size);
			for (let i = 0; i < pieces; i++)
				files.push({
					page: next++,
					events: list.slice(i * size, i === pieces - 1 ? list.length : (i + 1) * size)
				});
		}
		headEvents = mergeEvents([...head!.events].reverse(), into.get(sealedSpans.length) ?? []);
		const sealed = sealedPages(headEvents.length, size);
		for (let i = 0; i < sealed; i++)
			files.push({ page: next++, events: headEvents.slice(i * size, (i + 1) * size) });
		headEvents = headEvents.slice(sealed * size);
	} else {
		// Cut from nothing: the whole list read back.
		const old: ExtractedEventRecord[] = [];
		for (const span of sealedSpans) {
			const list = read(span.page!);
			if (typeof list === 'string') return list;
			old.push(...list);
			removed.push(`${dir}/${span.page}.json`);
		}
		const all = mergeEvents([...old, ...[...(head?.events ?? [])].reverse()], fresh);
		const cut = all.length ? cutEvents(all, size) : [{ page: 'head' as const, from: 0, to: 0 }];
		for (const f of cut.slice(0, -1)) files.push({ page: f.page, events: all.slice(f.from, f.to) });
		headEvents = all.slice(cut.at(-1)!.from);
	}
	const table: ExtractedPageSpan[] = [];
	for (const f of files) {
		if (!f.events) {
			table.push(f.span!);
			continue;
		}
		const page = f.page as number;
		table.push(pageSpan(f.events, page));
		written.set(`${dir}/${page}.json`, pageText(page, f.events));
	}
	table.push(pageSpan(headEvents));
	written.set(
		`${dir}/head.json`,
		`{"place":${id},"events":[${text(headEvents)}],"pages":${JSON.stringify(table)}}`
	);
	const made = new Set(written.keys());
	return {
		files: written,
		removed: removed.filter((rel) => !made.has(rel)),
		sealed: files.length,
		first: files.length ? (files[0]!.page as number) : undefined
	};
}

/** A published span as `pageSpan` gives it (`first`, `last`, `count`, `page`, `from`), nothing more. */
function stripped(span: ExtractedPageSpan & EventSpanCut): ExtractedPageSpan {
	const out: ExtractedPageSpan = { first: span.first, last: span.last, count: span.count };
	if (span.page !== undefined) out.page = span.page;
	if (span.from) out.from = span.from;
	return out;
}
