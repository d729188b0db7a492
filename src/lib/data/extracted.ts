/**
 * The events the build finds in the corpus's own text (see `events/extract.ts`), as event records beside
 * the reviewed ones: marked `extracted`, with the extractor's confidence and the article sentence as
 * their source. A reviewed event saying the same thing wins, so the two never stand side by side.
 */
import { extractEvents, type EventCandidate } from '../events/extract';
import type { EventKind } from '../events/kinds';
import { isArticleSource, type EventRecord } from '../events/schema';
import type { Place, PlaceKind } from '../places/schema';
import type { Mention } from '../geoparse/match';

/** What a label says each kind did to its places. */
const KIND_WORDS: Record<EventKind, string> = {
	captured: 'captured',
	recaptured: 'recaptured',
	entered: 'entered',
	attacked: 'attacked',
	deployed: 'forces deployed',
	'post-established': 'post set up',
	'post-surrounded': 'post surrounded',
	'post-withdrawn': 'post withdrawn',
	'zone-established': 'zone in force',
	agreement: 'agreement',
	ceasefire: 'ceasefire',
	talks: 'talks'
};

/** FNV-1a over UTF-16 units, base 36: short, stable across runs and machines, no crypto needed for an id. */
function hash(text: string): string {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193) >>> 0;
	}
	return h.toString(36);
}

/**
 * The id of an extracted event: readable (its first place and kind) and stable, derived from the article,
 * the sentence's start in its body, the place and the kind, so a rebuild of unchanged text gives the same
 * id and a curator can name it to `npm run events -- accept`.
 */
export function extractedEventId(article: string, start: number, place: string, kind: EventKind): string {
	const slug = place
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
	return `${slug || 'place'}-${kind}-x${hash(`${article}|${start}|${place}|${kind}`)}`;
}

/** A label from the place names and the kind, within the 120 characters a label may have. */
export function extractedLabel(names: readonly string[], kind: EventKind): string {
	const label = `${names.join(', ')}: ${KIND_WORDS[kind]}`;
	return label.length <= 120 ? label : `${label.slice(0, 119)}…`;
}

/** One candidate of an article as an event record, unreviewed. */
export function candidateRecord(
	article: string,
	candidate: EventCandidate,
	nameOf: (id: string) => string
): EventRecord {
	const { places, kind, date, datePrecision, start, end, sentence, confidence, dateEvidence } = candidate;
	return {
		id: extractedEventId(article, start, places[0]!, kind),
		places: [...places],
		date,
		datePrecision,
		kind,
		label: extractedLabel(places.map(nameOf), kind),
		source: { article, start, end, sentence },
		note: `Found by the extractor ("${candidate.trigger}"); date: ${dateEvidence}.`,
		extracted: true,
		confidence
	};
}

/** What extraction reads of an article besides its text: its id, date and mentions. */
export interface ExtractedArticle {
	id: string;
	body: string;
	published: string;
	mentions: readonly Mention[];
}

/** The candidate events of one article, as unreviewed event records in text order. */
export function articleEvents(
	article: ExtractedArticle,
	placeKind: (id: string) => PlaceKind | undefined,
	nameOf: (id: string) => string
): EventRecord[] {
	const { id, body, mentions, published } = article;
	return extractEvents({ body, mentions, published, placeKind }).map((c) => candidateRecord(id, c, nameOf));
}

/** The candidate events of every article, as unreviewed event records in article order. */
export function extractedEvents(
	articles: readonly ExtractedArticle[],
	places: readonly Place[]
): EventRecord[] {
	const byId = new Map(places.map((p) => [p.id, p]));
	const placeKind = (id: string): PlaceKind | undefined => byId.get(id)?.kind;
	const nameOf = (id: string) => byId.get(id)?.name ?? id;
	return articles.flatMap((a) => articleEvents(a, placeKind, nameOf));
}

/**
 * The reviewed event that already says what an extracted one says at `place`: the same place and kind,
 * and either the same article sentence or the same date (and precision).
 */
export function reviewedDuplicate(
	extracted: EventRecord,
	place: string,
	reviewed: readonly EventRecord[]
): EventRecord | undefined {
	const source = extracted.source;
	return reviewed.find((r) => {
		if (r.extracted || r.kind !== extracted.kind || !r.places.includes(place)) return false;
		if (r.date === extracted.date && r.datePrecision === extracted.datePrecision) return true;
		return (
			isArticleSource(source) &&
			isArticleSource(r.source) &&
			r.source.article === source.article &&
			r.source.start === source.start &&
			r.source.end === source.end
		);
	});
}

/**
 * The extracted events a reviewed file does not already hold: each place a reviewed event covers (same
 * place and kind, same sentence or same date) is dropped from the extracted event, and an event left
 * with no place is dropped whole. Its id stays as it was, so accepting it later finds it again.
 */
export function withoutReviewed(
	extracted: readonly EventRecord[],
	reviewed: readonly EventRecord[]
): EventRecord[] {
	return extracted.flatMap((e) => {
		const places = e.places.filter((p) => !reviewedDuplicate(e, p, reviewed));
		if (!places.length) return [];
		return [places.length === e.places.length ? e : { ...e, places }];
	});
}
