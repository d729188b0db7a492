/**
 * Text folding and tokenising shared by the geoparser and the gazetteer.
 *
 * Matching works on folded word tokens rather than on the raw string so that case, diacritics and the
 * many apostrophe-like letters used in Arabic transliteration (ʿ ʾ ‘ ’ ') never decide whether a place
 * is found, while every token keeps the UTF-16 offsets of the original text it came from.
 */

/** A folded word with the original UTF-16 span it was read from (`end` exclusive). */
export interface Token {
	text: string;
	start: number;
	end: number;
}

const COMBINING_MARK = /\p{M}/gu;
/**
 * Characters that are invisible and mean nothing to a name: zero-width space, non-joiner and joiner,
 * word joiner, the byte-order mark used as a zero-width no-break space, and the soft hyphen. Pasted
 * text carries them inside words ("Sara\u200bqeb", "Idlib\u00ad"), so tokenising skips them as if they
 * were not there, while every token keeps its offsets into the original text.
 */
const IGNORABLE = new Set(['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad']);
const IS_MARK = /^\p{M}$/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
/**
 * Modifier letters used for ayn and hamza in transliteration (ʻ ʼ ʾ ʿ). Unicode counts them as
 * letters, but in a name they play the apostrophe's part, so they separate words like ' and ’ do.
 */
const APOSTROPHE_LETTERS = new Set(['\u02bb', '\u02bc', '\u02be', '\u02bf']);

/** Letters that NFD does not decompose into a base letter plus a mark. */
const SPECIAL_FOLDS: Record<string, string> = {
	ß: 'ss',
	ı: 'i',
	ø: 'o',
	đ: 'd',
	ł: 'l',
	æ: 'ae',
	œ: 'oe',
	þ: 'th'
};

/**
 * Folds one code point to lowercase ASCII-like letters with diacritics removed.
 * Returns an empty string for characters that are not part of a word.
 */
export function foldChar(ch: string): string {
	let folded = FOLDED.get(ch);
	if (folded === undefined) {
		folded = foldUncached(ch);
		// One code point (one or two UTF-16 units) at most, so the cache is bounded by Unicode's size.
		if (ch.length <= 2) FOLDED.set(ch, folded);
	}
	return folded;
}

/**
 * Each code point's fold, as `foldUncached` computes it: a text repeats a few hundred distinct
 * characters, and lowercasing, NFD and two regular expressions per character were the largest cost of
 * tokenising (the search index tokenises every article of the site build, the geoparser every body).
 */
const FOLDED = new Map<string, string>();

/** Each ASCII code's fold, read by `tokenize` without making a one-character string. */
const ASCII_FOLDS: readonly string[] = Array.from({ length: 128 }, (_, cp) =>
	foldUncached(String.fromCharCode(cp))
);

/** `foldChar` computed afresh: the case, diacritics and non-word characters of `ch` taken away. */
function foldUncached(ch: string): string {
	if (APOSTROPHE_LETTERS.has(ch)) return '';
	const lower = ch.toLowerCase();
	const special = SPECIAL_FOLDS[lower];
	if (special) return special;
	const stripped = lower.normalize('NFD').replace(COMBINING_MARK, '');
	let out = '';
	for (const c of stripped) if (WORD_CHAR.test(c)) out += c;
	return out;
}

/** Folds a whole string (case, diacritics) keeping only word characters and single spaces between words. */
export function foldText(text: string): string {
	return tokenize(text)
		.map((t) => t.text)
		.join(' ');
}

const UPPER_START = /^\p{Lu}/u;

/** Whether a folded token ends in an ASCII digit, as dates in English captures are written. */
function endsInDigit(token: string): boolean {
	const c = token.charCodeAt(token.length - 1);
	return c >= 48 && c <= 57;
}

/**
 * Splits text into folded word tokens. A token is a maximal run of code points that fold to letters or
 * digits; everything else (spaces, punctuation, apostrophes, dashes) separates tokens, except the
 * invisible characters of `IGNORABLE`, which are skipped. A capital letter right after a digit opens a
 * new token.
 */
export function tokenize(text: string): Token[] {
	const tokens: Token[] = [];
	let current = '';
	let start = -1;
	/** Just after the last character of the current token: a skipped invisible one is not part of it. */
	let end = -1;
	let i = 0;
	while (i < text.length) {
		const cp = text.charCodeAt(i);
		if (cp < 128) {
			// ASCII: no ignorable character or combining mark, and one UTF-16 unit.
			const folded = ASCII_FOLDS[cp]!;
			if (folded) {
				// A capital after a digit opens a word, as below for any capital.
				if (start >= 0 && cp >= 65 && cp <= 90 && endsInDigit(current)) {
					tokens.push({ text: current, start, end });
					current = '';
					start = -1;
				}
				if (start < 0) start = i;
				current += folded;
				end = i + 1;
			} else if (start >= 0) {
				tokens.push({ text: current, start, end });
				current = '';
				start = -1;
			}
			i++;
			continue;
		}
		const ch = String.fromCodePoint(text.codePointAt(i) as number);
		if (IGNORABLE.has(ch)) {
			i += ch.length;
			continue;
		}
		const folded = foldChar(ch);
		if (!folded && start >= 0 && IS_MARK.test(ch)) {
			i += ch.length;
			end = i;
			continue;
		}
		if (folded) {
			// A capital right after a digit opens a word: a capture's date line glued to the text after it
			// ("August 21, 2019Idlib's main insurgent group").
			if (start >= 0 && endsInDigit(current) && UPPER_START.test(ch)) {
				tokens.push({ text: current, start, end });
				current = '';
				start = -1;
			}
			if (start < 0) start = i;
			current += folded;
			end = i + ch.length;
		} else if (start >= 0) {
			tokens.push({ text: current, start, end });
			current = '';
			start = -1;
		}
		i += ch.length;
	}
	if (start >= 0) tokens.push({ text: current, start, end });
	return tokens;
}

/**
 * Characters allowed between the words of a multi-word place name: spaces, hyphens and dashes,
 * apostrophe-like letters, and the invisible characters tokenising skips. Anything else (a full stop, a comma, a line of markup) ends the name, so
 * "Idlib. City officials" never reads as "Idlib City".
 */
const JOINER =
	/^[\s\u00a0\-\u2010-\u2015'\u2018\u2019\u02bb\u02bc\u02be\u02bf`\u200b-\u200d\u2060\ufeff\u00ad]{1,3}$/u;

/**
 * True when the text between two tokens may sit inside one place name. A line break never does: a
 * name does not run on from a dateline standing on its own line ("BEIRUT") into the paragraph under it.
 */
export function isJoiner(gap: string): boolean {
	return JOINER.test(gap) && !/[\n\r]/.test(gap);
}

/** Lowercase ASCII words of a text for ids: diacritics dropped, apostrophes removed, at most `max`. */
export function slugWords(text: string, max = 8): string[] {
	return text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/['’‘]/g, '')
		.split(/[^a-z0-9]+/)
		.filter(Boolean)
		.slice(0, max);
}
