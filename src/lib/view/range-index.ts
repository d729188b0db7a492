/**
 * The explorer's per-place arithmetic of a date range over typed arrays: whether a place exists yet,
 * its latest event in the range and its status on the range's last day, built once from
 * `data/explorer.json`. How many articles each place has in the range is `counts.ts`'s.
 */
import { dayNumber, firstDay } from '../core/dates';
import type { ExplorerData } from '../data/explorer-data';
import type { DateRange } from '../core/range';
import { eventSpan } from './events';
import { buildStatusTable, NO_STATUS, statusCodeOn, type StatusTable } from './status';

/** `data/explorer.json`'s places and events decoded into the arrays a range's states run over. */
export interface RangeIndex {
	/** Per place: the day it was established, or `NONE` when it always existed. */
	established: Int32Array;
	/**
	 * Per place: where its events start in the three event arrays (one more entry than places). A
	 * place's events are oldest first: `eventFirst` and `eventLast` are the first and last day each may
	 * fall on (`eventSpan`), `eventIndex` its index in `ExplorerData.events`.
	 */
	eventStart: Uint32Array;
	eventFirst: Int32Array;
	eventLast: Int32Array;
	eventIndex: Uint32Array;
	/** Per place: its status timeline (`status.ts`). */
	statuses: StatusTable;
}

/** "No day": before every real day. */
const NONE = -2_147_483_648;
/** After every real day: the end of an open range. */
const ALWAYS = 2_147_483_647;
/** "No event" in `PlaceStates.event`. */
export const NO_EVENT = -1;

/** Decodes the places' establishment, events and statuses. */
export function buildRangeIndex(data: Pick<ExplorerData, 'places' | 'events'>): RangeIndex {
	const features = data.places.features;
	const indexOf = new Map(features.map((f, i) => [f.id, i]));
	const established = new Int32Array(features.length).fill(NONE);
	const eventsOf: number[][] = features.map(() => []);
	data.events.forEach((event, e) => {
		for (const id of event.places) eventsOf[indexOf.get(id) ?? -1]?.push(e);
	});
	const eventStart = new Uint32Array(features.length + 1);
	const eventIndex: number[] = [];
	features.forEach((f, i) => {
		const e = f.properties.established;
		if (e) established[i] = dayNumber(firstDay(e));
		eventStart[i] = eventIndex.length;
		eventIndex.push(...eventsOf[i]!);
	});
	eventStart[features.length] = eventIndex.length;
	const spans = eventIndex.map((e) => eventSpan(data.events[e]!));
	return {
		established,
		eventStart,
		eventFirst: Int32Array.from(spans, (s) => dayNumber(s.first)),
		eventLast: Int32Array.from(spans, (s) => dayNumber(s.last)),
		eventIndex: Uint32Array.from(eventIndex),
		statuses: buildStatusTable(features)
	};
}

/**
 * What the map and the list show of every place in a range, by place index: articles in range (zero
 * for a place that does not exist yet); whether it exists (a post before its `established` date does
 * not); its latest event in a chosen range, as an index into `ExplorerData.events` or `NO_EVENT` (with
 * no dates chosen every event would be "in range", and the map would drown in labels); and its status
 * on the range's last day (`status.ts`; the latest one for an open end, none when it does not exist).
 * A place is active when it exists and has a count. The counts come from `counts.ts` (`placeCounts`,
 * with the outlet filter's choice), so a place only other outlets name fades as one outside the dates
 * does. Fresh arrays every time, so a consumer can compare with the previous ones.
 */
export interface PlaceStates {
	count: Int32Array;
	exists: Uint8Array;
	event: Int32Array;
	status: Uint8Array;
}

export function placeStates(index: RangeIndex, range: DateRange, counts: ArrayLike<number>): PlaceStates {
	const from = range.from ? dayNumber(range.from) : NONE;
	const to = range.to ? dayNumber(range.to) : ALWAYS;
	const n = index.established.length;
	const count = new Int32Array(n);
	const exists = new Uint8Array(n);
	const event = new Int32Array(n).fill(NO_EVENT);
	const status = new Uint8Array(n);
	const bounded = !!(range.from || range.to);
	for (let i = 0; i < n; i++) {
		const here = !range.to || index.established[i]! <= to;
		exists[i] = here ? 1 : 0;
		if (here) {
			count[i] = counts[i] ?? 0;
			status[i] = statusCodeOn(index.statuses, i, to);
		} else status[i] = NO_STATUS;
		if (bounded) event[i] = latestEvent(index, i, from, to);
	}
	return { count, exists, event, status };
}

/**
 * The latest event of place `i` whose span meets the days `from`…`to` (day numbers, inclusive), as an
 * index into `ExplorerData.events`, or `NO_EVENT`. "Latest" is by the first day it may fall on, and for
 * two on one day the one published later in the list: what the place's label says at the range's end.
 */
export function latestEvent(index: RangeIndex, i: number, from: number, to: number): number {
	let found = NO_EVENT;
	for (let k = index.eventStart[i]!; k < index.eventStart[i + 1]!; k++) {
		if (index.eventFirst[k]! > to) break;
		if (index.eventLast[k]! >= from) found = index.eventIndex[k]!;
	}
	return found;
}

/**
 * The latest event of place `i` up to the range's end, whenever it began (`NO_EVENT` if none): what a
 * selected place's label says even when nothing happened there in the range itself.
 */
export function latestEventUpTo(index: RangeIndex, i: number, range: DateRange): number {
	return latestEvent(index, i, NONE, range.to ? dayNumber(range.to) : ALWAYS);
}
