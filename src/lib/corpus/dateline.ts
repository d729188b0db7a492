import { LEADING_STAMP } from './dates';

/**
 * Datelines: where the text says it was filed ("BEIRUT (Reuters) -", "Damascus:", "Idlib - SMART"),
 * in the forms reporting uses, at the start of a body or standing above the text. A place named
 * there says where the story was filed, not what it is about.
 */

export const DATELINE = /^([A-Z][A-Z.'/ ,-]{1,60}?)\s*\(([A-Za-z][\w .&-]{1,40})\)\s*[-–—]{1,2}\s*/u;
/**
 * A dateline in any of the forms reporting uses: the place in capitals (with another spelling in
 * brackets), then optionally a country, a date or a time after a comma, an agency or a time in
 * brackets, and a dash (Xinhua's doubled: "--"), a colon or TASS's slashed credit ("BEIRUT
 * (Reuters) -", "ISTANBUL/ANKARA (Reuters) –", "DAMASCUS, Feb 7 (Reuters) -", "DAMASCUS, Aug. 7
 * (Xinhua) --", "BEIRUT, LEBANON (8:00 P.M.) –", "ERBIL, Kurdistan Region —", "EDLEB (IDLIB), Syria
 * –", "MOSCOW, May 26. /TASS/.", "Damascus:"), also with the date glued between two dashes after
 * the credit ("BEIRUT (Reuters) -Oct. 8, 2017- Turkish …"). A title-case place may carry a capital
 * inside it, as a name romanised without its article's hyphen does ("AlBara, Syria, Dec 7
 * (AFP/APP):").
 */
const ANY_DATELINE =
	/^(?:\p{Lu}{2}[\p{Lu}.'’/ -]{0,40}?|\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?)(?:\s*\(\p{Lu}{2}[\p{Lu} ]{0,30}\))?(?:,\s*[^–—(\n:]{1,40}?)?\s*(?:\([^)\n]{1,60}\))?\s*(?:[-–—]{1,2}\s+|[-–—]\s*\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2},?\s+\d{4}\s*[-–—]{1,2}\s*|:\s*(?=\S)|(?<=\/\p{Lu}{2,10}\/)\.?\s+(?=\p{Lu}))/u;
/**
 * A title-case place opens a dateline only in the wire forms that cannot be a sentence: before a
 * colon ("Damascus:"), or with a date or an agency credit before the dash ("Damascus, Jan 21, 2018
 * (AFP) -", "Beirut, Aug 8 (Xinhua) -", SANA's "Hama, SANA- "), or with the state's abbreviation in
 * dotted capitals before it, as a press release is dated ("Springfield, I.L.- Yesterday, …"): a
 * sentence goes on after a comma in lowercase words, not in an abbreviation and a dash.
 */
const TITLE_CASE_DATELINE =
	/(?::\s*$|,\s*(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{Ll}{2,8})(?:,?\s*\d{4})?\.?\s*(?:\([^)\n]{1,60}\))?\s*[-–—]{1,2}\s*$|\(\p{Lu}[\p{L}\d .,/&-]{1,40}\)\s*[-–—]{1,2}\s*$|,\s*(?:\p{Lu}{2,10}|(?:\p{Lu}\.){2,3}\s?)[-–—]{1,2}\s*$)/u;
/**
 * A place in capitals and the credit in brackets, with no dash after them: syndicators write
 * "ANTAKYA (UrduPoint News / Sputnik - 22nd August, 2019) Turkey will …".
 */
const BRACKET_DATELINE =
	/^\p{Lu}{2}[\p{Lu}.'’/ -]{0,40}?(?:,\s*[^–—(\n:]{1,40}?)?\s*\([^)\n]{1,60}\)\s+(?=\p{Lu})/u;

/**
 * A wire's dateline whose date and credit the page dropped, leaving the place in capitals and its
 * comma before the sentence ("MOSCOW, Russia and Turkey have brokered …" for KUNA's "MOSCOW, June
 * 12 (KUNA) --"): at least four capitals, then a capitalised word. A sentence opening with an
 * acronym and a comma ("NATO, which …") goes on in lowercase, and one that names no place there
 * links nothing either way.
 */
const BARE_COMMA_DATELINE = /^\p{Lu}{4,}(?:[ /-]\p{Lu}{3,})*,\s+(?=\p{Lu}\p{Ll})/u;

/** A dateline standing on its own line above the text: "BEIRUT", "IDLIB, Syria". */
const DATELINE_ONLY = /^\p{Lu}{3,}(?:[ /-]\p{Lu}{3,})*(?:,\s*\p{Lu}[\p{L} ]{1,30})?$/u;
/**
 * A dateline on its own line that names the place, its larger units and the day, joined by dashes:
 * "Saraqib – Idlib Governorate – Syria 27/02/2020". Read alone, its numeric date would make it a
 * time stamp; a place and its governorate or country before the date make it the story's dateline.
 */
const DATED_PLACE_LINE =
	/^\p{Lu}[\p{L}'’ .-]{1,30}?(?:\s+[–—-]\s+\p{Lu}[\p{L}'’ .-]{1,30}?){1,3}\s+\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/u;

/** Whether a line standing alone above the text is the story's dateline. */
export function datelineLine(line: string): boolean {
	return DATELINE_ONLY.test(line) || DATED_PLACE_LINE.test(line);
}

/**
 * Where the dateline at the start of a body ends (0 when there is none). A place named there says
 * where the story was filed, not what it is about.
 */
export function datelineEnd(body: string): number {
	const firstParagraph = body.split('\n\n', 1)[0]!;
	if (datelineLine(firstParagraph) && firstParagraph.length < body.length) return firstParagraph.length;
	const stamp = LEADING_STAMP.exec(body)?.[0].length ?? 0;
	const text = body.slice(stamp);
	const bracketed = BRACKETED_DATELINE.exec(text) ?? DOTTED_DATELINE.exec(text);
	if (bracketed) return stamp + bracketed[0].length;
	const m = ANY_DATELINE.exec(text) ?? BRACKET_DATELINE.exec(text) ?? BARE_COMMA_DATELINE.exec(text);
	if (!m) return 0;
	const head = m[0];
	if (/^\p{Lu}\p{Ll}/u.test(head) && !TITLE_CASE_DATELINE.test(head)) return 0;
	return stamp + head.length;
}

/**
 * A dateline printed as a line of its own, the place and then the agency or outlet that filed it
 * ("Idlib - SMART", "ALEPPO — SANA"): the outlet's first word in capitals, so that a crosshead
 * such as "Idlib - the last stronghold" is not read as one.
 */
const AGENCY_LINE = /^\p{Lu}[\p{L}'’ -]{1,30}?\s+[-–—]\s+\p{Lu}{2,}(?:\s+\p{Lu}[\p{L}.&]*){0,3}$/u;

/**
 * A dateline under a standfirst or a photo caption that the capture prints above the text: only the
 * capitals forms with a country, a date or an agency ("EHSIM, SYRIA -", "BEIRUT (AFP) -"), the
 * syndicators' credit in brackets with no dash ("BEIRUT (UrduPoint News / Sputnik - 24th February,
 * 2020) Syrian …"), or a place in capitals and a dash or a colon before a capitalised sentence
 * ("LONDON - The Syrian Army …", Dawn's "BEIRUT: Syrian government shelling …"), which no sentence
 * opens with ("NATO - the alliance" goes on in lowercase). A title-case place before a colon stays
 * prose here ("Damascus: the army said"), as it is only read so at the very start of a body.
 */
const LATER_DATELINE =
	/^\p{Lu}{3,}[\p{Lu}/ -]{0,30}?(?:(?:,\s*[^–—(\n:]{1,40}?\s*(?:\([^)\n]{1,60}\))?|\s*\([^)\n]{1,60}\))\s*[-–—]{1,2}\s+|\s*\([^)\n]{1,60}\)\s+(?=\p{Lu}\p{Ll})|\s+[-–—]\s+(?=\p{Lu}\p{Ll})|:\s+(?=\p{Lu}\p{Ll}))/u;

/**
 * How many paragraphs from the top a dateline may stand: under a standfirst or a caption or two.
 */
const DATELINE_PARAGRAPHS = 4;

/**
 * Where the dateline of a body stands, when it has one. It opens the text, which may come under a
 * standfirst or crosshead (a `## ` paragraph) that the page prints above the dateline, or stands as
 * a line of its own (`AGENCY_LINE`); under a standfirst or a caption that is not a crosshead only
 * the forms of `LATER_DATELINE` count.
 */
export function datelineSpan(body: string): { start: number; end: number } | undefined {
	let start = 0;
	let prose = 0;
	for (let n = 0; n < DATELINE_PARAGRAPHS && start < body.length; n++) {
		const next = body.indexOf('\n\n', start);
		const end = next < 0 ? body.length : next;
		const crosshead = body.startsWith('## ', start);
		const from = crosshead ? start + 3 : start;
		if (AGENCY_LINE.test(body.slice(from, end))) return { start: from, end };
		if (!crosshead) {
			const rest = body.slice(start);
			const head = prose === 0 ? datelineEnd(rest) : (LATER_DATELINE.exec(rest)?.[0].length ?? 0);
			if (head) return { start, end: start + head };
			prose++;
		}
		if (next < 0) return undefined;
		start = next + 2;
	}
	return undefined;
}

/**
 * A dateline of full stops, the place, the day and the agency's name in capitals with a slash, as
 * Azerbaijani agencies write it: "Baku. 7 April. REPORT.AZ/ Turkish troops …".
 */
const DOTTED_DATELINE = /^\p{Lu}\p{Ll}+\.\s+\d{1,2}\s+\p{Lu}\p{Ll}{2,8}\.\s+\p{Lu}[\p{Lu}.]{1,20}\/\s*/u;

/** A dateline in brackets, as some NGOs write it: "(Beirut) – The Russian-Syrian …". */
const BRACKETED_DATELINE = /^\(\p{Lu}[\p{L}'’ ,-]{1,40}\)\s*[-–—]\s+/u;
