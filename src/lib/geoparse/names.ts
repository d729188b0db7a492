/**
 * Where a matched name starts and ends: the leading words an alias may carry ("the town of", "Turkish
 * observation post at") and the descriptors after it are not part of the name a reader sees.
 */
import { isJoiner, tokenize, type Token } from '../core/fold';
import { isArabicArticle } from '../core/variants';
import { walkTrie } from './trie';
import type { AliasIndex } from './types';
import { REGION_ADJECTIVES } from './words';

/**
 * Words that describe a place rather than name it. The span convention (README, "How places are
 * found"): a mention is the place's name. The words around it that an alias may carry to choose the
 * place ("the province of Idlib", "southern Aleppo countryside", "Hama and Aleppo provinces", "the
 * town of Morek", "the observation post at Morek", "Hmeimim air base", "Bab al-Hawa border
 * crossing", "Turkish observation posts") still choose it, but are left out of the span. Two kinds of
 * words stay:
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
/** Words an alias may open with before "at", "in", "near" or "of": "observation post at", "naval base in". */
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
const LEADING_PREPOSITIONS = new Set(['at', 'in', 'of', 'near']);
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
	'border',
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

/** The unit words a span keeps after a name (`LEADING_OF`'s singulars). */
const UNIT_WORDS = new Set(['province', 'governorate', 'city']);

/**
 * Whether `word` is a region adjective that is part of the place's own name: an alias of the place starts
 * with it, and the name the rest of that alias carries is not the name of another alias of the place
 * that does not start with an adjective ("Eastern Ghouta", "Rural Damascus"; but a governorate's
 * "northern Hama" beside "Hama province", whose "Hama" names it alone). Such a place keeps the
 * adjective in its span, which `nameSpan` would otherwise leave out as a description of where in it.
 */
export function adjectiveNamesPlace(word: string, aliases: readonly string[]): boolean {
	if (!REGION_ADJECTIVES.has(word)) return false;
	const named = (tokens: Token[], from: number) => {
		const [a, last] = nameSpan(tokens, from, tokens.length - 1);
		// "Hama province" names the place "Hama" too: the unit word kept in a span is no word of the name.
		const b = last > a && UNIT_WORDS.has(tokens[last]!.text) ? last - 1 : last;
		return tokens
			.slice(a, b + 1)
			.map((t) => t.text)
			.join(' ');
	};
	const tokenized = aliases.map((alias) => tokenize(alias)).filter((ts) => ts.length > 0);
	const plain = new Set(
		tokenized.filter((ts) => !REGION_ADJECTIVES.has(ts[0]!.text)).map((ts) => named(ts, 0))
	);
	return tokenized.some((ts) => ts.length > 1 && ts[0]!.text === word && !plain.has(named(ts, 1)));
}

/**
 * Where the name sits inside an alias written on its own: what `findMentions` reports as the span when
 * it matches the alias ("province of Idlib" → "Idlib", "Idlib province" → all of it). Given the aliases
 * of the place it names, a leading region adjective that is a word of the place's own name
 * (`adjectiveNamesPlace`: "Eastern Ghouta") stays in the span, as `findMentions` keeps it.
 */
export function aliasNameRange(alias: string, aliases?: readonly string[]): { start: number; end: number } {
	const tokens = tokenize(alias);
	if (tokens.length === 0) return { start: 0, end: alias.length };
	const [first, last] = nameSpan(tokens, 0, tokens.length - 1);
	const keepsAdjective = first === 1 && !!aliases && adjectiveNamesPlace(tokens[0]!.text, aliases);
	return { start: tokens[keepsAdjective ? 0 : first]!.start, end: tokens[last]!.end };
}

/**
 * "northern Hama province": the alias "northern Hama" matched from the adjective, but the name and
 * the singular province word after it are an alias of the same place ("Hama province"), which the
 * span convention keeps whole as the unit's own name. The longer alias, when there is one.
 */
export function unitNameAfter(
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
