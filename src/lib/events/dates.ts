/**
 * The dates of a sentence read against the publication day: every date phrase it holds (weekdays
 * and "yesterday" counted back, written dates through chrono-node, weeks and months counted back),
 * the one nearest an event word, and whether the sentence times what it reports only by a year.
 */
import * as chrono from 'chrono-node';
import { addDays } from '../core/dates';
import type { EventDatePrecision } from './kinds';
import { escape, words } from './sentences';
import WORDS from './event-words.json' with { type: 'json' };
import { execAll, execAllWhere, gateText } from '../core/regex';

const SPEECH = new RegExp(`\\b(?:${WORDS.speech.map(escape).join('|')})\\b`, 'i');
/**
 * A word before a date that makes it a span's start or a deadline ("since", "by"), maybe with a part
 * of the month between ("since late April").
 */
const NOT_BEFORE = new RegExp(
	`\\b(?:${WORDS.notBefore.map(escape).join('|')})(?:\\s+(?:early|late|mid)[\\s-]*|\\s*)$`,
	'i'
);

/**
 * Phrases that time a fact only by its year ("last year", "years ago"): background, not an event.
 */
const YEAR_ONLY = new RegExp(`\\b(?:${WORDS.yearOnly.map(escape).join('|')})\\b`, 'i');

/** The month May in a date ("since May 2019", "on May 5", "in May"), which is no modal. */
export const MONTH_MAY =
	/\b(?:(?:since|in|of|early|late|mid|until|by|last|this|next|from|on)\s+may\b|may\s+\d)/gi;

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = [
	'january',
	'february',
	'march',
	'april',
	'may',
	'june',
	'july',
	'august',
	'september',
	'october',
	'november',
	'december'
];

/**
 * A date phrase found in a sentence: where it is, what it says, and whether it dates a report
 * instead of an event.
 */
export interface DatePhrase {
	start: number;
	end: number;
	date: string;
	precision: EventDatePrecision;
	evidence: string;
	speech: boolean;
}

function weekdayOf(day: string): number {
	return new Date(`${day}T12:00:00Z`).getUTCDay();
}

function weekdayName(day: string): string {
	const name = WEEKDAYS[weekdayOf(day)]!;
	return name[0]!.toUpperCase() + name.slice(1);
}

function monthStart(year: number, month: number): string {
	return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`;
}

/** The Monday that starts the week of a day. */
function mondayOf(day: string): string {
	return addDays(day, -((weekdayOf(day) + 6) % 7));
}

/**
 * Relative phrases the calendar library would count forward or not at all; news counts them back.
 */
const RELATIVE =
	/\b(?:(next|last|this|on|late|early)\s+)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b|\b(yesterday|last\s+night|today|tonight|this\s+(?:morning|afternoon|evening))\b|\b(earlier\s+this|this|last)\s+(week|month)\b|\blast\s+(january|february|march|april|may|june|july|august|september|october|november|december)\b/gi;

/**
 * A month written out or abbreviated, or a day written with a month: worth asking the calendar
 * library.
 */
const EXPLICIT_HINT =
	/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*\d|\d\s*(?:st|nd|rd|th)?\s*(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b(?:in|of|during|early|late|mid)[\s-]+(?:january|february|march|april|may|june|july|august|september|october|november|december)\b/i;

/**
 * The weekend: "over the weekend", "at the weekend", "this weekend", "last weekend" (its Saturday,
 * week precision).
 */
const WEEKEND = /\b(?:(?:over|at|during)\s+the|this|(last))\s+weekend\b/gi;

/**
 * Phrases that place an event in the hours or days up to the report without a day of its own
 * ("earlier in the day", "in recent days"): the publication day as `reported`, nearer to the event
 * than a day named in another clause ("…, meaning 13 were killed on Saturday").
 */
/**
 * "Earlier in the week" or "in the month": as "earlier this week", the week or month of the report.
 */
const EARLIER_IN_THE = /\bearlier\s+in\s+the\s+(week|month)\b/gi;

const SAME_DAY =
	/\b(?:(?:earlier|later)\s+in\s+the\s+day|in\s+(?:the\s+)?recent\s+days|over\s+the\s+past\s+(?:day|24\s+hours))\b/gi;

/**
 * A month naming a deal, a truce or talks it was made in ("the September deal", "the March
 * ceasefire"): that month, the latest not after publication, as "in September" would be.
 */
const ATTRIBUTIVE_MONTH =
	/\bthe\s+(january|february|march|april|may|june|july|august|september|october|november|december)\s+(?:deal|deals|agreement|agreements|accord|accords|memorandum|truce|ceasefire|cease-fire|summit|talks)\b/gi;

/**
 * A month named in the possessive before what it dates ("January's bombardment killed 59"): that
 * month, the latest one not after the report. Capitalised only, so that the modal "may" is not
 * read.
 */
const POSSESSIVE_MONTH =
	/\b(January|February|March|April|May|June|July|August|September|October|November|December)['’]s\s+(?=[\p{L}-])/gu;

/**
 * A day of the month named by its ordinal and "this month" or "last month" ("on the 3rd of this
 * month").
 */
const ORDINAL_OF_MONTH = /\bthe\s+(\d{1,2})(?:st|nd|rd|th)\s+of\s+(this|last)\s+month\b/gi;

/**
 * The hours after midnight of a past happening with no day named ("at dawn", "before dawn", "after
 * midnight", "in the early hours"): they begin the publication day, so the event took place that
 * day (guide, Dates), unlike "overnight", which straddles two. A day named with them ("at dawn on
 * Friday", "in the early hours of Tuesday") dates the event instead, and a truce said to start or
 * take effect after midnight lies ahead of the report.
 */
const SMALL_HOURS =
	/\b(?:at|before)\s+(?:dawn|daybreak|first\s+light)\b|\bafter\s+midnight\b|\bin\s+the\s+(?:early|small)\s+hours\b/gi;
const SMALL_HOURS_DAY_AFTER =
	/^\s*,?\s*(?:(?:on|of)\s+(?:the\s+)?)?(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday|today|yesterday|\d)/i;
const SMALL_HOURS_AHEAD = /\b(?:effect|force|start|starts|begin|begins|expire|expires|end|ends)\s*$/i;

/** "The day before yesterday": two days back. */
const DAY_BEFORE_YESTERDAY = /\bthe\s+day\s+before\s+yesterday\b/gi;

/** "Yesterday (March 11)": the day written in brackets is the date, not the day counted back. */
const WRITTEN_AFTER = /^\s*\([^)]*\d[^)]*\)/;

/**
 * A part of a month with no day ("the end of January", "the beginning of March"): the month, as
 * "late January".
 */
const PART_OF_MONTH = /^(?:the\s+)?(?:end|beginning|start|middle)\s+of\b/i;

/** "March" in lower case after a determiner is a march, not the month ("their march on the M4"). */
const MARCH_NOUN = /\b(?:its|their|his|her|a|the)\s+march(?:es)?\b/g;

/**
 * A part of a day before "of" ("the night of March 10"), which the calendar library misreads as a
 * time.
 */
const PART_OF_DAY_OF = /\b(?:night|morning|evening|afternoon|dawn)\s+of\s+/gi;

/**
 * Numbers written as words, one to ten: days counted back ("two days ago"), and the counts of the
 * dead and of places in the extractor.
 */
export const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const DAYS_AGO = new RegExp(`\\b(\\d{1,2}|${NUMBER_WORDS.join('|')})\\s+days\\s+ago\\b`, 'gi');

/**
 * Weeks or months counted back ("three weeks ago", "four months ago", "a month ago"): the week or
 * the month that many back from the publication day's, as "last week" and "last month" are one back.
 */
const UNITS_AGO = new RegExp(
	`\\b(\\d{1,2}|${NUMBER_WORDS.join('|')})\\s+(weeks|months)\\s+ago\\b|\\b(a|one)\\s+(week|month)\\s+ago\\b`,
	'gi'
);

/** A span between two weekdays ("between Monday and Wednesday", "from Sunday to Tuesday"). */
const WEEKDAY_RANGE =
	/\b(?:between|from)\s+(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\s+(?:and|to|through|till|until|-|–)\s+(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/gi;

/**
 * The precision of a span of days from `start` to chrono's `end`: `week` when it fits in the seven
 * days from its first, `month` when it stays in one month, `null` (no date of the event) when it
 * runs longer.
 */
function spanPrecision(start: string, end: chrono.ParsedComponents): 'week' | 'month' | null {
	const year = end.isCertain('year') ? end.get('year')! : Number(start.slice(0, 4));
	const last = `${String(year).padStart(4, '0')}-${String(end.get('month')).padStart(2, '0')}-${String(end.get('day')).padStart(2, '0')}`;
	if (last < start) return null;
	if (last <= addDays(start, 6)) return 'week';
	return last.slice(0, 7) === start.slice(0, 7) ? 'month' : null;
}

/**
 * How far after publication a date without a year still reads as this year's (a plan), not last
 * year's.
 */
const FUTURE_DAYS = 45;

/**
 * Whether a date phrase says when something was said rather than when it happened ("said on
 * Monday").
 */
function isSpeechDate(sentence: string, start: number, end: number): boolean {
	const before = sentence.slice(Math.max(0, start - 40), start);
	const after = sentence.slice(end, end + 20);
	const beforeWords = words(before).slice(-4).join(' ');
	return SPEECH.test(beforeWords) || /^\s*,?\s*(?:that\b|announced|said|told|reported)/i.test(after);
}

/**
 * Every date phrase of a sentence, read against the publication day `published`: weekdays and
 * "yesterday" count back (the latest such day on or before it), "last week" is the week before its
 * week (week precision, from Monday), "earlier this month" its month, "last September" the latest
 * September before its month; explicit dates come from chrono-node, a missing year being the latest
 * that is not after `published`. A date after the publication day, or after "since", "by" or
 * "until" (a span's start, a deadline), is no event's date and is left out.
 */
/**
 * A day used as a modifier of the noun after it ("Saturday artillery shells", "Friday air
 * strikes").
 */
const ATTRIBUTIVE_DAY =
	/^\s+(?:[\p{L}-]+\s+)?(?:artillery|air|rocket|missile|shells|shelling|strikes?|attacks?|raids?|bombardment|bombing|barrel|mortar|drone)\b/iu;

/**
 * The words of which every match of a date pattern holds one from each group, lowercased: a sentence
 * without them cannot match (`execAllWhere`), and most sentences name no date, so the patterns run
 * only where their words are.
 */
export const DATE_GATES = new Map<RegExp, readonly (readonly string[])[]>([
	[DAYS_AGO, [['days'], ['ago']]],
	[UNITS_AGO, [['week', 'month'], ['ago']]],
	[EARLIER_IN_THE, [['earlier'], ['week', 'month']]],
	[SAME_DAY, [['day', 'hours']]],
	[
		ATTRIBUTIVE_MONTH,
		[MONTHS, ['deal', 'agreement', 'accord', 'memorandum', 'truce', 'cease', 'summit', 'talks']]
	],
	[POSSESSIVE_MONTH, [MONTHS, ["'s", '’s']]],
	[ORDINAL_OF_MONTH, [['month']]],
	[SMALL_HOURS, [['dawn', 'daybreak', 'light', 'midnight', 'hours']]],
	[DAY_BEFORE_YESTERDAY, [['yesterday']]],
	[WEEKEND, [['weekend']]],
	[WEEKDAY_RANGE, [['between', 'from'], ['day']]],
	[RELATIVE, [['day', 'night', 'morning', 'afternoon', 'evening', 'week', 'month', 'last']]]
]);

export function datePhrases(sentence: string, published: string): DatePhrase[] {
	const lower = gateText(sentence);
	const gated = (re: RegExp) => execAllWhere(re, sentence, lower, DATE_GATES.get(re)!);
	const out: DatePhrase[] = [];
	const covered: [number, number][] = [];
	const pubYear = Number(published.slice(0, 4));
	const pubMonth = Number(published.slice(5, 7));
	/** The first day of the report's month, or with `last` of the month before it. */
	const reportMonth = (last: boolean) =>
		last
			? monthStart(pubMonth === 1 ? pubYear - 1 : pubYear, pubMonth === 1 ? 12 : pubMonth - 1)
			: monthStart(pubYear, pubMonth);
	const add = (start: number, end: number, date: string, precision: EventDatePrecision, evidence: string) => {
		covered.push([start, end]);
		// "by Saturday" bounds a span, but "by Saturday artillery shells" names the day of the shells.
		const bound =
			NOT_BEFORE.test(sentence.slice(Math.max(0, start - 20), start)) &&
			!(
				/\bby\s+$/i.test(sentence.slice(Math.max(0, start - 4), start)) &&
				ATTRIBUTIVE_DAY.test(sentence.slice(end))
			);
		if (date > published || bound) return;
		out.push({ start, end, date, precision, evidence, speech: isSpeechDate(sentence, start, end) });
	};
	const weekdayBack = (name: string, last = false) => {
		const back = (weekdayOf(published) - WEEKDAYS.indexOf(name.toLowerCase()) + 7) % 7 || (last ? 7 : 0);
		return addDays(published, -back);
	};
	for (const m of gated(DAYS_AGO)) {
		const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : NUMBER_WORDS.indexOf(m[1]!.toLowerCase()) + 1;
		add(
			m.index,
			m.index + m[0].length,
			addDays(published, -n),
			'day',
			`'${m[0]}', counted from the publication day`
		);
	}
	for (const m of gated(UNITS_AGO)) {
		const count = m[1] ?? 'one';
		const n = /^\d+$/.test(count) ? Number(count) : NUMBER_WORDS.indexOf(count.toLowerCase()) + 1;
		const weeks = /^weeks?$/i.test(m[2] ?? m[4]!);
		const back = pubYear * 12 + pubMonth - 1 - n;
		add(
			m.index,
			m.index + m[0].length,
			weeks ? addDays(mondayOf(published), -7 * n) : monthStart(Math.floor(back / 12), (back % 12) + 1),
			weeks ? 'week' : 'month',
			`'${m[0]}', counted back from the publication ${weeks ? 'week' : 'month'}`
		);
	}
	for (const m of gated(EARLIER_IN_THE)) {
		const week = m[1]!.toLowerCase() === 'week';
		add(
			m.index,
			m.index + m[0].length,
			week ? mondayOf(published) : monthStart(pubYear, pubMonth),
			week ? 'week' : 'month',
			`'${m[0]}': the ${week ? 'week from that Monday' : 'month of the report'}`
		);
	}
	for (const m of gated(SAME_DAY))
		add(
			m.index,
			m.index + m[0].length,
			published,
			'reported',
			`'${m[0]}': no day of its own, the publication day`
		);
	for (const m of gated(ATTRIBUTIVE_MONTH)) {
		const month = MONTHS.indexOf(m[1]!.toLowerCase()) + 1;
		const start = m.index + m[0].indexOf(m[1]!);
		const year = month <= pubMonth ? pubYear : pubYear - 1;
		add(
			start,
			start + m[1]!.length,
			monthStart(year, month),
			'month',
			`'${m[0]}' in a story of ${published.slice(0, 7)}`
		);
	}
	for (const m of gated(POSSESSIVE_MONTH)) {
		const month = MONTHS.indexOf(m[1]!.toLowerCase()) + 1;
		const year = month <= pubMonth ? pubYear : pubYear - 1;
		add(
			m.index,
			m.index + m[1]!.length + 2,
			monthStart(year, month),
			'month',
			`'${m[1]}'s' in a story of ${published.slice(0, 7)}`
		);
	}
	for (const m of gated(ORDINAL_OF_MONTH)) {
		const day = `${reportMonth(m[2]!.toLowerCase() === 'last').slice(0, 8)}${m[1]!.padStart(2, '0')}`;
		add(m.index, m.index + m[0].length, day, 'day', `'${m[0]}', counted from the publication day`);
	}
	for (const m of gated(SMALL_HOURS)) {
		const end = m.index + m[0].length;
		if (SMALL_HOURS_DAY_AFTER.test(sentence.slice(end)) || SMALL_HOURS_AHEAD.test(sentence.slice(0, m.index)))
			continue;
		add(m.index, end, published, 'day', `'${m[0]}': the hours after midnight begin the publication day`);
	}
	for (const m of gated(DAY_BEFORE_YESTERDAY))
		add(
			m.index,
			m.index + m[0].length,
			addDays(published, -2),
			'day',
			`'${m[0]}', counted from the publication day`
		);
	for (const m of gated(WEEKEND)) {
		const saturday = weekdayBack('saturday');
		// "Last weekend" in a weekend story is the one before; in a weekday story, the one just past.
		const weekendStory = [0, 6].includes(weekdayOf(published));
		const date = m[1] && weekendStory ? addDays(saturday, -7) : saturday;
		add(m.index, m.index + m[0].length, date, 'week', `'${m[0]}': the days from that Saturday`);
	}
	for (const m of gated(WEEKDAY_RANGE)) {
		const first = weekdayBack(m[1]!);
		// The span ends on its second weekday: when that comes back to before its first, the first is a week earlier.
		const date = weekdayBack(m[2]!) < first ? addDays(first, -7) : first;
		add(m.index, m.index + m[0].length, date, 'week', `'${m[0]}': the days from that ${m[1]}`);
	}
	for (const m of gated(RELATIVE)) {
		const start = m.index;
		const end = start + m[0].length;
		if (covered.some(([a, b]) => start < b && end > a)) continue;
		const quoted = `'${m[0]}'`;
		if (m[2]) {
			if (m[1]?.toLowerCase() === 'next') continue;
			const date = weekdayBack(m[2], m[1]?.toLowerCase() === 'last');
			add(start, end, date, 'day', `${quoted} in a ${weekdayName(published)} story`);
		} else if (m[3]) {
			if (WRITTEN_AFTER.test(sentence.slice(end))) continue;
			const yesterday = /^(?:yesterday|last\s+night)$/i.test(m[3]);
			add(
				start,
				end,
				yesterday ? addDays(published, -1) : published,
				'day',
				`${quoted}, counted from the publication day`
			);
		} else if (m[5]) {
			const unit = m[5].toLowerCase();
			const last = m[4]!.toLowerCase() === 'last';
			if (unit === 'week') {
				const monday = mondayOf(published);
				add(start, end, last ? addDays(monday, -7) : monday, 'week', `${quoted}: the week from that Monday`);
			} else {
				add(start, end, reportMonth(last), 'month', `${quoted}, counted from the publication day`);
			}
		} else if (m[6]) {
			const month = MONTHS.indexOf(m[6].toLowerCase()) + 1;
			const year = month < pubMonth ? pubYear : pubYear - 1;
			add(start, end, monthStart(year, month), 'month', `${quoted} in a story of ${published.slice(0, 7)}`);
		}
	}
	if (EXPLICIT_HINT.test(sentence)) {
		const reference = new Date(`${published}T12:00:00Z`);
		const readable = sentence
			.replace(PART_OF_DAY_OF, (w) => ' '.repeat(w.length))
			.replace(MARCH_NOUN, (w) => ' '.repeat(w.length));
		for (const r of chrono.parse(readable, reference)) {
			const s = r.start;
			if (!s.isCertain('month')) continue;
			// Relative words ("yesterday") are read above, counted from the publication day.
			if (!/\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i.test(r.text)) continue;
			const start = r.index;
			const end = start + r.text.length;
			if (covered.some(([a, b]) => start < b && end > a)) continue;
			const month = s.get('month')!;
			const dayCertain = s.isCertain('day');
			const day = dayCertain ? s.get('day')! : 1;
			let year = s.isCertain('year') ? s.get('year')! : pubYear;
			const iso = (y: number) => `${monthStart(y, month).slice(0, 8)}${String(day).padStart(2, '0')}`;
			// A yearless day soon after publication is announced for the days ahead; a later one was last year's.
			// A month with no day ("in September" in an August story) is last year's: a plan for the
			// month ahead is a modal's or a schedule's, read elsewhere, and a past month is what reports
			// of what happened name.
			if (!s.isCertain('year') && iso(year) > published) {
				if (dayCertain && iso(year) <= addDays(published, FUTURE_DAYS)) continue;
				year--;
			}
			const span = dayCertain && r.end?.isCertain('day') ? spanPrecision(iso(year), r.end) : undefined;
			if (span === null) {
				covered.push([start, end]);
				continue;
			}
			if (span === 'month' || (PART_OF_MONTH.test(r.text) && !/\d/.test(r.text)))
				add(start, end, monthStart(year, month), 'month', `'${r.text}': a span in one month`);
			else add(start, end, iso(year), span ?? (dayCertain ? 'day' : 'month'), `'${r.text}'`);
		}
	}
	return out;
}

/** Between two days of one list ("on May 5 and May 7", "on Monday and again on Thursday"). */
const DAY_LIST_JOIN = /^\s*,?\s*(?:and|or)\s+(?:again\s+)?(?:on\s+)?$/i;

/**
 * Date phrases without the later days of a list ("on May 5 and May 7, respectively, the patrol …"):
 * the words report one event, which the guide dates by its first day (rule 11).
 */
export function firstOfLists(phrases: readonly DatePhrase[], sentence: string): DatePhrase[] {
	return phrases.filter(
		(p) => !phrases.some((q) => q.end <= p.start && DAY_LIST_JOIN.test(sentence.slice(q.end, p.start)))
	);
}

/**
 * The date of an event whose trigger stands at `at` in the sentence: the nearest date phrase that
 * dates an event, else the nearest that dates the report ("said on Monday they had agreed"), else
 * the publication day with `reported` precision.
 */
export function eventDate(
	phrases: readonly DatePhrase[],
	at: number,
	published: string
): { date: string; datePrecision: EventDatePrecision; dateEvidence: string } {
	const distance = (p: DatePhrase) => (p.end <= at ? at - p.end : Math.max(0, p.start - at));
	const nearest = (list: DatePhrase[]) =>
		list.reduce<DatePhrase | undefined>(
			(best, p) => (!best || distance(p) < distance(best) ? p : best),
			undefined
		);
	const best = nearest(phrases.filter((p) => !p.speech)) ?? nearest([...phrases]);
	if (best) return { date: best.date, datePrecision: best.precision, dateEvidence: best.evidence };
	return {
		date: published,
		datePrecision: 'reported',
		dateEvidence: 'no date in the sentence: the publication day'
	};
}

/**
 * A month with its year, and maybe a day ("May 2019", "April 26, 2019", "Sept. 17, 2019"): a date,
 * not a bare year.
 */
const MONTH_YEAR =
	/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(?:1[89]|20)\d\d\b/gi;

/**
 * True when a sentence times what it reports only by a year: a bare year before the publication's
 * ("set up … in 2018" in a 2020 story, but not "since May 2019") or a phrase like "last year" or
 * "years ago". No date precision here can say a year, and dating such a fact to the report would
 * put a year-old event on the report's day in the chronology: it is background, not an event.
 */
export function timedByYearOnly(sentence: string, published: string): boolean {
	if (YEAR_ONLY.test(sentence)) return true;
	const year = Number(published.slice(0, 4));
	for (const m of execAll(/\b(1[89]\d\d|20\d\d)\b/g, sentence.replace(MONTH_YEAR, '')))
		if (Number(m[1]) < year) return true;
	return false;
}
