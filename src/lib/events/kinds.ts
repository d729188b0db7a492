/**
 * The vocabulary of events: what can happen at a place, how exactly its day is known, and the status a
 * place has after it. Plain constants with no dependencies, so the published contract (`data/`) and the
 * page can name them without the validation code.
 */

/**
 * What happened. Kept small so a chronology, a legend and a spreadsheet filter stay readable; a nuance
 * goes into the event's `label`.
 * - `captured`: taken by force from whoever held it; `recaptured`: taken back by a side that held it before;
 *   `entered`: forces went in, control not (yet) claimed.
 * - `attacked`: shelling, an air strike, a drone or a raid that did not change who held it.
 * - `deployed`: a convoy, reinforcements or a patrol arriving.
 * - `post-established`, `post-surrounded`, `post-withdrawn`: the life of an observation post.
 * - `zone-established`: an agreed area (a de-escalation zone, a demilitarised zone, a security corridor)
 *   taking effect.
 * - `agreement`, `ceasefire`, `talks`: diplomacy that concerns the place.
 */
export const EVENT_KINDS = [
	'captured',
	'recaptured',
	'entered',
	'attacked',
	'deployed',
	'post-established',
	'post-surrounded',
	'post-withdrawn',
	'zone-established',
	'agreement',
	'ceasefire',
	'talks'
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/**
 * How exactly an event's `date` is known. `day`: that day. `week`: within the seven days starting at
 * `date`. `month`: within the month; `date` is its first day. `reported`: only that it had happened by
 * `date`, the day its source was published.
 */
export const EVENT_DATE_PRECISIONS = ['day', 'week', 'month', 'reported'] as const;
export type EventDatePrecision = (typeof EVENT_DATE_PRECISIONS)[number];

/**
 * What the map says of a place with a life of its own on a given day: an observation post is `manned`
 * from its establishment, `surrounded` once cut off, `withdrawn` after its evacuation; an agreed zone is
 * `in-force` from the day it takes effect. Other places have no status.
 */
export const PLACE_STATUSES = ['manned', 'surrounded', 'withdrawn', 'in-force'] as const;
export type PlaceStatus = (typeof PLACE_STATUSES)[number];

/** The status an event of each kind gives its places from its date on; other kinds leave it as it was. */
export const STATUS_AFTER: Partial<Record<EventKind, PlaceStatus>> = {
	'post-established': 'manned',
	'post-surrounded': 'surrounded',
	'post-withdrawn': 'withdrawn',
	'zone-established': 'in-force'
};

/** Kinds that bring a place into existence: before the first of them it is not drawn. */
export const ESTABLISHING_KINDS: readonly EventKind[] = ['post-established', 'zone-established'];
