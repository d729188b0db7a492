/** Formatting shared by the panels and the reader. */
import type { DatePrecision } from '$lib/core/dates';
import type { EventDatePrecision, EventKind } from '$lib/data/events';

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

/** "7 February 2020", or "June 2025 (month only)" when only the month is known. */
export function formatDate(iso: string, precision: DatePrecision = 'day'): string {
	const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
	const month = MONTHS[m - 1] ?? '';
	return precision === 'month' ? `${month} ${y} (month only)` : `${d} ${month} ${y}`;
}

/**
 * An event's date as exactly as it is known: "6 February 2020", "week of 10 February 2020",
 * "February 2020", or "reported by 19 February 2020" when the source says only that it had happened.
 */
export function formatEventDate(iso: string, precision: EventDatePrecision): string {
	if (precision === 'month') return formatDate(iso, 'month').replace(' (month only)', '');
	if (precision === 'week') return `week of ${formatDate(iso)}`;
	if (precision === 'reported') return `reported by ${formatDate(iso)}`;
	return formatDate(iso);
}

/** The `datetime` of an event's `<time>`: its month when only that is known, else its (first) day. */
export function eventDatetime(iso: string, precision: EventDatePrecision): string {
	return precision === 'month' ? iso.slice(0, 7) : iso;
}

const EVENT_KIND_LABELS: Record<EventKind, string> = {
	captured: 'Captured',
	recaptured: 'Recaptured',
	entered: 'Entered',
	attacked: 'Attacked',
	deployed: 'Deployment',
	'post-established': 'Post set up',
	'post-surrounded': 'Post surrounded',
	'post-withdrawn': 'Post withdrawn',
	'zone-established': 'Zone in force',
	agreement: 'Agreement',
	ceasefire: 'Ceasefire',
	talks: 'Talks'
};

/** What kind of event, in words. */
export function eventKindLabel(kind: EventKind): string {
	return EVENT_KIND_LABELS[kind] ?? kind;
}

/**
 * A count with its noun in the right number: "1 result", "2 results", "0 results". `many` defaults to
 * `one` with an s, so only irregular plurals ("entry", "entries") need it.
 */
export function countOf(n: number, one: string, many = `${one}s`): string {
	return `${n} ${n === 1 ? one : many}`;
}

/** "Feb 2020" for the timeline axis. */
export function formatMonth(month: string): string {
	const [y, m] = month.split('-').map(Number) as [number, number];
	return `${(MONTHS[m - 1] ?? '').slice(0, 3)} ${y}`;
}

const KIND_LABELS: Record<string, string> = {
	governorate: 'Governorate',
	province: 'Province',
	zone: 'Zone',
	highway: 'Highway',
	'air-base': 'Air base',
	'naval-base': 'Naval base',
	'observation-post': 'Observation post',
	capital: 'Capital',
	city: 'City',
	town: 'Town',
	village: 'Village',
	mountain: 'Mountain',
	plain: 'Plain',
	crossing: 'Border crossing',
	camp: 'Camp',
	airport: 'Airport',
	district: 'District'
};

export function kindLabel(kind: string): string {
	return KIND_LABELS[kind] ?? kind;
}

/** How sure the geometry is, in words. */
export function precisionLabel(precision: string | number): string {
	if (typeof precision === 'number') {
		return precision >= 1000
			? `within about ${Math.round(precision / 100) / 10} km`
			: `within about ${precision} m`;
	}
	return precision === 'exact' ? 'gazetteer position' : 'approximate position';
}
