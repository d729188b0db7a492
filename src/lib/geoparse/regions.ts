/**
 * Reading a name shared by a governorate and its seat, roads in compounds and regions: "northern
 * Idlib", "Idlib city", "the Aleppo-Damascus road", one sense per article.
 */
import { isJoiner, tokenize, type Token } from '../core/fold';
import { isArabicArticle } from '../core/variants';
import type { TrieNode } from './trie';
import type { AliasIndex, GazetteerPlace, Mention } from './types';
import {
	LIST_GAP,
	LIST_WORDS,
	REGION_ADJECTIVES,
	SENTENCE_END,
	SETTLEMENTS_NOUNS,
	SETTLEMENT_NOUNS,
	UPPER
} from './words';

const HYPHEN_ONLY = /^[-\u2010\u2011\u2013]$/u;

/**
 * A name hyphenated to another capitalised name before a road word ("the Hama-Idlib highway", "the
 * Aleppo-Hama and the Aleppo-Latakia highways"), or set in parentheses after one ("the M4 highway
 * (Aleppo-Lattakia)"), names a road between them, not either place; the roads the map knows have such
 * compounds as aliases, which match whole before this applies.
 */
export function inCompound(text: string, tokens: Token[], first: number, last: number): boolean {
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
	const start = before && joined(before, tokens[first]!) ? first - 1 : first;
	return roadInParentheses(text, tokens, start) || roadsOfTheList(text, tokens, start);
}

/** How many tokens back from a compound a road word and "of" may stand, over earlier compounds. */
const ROADS_OF_REACH = 10;

/**
 * Whether the compound opening at `first` follows a road word and "of" or "between", directly or as a
 * later item of a list of compounds ("the roads of Aleppo-Hama and Aleppo-Lattakia will be opened",
 * "the highway between Hama-Aleppo"): the road word names what the pairs are.
 */
function roadsOfTheList(text: string, tokens: Token[], first: number): boolean {
	for (let k = first - 1; k >= 1 && first - k <= ROADS_OF_REACH; k--) {
		const t = tokens[k]!;
		if (SENTENCE_END.test(text.slice(t.end, tokens[k + 1]!.start))) return false;
		if (t.text === 'of' || t.text === 'between') return ROAD_WORDS.has(tokens[k - 1]!.text);
		const item = UPPER.test(text[t.start] ?? '') || LIST_WORDS.has(t.text) || t.text === 'the';
		if (!item) return false;
	}
	return false;
}

/** A road's number just before an opening parenthesis: "M-4 (", "M4 (", "M 5 (". */
const ROAD_NUMBER_BEFORE_PARENTHESIS = /\bM[- ]?\d{1,2}\s*\(\s*$/u;

/**
 * Whether the compound opening at `first` stands in parentheses right after a road word or a road's
 * number: "along the M4 highway (Aleppo-Lattakia)" and "highway M-4 (Latakia-Aleppo)" give the road's
 * two ends.
 */
function roadInParentheses(text: string, tokens: Token[], first: number): boolean {
	const road = tokens[first - 1];
	if (!road) return false;
	const start = tokens[first]!.start;
	return (
		(ROAD_WORDS.has(road.text) && /^\s*\(\s*$/u.test(text.slice(road.end, start))) ||
		ROAD_NUMBER_BEFORE_PARENTHESIS.test(text.slice(Math.max(0, road.start - 2), start))
	);
}

/**
 * The road a compound names when the road word stands further on: "the Damascus-Aleppo strategic
 * highway", "the Aleppo-Hama and the Aleppo-Latakia highways". When "<A>-<B> highway" (or road,
 * motorway) is an alias, the compound "<A>-<B>" alone is a mention of that road, as the words between
 * it and the road word say nothing of which road it is.
 */
export function compoundRoad(
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
		if (node?.places.length === 1)
			return { place: node.places[0]!, last: roadWordAfter(text, tokens, last + 1) };
	}
	return undefined;
}

/**
 * The last token of a road's name with the road word written right after it, a space between:
 * "the Hama-Aleppo road" and "the M4-M5 highways" name the road with its word, as "M5 highway"
 * does; "the Damascus-Aleppo strategic highway" keeps the pair alone, and so does a pair of places
 * before a plural ("the Aleppo-Hama and the Aleppo-Latakia highways"), whose word is every pair's.
 * A road's own name (`plural`) takes either. `last` when no road word follows.
 */
export function roadWordAfter(text: string, tokens: Token[], last: number, plural = false): number {
	const after = tokens[last + 1];
	const word = after && (plural ? ROAD_WORDS.has(after.text) : SINGULAR_ROAD_WORDS.has(after.text));
	return word && /^ $/u.test(text.slice(tokens[last]!.end, after.start)) ? last + 1 : last;
}

const SINGULAR_ROAD_WORDS = new Set(['highway', 'road', 'motorway', 'route', 'railway']);

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

/**
 * Words after a shared name that make it the governorate: "Idlib province", "Hama countryside", and
 * "the Hama region" (the dev half labels all 34 of its "Idlib region" and "Hama region" so).
 */
const PROVINCE_WORDS = new Set([
	'province',
	'provinces',
	'governorate',
	'governorates',
	'countryside',
	'region'
]);
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
export function provinceOfAnUnknownGovernorate(
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
/**
 * "the countryside of Hama", "the regions of Latakia", "the provinces of Idleb and Hama", "the
 * northern mountains of Latakia" (a city has no mountains of its own).
 */
const REGION_NOUNS = new Set([
	'countryside',
	'mountains',
	'region',
	'regions',
	'province',
	'provinces',
	'governorate',
	'governorates'
]);
/**
 * Plural unit words that make every name of the list before them a governorate: "Latakia, Hama, and
 * Aleppo provinces", "the neighbouring Latakia, Hama and Aleppo regions" (several cities are never
 * called regions).
 */
const LIST_UNIT_WORDS = new Set(['provinces', 'governorates', 'regions']);
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

/** The text of token `k`, or '' where there is none (before the first token, past the last). */
function wordAt(tokens: Token[], k: number): string {
	return tokens[k]?.text ?? '';
}

/** Whether only white space stands between token `k` and the next (never before the first token). */
function spacedAfter(text: string, tokens: Token[], k: number): boolean {
	return k >= 0 && /^\s+$/u.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start));
}

/**
 * The word before "of" (or one of `links`) right before token `first`, each set off by spaces:
 * "area" in "the area of Hama", "north" in "north of Hama"; '' when the name follows no such link.
 */
function wordBeforeLink(
	text: string,
	tokens: Token[],
	first: number,
	links: readonly string[] = ['of']
): string {
	const linked = links.includes(wordAt(tokens, first - 1));
	return linked && spacedAfter(text, tokens, first - 1) && spacedAfter(text, tokens, first - 2)
		? wordAt(tokens, first - 2)
		: '';
}

const POSSESSIVE_MARK = /^['’]$/u;

/**
 * Whether the name owns a province word, with or without a regional adjective between ("Aleppo's
 * southern countryside", "Hama's countryside"): the possessive form of "Hama countryside".
 */
function possessedRegion(text: string, tokens: Token[], last: number): boolean {
	const s = tokens[last + 1];
	if (s?.text !== 's' || !POSSESSIVE_MARK.test(text.slice(tokens[last]!.end, s.start))) return false;
	let k = last + 2;
	const administrative = tokens[k]?.text === 'administrative';
	if (tokens[k] && (administrative || REGION_ADJECTIVES.has(tokens[k]!.text))) k++;
	const word = tokens[k];
	if (!word || !/^\s+$/u.test(text.slice(tokens[k - 1]!.end, word.start))) return false;
	return PROVINCE_WORDS.has(word.text) || (administrative && ADMINISTRATIVE_NOUNS.has(word.text));
}

/** How many words may stand between a possessive name and the institution it owns ("central"). */
const FACILITY_REACH = 2;

/**
 * Whether the name owns one of a town's institutions, a word or two between ("Idlib's central
 * prison", "Aleppo's university"): the possessive form of "the central prison of Idlib".
 */
function possessedFacility(text: string, tokens: Token[], last: number): boolean {
	const s = tokens[last + 1];
	if (s?.text !== 's' || !POSSESSIVE_MARK.test(text.slice(tokens[last]!.end, s.start))) return false;
	for (let k = last + 2; k < tokens.length && k <= last + 2 + FACILITY_REACH; k++) {
		if (!/^ $/u.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) return false;
		if (CITY_FACILITIES.has(tokens[k]!.text)) return true;
		if (UPPER.test(text[tokens[k]!.start] ?? '')) return false;
	}
	return false;
}

/**
 * Nouns that "administrative" makes a governorate's: "Aleppo's administrative district", "the
 * administrative border of Idlib". A city's districts are its quarters: "district" alone is
 * not one.
 */
const ADMINISTRATIVE_NOUNS = new Set(['district', 'border', 'borders', 'boundary', 'boundaries']);

/**
 * Whether the name follows "administrative", such a noun and "of": "the southern
 * administrative border of Idlib".
 */
function administrativeOf(tokens: Token[], first: number): boolean {
	return (
		wordAt(tokens, first - 1) === 'of' &&
		ADMINISTRATIVE_NOUNS.has(wordAt(tokens, first - 2)) &&
		wordAt(tokens, first - 3) === 'administrative'
	);
}

/** Words of a governorate, singular and plural, that make every name of a list they govern one. */
const UNIT_WORDS = new Set(['province', 'provinces', 'governorate', 'governorates']);
/** The plural of those, which may stand right before or after a list: "provinces Aleppo and Latakia". */
const UNITS = new Set(['provinces', 'governorates']);

/**
 * Whether the name is an item of a list that an explicit governorate word governs: after "province(s)
 * of" or "governorate(s) of" ("the provinces of Homs, Damascus and Daraa"), after a plural unit word
 * ("the provinces Aleppo and Latakia"), or before one ("Daraa, Quneitra and Damascus governorates").
 * A list is names joined by commas, "and" or "or"; a lower-case word ends it. "Region", "area" and
 * "countryside" are not such words: "the areas of Aleppo" may be the city's quarters.
 */
export function listOfGovernorates(text: string, tokens: Token[], first: number, last: number): boolean {
	const gap = (a: number) => text.slice(tokens[a]!.end, tokens[a + 1]!.start);
	const joined = (a: number) => LIST_GAP.test(gap(a)) || isJoiner(gap(a));
	for (let k = first - 1; k >= 0 && first - k <= 12; k--) {
		const t = tokens[k]!;
		if (t.text === 'of') {
			if (k >= 1 && UNIT_WORDS.has(tokens[k - 1]!.text) && /^ $/u.test(gap(k - 1))) return true;
			break;
		}
		if (UNITS.has(t.text) && /^ $/u.test(gap(k))) return true;
		const item = UPPER.test(text[t.start] ?? '') || LIST_WORDS.has(t.text) || isArabicArticle(t.text);
		if (!item || !joined(k)) break;
	}
	for (let k = last + 1; k < tokens.length && k <= last + 12; k++) {
		const t = tokens[k]!;
		if (!joined(k - 1)) break;
		if (UNITS.has(t.text)) return true;
		if (!UPPER.test(text[t.start] ?? '') && !LIST_WORDS.has(t.text) && !isArabicArticle(t.text)) break;
	}
	return false;
}

/** Words before "of" that make the name the city: "the industrial capital of Aleppo", "outskirts of Idlib". */
const CITY_OF = new Set(['city', 'town', 'capital', 'outskirts', 'centre', 'center', 'suburbs']);
/**
 * A town's institutions, named by the town they serve: "the central prison of Idlib", "Idlib's
 * central prison". A governorate's are named with "in" ("a hospital in Idlib"), which this leaves.
 */
const CITY_FACILITIES = new Set([
	'prison',
	'jail',
	'hospital',
	'university',
	'stadium',
	'museum',
	'courthouse',
	'municipality'
]);
/** Words set before the name with a comma that make it the city: "the province's center, Idlib". */
const CITY_APPOSITION = new Set(['capital', 'centre', 'center']);
/** Titles set right before the name that make it the city: "second city Aleppo", "capital Idlib". */
const CITY_TITLES = new Set(['city', 'capital']);
/** "the adjacent area in Aleppo", "neighbouring areas of Hama": an area beside others is a governorate. */
const AREA_NOUNS = new Set(['area', 'areas', 'region', 'regions', 'province', 'provinces', 'countryside']);
/** Compass words between "and" and "of": "southern Idlib and northwest of Hama". */
const COMPASS = new Set([...REGION_ADJECTIVES, 'north', 'south', 'east', 'west']);

/** The mention read just before, by its tokens, for the second name of a pair. */
export interface PreviousMention {
	first: number;
	last: number;
	/** Read as a governorate (a shared name's governorate, or a governorate's own alias). */
	governorate: boolean;
	/** Read so by the words around it, not by the pair's default. */
	byContext?: boolean;
}

/** Words that open a route by its two ends: "connecting Damascus to Aleppo", "between X and Y". */
const ROUTE_ENDS = new Set(['connecting', 'linking', 'between', 'from']);

/** How a bare shared name was read: `context` when words around it decided, `default` otherwise. */
export interface SeatReading {
	id: string;
	by: 'context' | 'default';
	/**
	 * The places that share the name exactly when none is a city and its governorate (two villages
	 * called al-Dana): `id` is a stand-in that `nearestHomonym` replaces by the article's other places.
	 */
	homonyms?: string[];
}

/**
 * Chooses between a city and the governorate it shares a bare name with ("Idlib", "Aleppo", "Hama").
 * Long forms ("Idlib city", "Idlib province") never come here: they are aliases of one place.
 *
 * The governorate wins when the name is followed by a province word ("Idlib countryside"), owns one
 * ("Aleppo's southern countryside"), ends a list that is followed by one ("Latakia, Hama, and Aleppo
 * provinces", "the Latakia, Hama and Aleppo regions"), follows a regional adjective ("northern Hama",
 * "western Aleppo") or a region noun and
 * "of" ("the countryside of Hama", "the provinces of Idleb and Hama"), is set beside a province ("Hama
 * and its neighbouring province"), follows an adjacent area ("the adjacent area in Aleppo") or
 * a part of a whole ("the area of Hama", "parts of Idlib"), has an administrative border or
 * district ("the administrative border of Idlib", "Aleppo's administrative district"), is joined
 * by "and" to a governorate just read ("southern Idlib and northwest of Hama") or to a name that
 * means its province alone ("in Hama and Idlib"), or locates by a compass word a governorate read
 * so from its words ("the area of Hama, south of Idlib"). The city wins
 * when "city" or "town" follows, when "and the <town|village|…> of" follows ("shelling of Idlib and
 * the town of Fuaa"), after "near" ("camps near Idlib"), when a named place is located from it by a
 * compass word ("Jisr al-Shughur, west of Idlib") or a distance is measured to it by one ("33
 * kilometers (21 miles) south of Idlib"), after a city part and "of" ("the outskirts of Idlib", "the
 * industrial capital of Aleppo"), in apposition to one ("the province's center, Idlib") or after a
 * city's title ("Syria's second city Aleppo"). Otherwise the pair's documented default (`bareName` on the city) applies, and
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
	previous?: PreviousMention,
	provinces?: ReadonlySet<string>
): SeatReading {
	const governorate: SeatReading = { id: governorateId, by: 'context' };
	const theCity: SeatReading = { id: city.id, by: 'context' };
	const gap = (a: number) => text.slice(tokens[a]!.end, tokens[a + 1]!.start);
	const before = tokens[first - 1];
	if (before && isJoiner(gap(first - 1)) && REGION_ADJECTIVES.has(before.text)) return governorate;
	if (regionOf(text, tokens, first) || administrativeOf(tokens, first)) return governorate;
	const [and, its, neighbouring] = [tokens[last + 1], tokens[last + 2], tokens[last + 3]];
	if (and?.text === 'and' && its?.text === 'its' && neighbouring && NEIGHBOURING.has(neighbouring.text))
		return governorate;
	const after = tokens[last + 1];
	if (after && isJoiner(gap(last))) {
		if (PROVINCE_WORDS.has(after.text)) return governorate;
		// SANA's "Hama northern countryside": a compass word between the name and its province word.
		const province = tokens[last + 2];
		if (
			REGION_ADJECTIVES.has(after.text) &&
			province &&
			PROVINCE_WORDS.has(province.text) &&
			/^ $/u.test(gap(last + 1))
		)
			return governorate;
		if (qualifiesASettlement(text, tokens, last + 1)) return governorate;
		if (CITY_WORDS.has(after.text)) return theCity;
	}
	if (possessedRegion(text, tokens, last)) return governorate;
	if (possessedFacility(text, tokens, last)) return theCity;
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
		if (LIST_UNIT_WORDS.has(t.text)) return governorate;
		const capitalised = UPPER.test(text[t.start] ?? '');
		if (!capitalised && !LIST_WORDS.has(t.text)) break;
	}
	const word = (k: number) => wordAt(tokens, k);
	const plain = (k: number) => spacedAfter(text, tokens, k);
	// "nearby provinces Aleppo and Latakia": a plural province word before the list.
	if ((word(first - 1) === 'provinces' || word(first - 1) === 'governorates') && plain(first - 1))
		return governorate;
	if (word(first - 1) === 'near' && plain(first - 1)) return theCity;
	if (word(first - 1) === 'of' && plain(first - 1) && CITY_OF.has(word(first - 2))) return theCity;
	if (word(first - 1) === 'of' && plain(first - 1) && CITY_FACILITIES.has(word(first - 2))) return theCity;
	if (CITY_APPOSITION.has(word(first - 1)) && /^\s*,\s*$/u.test(gap(first - 1))) return theCity;
	// "Syria's second city Aleppo", "the provincial capital Idlib": the name set after its title.
	if (CITY_TITLES.has(word(first - 1)) && /^[ ,]\s*$/u.test(gap(first - 1))) return theCity;
	// "parts of neighbouring Hama": a place set beside another as its neighbour is a governorate.
	if (NEIGHBOURING.has(word(first - 1)) && plain(first - 1)) return governorate;
	if (partOf(text, tokens, first)) return governorate;
	// "the area of Hama, south of Idlib": a governorate is located from a governorate, a town
	// from a town.
	if (placeLocatedFrom(text, tokens, first))
		return previous?.governorate && previous.byContext && previous.last === first - 3 ? governorate : theCity;
	if (measuredFrom(text, tokens, first)) return theCity;
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
	if (provinces && pairedWithProvince(text, tokens, first, last, provinces)) return governorate;
	return { id: city.bareName === 'governorate' ? governorateId : city.id, by: 'default' };
}

/**
 * Whether "and" or "or" joins the name to a bare name that means its province by default ("in Hama
 * and Idlib", "rural Hama and Idlib"): a pair names two of a kind, and "Idlib" alone is the province.
 * Not after the ends of a route ("between Aleppo and Idlib") nor before "city" or "town".
 */
function pairedWithProvince(
	text: string,
	tokens: Token[],
	first: number,
	last: number,
	provinces: ReadonlySet<string>
): boolean {
	const word = (k: number) => wordAt(tokens, k);
	const plain = (k: number) => /^ $/u.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start));
	if (word(last + 1) !== 'and' && word(last + 1) !== 'or') return false;
	const other = tokens[last + 2];
	if (!other || !plain(last) || !plain(last + 1) || !UPPER.test(text[other.start] ?? '')) return false;
	if (ROUTE_ENDS.has(word(first - 1)) || CITY_WORDS.has(word(last + 3))) return false;
	return provinces.has(other.text);
}

/** Per index, the bare names whose city reads as its province by default ("idlib"). */
const provinceDefaults = new WeakMap<AliasIndex, Set<string>>();

/**
 * The one-word names of `index` that mean the province by default: those a city with `bareName:
 * 'governorate'` shares with its governorate ("Idlib", "Idleb"), as token text.
 */
function provinceNames(index: AliasIndex): Set<string> {
	let names = provinceDefaults.get(index);
	if (!names) {
		names = new Set<string>();
		for (const city of index.places.values()) {
			if (city.bareName !== 'governorate' || !city.seatOf) continue;
			const governorate = new Set(index.places.get(city.seatOf)?.aliases ?? []);
			for (const alias of city.aliases) {
				const words = tokenize(alias);
				if (governorate.has(alias) && words.length === 1) names.add(words[0]!.text);
			}
		}
		provinceDefaults.set(index, names);
	}
	return names;
}

/**
 * Nouns that make a town's bare name the district it is the seat of, right after the name ("the Afrin
 * area", "Afrin region", "Afrin canton") or before it with "of" or "in" ("the region of Afrin", "the
 * Kurdish populated enclave in Afrin"). A district is known by its town's name with a word for ground
 * around it; a governorate's seat is not read so ("the Idlib area" is the city's surroundings as often
 * as the province), so these apply only where the seat's unit is a district.
 */
const DISTRICT_NOUNS = new Set(['region', 'area', 'enclave', 'district', 'canton']);

/**
 * Whether tokens `first`..`last`, a name a town shares with its district, are set beside a district
 * noun (`DISTRICT_NOUNS`) by single spaces: after the name, or before it with "of" or "in".
 */
function namesTheDistrict(text: string, tokens: Token[], first: number, last: number): boolean {
	const plain = (k: number) => k >= 0 && /^ $/u.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start));
	if (DISTRICT_NOUNS.has(wordAt(tokens, last + 1)) && plain(last)) return true;
	const link = wordAt(tokens, first - 1);
	return (
		(link === 'of' || link === 'in') &&
		DISTRICT_NOUNS.has(wordAt(tokens, first - 2)) &&
		plain(first - 2) &&
		plain(first - 1)
	);
}

/** Nouns of a part of a whole: "the area of Hama", "parts of Idlib", "areas in Hama". */
const PART_NOUNS = new Set(['area', 'areas', 'part', 'parts']);
/** Words before a part noun that make the parts a city's quarters: "residential areas". */
const QUARTER_WORDS = new Set(['residential', 'urban']);

/**
 * Whether the name follows a part noun and "of" or "in" ("the area of Hama", "other parts of
 * Idlib", "safe areas in Hama"): reporting speaks so of a governorate's ground; a city's quarters
 * are named as such ("residential areas of Aleppo") or with "city" after the name, which is an
 * alias of the city.
 */
function partOf(text: string, tokens: Token[], first: number): boolean {
	const part = wordBeforeLink(text, tokens, first, ['of', 'in']);
	return PART_NOUNS.has(part) && !QUARTER_WORDS.has(wordAt(tokens, first - 3));
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
 * city: `placeLocatedFrom` reads the city there; for a settlement the compass word decides nothing.
 * A capitalised word that opens its sentence ("Clearing north of Hama") names no place.
 */
function compassRegion(text: string, tokens: Token[], first: number): boolean {
	const before = beforeCompass(text, tokens, first);
	if (before === undefined) return false;
	const word = wordAt(tokens, before);
	if (measuredDistance(word) || SETTLEMENT_NOUNS.has(word) || SETTLEMENTS_NOUNS.has(word)) return false;
	return before < 0 || !placedByCompass(text, tokens, before);
}

/**
 * The token before a compass phrase that ends on the name ("<before> east of Idlib", "<before> to the
 * north of Hama"), or undefined when no compass word and "of" come right before the name.
 */
function beforeCompass(text: string, tokens: Token[], first: number): number | undefined {
	if (!COMPASS.has(wordBeforeLink(text, tokens, first))) return undefined;
	let before = wordAt(tokens, first - 3) === 'the' ? first - 4 : first - 3;
	if (wordAt(tokens, before) === 'to') before--;
	return before;
}

/** Whether a word ends a distance: a unit ("km", "miles") or a number ("15 east of"). */
function measuredDistance(word: string): boolean {
	return DISTANCE_WORDS.has(word) || /^\d/u.test(word);
}

/**
 * Whether a distance measures to the name by a compass word ("33 kilometers (21 miles) south of
 * Idlib", "10 km to the north of Hama"): distances are given from a town's centre, never from a
 * province, whose edge is nowhere in particular.
 */
function measuredFrom(text: string, tokens: Token[], first: number): boolean {
	const before = beforeCompass(text, tokens, first);
	return before !== undefined && before >= 0 && measuredDistance(wordAt(tokens, before));
}

/** Nouns of a named area a compass phrase may locate: "the Jabal Zawiya region south of Idlib". */
const NAMED_AREA_NOUNS = new Set(['region', 'area', 'plain', 'mountains', 'hills', 'valley', 'district']);

/**
 * Whether the name is where a named place is measured from: a named place, or a named area and its
 * noun, set right before a compass word and "of" ("Jisr al-Shughur, west of Idlib", "Morek north of
 * Hama", "the Jabal Zawiya region south of Idlib"). A place is located from a town, not from the
 * province it lies in, so the name is the city. A distance, a settlement noun or no name before the
 * compass word ("15 km east of Idlib", "a town east of Idlib", "in the south of Idlib") is left to
 * the other rules.
 */
function placeLocatedFrom(text: string, tokens: Token[], first: number): boolean {
	const compass = wordBeforeLink(text, tokens, first);
	if (!COMPASS.has(compass) || REGION_ADJECTIVES.has(compass)) return false;
	// "Maarat al-Numan to the south of Idlib" locates as "Maarat al-Numan, south of Idlib" does.
	const before = beforeCompass(text, tokens, first);
	return before !== undefined && before >= 0 && locatesFrom(text, tokens, before);
}

/** Whether the token at `before`, right before a compass phrase, ends a named place or area. */
function locatesFrom(text: string, tokens: Token[], at: number): boolean {
	let before = at;
	if (NAMED_AREA_NOUNS.has(wordAt(tokens, before)) && spacedAfter(text, tokens, before - 1)) {
		before--;
		if (before < 0 || !UPPER.test(text[tokens[before]!.start] ?? '')) return false;
	}
	return placedByCompass(text, tokens, before);
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
 * settlement is in. The name may open with a lower-case Arabic article ("the western Aleppo city of
 * al-Atareb").
 */
export function qualifiesASettlement(text: string, tokens: Token[], k: number): boolean {
	const [word, of, name, after] = [tokens[k], tokens[k + 1], tokens[k + 2], tokens[k + 3]];
	const capitalised = (t: Token | undefined) => !!t && UPPER.test(text[t.start] ?? '');
	const articled =
		!!name &&
		!!after &&
		isArabicArticle(name.text) &&
		/^[-\u2010\u2011]$/u.test(text.slice(name.end, after.start)) &&
		capitalised(after);
	return (
		!!word &&
		!!of &&
		!!name &&
		(CITY_WORDS.has(word.text) || word.text === 'village') &&
		of.text === 'of' &&
		/^ $/.test(text.slice(word.end, of.start)) &&
		/^ $/.test(text.slice(of.end, name.start)) &&
		(capitalised(name) || articled)
	);
}

/** How large a kind of settlement is, for the stand-in among places that share a name. */
const SETTLEMENT_RANK = ['capital', 'city', 'town', 'village'];

/**
 * Places sharing a name, the largest settlement first: with nothing else to go on, a report naming
 * al-Dana means the town by Sarmada rather than the village of the same name (`nearestHomonym`).
 */
function largestFirst(ids: string[], index: AliasIndex): string[] {
	const rank = (id: string) => {
		const k = SETTLEMENT_RANK.indexOf(index.places.get(id)?.kind ?? '');
		return k < 0 ? SETTLEMENT_RANK.length : k;
	};
	return [...ids].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

export function resolve(
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
	if (!city?.seatOf) return { id: largestFirst(candidates, index)[0]!, by: 'context', homonyms: candidates };
	if (index.places.get(city.seatOf)?.kind === 'district' && namesTheDistrict(text, tokens, first, last))
		return { id: city.seatOf, by: 'context' };
	return resolveSeatPair(
		text,
		tokens,
		first,
		last,
		city,
		city.seatOf,
		afterGovernorate,
		previous,
		provinceNames(index)
	);
}

/**
 * One sense per article for a name whose default is the city: a bare "Hama" that no words around it
 * decide is the governorate when the same article reads that name as the governorate elsewhere
 * ("Hama Province", "the countryside of Hama") and never as the city ("the showdown in Hama" in a
 * report from the province's front). Idlib, whose default is already the governorate, is not changed.
 */
export function readAsTheArticleDoes(mentions: Mention[], readings: SeatReading[], index: AliasIndex): void {
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
