/**
 * Dates and time stamps as pages print them: a page's own date line, a time stamp, a live report's
 * update heading, a date before a byline or the story's places, and a headline dated after a dash.
 */

const MONTH =
	'(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sep(?:t(?:ember)?|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';
/**
 * A day, its month and its year in either order, as pages print them: "Feb 19, 2020", "19 February
 * 2020".
 */
const DAY_MONTH_YEAR = `(?:${MONTH}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH},?\\s+\\d{4})`;
export const CAPTION_DATE = new RegExp(
	`\\b${MONTH}\\s+\\d{1,2},?\\s+\\d{4}\\b|\\b\\d{1,2}\\s+${MONTH}\\s+\\d{4}\\b`
);
/**
 * A page's own date line ("Published 12 March 2020", "Updated: Feb 19, 2020 10:12 GMT"), or a bare
 * date.
 */
export const DATE_LINE = new RegExp(
	`^(?:(?:first |last )?(?:published|updated|posted)(?: on)?:?\\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?(?:${DAY_MONTH_YEAR}|\\d{4}-\\d{2}-\\d{2})(?:\\s*[|,-]?\\s*\\d{1,2}[:.]\\d{2}(?:\\s*(?:am|pm))?(?:\\s*[A-Z]{2,4})?)?$`,
	'i'
);
/**
 * A source's name and then when it published, as a page prints a republished video or post under
 * its headline: "- RT Published on Sep 17, 2018", "Al Jazeera Updated: 3 March 2020". The name is
 * at most four capitalised words, and nothing but the date follows the stamp's word.
 */
export const SOURCE_DATE_LINE = new RegExp(
	`^(?:[-–—•*]\\s*)?(?:\\p{Lu}[\\p{L}\\p{N}.&'’]*\\s+){1,4}(?:[Pp]ublished|[Uu]pdated|[Pp]osted)(?:\\s+on)?:?\\s+${DAY_MONTH_YEAR}$`,
	'u'
);
/**
 * A byline block on one line: the date first, then the source or the desk, then "By" and the authors'
 * names, the parts joined by dashes or bars ("March 3, 2020 – Levant Wire – By Jane Doe and Sam
 * Roe"). A report's sentence has a verb between its date and a name; this line has only labels.
 */
export const DATED_BYLINE = new RegExp(
	`^${DAY_MONTH_YEAR}(?:\\s*[–—|-]\\s*[^–—|]{1,60}?){0,3}\\s*[–—|-]\\s*By \\p{Lu}[\\p{L}.'’ -]{1,60}$`,
	'u'
);
export const TIME_STAMP =
	/\b\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?\b|\b\d+\s+(?:seconds?|minutes?|hours?|days?)\s+ago\b|\b\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b/;
/**
 * A live report's update heading: "UPDATE, 1430 GMT:", "UPDATE 2: 09:15 GMT". It heads the text
 * reported at that hour, so the cleaner keeps it as a crosshead, though `classify` reads it alone
 * as a time stamp or a label in capitals. "Updated …" is when the page was last changed, and stays
 * a stamp.
 */
export const UPDATE_STAMP = /^update(?:\s+\d{1,2})?\s*[,:–—-]?\s*\d{1,2}[:.]?\d{2}\s*(?:GMT|UTC)?\s*:?$/i;
/** A date and then a byline: "3 Jul 2021 By AFP". */
export const DATE_BYLINE = new RegExp(`^${DAY_MONTH_YEAR}\\s+By\\s+\\p{Lu}[\\p{L}.'’ -]{1,40}$`, 'u');
/**
 * A date and then the places of the story, each closed by a full stop, as some blogs print it under
 * the headline: "February 24th, 2020. Syria. Nayrab, Idlib province.".
 */
export const DATE_THEN_PLACES = new RegExp(
	`^${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}\\.(?:\\s+\\p{Lu}[\\p{L}'’ ,-]{1,40}\\.){1,3}$`,
	'u'
);
/** A weekday and a day of a month, with no year: "Wednesday, November 29". */
export const WEEKDAY_DATE = new RegExp(
	`^(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+(?:${MONTH}\\s+\\d{1,2}|\\d{1,2}\\s+${MONTH})$`,
	'i'
);
/**
 * Where and when a wire picture was taken, as the agencies' caption style closes its first
 * sentence: a place, its country and the day ("… near Saraqib in Idlib province, Syria, Wednesday,
 * Feb. 26, 2020.", "… in Sochi, Russia, Sept. 17," cut short). A story's sentence names the country
 * in its dateline, not after a place and before the day that ends it.
 */
const PLACE_COUNTRY_DAY = new RegExp(
	`,\\s+\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?,\\s+(?:on\\s+)?` +
		`(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?${MONTH}\\.?\\s+\\d{1,2}` +
		`(?:,\\s+\\d{4})?(?:\\.(?=\\s|$)|,?$)`,
	'u'
);
/**
 * The fewest words before the place: a caption says who does what first, while a dateline on a line
 * of its own ("BAKU, Azerbaijan, Feb. 27") is the place alone.
 */
const CAPTION_SUBJECT_WORDS = 4;
/** Words of reporting: a sentence that says who said or reported something is the story's. */
const REPORTING = /\b(?:said|says|told|reported|according|announced|stated)\b/iu;

/**
 * Whether a line is a wire picture's caption by its place, country and day closing the first
 * sentence (`PLACE_COUNTRY_DAY`) after a few words of what it shows: the caption's own what, where
 * and when, with no reporting verb.
 */
export function captionWhereWhen(line: string): boolean {
	const m = PLACE_COUNTRY_DAY.exec(line);
	if (!m) return false;
	const sentence = line.slice(0, m.index + m[0].length);
	const before = sentence.slice(0, m.index);
	return (
		before.split(/\s+/).length >= CAPTION_SUBJECT_WORDS &&
		!/[.!?]\s+\p{Lu}/u.test(before) &&
		!REPORTING.test(sentence)
	);
}

/**
 * A caption printed without its credit but with the picture's date at the end, which no headline
 * carries: "A family flees … amid attacks, December 23, 2019".
 */
export const DATED_AT_END = new RegExp(`,\\s*${DAY_MONTH_YEAR}$`);
/**
 * A wire picture's caption closed by its date and the agency in capitals, with no photographer:
 * "… on the border in Reyhanli, Hatay province, Turkey, October 8, 2017. REUTERS". A story's
 * sentence never ends on a date and an agency's name standing alone.
 */
export const DATED_AGENCY_CREDIT = new RegExp(
	`${DAY_MONTH_YEAR}\\.?\\s+(?:REUTERS|AFP|AP|EPA|XINHUA|ANADOLU)$`,
	'u'
);
/**
 * A headline that a blog dates after a dash, as it titles a day's report: "Battle for the Plain –
 * 23/1/18". Read alone its numeric date makes it a time stamp, but three words or more of title
 * stand before the dash, and a stamp's words (`STAMP_WORDS`) are not among them.
 */
export const DATED_HEADLINE =
	/^\p{Lu}[\p{L}'’,-]*(?:\s+[\p{L}\p{N}][\p{L}\p{N}'’,-]*){2,}\s+[–—-]\s+\d{1,2}[/.]\d{1,2}[/.]\d{2,4}$/u;
/** A clock as a stamp prints it: "2:00:38 PM", "14:05". */
const CLOCK = '\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[AaPp]\\.?[Mm]\\.?)?';
/**
 * A date stamp glued to the end of a headline, as some pages print the headline and the page's date
 * line on one line: a weekday, the date and a clock ("… in Idlib Thursday, February 27, 2020 2:00:38
 * PM"). The weekday or the clock must be there: a caption closes on a bare date after a comma.
 */
const GLUED_STAMP = new RegExp(
	`\\s(?:(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+${DAY_MONTH_YEAR}(?:,?\\s+${CLOCK})?)|(?:${DAY_MONTH_YEAR},?\\s+${CLOCK}))$`,
	'iu'
);
/** The fewest words of headline a glued stamp may close: a byline or a label is shorter. */
const GLUED_HEADLINE_WORDS = 5;

/**
 * Whether a line is a headline with the page's date stamp glued to its end (`GLUED_STAMP`): five
 * words or more before the stamp, opening on a capital, with a lowercase word among them and no word
 * of a stamp's own ("posted", "updated"; "by" may be the headline's, "killed by …"). Read alone its
 * clock makes it a time stamp, and dropping it loses the headline.
 */
export function headlineWithGluedStamp(line: string): boolean {
	const m = GLUED_STAMP.exec(line);
	if (!m) return false;
	const head = line.slice(0, m.index);
	return (
		head.split(/\s+/).filter(Boolean).length >= GLUED_HEADLINE_WORDS &&
		/^\p{Lu}/u.test(head) &&
		/\s\p{Ll}{3,}/u.test(head) &&
		!/[|•·]/u.test(head) &&
		!/\b(?:posted|published|updated|modified|ago|last)\b/i.test(head)
	);
}

/** The words a page's stamp holds beside its date: who posted it, when it was updated. */
export const STAMP_WORDS = /\b(?:posted|published|updated|modified|by|ago|last)\b/i;

/** A date stamp some captures put before a line ("date 2019-12-02 …"): read the line without it. */
export const LEADING_STAMP = /^(?:date\s+)?\d{4}-\d{2}-\d{2}\s+(?=\S)/i;
