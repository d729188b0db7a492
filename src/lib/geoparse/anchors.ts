/**
 * Names that link only beside another: generic heads with their anchors, a town's name read as its
 * base, and plural zones before an agreement noun.
 */
import { foldText, isJoiner, type Token } from '../core/fold';
import type { AliasIndex, Mention } from './types';

/**
 * The generic heads met (`AliasIndex.anchoredHeads`) that the article anchors: it names the head's
 * place or one of its anchors elsewhere ("a secure corridor would be established along the east-west
 * highway", the highway being the M4). "The security corridor" of a report on north-eastern Syria,
 * with no M4 in it, links nothing.
 */
export function anchoredHeadsLinked(
	heads: Mention[],
	mentions: readonly Mention[],
	index: AliasIndex
): Mention[] {
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
export function anchorsReadAsTheirBase(text: string, mentions: Mention[], index: AliasIndex): void {
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
export function pluralBeforeAgreement(
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
