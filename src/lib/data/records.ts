/**
 * The build's per-article stage: geoparsing, linking and event extraction of one article, as a pure
 * function of the article and a context built once from the places. Everything the build does per
 * article that costs anything runs through `articleRecord`, whether in the main thread, in a worker
 * thread, from the content-hash cache or on another machine (`--shard`), so all of them give the same
 * records.
 */
import type { EventRecord } from '../events/schema';
import { buildAliasIndex, type AliasIndex, type GazetteerPlace, type Mention } from '../geoparse/match';
import type { Place, PlaceKind } from '../places/schema';
import { articleEvents } from './extracted';
import { linkArticle } from './link';

/**
 * What the per-article stage reads of an article, and nothing else: a cache keyed by these fields (and
 * the places) can never serve a record that the article's other fields (title, outlet) would change.
 */
export interface RecordInput {
	id: string;
	body: string;
	published: string;
}

/** What one article yields: its place mentions in text order, and the events found in its text. */
export interface ArticleRecord {
	mentions: Mention[];
	/** Unreviewed event records, before the reviewed files are consulted (`withoutReviewed`). */
	events: EventRecord[];
}

/**
 * What the stage reads of a place: the geoparser's fields (the geometry, point, line or outline, for
 * the distance from an unknown village to the article's other places; an automatic place's sources,
 * whose GeoNames line gives its country), and the kind and name extraction reads. Contexts are built
 * only from these copies, so a field left out here (a curated place's sources) cannot change a
 * record, and hashing them
 * (`server/record-keys.ts`) covers everything a place contributes. Ingest and the evaluation build
 * their geoparser from the same copies, so that they link as the site's build does.
 */
export type RecordPlace = GazetteerPlace & Pick<Place, 'name' | 'kind'>;

/** The fields of each place the stage reads (see `RecordPlace`), those a place has, in a fixed order. */
export function recordPlaces(places: readonly Place[]): RecordPlace[] {
	return places.map(
		({
			id,
			name,
			kind,
			aliases,
			seatOf,
			bareName,
			curation,
			host,
			population,
			geometry,
			sources,
			contextOnly
		}) => {
			const out: RecordPlace = { id, name, kind, aliases };
			if (seatOf !== undefined) out.seatOf = seatOf;
			if (bareName !== undefined) out.bareName = bareName;
			if (curation !== undefined) out.curation = curation;
			// The geoparser reads an automatic place's country from its GeoNames source line (`isRomanisedAutomatic`).
			if (curation === 'automatic') out.sources = sources;
			if (host !== undefined) out.host = host;
			if (population !== undefined) out.population = population;
			if (contextOnly) out.contextOnly = contextOnly;
			// Every geometry: the distance check measures to a governorate's or zone's outline.
			if (geometry) out.geometry = { type: geometry.type, coordinates: geometry.coordinates };
			return out;
		}
	);
}

/** What the stage needs besides the article, built once per thread from the linkable places. */
export interface RecordContext {
	index: AliasIndex;
	placeKind: (id: string) => PlaceKind | undefined;
	nameOf: (id: string) => string;
}

/**
 * The context for the linkable places (curated and automatic, see `linkablePlaces`). A mention only
 * ever names one of them, so the kinds and names extraction reads are theirs.
 */
export function recordContext(places: readonly RecordPlace[]): RecordContext {
	const byId = new Map(places.map((p) => [p.id, p]));
	return {
		index: buildAliasIndex(places),
		placeKind: (id) => byId.get(id)?.kind,
		nameOf: (id) => byId.get(id)?.name ?? id
	};
}

/** The fields of an article the stage reads (see `RecordInput`), copied out of a larger record. */
export function recordInput({ id, body, published }: RecordInput): RecordInput {
	return { id, body, published };
}

/** Geoparses, links and extracts one article. */
export function articleRecord(article: RecordInput, context: RecordContext): ArticleRecord {
	const mentions = linkArticle(article.body, context.index);
	const events = articleEvents({ ...article, mentions }, context.placeKind, context.nameOf);
	return { mentions, events };
}
