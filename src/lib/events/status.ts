import { ESTABLISHING_KINDS, STATUS_AFTER, type EventKind, type PlaceStatus } from './kinds';

/** The part of an event the status rules read. */
export interface DatedEvent {
	id: string;
	places: string[];
	date: string;
	kind: EventKind;
	/** True for an event found by the extractor and not reviewed: it changes no status. */
	extracted?: boolean;
}

/** From `date` on (until the next change), the place has `status`, because of event `event`. */
export interface StatusChange {
	date: string;
	status: PlaceStatus;
	event: string;
}

/**
 * A place's statuses through time, oldest first, from the events that change status (`STATUS_AFTER`).
 * Statuses are derived, never typed: a post's `surrounded` comes from its `post-surrounded` event. Two
 * changes on one day keep the later kind in the life of a post (withdrawn after surrounded after manned),
 * so a same-day evacuation is not undone by the order of the file. A change that repeats the status in
 * force (a second report of the same encirclement) is left out. Only reviewed events count: an extracted
 * one is shown, but a post is not drawn withdrawn on the extractor's word.
 */
export function statusTimeline(events: readonly DatedEvent[], place: string): StatusChange[] {
	const rank: Record<PlaceStatus, number> = { 'in-force': 0, manned: 0, surrounded: 1, withdrawn: 2 };
	const changes = events
		.filter((e) => !e.extracted && e.places.includes(place) && STATUS_AFTER[e.kind])
		.map((e) => ({ date: e.date, status: STATUS_AFTER[e.kind]!, event: e.id }))
		.sort((a, b) => a.date.localeCompare(b.date) || rank[a.status] - rank[b.status]);
	const out: StatusChange[] = [];
	for (const change of changes) if (out.at(-1)?.status !== change.status) out.push(change);
	return out;
}

/** The status in force on `day` (YYYY-MM-DD), or undefined before the first change. */
export function statusOn(timeline: readonly StatusChange[], day: string): PlaceStatus | undefined {
	let status: PlaceStatus | undefined;
	for (const change of timeline) {
		if (change.date > day) break;
		status = change.status;
	}
	return status;
}

/** The day a place comes into existence by its reviewed events (its first establishing event), if any. */
export function establishedBy(events: readonly DatedEvent[], place: string): string | undefined {
	let first: string | undefined;
	for (const e of events)
		if (
			!e.extracted &&
			ESTABLISHING_KINDS.includes(e.kind) &&
			e.places.includes(place) &&
			(!first || e.date < first)
		)
			first = e.date;
	return first;
}
