/**
 * What a reader page (`/articles/<id>`) shows of an article. Prerendering asks once per article, so
 * the lookups are built once per dataset and each page is then a map lookup, not a scan of the corpus.
 */
import type { PlaceKind } from '../places/kinds';
import type { Dataset, PublishedArticle } from './dataset';
import { isLink } from './link';

/** A place as the reader lists it: enough to name it and link to it on the map, nothing heavier. */
export interface ArticlePlace {
	id: string;
	name: string;
	kind: PlaceKind;
	/** How many times this article mentions the place. */
	count: number;
}

export type ReaderPage = PublishedArticle & { places: ArticlePlace[] };

/**
 * The reader's view of each article: the article with the places it mentions, in order of first
 * mention so the aside reads in the same order as the text.
 */
export function readerPages({ articles, places }: Dataset): (id: string) => ReaderPage | undefined {
	const byId = new Map(articles.map((a) => [a.id, a]));
	const placeById = new Map(places.map((p) => [p.id, p]));
	return (id) => {
		const article = byId.get(id);
		if (!article) return undefined;
		const counts = new Map<string, number>();
		for (const m of article.mentions.filter(isLink)) counts.set(m.place, (counts.get(m.place) ?? 0) + 1);
		const mentioned = [...counts].flatMap(([placeId, count]) => {
			const place = placeById.get(placeId);
			return place ? [{ id: placeId, name: place.name, kind: place.kind, count }] : [];
		});
		return { ...article, places: mentioned };
	};
}
