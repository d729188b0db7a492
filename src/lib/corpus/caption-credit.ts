/**
 * Photo captions recognised by how pages credit a picture, not by the sites that print them: a credit
 * word and a colon before names ("Photograph: Omar Haj Kadour/AFP/Getty Images"), names in brackets at
 * the end of a descriptive line ("… near the border [Photo: Khalil Ashawi/Reuters]", "… [Getty]",
 * "(AFP Photo)"), and a caption's twin, the same picture's text printed again beside it. A line that
 * reports ("said", "told", "according to") is a sentence of the article even when a credit closes it.
 */

/**
 * A verb of reporting: a line with one attributes what it says, as article sentences do and captions do
 * not. "Reported" counts as the verb ("reported that", "…, an AFP photographer reported."), not as the
 * adjective of "a reported air strike".
 */
export const REPORTING =
	/\b(?:said|says|say|told|tells|according to|announced|claimed|claims|stated|added|quoted)\b|\breport(?:ed|s) (?:that|on)\b|\breported\s*[,.]?["”]?$/i;

/** A capitalised name or agency, as credits write them: "Khalil Ashawi", "AFP", "Getty Images", "O'Neil". */
const NAME = String.raw`\p{Lu}[\p{L}\p{N}.'’&-]*`;
/**
 * The small particles Arabic and European names carry inside them ("Haisam al-Idlibi", "Dana van Dyk"),
 * allowed after a name's first word only, so a bracketed "[al-Bara]" is not taken for a credit.
 */
const PARTICLE = String.raw`(?:al|el|ad|ar|as|ash|at|az|bin|ibn|abu|de|del|da|di|du|van|von)[-\s]`;
/** Names joined by spaces, slashes, commas or "via": "Omar Haj Kadour/AFP/Getty Images", "Pool via AP". */
const NAMES = String.raw`${NAME}(?:(?:\s*[/,]\s*|\s+(?:via\s+)?)(?:${PARTICLE})?${NAME}){0,7}`;
/** The words a credit opens with. */
const CREDIT_WORD = String.raw`(?:Photo(?:graph)?s?|Image|Picture|Credit|Photo credit|File photo)`;
/** What joins a credit word to its names: a colon, or "courtesy of" ("[Photo courtesy of Haisam al-Idlibi]"). */
const CREDIT_JOIN = String.raw`(?:\s*:\s*|\s+courtesy\s+of\s+)`;

/** A credit at the end of the line after a credit word and a colon: "… on Monday. Photograph: Name/AFP". */
const LABELLED_TAIL = new RegExp(
	String.raw`(?:^|[.!?]["”’]?\s+|\s[-–—|]\s)${CREDIT_WORD}\s*:\s*${NAMES}\.?$`,
	'u'
);
/**
 * A credit in square brackets closing the line: "[Photo: Khalil Ashawi/Reuters]", "[Getty]", "[AFP]",
 * "[Photo courtesy of Haisam al-Idlibi]".
 */
const SQUARE_TAIL = new RegExp(String.raw`\[(?:${CREDIT_WORD}${CREDIT_JOIN})?(${NAMES})\]\.?$`, 'u');
/** A credit in round brackets that says it is one: "(AFP Photo)", "(Photo: AA)", "(File photo)". */
const ROUND_TAIL = new RegExp(
	String.raw`\((?:${CREDIT_WORD}${CREDIT_JOIN}${NAMES}|${NAMES}\s+(?:photo|Photo|PHOTO)s?|[Ff]ile [Pp]hoto)\)\.?$`,
	'u'
);
/** A credit after a dash closing a sentence: "… renewed tensions. — AFP", "… at dawn. - Name/Reuters". */
const DASH_TAIL = new RegExp(String.raw`[.!?]["”’]?\s+[-–—]\s*${NAMES}$`, 'u');
/**
 * A picture's credit as a line of its own, by a word that names the picture: "Photo credit: STJ",
 * "Photograph: Sam Reed/AFP". A bare "Credit: …" may credit a video or the story.
 */
export const PICTURE_CREDIT_LINE = new RegExp(
	String.raw`^(?:Photo(?:graph)?s?|Image|Picture)(?: credit)?\s*:\s*${NAMES}\.?$`,
	'u'
);
/** Bracketed labels that say what kind of item a line is, not who took its picture: "[Video]", "[Updated]". */
const LABEL =
	/^(?:video|videos|updated?|live|watch|photos?|gallery|opinion|analysis|exclusive|map|graphic|audio|podcast)$/i;

/** The line without whatever sits in brackets, where a credit may hold a reporting word of its own. */
function outsideBrackets(line: string): string {
	return line.replace(/\[[^\]]*\]|\([^)]*\)/g, ' ');
}

/**
 * A caption by its credit: a credit word and a colon before names at its end (or as the whole line),
 * or names in brackets closing a line that does not report. `line` is one line of a capture.
 */
export function creditedCaption(line: string): boolean {
	if (REPORTING.test(outsideBrackets(line))) return false;
	if (LABELLED_TAIL.test(line) || ROUND_TAIL.test(line)) return true;
	const square = SQUARE_TAIL.exec(line);
	return !!square && !LABEL.test(square[1]!) && line.length > square[0].length;
}

/**
 * Whether `line` and `next`, the line right under it, are one caption printed twice (the picture's
 * alt text and its caption): the same line, closed by a credit after a dash, not reporting. A wire
 * story's paragraph may close on "— AFP" too, but a page prints it once.
 */
export function captionPrintedTwice(line: string, next: string): boolean {
	return line === next && DASH_TAIL.test(line) && !REPORTING.test(line);
}

/** The first words of a line, lowercased and without punctuation, to compare one line's opening with another's. */
function opening(line: string, words: number): string[] {
	return line
		.toLowerCase()
		.replace(/[^\p{L}\p{N}\s]/gu, ' ')
		.split(/\s+/)
		.filter(Boolean)
		.slice(0, words);
}

/** How many opening words two lines must share to be the same picture's text. */
const TWIN_WORDS = 6;

/**
 * Whether `line` is a caption's twin: the same picture's text printed beside `caption` (the alt text
 * above the caption, the caption without its credit), opening on the same words. A line that reports
 * is the article's, whatever it opens with.
 */
export function captionTwin(line: string, caption: string): boolean {
	if (line === caption || REPORTING.test(outsideBrackets(line))) return false;
	const a = opening(line, TWIN_WORDS);
	const b = opening(caption, TWIN_WORDS);
	return a.length === TWIN_WORDS && a.every((word, i) => word === b[i]);
}
