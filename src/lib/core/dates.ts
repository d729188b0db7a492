/**
 * Calendar dates as the corpus writes them: ISO `YYYY-MM-DD` strings, compared as strings.
 *
 * Keeping dates as strings (never `Date` objects) avoids time-zone shifts: an article published on
 * 2020-02-07 stays on that day wherever the page is opened.
 */

/** How sure a publication date is: the exact day, or only the month (the day is then `01`). */
export type DatePrecision = 'day' | 'month';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;

/** True for a real calendar day in `YYYY-MM-DD` form (rejects 2020-02-30). */
export function isIsoDate(value: string): boolean {
	const m = ISO_DAY.exec(value);
	if (!m) return false;
	const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
	if (mo < 1 || mo > 12 || d < 1) return false;
	return d <= daysInMonth(y, mo);
}

/** True for `YYYY-MM` with a month 01–12. */
export function isIsoMonth(value: string): boolean {
	const m = ISO_MONTH.exec(value);
	return !!m && Number(m[2]) >= 1 && Number(m[2]) <= 12;
}

/** Days in a month of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The span of days a dated item may fall on, both ends inclusive: one day for `day` precision, the
 * whole month for `month` precision. A month-precision article is "in range" when this span overlaps
 * the selected range, so narrowing the dates never hides it on a guess.
 */
export function dateSpan(published: string, precision: DatePrecision): { first: string; last: string } {
	if (precision === 'day') return { first: published, last: published };
	const month = published.slice(0, 7);
	const [y, m] = month.split('-').map(Number) as [number, number];
	return { first: `${month}-01`, last: `${month}-${String(daysInMonth(y, m)).padStart(2, '0')}` };
}

/** Start of the span a `YYYY-MM` or `YYYY-MM-DD` value denotes (for `established` dates). */
export function firstDay(value: string): string {
	return isIsoMonth(value) ? `${value}-01` : value;
}

const MS_PER_DAY = 86_400_000;

/**
 * Days since 1970-01-01 for a `YYYY-MM-DD` day, so ranges can be compared as integers in typed arrays.
 * Counting in UTC keeps it free of time zones, like the strings it stands for.
 */
export function dayNumber(iso: string): number {
	return (
		Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / MS_PER_DAY
	);
}

/** The `YYYY-MM-DD` day a day number stands for (the inverse of `dayNumber`). */
export function isoDay(day: number): string {
	return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Adds whole days (negative to go back) to a `YYYY-MM-DD` day, in UTC like `dayNumber`. */
export function addDays(iso: string, days: number): string {
	return isoDay(dayNumber(iso) + days);
}
