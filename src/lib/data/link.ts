/**
 * Linking an article to places: the geoparser's mentions, with the ones in the dateline marked, because
 * a dateline says where a story was filed, not what it is about. Every consumer (the build, ingest, the
 * evaluation) links through here, so they agree on what counts.
 */
import { variantKey } from '../core/variants';
import { datelineSpan } from '../corpus/clean';
import { farFromTheArticle, findMentions, type AliasIndex, type Mention } from '../geoparse/match';

/**
 * The article's place mentions, in text order, those inside its dateline with `role: "dateline"`, less
 * the unknown automatic villages far from every other place of the article (`farFromTheArticle`). A
 * story is filed from a town, so a bare name that a city shares with its governorate ("IDLIB, Syria")
 * is the city there, whatever the pair's default for running text.
 */
export function linkArticle(body: string, index: AliasIndex): Mention[] {
	const mentions = findMentions(body, index);
	const span = datelineSpan(body);
	if (!span) return farFromTheArticle(mentions, index);
	const marked = mentions.map((m) =>
		m.start >= span.start && m.end <= span.end
			? { ...m, place: filedFrom(m, index), role: 'dateline' as const }
			: m
	);
	return farFromTheArticle(marked, index);
}

/** The city a dateline's bare seat name stands for, or the mention's own place. */
function filedFrom(m: Mention, index: AliasIndex): string {
	// By spelling key, as the geoparser matched it: "EDLEB" is the city of Idlib.
	const surface = variantKey(m.surface);
	for (const p of index.places.values())
		if (p.seatOf === m.place && p.aliases.some((a) => variantKey(a) === surface)) return p.id;
	return m.place;
}

/** Whether a mention links its article to the place (in the panel, the counts and the lists): datelines do not. */
export function isLink(m: Mention): boolean {
	return m.role !== 'dateline';
}
