/**
 * The events of the date range as a CSV file, the explorer's "Events in range · CSV": the rows of the
 * published `data/events.csv` (its columns and cell rules, `data/events-csv.ts`) for the events the
 * range holds, which at a million articles is a spreadsheet's worth where the whole file is millions of
 * rows. Built in the browser from what the page already reads:
 *
 * - the reviewed events, as `data/events/reviewed.json` publishes them (with their sentences);
 * - the events found in the text, from the month files `data/events/months/<yyyy-mm>/<n>.json` of the
 *   months that can hold one in range (`explorer.json`'s `extractedMonths` says which exist), a few
 *   fetched at a time and each once, and those the page has already fetched for its chronology reused.
 *
 * An event is in the range as the chronology reads it: when the days it may have happened on meet the
 * range, so an event dated "February 2020" (precision month) is in a range of 6–7 February, and one of
 * the week from 31 January is in a range starting 6 February. The outlet filter keeps the events whose
 * source outlet it shows, as the articles download keeps the articles; an event reported by an outlet
 * the corpus does not have (outside reporting) is kept, as nothing says it is filtered out.
 *
 * The file is the download's form of `events.csv`: a byte-order mark and CRLF line ends like the other
 * downloads, oldest first (by date, then id) as `events.csv` is.
 */
import type { DateRange } from '../core/range';
import { eventCsvRow, EVENT_CSV_COLUMNS, type CsvEvent } from '../data/events-csv';
import { extractedMonthPath, type ExtractedMonthCounts } from '../data/extracted-files';
import { eventInRange } from './chronology';
import { keepsEvent, type EventOutletFilter } from './event-export-count';
import {
	chronologyMonths,
	decodeExtractedMonth,
	extractedInRange,
	monthFile,
	type Decoded,
	type ExtractedEvent
} from './extracted';

/** Month files fetched at once: a few, so a range of a busy year does not fire a hundred requests. */
export const EVENT_EXPORT_CONCURRENCY = 4;

/**
 * An event found in the text as `data/events.json` publishes it, from its shard form: `extracted`
 * true, a source of type article with its sentence (the article's title, which no CSV column holds,
 * is not in the shards).
 */
export function publishedExtracted({ event, sentence }: ExtractedEvent): CsvEvent {
	const s = event.source;
	return {
		...event,
		extracted: true,
		source: s.type === 'article' ? { ...s, sentence } : { ...s, quote: sentence }
	};
}

/**
 * The month files (`monthFileKey`s, oldest first) that can hold an event found in the text in range:
 * every file of the months from the one six days before the range's start (a week dated then reaches
 * into it) to the range's end's, which are the files the chronology reads for the whole range.
 */
export function eventMonthFiles(counts: ExtractedMonthCounts, range: DateRange): string[] {
	return chronologyMonths(counts, range, { order: 'oldest' });
}

/** What `rangeEvents` reads. */
export interface RangeEventsInput {
	/** `data/events/reviewed.json`'s events. */
	reviewed: readonly CsvEvent[];
	/** The events of the month files, in any order. */
	extracted: readonly ExtractedEvent[];
	range: DateRange;
	filter?: EventOutletFilter;
}

/**
 * The events of the range the filter keeps, reviewed and found in the text, in their published form,
 * oldest first (by date, then id); an event two files hold is listed once.
 */
export function rangeEvents({ reviewed, extracted, range, filter }: RangeEventsInput): CsvEvent[] {
	const out = reviewed.filter((e) => eventInRange(e, range) && keepsEvent(filter, e));
	const seen = new Set(out.map((e) => e.id));
	for (const e of extractedInRange(extracted, range)) {
		if (seen.has(e.event.id) || !keepsEvent(filter, e.event, e.outletId)) continue;
		seen.add(e.event.id);
		out.push(publishedExtracted(e));
	}
	return out.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

/** The download: a byte-order mark, `events.csv`'s header and one row per event, CRLF line ends. */
export function rangeEventsCsv(events: readonly CsvEvent[]): string {
	return `\uFEFF${[EVENT_CSV_COLUMNS.join(','), ...events.map(eventCsvRow)].join('\r\n')}\r\n`;
}

/** What `loadMonthFiles` reads. */
export interface MonthFilesInput {
	/** The files to read (`monthFileKey`s), oldest first. */
	files: readonly string[];
	/** A file the page already has, decoded: not fetched again. */
	cached: (file: string) => readonly ExtractedEvent[] | undefined;
	/** Fetches a file and decodes it (`monthFileLoader`). */
	load: (file: string) => Promise<readonly ExtractedEvent[]>;
	/** Files fetched at once. */
	concurrency?: number;
	/** Called as files arrive: how many of `files` are here. */
	progress?: (done: number, total: number) => void;
	/** Called with each file fetched and its events, for a caller that keeps them. */
	arrived?: (file: string, events: readonly ExtractedEvent[]) => void;
}

/**
 * The events of the month files, in the files' order: those the page has are taken as they are, the
 * others fetched `concurrency` at a time, each once. The first file that cannot be fetched fails the
 * whole (no more are started), so a download never quietly lacks a month.
 */
export async function loadMonthFiles(input: MonthFilesInput): Promise<ExtractedEvent[]> {
	const { files, cached, load, progress, arrived } = input;
	const concurrency = Math.max(1, input.concurrency ?? EVENT_EXPORT_CONCURRENCY);
	const out: (readonly ExtractedEvent[] | undefined)[] = files.map((f) => cached(f));
	const wanted = [...new Set(files.filter((_, i) => !out[i]))];
	const fetched = new Map<string, readonly ExtractedEvent[]>();
	let done = files.length - wanted.length;
	let next = 0;
	let failed = false;
	progress?.(done, files.length);
	const worker = async () => {
		while (!failed && next < wanted.length) {
			const file = wanted[next++]!;
			let events: readonly ExtractedEvent[];
			try {
				events = await load(file);
			} catch (e) {
				failed = true;
				throw e;
			}
			fetched.set(file, events);
			arrived?.(file, events);
			done++;
			progress?.(done, files.length);
		}
	};
	await Promise.all(Array.from({ length: Math.min(concurrency, wanted.length) }, worker));
	return files.flatMap((f, i) => out[i] ?? fetched.get(f) ?? []);
}

/**
 * A month file's loader for `loadMonthFiles`: fetches `data/events/months/<yyyy-mm>/<n>.json` with
 * `fetchShard` (the published client's `extracted`) and decodes it, handing each entry it left out to
 * `problems`.
 */
export function monthFileLoader(
	fetchShard: (path: string) => Promise<unknown>,
	problems: (found: string[]) => void = () => {}
): (file: string) => Promise<readonly ExtractedEvent[]> {
	return async (key) => {
		const which = monthFile(key);
		if (!which) throw new Error(`month file "${key}": not yyyy-mm/n`);
		const path = extractedMonthPath(which.month, which.page);
		const decoded: Decoded<ExtractedEvent[]> = decodeExtractedMonth(
			await fetchShard(path),
			path,
			which.month,
			which.page
		);
		if (decoded.problems.length) problems(decoded.problems);
		return decoded.value;
	};
}
