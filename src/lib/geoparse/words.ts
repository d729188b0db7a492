/**
 * Word lists and small tests of the text that several readings share: capitals, list heads, the nouns
 * that introduce a settlement. Kept apart so that the readings depend on them and not on each other.
 */
import { TOPOGRAPHIC_PREFIX_WORDS } from '../core/arabic';
import { isJoiner, type Token } from '../core/fold';
import { isArabicArticle } from '../core/variants';

/** Words that lead a longer place name: matching only what follows them names a different place. */
export const NAME_LEADERS = TOPOGRAPHIC_PREFIX_WORDS;

/** Every word of an automatic name must be capitalised in the text, articles and particles aside. */
export function capitalisedName(text: string, tokens: Token[], first: number, last: number): boolean {
	for (let k = first; k <= last; k++) {
		const t = tokens[k]!;
		if (isArabicArticle(t.text) || NAME_PARTICLES.has(t.text)) continue;
		// The rest of one word after an ayn or apostrophe ("A'zaz", "Ma'arrat") is not a word of its own.
		if (k > first && INNER_APOSTROPHE.test(text.slice(tokens[k - 1]!.end, t.start))) continue;
		if (!UPPER.test(text[t.start] ?? '')) return false;
	}
	return true;
}

/** Words that say a post is meant: "the observation post in Morek", "Morek point", "Turkey's base at X". */
export const POST_WORDS = new Set(['post', 'posts', 'point', 'points', 'observation', 'outpost', 'base']);
export const SENTENCE_END = /[.!?;:]/u;

/** How many items back a list may run from a post's host to the list's first item. */
const LIST_ITEMS_BACK = 40;

/**
 * The first token of the list the name is a later item of ("three in Daret Izze, Anadan, Al Eis, ...
 * Morek and Rashidin"): capitalised words, articles and "and"/"or", joined by spaces, commas or
 * hyphens. The name's own first token when it is not in a list.
 */
export function listHead(text: string, tokens: Token[], first: number): number {
	let head = first;
	let separated = false;
	for (let k = first - 1; k >= 0 && first - k <= LIST_ITEMS_BACK; k--) {
		const gap = text.slice(tokens[k]!.end, tokens[k + 1]!.start);
		if (!LIST_GAP.test(gap) && !isJoiner(gap)) break;
		const t = tokens[k]!;
		if (LIST_WORDS.has(t.text) || gap.includes(',')) separated = true;
		if (LIST_WORDS.has(t.text) || isArabicArticle(t.text)) continue;
		if (!UPPER.test(text[t.start] ?? '')) break;
		head = k;
	}
	return separated ? head : first;
}

/**
 * The last token of the list the name ending at `last` is an earlier item of ("Tarmala, Kafr Nabl and
 * Hish"): `listHead` read forwards, up to `LIST_ITEMS_BACK` tokens on, across the apostrophes inside
 * a word. The name's own last token when
 * no comma, "and" or "or" follows it into another capitalised name.
 */
export function listTail(text: string, tokens: Token[], last: number): number {
	let tail = last;
	let separated = false;
	for (let k = last + 1; k < tokens.length && k - last <= LIST_ITEMS_BACK; k++) {
		const gap = text.slice(tokens[k - 1]!.end, tokens[k]!.start);
		// The rest of a word after an ayn or apostrophe ("Karsa’a") is no item of its own.
		if (INNER_APOSTROPHE.test(gap)) continue;
		if (!LIST_GAP.test(gap) && !isJoiner(gap)) break;
		const t = tokens[k]!;
		if (LIST_WORDS.has(t.text) || gap.includes(',')) separated = true;
		if (LIST_WORDS.has(t.text) || isArabicArticle(t.text)) continue;
		if (!UPPER.test(text[t.start] ?? '')) break;
		tail = k;
	}
	return separated ? tail : last;
}

/** Lowercase words inside names ("Ra's al ‘Ayn", "Dayr az Zawr", "Saint John's"). */
const NAME_PARTICLES = new Set(['s', 'of', 'de', 'la', 'le', 'el', 'al', 'the']);

export const REGION_ADJECTIVES = new Set([
	'northern',
	'southern',
	'eastern',
	'western',
	'central',
	'northwestern',
	'northeastern',
	'southwestern',
	'southeastern',
	'northwest',
	'northeast',
	'southwest',
	'southeast',
	'rural'
]);
export const LIST_WORDS = new Set(['and', 'or']);
export const LIST_GAP = /^[\s,]{1,3}$/u;
export const UPPER = /\p{Lu}/u;

/** "al-" before a name is written with a hyphen, unlike the English words "at", "as" or "an". */
export const HYPHEN = /^[-\u2010\u2011]$/u;

/** Apostrophe-like letters inside a word ("Ma'arrat", "Nu‘man"); a spelling key joins the parts. */
export const INNER_APOSTROPHE = /^['’‘ʿʾʼʻ`´]$/u;

/** Nouns that introduce a settlement by its kind: "the town of Ehsim". */
export const SETTLEMENT_NOUNS = new Set(['town', 'village', 'city', 'hamlet', 'settlement', 'township']);
/** The same nouns in the plural, which may introduce a list: "the villages of Talmenes and Bidama". */
export const SETTLEMENTS_NOUNS = new Set(['towns', 'villages', 'settlements']);
