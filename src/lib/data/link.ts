/**
 * Linking an article to places: the geoparser's mentions, with the ones in the dateline marked, because
 * a dateline says where a story was filed, not what it is about. Every consumer (the build, ingest, the
 * evaluation) links through here, so they agree on what counts.
 */
import { datelineEnd } from '../corpus/clean';
import { findMentions, type AliasIndex, type Mention } from '../geoparse/match';

/** The article's place mentions, in text order, those inside its dateline with `role: "dateline"`. */
export function linkArticle(body: string, index: AliasIndex): Mention[] {
	const mentions = findMentions(body, index);
	const end = datelineEnd(body);
	return end ? mentions.map((m) => (m.end <= end ? { ...m, role: 'dateline' as const } : m)) : mentions;
}

/** Whether a mention links its article to the place (in the panel, the counts and the lists): datelines do not. */
export function isLink(m: Mention): boolean {
	return m.role !== 'dateline';
}
