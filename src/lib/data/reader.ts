/**
 * What a reader page (`/articles/<id>`) shows of an article. Prerendering asks once per article, so
 * the lookups are built once per dataset and each page is then a map lookup, not a scan of the corpus.
 */
import type { EventDatePrecision, EventKind } from '../events/kinds';
import type { PlaceKind } from '../places/kinds';
import type { Dataset, PublishedArticle } from './dataset';
import { isArticleSource } from '../events/schema';
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
		if (!isArticleSource(e.source)) continue;
		const { article, start, end } = e.source;
		const entry: ReaderEvent = {
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
		eventsOf.set(article, [...(eventsOf.get(article) ?? []), entry]);
	}
	for (const list of eventsOf.values()) list.sort((a, b) => a.start - b.start || a.end - b.end);
	return (id) => {
		const article = byId.get(id);
		if (!article) return undefined;
		const counts = new Map<string, number>();
		for (const m of article.mentions.filter(isLink)) counts.set(m.place, (counts.get(m.place) ?? 0) + 1);
		const mentioned = [...counts].flatMap(([placeId, count]) => {
			const place = placeById.get(placeId);
			return place ? [{ id: placeId, name: place.name, kind: place.kind, count }] : [];
		});
		return {
			...article,
			places: mentioned,
			events: eventsOf.get(id) ?? [],
			description: articleDescription(article)
		};
	};
}
