/**
 * The geoparser: finds every mention of every indexed place in a text. This module walks the text and
 * decides; the readings it applies live beside it (see each import), and its public face is here.
 */
import { isJoiner, tokenize } from '../core/fold';
import { anchoredHeadsLinked, anchorsReadAsTheirBase, pluralBeforeAgreement } from './anchors';
import { nearestHomonym } from './homonyms';
import { adjectiveNamesPlace, nameSpan, unitNameAfter } from './names';
import { ownedByAnother, postByContext, postNameAt, postsIntroduceList, speaksOfPost } from './posts';
import {
	compoundRoad,
	inCompound,
	listOfGovernorates,
	provinceOfAnUnknownGovernorate,
	qualifiesASettlement,
	readAsTheArticleDoes,
	resolve,
	roadWordAfter,
	type PreviousMention,
	type SeatReading
} from './regions';
import {
	AUTOMATIC_SKELETON_LETTERS,
	automaticSkeletonWord,
	matchFeminine,
	matchJoined,
	matchSpelling,
	shortKey,
	skeletonLetters,
	skeletonOrFeminine
} from './spelling';
import { friendGap, walkTrie } from './trie';
import {
	afterGivenName,
	foreignBySpellingAlone,
	halfOfNamedVillage,
	inContextOnly,
	introducedSettlements,
	namesASibling,
	namesAnInstitution,
	titledPerson,
	trustedAutomatic,
	withoutSurnames,
	wordsKey,
	type ShortName
} from './trust';
import type { AliasIndex, Mention } from './types';
import { listHead } from './words';

/** Kinds of curated place whose halves reporting may name ("Lahaya Gharbiyah, Lahaya Sharqiyah"). */
const SETTLEMENTS = new Set(['village', 'town']);

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
	/** Where automatic names matched only by spelling key start (see `foreignBySpellingAlone`). */
	const loose = new Set<number>();
	/** Family names written after a given name ("Fawaz Atmeh"), by folded words (see `withoutSurnames`). */
	const surnames = new Map<string, readonly string[]>();
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
		// A post's name is the post's before it is a community's: "Surman" of the Surman observation post.
		const communityPost =
			match && match.places.every((id) => index.places.get(id)?.contextOnly)
				? postNameAt(text, tokens, i, index)
				: undefined;
		if (communityPost) {
			const [start, end] = [tokens[i]!.start, tokens[communityPost.last]!.end];
			mentions.push({ place: communityPost.place, start, end, surface: text.slice(start, end) });
			readings.push({ id: communityPost.place, by: 'context' });
			i = communityPost.last + 1;
			continue;
		}
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
				!namesAnInstitution(text, tokens, i, short.last)
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
		// A community yields to any other place of the name; one alone is linked only in place context.
		const known = match.places.filter((id) => !index.places.get(id)?.contextOnly);
		const places = curated.length ? curated : known.length ? known : match.places;
		const trust = curated.length
			? 'yes'
			: inContextOnly(trustedAutomatic(text, tokens, i, match.last, match.exact), places, index);
		if (afterGivenName(text, tokens, i, match.last, places, index)) {
			const key = wordsKey(tokens.slice(i, match.last + 1));
			surnames.set(key, [...(surnames.get(key) ?? []), ...places]);
			i = match.last + 1;
			continue;
		}
		if (titledPerson(text, tokens, i, match.last, places, index)) {
			i = match.last + 1;
			continue;
		}
		const institution = namesAnInstitution(text, tokens, i, match.last);
		// "Lahaya Gharbiyah, Lahaya Sharqiyah": a curated village told in its halves is the village.
		const half =
			curated.length === 1 && !institution && SETTLEMENTS.has(index.places.get(curated[0]!)?.kind ?? '')
				? halfOfNamedVillage(text, tokens, i, match.last)
				: -1;
		if (half >= 0) {
			const [start, end] = [tokens[i]!.start, tokens[half]!.end];
			mentions.push({ place: curated[0]!, start, end, surface: text.slice(start, end) });
			readings.push({ id: curated[0]!, by: 'context' });
			i = half + 1;
			continue;
		}
		if (institution || namesASibling(text, tokens, match.last) || trust !== 'yes') {
			if (trust === 'short' && !institution)
				shortNames.push({ first: i, last: match.last, places, key: shortKey(text, tokens, i, match.last) });
			i = match.last + 1;
			continue;
		}
		// "the M4-M5 highways" are two roads, not a road between two places.
		const roads = places.every((id) => index.places.get(id)?.kind === 'highway');
		if (roads) match.last = roadWordAfter(text, tokens, match.last, true);
		if (!roads && inCompound(text, tokens, i, match.last)) {
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
		const reading: SeatReading =
			qualifying && seat
				? { id: seat, by: 'context' }
				: resolve(text, tokens, i, match.last, places, index, afterGovernorate, previous);
		// "the provinces of Homs, Damascus and Daraa": a governorate word over a list makes each bare name
		// the governorate of that name, where the map has one and it shares no bare alias with the town.
		const unit = index.governorateNamed.get(wordsKey(tokens.slice(i, match.last + 1)));
		if (
			unit &&
			unit !== reading.id &&
			index.places.get(reading.id)?.kind !== 'governorate' &&
			listOfGovernorates(text, tokens, i, match.last)
		) {
			reading.id = unit;
			reading.by = 'context';
		}
		const resolved = reading.id;
		// "Eastern Ghouta": the adjective that `nameSpan` left out is a word of this place's name.
		if (
			nameFirst > i &&
			adjectiveNamesPlace(tokens[nameFirst - 1]!.text, index.places.get(resolved)?.aliases ?? [])
		)
			nameFirst--;
		const start = tokens[nameFirst]!.start;
		const end = tokens[nameLast]!.end;
		if (index.seats.has(resolved)) afterGovernorate = match.last + 1;
		previous = {
			first: i,
			last: match.last,
			governorate: index.seats.has(resolved),
			byContext: reading.by === 'context'
		};
		const post = index.hostedPost.get(resolved);
		const head = post ? listHead(text, tokens, i) : i;
		const meansPost =
			!!post &&
			(speaksOfPost(text, tokens, i, match.last) ||
				postByContext(text, tokens, i, match.last) ||
				(head < i && postsIntroduceList(text, tokens, head)));
		if (!match.exact && !curated.length) loose.add(start);
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
	nearestHomonym(mentions, readings, index);
	anchorsReadAsTheirBase(text, mentions, index);
	const introduced = introducedSettlements(text, tokens, shortNames, index, mentions);
	for (const m of introduced) loose.add(m.start);
	const later = [...introduced, ...anchoredHeadsLinked(heads, mentions, index)];
	const all = later.length ? [...mentions, ...later].sort((a, b) => a.start - b.start) : mentions;
	return withoutSurnames(text, tokens, foreignBySpellingAlone(all, loose, index), surnames);
}

export type { AliasIndex, GazetteerPlace, Mention } from './types';
export { buildAliasIndex } from './alias-index';
export { aliasNameRange, nameSpan } from './names';
export { AUTOMATIC_SKELETON_LETTERS } from './spelling';
export { FAR_FROM_THE_ARTICLE_KM, farFromTheArticle } from './trust';
