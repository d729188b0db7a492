/**
 * Full-text search with MiniSearch, in two indexes. Places (names, aliases, descriptions) are indexed
 * in the page from the places it already has, so they are searchable at once. Article titles and text
 * are indexed at build time into `data/search.json`, which the page loads only when someone starts to
 * search. Terms are folded the geoparser's way (case and diacritics), so "sarāqib" finds Saraqeb.
 */
import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';
import type { PublishedArticle } from '../data/dataset';
import type { ExplorerPlace } from '../data/explorer-data';
import { foldText } from '../geoparse/fold';

export interface SearchHit {
	type: 'place' | 'article';
	id: string;
	label: string;
	detail: string;
}

export type Search = (query: string, limit?: number) => SearchHit[];

/** Most results the box lists. */
export const SEARCH_LIMIT = 8;

const processTerm = (term: string) => foldText(term) || null;
const searchOptions = { prefix: true, fuzzy: 0.15, combineWith: 'AND' } as const;

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
		searchOptions: { ...searchOptions, boost: { names: 3 } }
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

interface ArticleDoc {
	id: string;
	title: string;
	text: string;
	detail: string;
}

/**
 * The article index's options. The build indexes with them and the page loads with them: MiniSearch
 * needs the same fields and term processing on both sides.
 */
const ARTICLE_OPTIONS: Options<ArticleDoc> = {
	fields: ['title', 'text'],
	storeFields: ['title', 'detail'],
	processTerm,
	searchOptions: { ...searchOptions, boost: { title: 3 } }
};

/** What an article result says under its title: outlet and date (month only when that is all we know). */
function articleDetail(a: PublishedArticle): string {
	return `${a.outlet}, ${a.published.slice(0, a.datePrecision === 'month' ? 7 : 10)}`;
}

/** Build time: the article index, serialised with `JSON.stringify` into `data/search.json`. */
export function buildArticleIndex(articles: readonly PublishedArticle[]): MiniSearch<ArticleDoc> {
	const index = new MiniSearch<ArticleDoc>(ARTICLE_OPTIONS);
	index.addAll(articles.map((a) => ({ id: a.id, title: a.title, text: a.body, detail: articleDetail(a) })));
	return index;
}

/** In the page: searches the article index loaded from `data/search.json`. */
export function articleSearch(json: AsPlainObject): Search {
	const index = MiniSearch.loadJS<ArticleDoc>(json, ARTICLE_OPTIONS);
	return (query, limit = SEARCH_LIMIT) => hits(index, 'article', query, limit);
}

function hits<T>(index: MiniSearch<T>, type: SearchHit['type'], query: string, limit: number): SearchHit[] {
	if (!query.trim()) return [];
	return index
		.search(query)
		.slice(0, limit)
		.map((r) => ({
			type,
			id: String(r.id),
			label: String(type === 'place' ? r.label : r.title),
			detail: String(r.detail)
		}));
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
