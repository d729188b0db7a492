/**
 * What the map says of a place with a life of its own on a given day: an observation post is manned,
 * surrounded or withdrawn, an agreed zone in force. The statuses are derived when the data is published
 * (`statuses` on each place, from its events); the page only reads the one in force on the range's
 * last day, because what an analyst sees at the end of a period is the situation it led to.
 *
 * Two forms of one rule: `statusOnDay` over the published strings (the reference, and what a panel
 * can say in words), and `buildStatusTable` / `statusCodeOn` over typed arrays, which the range index
 * runs for every place on every date change. The spec checks that the two agree.
 */
import { dayNumber, firstDay } from '../core/dates';
import {
	PLACE_STATUSES,
	type ExplorerPlace,
	type ExplorerPlaceProperties,
	type PlaceStatus
} from '../data/explorer-data';

/** "No status" in the typed form; a status is its index in `PLACE_STATUSES` plus one. */
export const NO_STATUS = 0;

/** The typed form of a status. */
export function statusCode(status: PlaceStatus): number {
	return PLACE_STATUSES.indexOf(status) + 1;
}

/** The status a typed code stands for, or undefined for `NO_STATUS` (and any code out of range). */
export function statusOfCode(code: number): PlaceStatus | undefined {
	return code > 0 ? PLACE_STATUSES[code - 1] : undefined;
}

/**
 * The status a place exists in before any event changes it: an observation post is manned from the day
 * it is drawn (five posts were set up before the reporting the events rest on, so their first status
 * event, if any, is a later one). Other places have none until an event gives them one.
 */
function initialStatus(props: Pick<ExplorerPlaceProperties, 'kind'>): PlaceStatus | undefined {
	return props.kind === 'observation-post' ? 'manned' : undefined;
}

/**
 * The status of a place on `day` (`YYYY-MM-DD`), or at the end of its timeline when `day` is undefined
 * (an open range shows the latest situation). Undefined when the place has no status then, which
 * includes every day before it exists (`established`).
 */
export function statusOnDay(
	props: Pick<ExplorerPlaceProperties, 'kind' | 'established' | 'statuses'>,
	day: string | undefined
): PlaceStatus | undefined {
	if (day !== undefined && props.established && firstDay(props.established) > day) return undefined;
	let status = initialStatus(props);
	for (const change of props.statuses ?? []) {
		if (day !== undefined && change.date > day) break;
		status = change.status;
	}
	return status;
}

/**
 * Every place's status timeline as typed arrays: the changes of place `i` are `start[i]` up to
 * `start[i + 1]` of `days` (day numbers, ascending) and `codes`; `initial[i]` is its status before the
 * first change. Existence is not in here: the range index knows it and asks only for places that exist.
 */
export interface StatusTable {
	start: Uint32Array;
	days: Int32Array;
	codes: Uint8Array;
	initial: Uint8Array;
}

export function buildStatusTable(places: readonly ExplorerPlace[]): StatusTable {
	const start = new Uint32Array(places.length + 1);
	const days: number[] = [];
	const codes: number[] = [];
	const initial = new Uint8Array(places.length);
	places.forEach((p, i) => {
		start[i] = days.length;
		const first = initialStatus(p.properties);
		initial[i] = first ? statusCode(first) : NO_STATUS;
		for (const change of p.properties.statuses ?? []) {
			days.push(dayNumber(change.date));
			codes.push(statusCode(change.status));
		}
	});
	start[places.length] = days.length;
	return { start, days: Int32Array.from(days), codes: Uint8Array.from(codes), initial };
}

/**
 * The typed status of place `i` on day number `day` (any number past the last change gives the latest
 * status). A place has a handful of changes at most, so a scan is as quick as a search.
 */
export function statusCodeOn(table: StatusTable, i: number, day: number): number {
	let code = table.initial[i]!;
	for (let k = table.start[i]!; k < table.start[i + 1]! && table.days[k]! <= day; k++) code = table.codes[k]!;
	return code;
}
