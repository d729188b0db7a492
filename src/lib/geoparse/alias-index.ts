/**
 * Builds the alias index once per gazetteer: the trie of every spelling, the spelling keys of automatic
 * places, the post names and the generic heads that only link beside their anchors.
 */
import { foldText, tokenize, type Token } from '../core/fold';
import FALSE_FRIENDS from './false-friends.json' with { type: 'json' };
import { isRomanisedAutomatic } from '../places/automatic';
import { feminineKey, isArabicArticle, isDistinctSkeleton, skeletonKey, variantKey } from '../core/variants';
import { nameSpan } from './names';
import { AUTOMATIC_SKELETON_LETTERS, automaticSkeletonWord } from './spelling';
import { addPath, walkWords, type TrieNode } from './trie';
import type { AliasIndex, GazetteerPlace } from './types';
import { POST_WORDS } from './words';

/**
 * Builds the alias tries: one over the folded words of each alias, for exact matching, and two looser
 * ones over spelling keys (see `findMentions`). Aliases that meet in a trie share a node listing each
 * place once.
 */
export function buildAliasIndex(places: readonly GazetteerPlace[]): AliasIndex {
	const root = new Map<string, TrieNode>();
	const variants = new Map<string, TrieNode>();
	const skeletons = new Map<string, TrieNode>();
	const automaticSkeletons = new Map<string, TrieNode>();
	const feminineTrie = new Map<string, TrieNode>();
	const byId = new Map<string, GazetteerPlace>();
	const hostedPost = new Map<string, string>();
	const seats = new Set<string>();
	for (const place of places) {
		byId.set(place.id, place);
		if (place.host) hostedPost.set(place.host, place.id);
		if (place.seatOf) seats.add(place.seatOf);
		for (const alias of place.aliases) {
			const words = tokenize(alias).map((t) => t.text);
			addPath(root, words, place.id);
			for (const other of otherPrepositions(words)) addPath(root, other, place.id);
			const solid = solidCompounds(alias);
			if (solid) addPath(root, solid, place.id);
			const variant = variantKey(alias).split(' ').filter(Boolean);
			addPath(variants, variant, place.id);
			const skeleton = skeletonKey(alias).split(' ').filter(Boolean);
			if (place.curation !== 'automatic' && isDistinctSkeleton(skeleton.join(' ')))
				addPath(skeletons, skeleton, place.id);
			const feminine = feminineKey(alias).split(' ').filter(Boolean);
			if (
				isDistinctSkeleton(feminine.join(' ')) &&
				(place.curation !== 'automatic' || isRomanisedAutomatic(place))
			)
				addPath(feminineTrie, feminine, place.id);
			if (isRomanisedAutomatic(place)) {
				addPath(automaticSkeletons, variant.map(automaticSkeletonWord), place.id);
				if (variant.length > 1 && skeleton.join('').length >= AUTOMATIC_SKELETON_LETTERS)
					addPath(automaticSkeletons, [automaticSkeletonWord(variant.join(''))], place.id);
			}
		}
	}
	const postNames = new Map<string, TrieNode>();
	const postNameVariants = new Map<string, TrieNode>();
	const postNameInitials = new Set<string>(['a', 'e', 'i', 'o', 'u']);
	for (const place of places) {
		for (const alias of place.aliases) {
			const tokens = tokenize(alias);
			const [first, last] = tokens.length ? nameSpan(tokens, 0, tokens.length - 1) : [0, -1];
			const dropped = [...tokens.slice(0, first), ...tokens.slice(last + 1)].map((t) => t.text);
			if (!dropped.some((w) => POST_WORDS.has(w))) continue;
			const words = tokens.slice(first, last + 1).map((t) => t.text);
			// A community of that name does not count: the post's name is read first (see `findMentions`).
			const owners = walkWords(root, words)?.places.filter((id) => !byId.get(id)?.contextOnly);
			if (owners?.length) continue;
			addPath(postNames, words, place.id);
			const variant = variantKey(words.join(' ')).split(' ').filter(Boolean);
			// A short name's spelling key meets English words ("al-Iss" and "as", "is", "US").
			if (variant.join('').length >= POST_VARIANT_LETTERS) {
				addPath(postNameVariants, variant, place.id);
				postNameInitials.add(variant[0]![0]!);
				const own = words.find((w) => !isArabicArticle(w));
				if (own) postNameInitials.add(own[0]!);
			}
		}
	}
	const governorateNamed = governoratesByName(places);
	const falseFriends = new Map<string, TrieNode>();
	for (const phrase of FALSE_FRIENDS.phrases) addPath(falseFriends, foldText(phrase).split(' '), phrase);
	const { anchoredHeads, anchors } = headsOfAnchoredAliases(places, root);
	return {
		anchoredHeads,
		anchors,
		root,
		variants,
		skeletons,
		automaticSkeletons,
		feminine: feminineTrie,
		feminineCache: new Map(),
		falseFriends,
		hostedPost,
		seats,
		governorateNamed,
		postNames,
		postNameVariants,
		postNameInitials,
		places: byId,
		variantCache: new Map()
	};
}

/**
 * An alias's words with every hyphenated compound of lowercase words written solid ("de-escalation
 * zone" as "deescalation zone", "cease-fire line" as "ceasefire line"), as English writes such
 * compounds either way; undefined when the alias has none. A name's own hyphens ("al-Bab",
 * "Jisr al-Shughur") join capitalised words or an Arabic article and stay.
 */
export function solidCompounds(alias: string): string[] | undefined {
	const tokens = tokenize(alias);
	const words: string[] = [];
	let merged = false;
	tokens.forEach((t, k) => {
		const before = tokens[k - 1];
		const joins =
			!!before &&
			alias.slice(before.end, t.start) === '-' &&
			[before, t].every((w) => /^\p{Ll}+$/u.test(alias.slice(w.start, w.end)) && !isArabicArticle(w.text));
		if (joins) {
			words[words.length - 1] += t.text;
			merged = true;
		} else words.push(t.text);
	});
	return merged ? words : undefined;
}

/** The fewest letters a post name's spelling key needs to be matched by it (see `postNameVariants`). */
const POST_VARIANT_LETTERS = 5;

/** The words that end a governorate's alias after its name: "Damascus governorate". */
const UNIT_ENDINGS = new Set(['province', 'governorate']);

/** Each governorate by the name before "province" or "governorate" in its aliases (see `AliasIndex`). */
function governoratesByName(places: readonly GazetteerPlace[]): Map<string, string> {
	const named = new Map<string, string>();
	const shared = new Set<string>();
	for (const place of places) {
		if (place.kind !== 'governorate') continue;
		for (const alias of place.aliases) {
			const words = tokenize(alias).map((t) => t.text);
			if (words.length < 2 || !UNIT_ENDINGS.has(words.at(-1)!)) continue;
			const name = words.slice(0, -1).join(' ');
			const owner = named.get(name);
			if (owner && owner !== place.id) shared.add(name);
			named.set(name, place.id);
		}
	}
	for (const name of shared) named.delete(name);
	return named;
}

/** Words that join a generic head to the place that anchors it: "security corridor along the M4". */
const ANCHORING = new Set(['along', 'in', 'at', 'near']);

/**
 * The generic heads of aliases such as "security corridor along the M4" or "naval base in Tartus",
 * where the rest names another place (the anchor). A head several places share ("observation post
 * at …") is left out: it says nothing of which.
 *
 * A head written after another place's name ("Idlib buffer zone") is one too, when its words are
 * lower case in the alias and at least two: "buffer zone" alone is the place the alias names. Such a
 * name before the head is no anchor, as any country's name may stand there ("the Korean buffer
 * zone"), so the head links only in an article that names its place otherwise (`anchoredHeadsLinked`).
 * Post words are left out: a post's name is read by the words around its village (`speaksOfPost`).
 */
function headsOfAnchoredAliases(
	places: readonly GazetteerPlace[],
	root: Map<string, TrieNode>
): { anchoredHeads: Map<string, TrieNode>; anchors: Map<string, Set<string>> } {
	const owners = new Map<string, Set<string>>();
	const anchors = new Map<string, Set<string>>();
	for (const place of places) {
		for (const alias of place.aliases) {
			const tokens = tokenize(alias);
			const words = tokens.map((t) => t.text);
			const generic = genericHeadAfterName(alias, tokens, root, place.id);
			if (generic) owners.set(generic, (owners.get(generic) ?? new Set()).add(place.id));
			const at = words.findIndex((w, k) => k > 0 && ANCHORING.has(w));
			if (at < 0) continue;
			const rest = words.slice(at + 1);
			const anchor = walkWords(root, rest[0] === 'the' ? rest.slice(1) : rest);
			if (!anchor?.places.length) continue;
			const head = words.slice(0, at).join(' ');
			owners.set(head, (owners.get(head) ?? new Set()).add(place.id));
			const known = anchors.get(place.id) ?? new Set<string>();
			for (const id of anchor.places) if (id !== place.id) known.add(id);
			anchors.set(place.id, known);
		}
	}
	const anchoredHeads = new Map<string, TrieNode>();
	for (const [head, ids] of owners)
		if (ids.size === 1 && !walkWords(root, head.split(' '))?.places.length)
			addPath(anchoredHeads, head.split(' '), [...ids][0]!);
	return { anchoredHeads, anchors };
}

/** The fewest words a head written after a name needs: one generic word ("zone") says too little. */
const HEAD_AFTER_NAME_WORDS = 2;

/**
 * The lower-case words after another place's name that end `alias` ("buffer zone" of "Idlib buffer
 * zone"), when there are at least `HEAD_AFTER_NAME_WORDS` words of them as written; undefined otherwise.
 */
function genericHeadAfterName(
	alias: string,
	tokens: readonly Token[],
	root: Map<string, TrieNode>,
	placeId: string
): string | undefined {
	for (let at = tokens.length - HEAD_AFTER_NAME_WORDS; at >= 1; at--) {
		const rest = tokens.slice(at);
		// Words as written: "de-escalation" is two tokens but one word.
		if (!/\s/u.test(alias.slice(rest[0]!.start))) continue;
		if (rest.some((t) => !/^\p{Ll}/u.test(alias[t.start] ?? '') || POST_WORDS.has(t.text))) continue;
		const name = walkWords(
			root,
			tokens.slice(0, at).map((t) => t.text)
		);
		if (!name?.places.length || name.places.includes(placeId)) continue;
		return rest.map((t) => t.text).join(' ');
	}
	return undefined;
}

/** Prepositions that place a post at a town: "the observation point in/near/at Maarat al-Numan". */
const POST_PREPOSITIONS = ['at', 'in', 'near'];

/**
 * A post's alias "<post words> at <name>" written with each other preposition of `POST_PREPOSITIONS`
 * ("observation point in Maarat al-Numan" for "observation point at Maarat al-Numan"): reporting
 * places a post at, in or near the town it is known by, and all three mean the post.
 */
function otherPrepositions(words: readonly string[]): string[][] {
	const at = words.findIndex((w) => POST_PREPOSITIONS.includes(w));
	if (at < 1 || at === words.length - 1 || !words.slice(0, at).every((w) => POST_WORDS.has(w))) return [];
	return POST_PREPOSITIONS.filter((p) => p !== words[at]).map((p) => [
		...words.slice(0, at),
		p,
		...words.slice(at + 1)
	]);
}
