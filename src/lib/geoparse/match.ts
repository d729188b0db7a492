import { isJoiner, tokenize, type Token } from './fold';

/** What the geoparser needs to know about a place. */
export interface GazetteerPlace {
	id: string;
	aliases: string[];
	/** For a city that shares its bare name with its governorate: the governorate's id. */
	seatOf?: string;
	/** What the shared bare name means when the context does not say: defaults to the city. */
	bareName?: 'city' | 'governorate';
}

/** One place named in a text. `text.slice(start, end) === surface`; UTF-16 offsets, `end` exclusive. */
export interface Mention {
	place: string;
	start: number;
	end: number;
	surface: string;
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
	places: Map<string, GazetteerPlace>;
}

/** Builds the alias trie. Aliases that fold to the same tokens share a node listing each place once. */
export function buildAliasIndex(places: readonly GazetteerPlace[]): AliasIndex {
	const root = new Map<string, TrieNode>();
	const byId = new Map<string, GazetteerPlace>();
	for (const place of places) {
		byId.set(place.id, place);
		for (const alias of place.aliases) {
			const words = tokenize(alias).map((t) => t.text);
			if (words.length === 0) continue;
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
			if (node && !node.places.includes(place.id)) node.places.push(place.id);
		}
	}
	return { root, places: byId };
}

const PROVINCE_WORDS = new Set(['province', 'provinces', 'governorate', 'governorates', 'countryside']);
const CITY_WORDS = new Set(['city', 'town']);
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
const LIST_GAP = /^[\s,]{1,3}$/u;
const UPPER = /\p{Lu}/u;

/**
 * Chooses between a city and the governorate it shares a bare name with ("Idlib", "Aleppo", "Hama").
 * Long forms ("Idlib city", "Idlib province") never come here: they are aliases of one place.
 *
 * The governorate wins when the name is followed by a province word ("Idlib countryside"), ends a list
 * that is followed by one ("Latakia, Hama, and Aleppo provinces"), or follows a regional adjective
 * ("northern Hama", "western Aleppo"). The city wins when "city" or "town" follows. Otherwise the
 * pair's documented default (`bareName` on the city) applies: in 2018–2020 reporting a bare "Idlib"
 * means the province, a bare "Aleppo" the city.
 */
function resolveSeatPair(
	text: string,
	tokens: Token[],
	first: number,
	last: number,
	city: GazetteerPlace,
	governorateId: string
): string {
	const gap = (a: number) => text.slice(tokens[a]!.end, tokens[a + 1]!.start);
	const before = tokens[first - 1];
	if (before && isJoiner(gap(first - 1)) && REGION_ADJECTIVES.has(before.text)) return governorateId;
	const after = tokens[last + 1];
	if (after && isJoiner(gap(last))) {
		if (PROVINCE_WORDS.has(after.text)) return governorateId;
		if (CITY_WORDS.has(after.text)) return city.id;
	}
	for (let k = last + 1; k < tokens.length && k <= last + 12; k++) {
		const t = tokens[k]!;
		if (!LIST_GAP.test(gap(k - 1)) && !isJoiner(gap(k - 1))) break;
		if (t.text === 'provinces' || t.text === 'governorates') return governorateId;
		const capitalised = UPPER.test(text[t.start] ?? '');
		if (!capitalised && !LIST_WORDS.has(t.text)) break;
	}
	return city.bareName === 'governorate' ? governorateId : city.id;
}

function resolve(
	text: string,
	tokens: Token[],
	first: number,
	last: number,
	candidates: string[],
	index: AliasIndex
): string {
	if (candidates.length === 1) return candidates[0]!;
	const city = candidates
		.map((id) => index.places.get(id))
		.find((p) => p?.seatOf && candidates.includes(p.seatOf));
	if (!city?.seatOf) return [...candidates].sort()[0]!;
	return resolveSeatPair(text, tokens, first, last, city, city.seatOf);
}

/**
 * Finds every mention of every indexed place in `text`. Case and diacritics are folded; a name only
 * matches whole words ("Idlibi" is not Idlib); where aliases overlap the longest one starting at the
 * leftmost position wins, so "Idlib province" is one mention of the province, never also of "Idlib".
 * Mentions are returned in text order and never overlap.
 */
export function findMentions(text: string, index: AliasIndex): Mention[] {
	const tokens = tokenize(text);
	const mentions: Mention[] = [];
	let i = 0;
	while (i < tokens.length) {
		let level = index.root;
		let matchEnd = -1;
		let matchPlaces: string[] = [];
		for (let j = i; j < tokens.length; j++) {
			if (j > i && !isJoiner(text.slice(tokens[j - 1]!.end, tokens[j]!.start))) break;
			const node = level.get(tokens[j]!.text);
			if (!node) break;
			if (node.places.length > 0) {
				matchEnd = j;
				matchPlaces = node.places;
			}
			level = node.next;
		}
		if (matchEnd < 0) {
			i++;
			continue;
		}
		const start = tokens[i]!.start;
		const end = tokens[matchEnd]!.end;
		mentions.push({
			place: resolve(text, tokens, i, matchEnd, matchPlaces, index),
			start,
			end,
			surface: text.slice(start, end)
		});
		i = matchEnd + 1;
	}
	return mentions;
}
