/**
 * What the explorer's "Events in range · CSV" button knows before it fetches anything: how many events
 * the download will hold, and the outlet filter as it applies to events. Kept apart from the writer
 * (`export-events.ts`, loaded when a download is asked for) because the menu counts on the first screen.
 */
import type { DateRange } from '../core/range';
import type { ExplorerEvent, ExplorerOutlet } from '../data/explorer-data';
import type { ExtractedMonthCounts } from '../data/extracted-files';
import { eventInRange } from './chronology';
import { chronologyExtracted, type ExtractedEvent } from './extracted';

/**
 * Most events the download writes: a spreadsheet's last row (Excel stops at 1,048,576) less the
 * header. A range that may hold more is refused before anything is fetched, with the way to the whole
 * `data/events.csv`.
 */
export const EVENT_EXPORT_LIMIT = 1_048_575;

/** The outlet filter as it applies to events, while it leaves outlets out. */
export interface EventOutletFilter {
	/** The outlet filter's `shows`, by outlet id. */
	shows: (outletId: string) => boolean;
	/** The id of the outlet a source names (`outletIds`), undefined for an outlet the corpus lacks. */
	outletOf: (name: string) => string | undefined;
}

/**
 * The outlet ids by the names sources give them: each outlet's name and aliases, case and the spaces
 * around aside, as the build resolves an article's outlet (`data/outlets.ts`).
 */
export function outletIds(
	outlets: readonly Pick<ExplorerOutlet, 'id' | 'name' | 'aliases'>[]
): (name: string) => string | undefined {
	const byName = new Map<string, string>();
	for (const o of outlets)
		for (const name of [o.name, ...(o.aliases ?? [])]) {
			const key = name.trim().toLowerCase();
			if (!byName.has(key)) byName.set(key, o.id);
		}
	return (name) => byName.get(name.trim().toLowerCase());
}

/**
 * Whether the filter keeps an event: by the outlet id its shard entry carries, otherwise by its source
 * outlet's name; an outlet the filter does not know is kept.
 */
export function keepsEvent(
	filter: EventOutletFilter | undefined,
	event: { source: { outlet: string } },
	outletId?: string
): boolean {
	if (!filter) return true;
	const id = outletId ?? filter.outletOf(event.source.outlet);
	return id === undefined || filter.shows(id);
}

/** What `eventExportCount` reads. */
export interface EventCountInput {
	/** `explorer.json`'s reviewed events (their sentences aside, the same events as `reviewed.json`). */
	reviewed: readonly ExplorerEvent[];
	/** `explorer.json`'s `extractedMonths`, decoded. */
	counts: ExtractedMonthCounts;
	/** A month file the page has fetched (`monthFileKey`), decoded. */
	loaded: (file: string) => readonly ExtractedEvent[] | undefined;
	range: DateRange;
	filter?: EventOutletFilter;
}

/**
 * How many events the download will hold, before it fetches anything: the reviewed ones exactly, and
 * those found in the text as the chronology counts them (`chronologyExtracted`): exact where the month
 * files the page has fetched say, otherwise at most (a month the range cuts, or any month under the
 * outlet filter, counts with all of its events).
 */
export function eventExportCount(input: EventCountInput): { count: number; exact: boolean } {
	const { reviewed, counts, loaded, range, filter } = input;
	let count = 0;
	for (const e of reviewed) if (eventInRange(e, range) && keepsEvent(filter, e)) count++;
	const keep = filter ? (e: ExtractedEvent) => keepsEvent(filter, e.event, e.outletId) : undefined;
	const found = chronologyExtracted(counts, loaded, range, keep);
	return { count: count + found.count, exact: found.exact };
}
