/**
 * Matching by spelling key when no alias spells the name exactly: variant, skeleton, joined and
 * feminine forms, with the caches that keep a long corpus from recomputing them.
 */
import { isJoiner, type Token } from '../core/fold';
import {
	feminineKey,
	feminineKeyWords,
	feminineVowelsAgree,
	feminineWord,
	isArabicArticle,
	isDistinctSkeleton,
	skeletonWord,
	variantKey,
	variantWord,
	vowelsAgree,
	vowelsCompatible
} from '../core/variants';
import type { TrieNode } from './trie';
import type { AliasIndex } from './types';
import { HYPHEN, INNER_APOSTROPHE, NAME_LEADERS, UPPER } from './words';

/**
 * An automatic (GeoNames, unreviewed) name is matched by consonant skeleton only when the skeleton has
 * this many letters: long enough that an English word or another town rarely shares it ("Jandairis"
 * meets "Jindayris", "Tavtanaz" meets "Taftanāz"), while shorter ones ("Atmeh" and "Atami") stay apart.
 */
export const AUTOMATIC_SKELETON_LETTERS = 5;

/**
 * The skeleton of a word of an automatic name, its final vowel read as "a": GeoNames ends a feminine
 * name in -ah where English and French reporting write -e or -i ("Daret Izze" for Dārat ‘Izzah). The
 * curated names keep the final vowel apart, as French "Latmine" (Latmin) and "Latmenah" (Latamneh) must.
 */
export function automaticSkeletonWord(variant: string): string {
	let key = automaticSkeletonCache.get(variant);
	if (key === undefined) {
		key = skeletonWord(variant).replace(/(?<=.)[iu]$/, 'a');
		if (automaticSkeletonCache.size >= VARIANT_CACHE_LIMIT) automaticSkeletonCache.clear();
		automaticSkeletonCache.set(variant, key);
	}
	return key;
}

/** `automaticSkeletonWord` of each variant word met, computed once (a corpus repeats its words). */
const automaticSkeletonCache = new Map<string, string>();

/** Spelling keys are for names: "M55" must not collapse into "M5". */
const LETTERS_ONLY = /^\p{L}+$/u;

/**
 * The construct ending (tāʾ marbūṭa read as -at before the next word) that Kurdish and Turkish
 * transcription writes after a hyphen: "Qal-et Madiq" for Qalʿat al-Madiq, "Maar-et" for Maʿarrat.
 */
const CONSTRUCT_ENDING = /^(?:et|at|it)$/;

/**
 * A word for the spelling keys: tokens joined by apostrophes, but not an English "'s", and a
 * hyphenated construct ending (`CONSTRUCT_ENDING`) joined to its word when another word follows.
 */
function keyWordAt(text: string, tokens: Token[], k: number): { word: string; last: number } {
	let word = tokens[k]!.text;
	while (
		k + 1 < tokens.length &&
		tokens[k + 1]!.text !== 's' &&
		INNER_APOSTROPHE.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start))
	) {
		word += tokens[++k]!.text;
	}
	if (
		k + 2 < tokens.length &&
		CONSTRUCT_ENDING.test(tokens[k + 1]!.text) &&
		HYPHEN.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start)) &&
		isJoiner(text.slice(tokens[k + 1]!.end, tokens[k + 2]!.start))
	)
		word += tokens[++k]!.text;
	return { word, last: k };
}

/**
 * Walks a spelling-key trie from token `i`. Words are compared in their `variantWord` form (or its
 * skeleton), articles between words are skipped as `variantKey` skips them, and the first word must be
 * capitalised in the text: the key forms are only trusted on what reads as a name.
 */
const VARIANT_CACHE_LIMIT = 200_000;

function cachedVariant(cache: Map<string, string>, word: string): string {
	let variant = cache.get(word);
	if (variant === undefined) {
		variant = variantWord(word);
		if (cache.size >= VARIANT_CACHE_LIMIT) cache.clear();
		cache.set(word, variant);
	}
	return variant;
}

function cachedFeminine(cache: Map<string, string>, word: string): string {
	let key = cache.get(word);
	if (key === undefined) {
		key = skeletonWord(feminineWord(word));
		if (cache.size >= VARIANT_CACHE_LIMIT) cache.clear();
		cache.set(word, key);
	}
	return key;
}

/** Whether some alias's feminine key starts with the word at token `k` (a cheap test before walking). */
function feminineStartsAt(text: string, tokens: Token[], k: number, index: AliasIndex): boolean {
	if (k >= tokens.length) return false;
	return index.feminine.has(cachedFeminine(index.feminineCache, keyWordAt(text, tokens, k).word));
}

/**
 * A name spelt with or without the feminine ending (`feminineKey`), consulted when no other key
 * matched: the places with an alias spelt the same without the ending ("Latmine" is Latmin), or else
 * the one place whose aliases write the same vowels (`feminineVowelsAgree`), so that "al-Lataman" is
 * Latamneh, not Latmin, though all three share the skeleton `ltmn`.
 */
export function matchFeminine(
	text: string,
	tokens: Token[],
	i: number,
	index: AliasIndex
): { last: number; places: string[] } | undefined {
	// Most capitalised words start no name: look the first word (or the one after an article) up
	// before walking, which is the hot path of every text.
	const first = tokens[i]!;
	if (!UPPER.test(text[first.start] ?? '') && !isArabicArticle(first.text)) return undefined;
	if (
		!feminineStartsAt(text, tokens, i, index) &&
		!(isArabicArticle(first.text) && feminineStartsAt(text, tokens, i + 1, index))
	)
		return undefined;
	const found = matchSpelling(text, tokens, i, index.feminine, (w) => w, index.feminineCache, cachedFeminine);
	if (!found) return undefined;
	const surface = text.slice(tokens[i]!.start, tokens[found.last]!.end);
	if (!isDistinctSkeleton(feminineKey(surface))) return undefined;
	const aliasesOf = (id: string) => index.places.get(id)?.aliases ?? [];
	const same = found.places.filter((id) =>
		aliasesOf(id).some((alias) => feminineKeyWords(alias) === feminineKeyWords(surface))
	);
	if (same.length) return { last: found.last, places: same };
	const places = found.places.filter((id) =>
		aliasesOf(id).some((alias) => feminineVowelsAgree(surface, alias))
	);
	// Vowels that two places both leave room for decide nothing.
	return places.length === 1 ? { last: found.last, places } : undefined;
}

/**
 * The curated consonant-skeleton match, unless none of its places writes the name's vowels and the
 * feminine key finds one that does: "al-Lataman" shares `ltmn` with Latmin, whose second vowel is
 * another, and is Latamneh (`latamn`) without its ending. A skeleton match whose vowels differ and
 * that nothing better explains stays when it has several words, and for one word only where the
 * vowels are compatible (`vowelsCompatible`: "Maaret" for "Ma‘arrat"); "Litmon" is not Latmin.
 */
export function skeletonOrFeminine(
	text: string,
	tokens: Token[],
	i: number,
	index: AliasIndex
): { last: number; places: string[] } | undefined {
	const skeleton = matchSpelling(text, tokens, i, index.skeletons, skeletonWord, index.variantCache);
	if (!skeleton) return undefined;
	const surface = text.slice(tokens[i]!.start, tokens[skeleton.last]!.end);
	const agrees = skeleton.places.some((id) =>
		index.places.get(id)?.aliases.some((alias) => vowelsAgree(surface, alias))
	);
	if (agrees) return skeleton;
	const feminine = matchFeminine(text, tokens, i, index);
	if (feminine && feminine.last >= skeleton.last) return feminine;
	// Several words that share their skeletons are seldom another name ("Maaret Naaman" for Ma‘arrat
	// an-Nu‘man); one word of four or five consonants often is.
	if (skeleton.last > i && /\s/u.test(surface)) return skeleton;
	const compatible = skeleton.places.filter((id) =>
		index.places.get(id)?.aliases.some((alias) => vowelsCompatible(surface, alias))
	);
	return compatible.length ? { last: skeleton.last, places: compatible } : undefined;
}

export function matchSpelling(
	text: string,
	tokens: Token[],
	i: number,
	trie: Map<string, TrieNode>,
	key: (variant: string) => string,
	cache: Map<string, string>,
	wordForm: (cache: Map<string, string>, word: string) => string = cachedVariant
): { last: number; places: string[] } | undefined {
	let k = articleBefore(text, tokens, i, false) ? i + 1 : i;
	if (!UPPER.test(text[tokens[k]!.start] ?? '')) return undefined;
	let level = trie;
	let best: { last: number; places: string[] } | undefined;
	while (k < tokens.length) {
		const { word, last } = keyWordAt(text, tokens, k);
		if (!LETTERS_ONLY.test(word)) break;
		const node = level.get(key(wordForm(cache, word)));
		if (!node) break;
		if (node.places.length) best = { last, places: node.places };
		level = node.next;
		if (last + 1 >= tokens.length || !isJoiner(gapAfter(text, tokens, last))) break;
		k = articleBefore(text, tokens, last + 1, true) ? last + 2 : last + 1;
	}
	return best;
}

/** The text between token `k` and the next (or the text's end). */
function gapAfter(text: string, tokens: Token[], k: number): string {
	return text.slice(tokens[k]!.end, tokens[k + 1]?.start ?? text.length);
}

/**
 * Whether token `k` is an Arabic article before another word, joined to it by a hyphen (the name's
 * first word) or, inside a name, by any joiner. Module functions rather than closures in
 * `matchSpelling`: it runs at every capitalised token, and closures made per call cost the data build
 * about a sixth of its time under tsx, whose `__name` wrapper renames each one as it is made.
 */
function articleBefore(text: string, tokens: Token[], k: number, inside: boolean): boolean {
	if (k + 1 >= tokens.length || !isArabicArticle(tokens[k]!.text)) return false;
	const gap = gapAfter(text, tokens, k);
	return inside ? isJoiner(gap) : HYPHEN.test(gap);
}

/**
 * A GeoNames name written as one word that reporting splits in two ("Kafr Nabl" for "Kafranbel"): a
 * topographic prefix (Kafr, Deir, Tell, Ain, …) and a capitalised word, joined by a space or hyphen,
 * read as one word by consonant skeleton in the automatic names; only for names of
 * `AUTOMATIC_SKELETON_LETTERS` or more. Two title-case English words ("Fire Kills") never qualify.
 */
export function matchJoined(
	text: string,
	tokens: Token[],
	i: number,
	index: AliasIndex
): { last: number; places: string[] } | undefined {
	const [a, b] = [tokens[i], tokens[i + 1]];
	if (!a || !b || !NAME_LEADERS.has(a.text)) return undefined;
	if (!/^[ \-\u2010\u2011]$/u.test(text.slice(a.end, b.start))) return undefined;
	if (!UPPER.test(text[a.start] ?? '') || !UPPER.test(text[b.start] ?? '')) return undefined;
	if (!LETTERS_ONLY.test(a.text + b.text)) return undefined;
	const key = automaticSkeletonWord(cachedVariant(index.variantCache, a.text + b.text));
	if (key.length < AUTOMATIC_SKELETON_LETTERS) return undefined;
	const node = index.automaticSkeletons.get(key);
	return node?.places.length ? { last: i + 1, places: node.places } : undefined;
}

/** The spelling key a short name is known by across an article: "EHSIM" and "Ehsim" are one name. */
export function shortKey(text: string, tokens: Token[], first: number, last: number): string {
	return variantKey(text.slice(tokens[first]!.start, tokens[last]!.end));
}

/** How many letters the consonant skeleton of tokens `first..last` has, Arabic articles left out. */
export function skeletonLetters(
	text: string,
	tokens: Token[],
	first: number,
	last: number,
	index: AliasIndex
): number {
	let letters = 0;
	for (let k = first; k <= last; k++) {
		const { word, last: end } = keyWordAt(text, tokens, k);
		if (!isArabicArticle(word))
			letters += automaticSkeletonWord(cachedVariant(index.variantCache, word)).length;
		k = end;
	}
	return letters;
}
