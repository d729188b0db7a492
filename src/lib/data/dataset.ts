import { parseArticle, type Article } from '../corpus/article';
import type { DatePrecision } from '../core/dates';
import type { Mention } from '../geoparse/match';
import { isLink } from './link';
import { automaticPlaces, parseAutomaticReview, type AutomaticReview } from '../places/automatic';
import { communityPlaces, parseCommunities } from '../places/communities';
import FALSE_FRIENDS from '../geoparse/false-friends.json' with { type: 'json' };
import type { GeoNamesCity } from '../places/geonames';
import type { Place, PlaceGeometry } from '../places/schema';
import { validatePlaces, type SourceFile } from '../places/validate';
import { DataError, type DataIssue } from '../core/errors';
import type { EventRecord } from '../events/schema';
import { sortEvents, validateEvents } from '../events/validate';
import { withoutReviewed } from './extracted';
import { articleRecord, recordContext, recordPlaces, type ArticleRecord } from './records';
import { validateOutlets, type CuratedOutlet } from '../corpus/outlets';

/** An article as published: in its shard (`data/articles/<n>.json`) and by `npm run export:articles`. */
export interface PublishedArticle {
	id: string;
	title: string;
	outlet: string;
	published: string;
	datePrecision: DatePrecision;
	url?: string;
	byline?: string;
	dateEvidence?: string;
	body: string;
	mentions: Mention[];
	/**
	 * Set for an article of the curated corpus (`geodata/articles/<id>.md`), which has a prerendered
	 * reader page at `articles/<id>`; absent for a bulk-ingested one (`geodata/bulk/`), which the shard
	 * reader (`read?id=<id>`) shows. Every article can be read there (`view/reader-url.ts`).
	 */
	curated?: true;
	/**
	 * Set when `body` holds the excerpts only (a build with `SITE_TEXT=excerpts`, see `excerpts-only.ts`):
	 * the sentences that name its places and report its events, each its own paragraph.
	 */
	excerptsOnly?: true;
}

/**
 * The form of `data/places.geojson` (its `format`). Form 1 (no `format` field) listed under each place
 * the ids of every article naming it, which grew with the corpus and made every build that adds
 * articles rewrite the whole file; form 2 gives their count, and the ids are in the place's panel
 * pages (`data/places/<id>/head.json` and the sealed pages its table lists).
 */
export const PLACES_FORMAT = 2;

/** The properties of a place as published in `data/places.geojson`. */
export type PublishedPlaceProperties = Omit<
	Place,
	'id' | 'file' | 'geometry' | 'population' | 'contextOnly'
> & {
	/** How many articles name this place (a dateline does not count). */
	articleCount: number;
	/** Number of mentions across all articles. */
	mentionCount: number;
};

export interface PublishedPlace {
	type: 'Feature';
	id: string;
	geometry: PlaceGeometry;
	properties: PublishedPlaceProperties;
}

export interface PlacesCollection {
	type: 'FeatureCollection';
	/** A foreign member (RFC 7946, section 6.1): the file's form, `PLACES_FORMAT`. */
	format: typeof PLACES_FORMAT;
	features: PublishedPlace[];
}

/** The corpus and its places after validation and geoparsing: what every consumer reads. */
export interface Dataset {
	places: Place[];
	articles: PublishedArticle[];
	/**
	 * Every event, oldest first: the reviewed ones from `geodata/events/`, and those found in the articles'
	 * text (`extracted: true`) that no reviewed event already holds.
	 */
	events: EventRecord[];
	/** The curated outlets (`geodata/outlets.json`); none when absent, and every outlet is then not classified. */
	outlets?: CuratedOutlet[];
}

/** The raw inputs: every `geodata/*.geojson`, every `geodata/articles/*.md`, and the review of automatic places. */
export interface DatasetSources {
	placeFiles: SourceFile[];
	articleFiles: SourceFile[];
	/** `geodata/automatic-places.json`, when there is one. */
	automaticReview?: SourceFile;
	/** `geodata/communities.json`, the north-west's communities (`places/communities.ts`), when there is one. */
	communities?: SourceFile;
	/** The reviewed event files, `geodata/events/*.json`. */
	eventFiles?: SourceFile[];
	/** `geodata/outlets.json`, the curated outlets and their kinds, when there is one. */
	outletFile?: SourceFile;
	/**
	 * The articles of the bulk store (`geodata/bulk/*.parquet`), already checked row by row where they
	 * were read (`server/bulk-store.ts`); each has its `row`.
	 */
	bulkArticles?: Article[];
}

function byDateThenId(a: Article, b: Article): number {
	return a.published.localeCompare(b.published) || a.id.localeCompare(b.id);
}

/**
 * Every place an article can link to: the curated places (with the names a curator merged into them),
 * the automatic places from GeoNames that no curated place covers, and the communities of the
 * north-west (`communitiesFile`, when given) that neither covers, under the names only they hold and
 * linked only in place context (`places/communities.ts`). The given names the geoparser knows are
 * family names too, so no community is linked under one.
 */
export function linkablePlaces(
	curated: readonly Place[],
	reviewFile: SourceFile | undefined,
	geonames: readonly GeoNamesCity[],
	issues: DataIssue[],
	communitiesFile?: SourceFile
): Place[] {
	const review: AutomaticReview = reviewFile
		? parseAutomaticReview(reviewFile.file, reviewFile.text, issues)
		: { suppress: [], rename: [], merge: [] };
	const automatic = automaticPlaces(geonames, curated, review, reviewFile?.file, issues);
	const known = [
		...curated.map((p) => {
			const extra = automatic.mergedAliases.get(p.id);
			return extra ? { ...p, aliases: [...new Set([...p.aliases, ...extra])] } : p;
		}),
		...automatic.places
	];
	if (!communitiesFile) return known;
	const communities = parseCommunities(communitiesFile.file, communitiesFile.text, issues);
	return [...known, ...communityPlaces(communities, known, communitiesFile.file, FALSE_FRIENDS.givenNames)];
}

/**
 * The sources validated, before any article is geoparsed: the curated places, every place an article
 * can link to, the articles oldest first, the outlets and the reviewed event files. What is left to do
 * is per article (see `records.ts`) and then `assembleDataset`.
 */
export interface PreparedDataset {
	curated: Place[];
	/** The linkable places (`linkablePlaces`): the per-article stage's context is built from these. */
	candidates: Place[];
	/** The articles, oldest first (then by id): the order of `Dataset.articles`. */
	articles: Article[];
	outlets: CuratedOutlet[];
	eventFiles: SourceFile[];
}

/**
 * Validates the sources, throwing a `DataError` listing every problem (with file and field) when
 * anything is wrong, so a caller can never publish part of a broken corpus.
 */
export function prepareDataset(
	sources: DatasetSources,
	geonames: readonly GeoNamesCity[] = []
): PreparedDataset {
	const { places: curated, issues } = validatePlaces(sources.placeFiles, geonames);
	const candidates = linkablePlaces(curated, sources.automaticReview, geonames, issues, sources.communities);
	const outletResult = validateOutlets(sources.outletFile);
	issues.push(...outletResult.issues);
	const articles: Article[] = [];
	const seen = new Map<string, string>();
	for (const { file, text } of sources.articleFiles) {
		const article = parseArticle(file, text, issues);
		if (!article) continue;
		const other = seen.get(article.id);
		if (other)
			issues.push({
				file,
				field: '(file name)',
				message: `duplicate article id "${article.id}" (also ${other})`
			});
		seen.set(article.id, file);
		articles.push(article);
	}
	for (const article of sources.bulkArticles ?? []) {
		const here = `${article.file} rows[${article.row}]`;
		const other = seen.get(article.id);
		if (other)
			issues.push({
				file: article.file,
				field: `rows[${article.row}].id`,
				message: `duplicate article id "${article.id}" (also ${other})`
			});
		seen.set(article.id, here);
		articles.push(article);
	}
	if (issues.length) throw new DataError(issues);
	return {
		curated,
		candidates,
		articles: articles.sort(byDateThenId),
		outlets: outletResult.outlets,
		eventFiles: sources.eventFiles ?? []
	};
}

/** Every article's record, computed here in this thread, one after another. */
export function serialRecords(prepared: PreparedDataset): ArticleRecord[] {
	const context = recordContext(recordPlaces(prepared.candidates));
	return prepared.articles.map((a) => articleRecord(a, context));
}

/**
 * The dataset from the validated sources and each article's record (`records[i]` belongs to
 * `prepared.articles[i]`), wherever the records were computed: the mentions are checked against the
 * places, the reviewed events validated against the articles, and the events found in the text that a
 * reviewed event already holds are left out. Throws a `DataError` on any problem.
 */
export function assembleDataset(prepared: PreparedDataset, records: readonly ArticleRecord[]): Dataset {
	const { curated, candidates, articles } = prepared;
	if (records.length !== articles.length)
		throw new Error(`${records.length} article records for ${articles.length} articles`);
	const published = articles.map((a, i) => publishedArticle(a, records[i]!));
	const named = new Set(published.flatMap((a) => a.mentions.map((m) => m.place)));
	const places = datasetPlaces(candidates, named);
	const mentionIssues = checkMentions(published, places, articles);
	if (mentionIssues.length) throw new DataError(mentionIssues);
	const fileOf = new Map(articles.map((a) => [a.id, a.file]));
	const { events, issues: eventIssues } = validateEvents(
		prepared.eventFiles,
		curated,
		published.map(({ id, body, published, datePrecision }) => ({
			id,
			body,
			published,
			datePrecision,
			file: fileOf.get(id)!
		}))
	);
	if (eventIssues.length) throw new DataError(eventIssues);
	const found = withoutReviewed(
		records.flatMap((r) => r.events),
		events
	);
	return {
		places,
		articles: published,
		events: sortEvents([...events, ...found]),
		outlets: prepared.outlets
	};
}

/** An article as published, with its record's mentions. */
export function publishedArticle(a: Article, record: Pick<ArticleRecord, 'mentions'>): PublishedArticle {
	const { id, title, outlet, published, datePrecision, url, byline, dateEvidence, body } = a;
	const out: PublishedArticle = {
		id,
		title,
		outlet,
		published,
		datePrecision,
		body,
		mentions: record.mentions
	};
	if (a.row === undefined) out.curated = true;
	if (url) out.url = url;
	if (byline) out.byline = byline;
	if (dateEvidence) out.dateEvidence = dateEvidence;
	return out;
}

/** The dataset's places: the curated ones and the automatic ones some article names (`named`), by id. */
export function datasetPlaces(candidates: readonly Place[], named: ReadonlySet<string>): Place[] {
	return candidates
		.filter((p) => p.curation !== 'automatic' || named.has(p.id))
		.sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * Validates the sources and links them: every article body is geoparsed against every place. Throws a
 * `DataError` listing every problem (with file and field) when anything is wrong, so a caller can never
 * publish part of a broken corpus.
 *
 * `geonames` are the GeoNames rows automatic places come from (see `places/automatic.ts`); without them
 * only curated places are linked. The dataset keeps the automatic places some article mentions.
 * `records` gives each article's record (see `records.ts`); by default they are computed here, one
 * after another, and a caller with a cache or a thread pool passes its own.
 */
export function buildDataset(
	sources: DatasetSources,
	geonames: readonly GeoNamesCity[] = [],
	records: (prepared: PreparedDataset) => readonly ArticleRecord[] = serialRecords
): Dataset {
	const prepared = prepareDataset(sources, geonames);
	return assembleDataset(prepared, records(prepared));
}

/**
 * Guards the article–place contract: each mention names a known place and its offsets point at its
 * surface text. The geoparser should never break this; the check keeps a future change honest.
 */
export function checkMentions(
	articles: readonly Pick<PublishedArticle, 'id' | 'body' | 'mentions'>[],
	places: readonly Pick<Place, 'id'>[],
	sources: readonly Pick<Article, 'id' | 'file'>[] = []
): DataIssue[] {
	const ids = new Set(places.map((p) => p.id));
	const fileOf = new Map(sources.map((a) => [a.id, a.file]));
	return articles.flatMap((a) => mentionIssues(a, fileOf.get(a.id) ?? a.id, ids));
}

/**
 * `checkMentions` for one article, the problems naming `file`, against the ids of the places: what a
 * worker thread of the data build runs on each record it computes (`record-worker.ts`).
 */
export function mentionIssues(
	article: Pick<PublishedArticle, 'body' | 'mentions'>,
	file: string,
	ids: ReadonlySet<string>
): DataIssue[] {
	const issues: DataIssue[] = [];
	article.mentions.forEach((m, i) => {
		if (!ids.has(m.place))
			issues.push({ file, field: `mentions[${i}].place`, message: `unknown place "${m.place}"` });
		if (article.body.slice(m.start, m.end) !== m.surface) {
			issues.push({
				file,
				field: `mentions[${i}]`,
				message: `offsets ${m.start}..${m.end} do not hold "${m.surface}"`
			});
		}
	});
	return issues;
}

/** A group place (no geometry of its own) is drawn as the points of its members. */
export function publishedGeometry(place: Place, places: Place[]): PlaceGeometry {
	if (place.geometry) return place.geometry;
	const coordinates = places
		.filter((p) => p.partOf === place.id && p.geometry?.type === 'Point')
		.map((p) => p.geometry!.coordinates as number[]);
	return { type: 'MultiPoint', coordinates };
}

/** The places with how many articles and mentions name each: `data/places.geojson`. */
export function publishPlaces({ places, articles }: Dataset): PlacesCollection {
	const articleCounts = new Map<string, number>();
	const mentionCounts = new Map<string, number>();
	for (const a of articles) {
		const own = new Set<string>();
		for (const m of a.mentions.filter(isLink)) {
			own.add(m.place);
			mentionCounts.set(m.place, (mentionCounts.get(m.place) ?? 0) + 1);
		}
		for (const id of own) articleCounts.set(id, (articleCounts.get(id) ?? 0) + 1);
	}
	return placesCollection(places, articleCounts, mentionCounts);
}

/**
 * `data/places.geojson` from each place's counts (absent: none), the places in their order. The full
 * build and a build adding articles both write it from the corpus's counts (`CorpusTally`), so its
 * size follows the places, not the articles, and neither reads the file before.
 */
export function placesCollection(
	places: Place[],
	articleCounts: ReadonlyMap<string, number>,
	mentionCounts: ReadonlyMap<string, number>
): PlacesCollection {
	return {
		type: 'FeatureCollection',
		format: PLACES_FORMAT,
		features: places.map((place) =>
			placeFeature(place, places, articleCounts.get(place.id) ?? 0, mentionCounts.get(place.id) ?? 0)
		)
	};
}

/** One place of `data/places.geojson`: how many articles name it and how often. */
export function placeFeature(
	place: Place,
	places: Place[],
	articleCount: number,
	mentionCount: number
): PublishedPlace {
	const props: Partial<Place> = { ...place };
	delete props.id;
	delete props.file;
	delete props.geometry;
	// GeoNames' population only tells the geoparser how far to trust an automatic name; its source says the rest.
	delete props.population;
	// How a community is linked is the geoparser's business; its source says what it is.
	delete props.contextOnly;
	return {
		type: 'Feature',
		id: place.id,
		geometry: publishedGeometry(place, places),
		properties: {
			...(props as Omit<Place, 'id' | 'file' | 'geometry' | 'population' | 'contextOnly'>),
			articleCount,
			mentionCount
		}
	};
}
