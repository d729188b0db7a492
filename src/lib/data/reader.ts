/**
 * What a reader page (`/articles/<id>`) shows of an article. Prerendering asks once per article, so
 * the lookups are built once per dataset and each page is then a map lookup, not a scan of the corpus.
 */
import type { EventDatePrecision, EventKind } from '../events/kinds';
import type { PlaceKind } from '../places/kinds';
import type { Dataset, PublishedArticle } from './dataset';
import { isArticleSource, type EventRecord } from '../events/schema';
import type { Place } from '../places/schema';
import { articleDescription } from './description';
import { isLink } from './link';

/** A place as the reader lists it: enough to name it and link to it on the map, nothing heavier. */
export interface ArticlePlace {
	id: string;
	name: string;
	kind: PlaceKind;
	/** How many times this article mentions the place. */
	count: number;
}

/**
 * An event this article is the source of: what the reader labels at its sentence (`start`–`end` in
 * the body), with the names of its places.
 */
export interface ReaderEvent {
	id: string;
	date: string;
	datePrecision: EventDatePrecision;
	kind: EventKind;
	label: string;
	extracted: boolean;
	places: { id: string; name: string }[];
	start: number;
	end: number;
}

export type ReaderPage = PublishedArticle & {
	places: ArticlePlace[];
	events: ReaderEvent[];
	/** The page's description for search engines and link previews (`articleDescription`). */
	description: string;
};

/**
 * The reader's view of each article: the article with the places it mentions, in order of first
 * mention so the aside reads in the same order as the text, and the events it is the source of, in
 * text order.
 */
export function readerPages({ articles, places, events }: Dataset): (id: string) => ReaderPage | undefined {
	const byId = new Map(articles.map((a) => [a.id, a]));
	const placeById = new Map(places.map((p) => [p.id, p]));
	const eventsOf = new Map<string, ReaderEvent[]>();
	for (const e of events) {
		const entry = readerEvent(e, placeById);
		if (!entry) continue;
		const article = (e.source as { article: string }).article;
		eventsOf.set(article, [...(eventsOf.get(article) ?? []), entry]);
	}
	return (id) => {
		const article = byId.get(id);
		return article ? readerPage(article, placeById, eventsOf.get(id) ?? []) : undefined;
	};
}

/** An event as the reader of its source article labels it; undefined for one sourced outside the corpus. */
export function readerEvent(
	e: EventRecord,
	placeById: ReadonlyMap<string, Pick<Place, 'name'>>
): ReaderEvent | undefined {
	if (!isArticleSource(e.source)) return undefined;
	const { start, end } = e.source;
	return {
		id: e.id,
		date: e.date,
		datePrecision: e.datePrecision,
		kind: e.kind,
		label: e.label,
		extracted: e.extracted,
		places: e.places.map((id) => ({ id, name: placeById.get(id)?.name ?? id })),
		start,
		end
	};
}

/**
 * One article's reader page. `events` are the events it is the source of, in the dataset's order of
 * events (oldest first); the page lists them in text order.
 */
export function readerPage(
	article: PublishedArticle,
	placeById: ReadonlyMap<string, Pick<Place, 'name' | 'kind'>>,
	events: readonly ReaderEvent[]
): ReaderPage {
	const counts = new Map<string, number>();
	for (const m of article.mentions.filter(isLink)) counts.set(m.place, (counts.get(m.place) ?? 0) + 1);
	const mentioned = [...counts].flatMap(([placeId, count]) => {
		const place = placeById.get(placeId);
		return place ? [{ id: placeId, name: place.name, kind: place.kind, count }] : [];
	});
	return {
		...article,
		places: mentioned,
		events: [...events].sort((a, b) => a.start - b.start || a.end - b.end),
		description: articleDescription(article)
	};
}
