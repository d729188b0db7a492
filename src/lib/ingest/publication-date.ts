import * as chrono from 'chrono-node';
import { addDays, isIsoDate, type DatePrecision } from '../core/dates';
import { execAll } from '../core/regex';

/**
 * A proposed publication date. `published` is null when the capture does not say; `inferred` is true
 * when the day (or month) was worked out from the text rather than read from the page, so a curator
 * knows to check it. `dateEvidence` always says which, in words.
 */
export interface DateProposal {
	published: string | null;
	datePrecision: DatePrecision | null;
	dateEvidence: string;
	inferred: boolean;
}

/** What the date is proposed from: the page's own statements first, then the text. */
export interface DateSources {
	/** Dates the page states about itself (HTML meta, JSON-LD, `<time>`, front matter), best first. */
	stated: { value: string; source: string }[];
	/** Lines the cleaner did not keep (page furniture): a "Published 7 February 2020" line is here. */
	furniture: string[];
	/** Photo captions, whose dates are lower bounds for the publication date. */
	captions: string[];
	/** The cleaned article text. */
	body: string;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const WEEKDAY = new RegExp(`\\b(next |last |this )?(${WEEKDAYS.join('|')})\\b`, 'g');
/** Captions of file photos carry the photo's date, which can be years before the article. */
const FILE_PHOTO = /\bfile\b|\barchive\b/i;
/** A line that is little more than a date: a page's dateline ("Published: 7 February 2020 10:12 GMT"). */
const DATE_LINE_MAX = 80;

function iso(y: number, m: number, d: number): string {
	return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function weekdayOf(day: string): number {
	return new Date(`${day}T12:00:00Z`).getUTCDay();
}

/**
 * The backward rule for news text: a bare weekday ("on Tuesday") names the latest such day on or
 * before the reference (the publication day), never a later one as a calendar would. `weekday` is
 * 0 for Sunday.
 */
export function previousWeekday(reference: string, weekday: number): string {
	return addDays(reference, -((weekdayOf(reference) - weekday + 7) % 7));
}

/** The calendar day a stated timestamp names, as written (its own offset, not the reader's zone). */
export function statedDay(value: string): string | undefined {
	const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
	if (m && isIsoDate(`${m[1]}-${m[2]}-${m[3]}`)) return `${m[1]}-${m[2]}-${m[3]}`;
	const [parsed] = chrono.parse(value, new Date(Date.UTC(2000, 0, 1)));
	const k = parsed?.start;
	if (k?.isCertain('year') && k.isCertain('month') && k.isCertain('day'))
		return iso(k.get('year')!, k.get('month')!, k.get('day')!);
	return undefined;
}

interface FoundDate {
	day: string;
	precision: DatePrecision;
	text: string;
	where: string;
}

/** A year written out: chrono also calls the year "certain" in relative phrases ("end of the month"). */
const WRITTEN_YEAR = /\b(?:19|20)\d\d\b/;

/** The longest stretch of text chrono is given at once (see `windows`). */
const CHRONO_WINDOW = 2_000;

/**
 * `text` as the stretches chrono reads: each line, and a line longer than `CHRONO_WINDOW` cut at a
 * space. chrono's refiners look back over all the text before each date they find ("end of the
 * month"), so one call over a whole capture is quadratic in its length (a third of the time of a 5 MB
 * capture); a date is never written across a line, and a phrase that refers to it stands close by.
 */
export function windows(text: string): string[] {
	const out: string[] = [];
	for (const line of text.split('\n')) {
		let rest = line;
		while (rest.length > CHRONO_WINDOW) {
			const space = rest.lastIndexOf(' ', CHRONO_WINDOW);
			const cut = space > CHRONO_WINDOW / 2 ? space : CHRONO_WINDOW;
			out.push(rest.slice(0, cut));
			rest = rest.slice(cut);
		}
		if (rest.trim()) out.push(rest);
	}
	return out;
}

/** Dates written out with their year (day or month precision) in a text, read a window at a time. */
function datesIn(text: string, where: string): FoundDate[] {
	return windows(text).flatMap((w) => datesInWindow(w, where));
}

function datesInWindow(text: string, where: string): FoundDate[] {
	return chrono.parse(text, new Date(Date.UTC(2000, 0, 1))).flatMap((r) => {
		const s = r.start;
		if (!WRITTEN_YEAR.test(r.text) || !s.isCertain('year') || !s.isCertain('month')) return [];
		const year = s.get('year')!;
		if (year < 1900 || year > 2100) return [];
		const day = s.isCertain('day');
		return [
			{
				day: iso(year, s.get('month')!, day ? s.get('day')! : 1),
				precision: day ? ('day' as const) : ('month' as const),
				text: r.text,
				where
			}
		];
	});
}

function latest(dates: FoundDate[]): FoundDate | undefined {
	return dates.reduce<FoundDate | undefined>((best, d) => (!best || d.day > best.day ? d : best), undefined);
}

/** How often each weekday is named as past news ("on Tuesday", "last Monday"), ignoring "next …". */
function weekdayCounts(body: string): Map<number, number> {
	const counts = new Map<number, number>();
	for (const m of execAll(WEEKDAY, body)) {
		if (m[1]?.trim() === 'next') continue;
		const wd = WEEKDAYS.indexOf(m[2]!);
		counts.set(wd, (counts.get(wd) ?? 0) + 1);
	}
	return counts;
}

/** "'on Tuesday' is 2020-02-18" for each weekday the text names, by the backward rule from `day`. */
function weekdayNotes(body: string, day: string): string {
	const named = [...weekdayCounts(body).keys()].sort((a, b) => a - b);
	if (!named.length) return '';
	const notes = named.map((wd) => `${WEEKDAYS[wd]} is ${previousWeekday(day, wd)}`);
	return ` Weekdays in the text, counted back from it: ${notes.join(', ')}.`;
}

/**
 * Proposes a publication date, saying how sure it is:
 * 1. a date the page states about itself (meta tags, JSON-LD, `<time>`, front matter), or a dateline
 *    line among the page's furniture: taken as given;
 * 2. otherwise the latest full date the capture names (captions of file photos excepted, text dates
 *    included) is a lower bound: the article cannot be older than the newest thing it reports. If the
 *    text names a weekday, the first such weekday on or after that bound is proposed (the weekday named
 *    most often; news reports the day's events), marked inferred; without a weekday only the month is
 *    proposed, also inferred;
 * 3. otherwise a month and year named in the text give a month, inferred;
 * 4. otherwise nothing: `published` is null and the evidence says a date must be given by hand.
 */
export function proposeDate(sources: DateSources): DateProposal {
	for (const { value, source } of sources.stated) {
		const day = statedDay(value);
		if (day)
			return {
				published: day,
				datePrecision: 'day',
				dateEvidence: `The page states it: ${source} "${value}".${weekdayNotes(sources.body, day)}`,
				inferred: false
			};
	}
	for (const line of sources.furniture) {
		if (line.length > DATE_LINE_MAX) continue;
		const found = datesIn(line, 'page line').find((d) => d.precision === 'day');
		if (found && found.text.length >= line.length / 2)
			return {
				published: found.day,
				datePrecision: 'day',
				dateEvidence: `The page's date line "${line}".${weekdayNotes(sources.body, found.day)}`,
				inferred: false
			};
	}
	const dated = [
		...sources.captions.filter((c) => !FILE_PHOTO.test(c)).flatMap((c) => datesIn(c, 'a photo caption')),
		...datesIn(sources.body, 'the text')
	];
	const days = dated.filter((d) => d.precision === 'day');
	const bound = latest(days);
	if (bound) {
		const counts = [...weekdayCounts(sources.body)].sort((a, b) => b[1] - a[1]);
		const [top] = counts;
		if (top) {
			const [weekday, times] = top;
			const offset = (weekday - weekdayOf(bound.day) + 7) % 7;
			const day = addDays(bound.day, offset);
			return {
				published: day,
				datePrecision: 'day',
				dateEvidence:
					`Inferred, check it: the capture states no publication date. The latest date it names is ` +
					`${bound.day} ("${bound.text}" in ${bound.where}), and the text reports events on ` +
					`${WEEKDAYS[weekday]} (${times}×), so the first ${WEEKDAYS[weekday]} on or after it is ` +
					`proposed; the article may be later.${weekdayNotes(sources.body, day)}`,
				inferred: true
			};
		}
		return {
			published: `${bound.day.slice(0, 7)}-01`,
			datePrecision: 'month',
			dateEvidence:
				`Inferred, check it: the capture states no publication date and names no weekday. The latest ` +
				`date it names is ${bound.day} ("${bound.text}" in ${bound.where}), so only its month is proposed; the article may be later.`,
			inferred: true
		};
	}
	const month = latest(dated);
	if (month)
		return {
			published: month.day,
			datePrecision: 'month',
			dateEvidence:
				`Inferred, check it: the capture states no publication date; the latest month it names is ` +
				`"${month.text}" (in ${month.where}), so that month is proposed; the article may be later.`,
			inferred: true
		};
	return {
		published: null,
		datePrecision: null,
		dateEvidence: 'No date found in the capture: give one with --date YYYY-MM-DD.',
		inferred: false
	};
}
