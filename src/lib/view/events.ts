/**
 * How the page reads an event's date: the span of days it may have happened on (what "in range" is
 * tested against) and the short date a map label gives it. Both follow `datePrecision`, so a
 * month-dated event is never shown as if its day were the 1st.
 */
import { addDays, dateSpan } from '../core/dates';
import type { ExplorerEvent } from '../data/explorer-data';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * The days an event may fall on, both ends inclusive: its day, the seven days from `date` for `week`,
 * its month for `month`. A `reported` event is known only to have happened by `date`; it is placed on
 * that day, the first day anyone could have known of it.
 */
export function eventSpan(event: Pick<ExplorerEvent, 'date' | 'datePrecision'>): {
	first: string;
	last: string;
} {
	switch (event.datePrecision) {
		case 'week':
			return { first: event.date, last: addDays(event.date, 6) };
		case 'month':
			return dateSpan(event.date, 'month');
		default:
			return { first: event.date, last: event.date };
	}
}

/** "6 Feb 2020", "week of 8 Feb 2020", "Feb 2020", "by 19 Feb 2020": the date as a map label says it. */
export function eventDateText(event: Pick<ExplorerEvent, 'date' | 'datePrecision'>): string {
	const [y, m, d] = event.date.split('-').map(Number) as [number, number, number];
	const month = `${MONTHS[m - 1] ?? ''} ${y}`;
	switch (event.datePrecision) {
		case 'week':
			return `week of ${d} ${month}`;
		case 'month':
			return month;
		case 'reported':
			return `by ${d} ${month}`;
		default:
			return `${d} ${month}`;
	}
}

/** What the map writes beside a place for one of its events: the label, then the date in brackets. */
export function eventLabelText(event: Pick<ExplorerEvent, 'label' | 'date' | 'datePrecision'>): string {
	return `${event.label} (${eventDateText(event)})`;
}

/**
 * A place's events as its panel lists them: those in the selected dates first, newest first, then the
 * rest of its history, newest first. Narrowed to a week, an analyst reads first what happened in it;
 * the older and later events stay listed below, marked, because they are the place's history.
 * `events` is oldest first, as `explorer.json` keeps them.
 */
export function eventsByDates<E>(
	events: readonly E[],
	inDates: (event: E) => boolean
): { inside: E[]; outside: E[] } {
	const inside: E[] = [];
	const outside: E[] = [];
	for (let i = events.length - 1; i >= 0; i--) {
		const event = events[i]!;
		(inDates(event) ? inside : outside).push(event);
	}
	return { inside, outside };
}
