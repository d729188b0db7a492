/**
 * The geoparser's records: the place it knows, the mention it finds, and the index it reads.
 */
import type { TrieNode } from './trie';

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
	/**
	 * A community of the north-west (`places/communities.ts`): linked only where the text stands its
	 * name in place context (see `introducedSettlements`), never on the name alone.
	 */
	contextOnly?: true;
	/**
	 * Where the place is, to measure how far an unknown village lies from the article's other places:
	 * a point, a line (a highway) or an area (a governorate, a zone), see `farFromTheArticle`.
	 */
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
	 * Each governorate by the folded name its "X province" or "X governorate" alias gives it ("damascus"
	 * for "Damascus governorate"), for a bare name in a list a governorate word governs
	 * (`listOfGovernorates`); names two governorates share are left out.
	 */
	governorateNamed: Map<string, string>;
	/**
	 * A post's name without its post words ("Surman" of "Surman observation post") where that name is
	 * no place's alias: an area or hill that is not a place of its own. It links to the post only where
	 * a post word speaks of one (see `speaksOfPost`).
	 */
	postNames: Map<string, TrieNode>;
	/** The same names by each word's `variantWord` form, articles left out ("Sorman" for Surman). */
	postNameVariants: Map<string, TrieNode>;
	/**
	 * The first letters those names' words may have in the text: each key's own, and every vowel, as
	 * `variantWord` merges the first vowels ("Es Sirman").
	 */
	postNameInitials: Set<string>;
	places: Map<string, GazetteerPlace>;
}
