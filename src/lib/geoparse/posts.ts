/**
 * Whether a host village's name means Turkey's observation post there: post words around it, the
 * post's own name, an owner other than Turkey, lists that posts introduce.
 */
import { isJoiner, type Token } from '../core/fold';
import { isArabicArticle } from '../core/variants';
import { matchSpelling } from './spelling';
import { walkTrie } from './trie';
import type { AliasIndex } from './types';
import { POST_WORDS, SENTENCE_END, UPPER, capitalisedName, listHead } from './words';

/** An owner other than Turkey: a Russian or Iranian post at the same village is not Turkey's. */
const OTHER_OWNERS = new Set(['russian', 'russia', 'iranian', 'iran', 'syrian', 'american', 'regime']);
/** How far a post word may stand from the village's name, in words: before it, and after it. */
const POST_BEFORE = 6;
const POST_AFTER = 3;
/** Words before "point(s)" that make it ground, not a post: "high points east of Morek". */
const GROUND_BEFORE_POINT = new Set(['high', 'higher', 'highest', 'vantage']);

/** Whether the post word at `k` is "point(s)" meaning ground ("stationed on high points east of Morek"). */
function highGround(tokens: Token[], k: number): boolean {
	return /^points?$/u.test(tokens[k]!.text) && GROUND_BEFORE_POINT.has(tokens[k - 1]?.text ?? '');
}

/**
 * Whether the words around a host village's name speak of a post there ("the Turkish observation post
 * in the town of Morek", "Morek observation point"), within the sentence. A post word with another
 * owner right before it ("the Russian point at Morek") keeps the name the village's; other words of
 * the sentence ("Syrian troops surrounded the Turkish post at Morek") do not decide the owner.
 */
export function speaksOfPost(
	text: string,
	tokens: Token[],
	first: number,
	last: number,
	before = POST_BEFORE,
	after = POST_AFTER
): boolean {
	let from = first;
	while (
		from > 0 &&
		first - from < before &&
		!SENTENCE_END.test(text.slice(tokens[from - 1]!.end, tokens[from]!.start))
	)
		from--;
	let to = last;
	while (
		to + 1 < tokens.length &&
		to - last < after &&
		!SENTENCE_END.test(text.slice(tokens[to]!.end, tokens[to + 1]!.start))
	)
		to++;
	let post = false;
	for (let k = from; k <= to; k++) {
		if (k >= first && k <= last) continue;
		if (!POST_WORDS.has(tokens[k]!.text) || highGround(tokens, k)) continue;
		// The owner stands right before the post word ("a Russian observation point", "Iran's post").
		const owners = [tokens[k - 1]?.text, tokens[k - 2]?.text].filter((w): w is string => !!w);
		if (owners.some((w) => OTHER_OWNERS.has(w))) return false;
		post = true;
	}
	return post;
}

/**
 * Whether the name at `i` (after an article) may begin a post name's spelling key: its word's
 * `variantWord` form, which the matcher has usually just computed and cached, is the first word of
 * one, or, not cached, it begins with a letter such a word may begin with. Trying the spelling match
 * at every capitalised word cost a fifth of the matcher's time on the development captures.
 */
function mayBePostName(tokens: Token[], i: number, index: AliasIndex): boolean {
	const word = isArabicArticle(tokens[i]!.text) ? tokens[i + 1] : tokens[i];
	if (!word) return false;
	const variant = index.variantCache.get(word.text);
	if (variant !== undefined) return index.postNameVariants.has(variant);
	return index.postNameInitials.has(word.text[0] ?? '');
}

/**
 * A post named only by the area or hill it stands on ("the observation post was built in the Surman
 * region"; "... three in Daret Izze, Anadan, Al Eis, ... Surman, Zeytunah, Morek and Rashidin" after
 * "the established observation posts are:"; "the Sorman point", spelled by its `variantKey`):
 * capitalised, and with a post word anywhere in its sentence ("the main observation post in southeast
 * Idlib, that's located near the town of al-Surman"): the name is no place of its own, so a sentence
 * on a post is enough. Such a name in a sentence with no post word is not linked.
 */
export function postNameAt(
	text: string,
	tokens: Token[],
	i: number,
	index: AliasIndex
): { place: string; last: number } | undefined {
	const found =
		walkTrie(text, tokens, i, index.postNames, isJoiner) ??
		(mayBePostName(tokens, i, index)
			? matchSpelling(text, tokens, i, index.postNameVariants, (w) => w, index.variantCache)
			: undefined);
	if (!found || found.places.length !== 1) return undefined;
	if (!capitalisedName(text, tokens, i, found.last)) return undefined;
	const head = listHead(text, tokens, i);
	const spoken =
		speaksOfPost(text, tokens, i, found.last, Infinity, Infinity) ||
		postsIntroduceList(text, tokens, head) ||
		(AREA_WORDS.has(tokens[found.last + 1]?.text ?? '') && postInSentenceBefore(text, tokens, i));
	return spoken ? { place: found.places[0]!, last: found.last } : undefined;
}

/** Words after a post's name that make it the area the post is set up in: "the Seyh Isa area". */
const AREA_WORDS = new Set(['area', 'region']);

/**
 * Whether the sentence before the one holding token `i` speaks of a post Turkey owns ("... the point
 * was the fourth such position ... It is being set up in the Seyh Isa area"): a report names the post
 * first and the area it is set up in next.
 */
function postInSentenceBefore(text: string, tokens: Token[], i: number): boolean {
	let start = i;
	while (start > 0 && !SENTENCE_END.test(text.slice(tokens[start - 1]!.end, tokens[start]!.start))) start--;
	if (start === 0) return false;
	let from = start - 1;
	while (from > 0 && !SENTENCE_END.test(text.slice(tokens[from - 1]!.end, tokens[from]!.start))) from--;
	for (let k = from; k < start; k++) {
		if (!POST_WORDS.has(tokens[k]!.text) || highGround(tokens, k)) continue;
		const owners = [tokens[k - 1]?.text, tokens[k - 2]?.text].filter((w): w is string => !!w);
		if (!owners.some((w) => OTHER_OWNERS.has(w))) return true;
	}
	return false;
}

/**
 * Whether a post phrase that names no village ("observation posts", "military posts") has another
 * country as its owner right before it ("Russian observation posts", "Iran's observation points") or
 * another owner after it (see `ownerAfter`):
 * only Turkey's posts are the posts the map knows.
 */
export function ownedByAnother(
	text: string,
	tokens: Token[],
	first: number,
	last: number,
	index: AliasIndex
): boolean {
	if (!POST_WORDS.has(tokens[first]!.text) && tokens[first]!.text !== 'military') return false;
	for (let k = first; k <= last; k++) if (UPPER.test(text[tokens[k]!.start] ?? '')) return false;
	const before = tokens[first - 1]?.text === 's' ? first - 2 : first - 1;
	if (before >= 0 && OTHER_OWNERS.has(tokens[before]!.text)) return true;
	return ownerAfter(text, tokens, last, index);
}

/**
 * An owner named after the posts ("observation posts of the Nusra"): "of", perhaps "the", and a
 * capitalised name that is neither Turkey's nor a place ("the posts of the Turkish army" are Turkey's;
 * "the observation posts of Idlib" are in Idlib).
 */
function ownerAfter(text: string, tokens: Token[], last: number, index: AliasIndex): boolean {
	if (tokens[last + 1]?.text !== 'of') return false;
	const k = tokens[last + 2]?.text === 'the' ? last + 3 : last + 2;
	const owner = tokens[k];
	if (!owner || !UPPER.test(text[owner.start] ?? '') || TURKEY_WORDS.has(owner.text)) return false;
	return !walkTrie(text, tokens, k, index.root, isJoiner);
}

/** Words between a name and "posts" in "Morek and several other Turkish posts". */
const OTHER_POSTS_FILLER = new Set([
	'several',
	'the',
	'other',
	'its',
	'two',
	'three',
	'four',
	'five',
	'turkish',
	'military',
	'observation'
]);
/** Verbs of leaving or keeping a post: "withdrawing from Morek", "evacuate Morek", "stay in Morek". */
const LEAVING = /^(?:withdr[ae]w\w*|evacuat\w*|pull\w*|abandon\w*|stay\w*|remain\w*)$/u;
/** Prepositions between such a verb and the village: "from Morek", "in Morek", "at Morek". */
const LEAVING_PREPOSITIONS = new Set(['from', 'in', 'at']);
const TURKEY_WORDS = new Set(['turkey', 'turkish', 'ankara', 'turks']);

/**
 * Two more ways a sentence speaks of a village's post: the name is set beside other posts ("Morek and
 * several other Turkish posts were surrounded"), or Turkey is leaving or keeping it ("while
 * withdrawing from Morek, Turkey is consolidating …", "Turkish troops evacuated Morek", "Turkish
 * forces have no reason to stay in Morek"); an army withdrawing from a village with no word of Turkey
 * in the sentence keeps the village.
 */
export function postByContext(text: string, tokens: Token[], first: number, last: number): boolean {
	if (tokens[last + 1]?.text === 'and') {
		let k = last + 2;
		let other = false;
		while (k < tokens.length && k <= last + 6 && OTHER_POSTS_FILLER.has(tokens[k]!.text)) {
			if (tokens[k]!.text === 'other') other = true;
			k++;
		}
		if (other && POST_WORDS.has(tokens[k]?.text ?? '')) return true;
	}
	const before = LEAVING_PREPOSITIONS.has(tokens[first - 1]?.text ?? '') ? first - 2 : first - 1;
	if (before < 0 || !LEAVING.test(tokens[before]!.text)) return false;
	let from = first;
	while (from > 0 && !SENTENCE_END.test(text.slice(tokens[from - 1]!.end, tokens[from]!.start))) from--;
	let to = last;
	while (to + 1 < tokens.length && !SENTENCE_END.test(text.slice(tokens[to]!.end, tokens[to + 1]!.start)))
		to++;
	for (let k = from; k <= to; k++) if (TURKEY_WORDS.has(tokens[k]!.text)) return true;
	return false;
}

/**
 * Whether a post word introduces the list that starts at `head` ("the established observation posts
 * are: three in Daret Izze, Anadan, ..."; "Turkish posts in Morek, Sher Mughar and Murak"): the same
 * window before the list as before a single name, where a colon introduces the list rather than
 * ending the sentence.
 */
export function postsIntroduceList(text: string, tokens: Token[], head: number): boolean {
	for (let k = head - 1, words = 0; k >= 0 && words < POST_BEFORE; k--, words++) {
		const gap = text.slice(tokens[k]!.end, tokens[k + 1]!.start);
		if (SENTENCE_END.test(gap.replace(':', ''))) return false;
		if (!POST_WORDS.has(tokens[k]!.text)) continue;
		const owners = [tokens[k - 1]?.text, tokens[k - 2]?.text].filter((w): w is string => !!w);
		return !owners.some((w) => OTHER_OWNERS.has(w));
	}
	return false;
}
