/**
 * What a date range shows. Both ends are inclusive and either may be open. A month-precision article
 * counts as in range when any day of its month is, because its real day is unknown: hiding it on a
 * guess would be worse than showing it with its "month only" label.
 */
import { dateSpan, firstDay, type DatePrecision } from './dates';

export interface DateRange {
	from?: string;
	to?: string;
}

export interface Dated {
	published: string;
	datePrecision: DatePrecision;
}

/** True when the span `first..last` (inclusive) meets the range. */
export function spanInRange(first: string, last: string, range: DateRange): boolean {
	return (!range.from || last >= range.from) && (!range.to || first <= range.to);
}

export function articleInRange(article: Dated, range: DateRange): boolean {
	const { first, last } = dateSpan(article.published, article.datePrecision);
	return spanInRange(first, last, range);
}

/**
 * A place that came into being on a date (an observation post's `established`) exists in the range
 * when it was set up on or before the range's last day. A `YYYY-MM` date counts from the month's start.
 */
export function existsInRange(established: string | undefined, range: DateRange): boolean {
	return !established || !range.to || firstDay(established) <= range.to;
}

/** True when a single day lies in the range. */
export function dayInRange(day: string, range: DateRange): boolean {
	return spanInRange(day, day, range);
}

/**
 * True when the range's first day comes after its last: no day is in it, so nothing can show. The date
 * fields can make one (a link with one is ignored as invalid), and the timeline says so rather than
 * showing an empty map.
 */
export function isReversed(range: DateRange): boolean {
	return !!range.from && !!range.to && range.from > range.to;
}
