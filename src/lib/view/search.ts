/**
 * Full-text search with MiniSearch, in two indexes. Places (names, aliases, descriptions) are indexed
 * in the page from the places it already has, so they are searchable at once. Article titles and text
 * are indexed at build time into `data/search.json` (its format is `data/search-index.ts`), which the
 * page loads only when someone starts to search.
 */
import MiniSearch, { type AsPlainObject } from 'minisearch';
import type { ExplorerPlace } from '../data/explorer-data';
import { loadArticleIndex, processTerm, SEARCH_OPTIONS } from '../data/search-index';

export interface SearchHit {
	type: 'place' | 'article';
	id: string;
	label: string;
	/** A place's kind; an article's outlet and date, as one line of text. */
	detail: string;
	/** An article's outlet and date apart, so the page can isolate the outlet's direction. */
	outlet?: string;
	date?: string;
	/** An article's position in `data/articles.json`. */
	position?: number;
	/** True for a curated article, which has a prerendered reader page (`view/reader-url.ts`). */
	curated?: boolean;
}

/**
 * A search: the best `limit` hits for `query`. `keep` (the outlet filter's predicate) leaves out the
 * articles at the positions it refuses before the limit is taken, so a filter never empties a page of
 * results that had matches further down.
 */
export type Search = (query: string, limit?: number, keep?: (position: number) => boolean) => SearchHit[];

/** Most results the box lists. */
export const SEARCH_LIMIT = 8;

interface PlaceDoc {
	id: string;
	names: string;
	text: string;
	label: string;
	detail: string;
}

/** Searches places by name, alias and description; names weigh three times as much. */
export function placeSearch(places: readonly ExplorerPlace[]): Search {
	const index = new MiniSearch<PlaceDoc>({
		fields: ['names', 'text'],
		storeFields: ['label', 'detail'],
		processTerm,
		searchOptions: { ...SEARCH_OPTIONS, boost: { names: 3 } }
	});
	index.addAll(
		places.map((p) => ({
			id: p.id,
			names: [p.properties.name, ...p.properties.aliases].join(' '),
			text: p.properties.description ?? '',
			label: p.properties.name,
			detail: p.properties.kind
		}))
	);
	return (query, limit = SEARCH_LIMIT) => hits(index, 'place', query, limit);
}

/** In the page: searches the article index loaded from `data/search.json`. */
export function articleSearch(json: AsPlainObject): Search {
	const index = loadArticleIndex(json);
	return (query, limit = SEARCH_LIMIT, keep) => hits(index, 'article', query, limit, keep);
}

function hits<T>(
	index: MiniSearch<T>,
	type: SearchHit['type'],
	query: string,
	limit: number,
	keep?: (position: number) => boolean
): SearchHit[] {
	if (!query.trim()) return [];
	return index
		.search(query, keep ? { filter: (r) => keep(Number(r.position)) } : {})
		.slice(0, limit)
		.map((r): SearchHit => {
			if (type === 'place')
				return { type, id: String(r.id), label: String(r.label), detail: String(r.detail) };
			const [outlet, date] = [String(r.outlet), String(r.date)];
			const position = Number(r.position);
			return {
				type,
				id: String(r.id),
				label: String(r.title),
				detail: `${outlet}, ${date}`,
				outlet,
				date,
				position,
				...(r.curated === true ? { curated: true } : {})
			};
		});
}

/**
 * The list the box shows: places first (a name typed is usually a place wanted), then articles, at
 * most `limit` in all, but always some room for articles when there are any.
 */
export function combineHits(places: SearchHit[], articles: SearchHit[], limit = SEARCH_LIMIT): SearchHit[] {
	const placeRoom = articles.length ? Math.max(limit - articles.length, Math.ceil(limit / 2)) : limit;
	const shown = places.slice(0, placeRoom);
	return [...shown, ...articles.slice(0, limit - shown.length)];
}
