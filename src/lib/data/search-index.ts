/**
 * The published article search index, `data/search.json`: a serialised MiniSearch index of article
 * titles and text. The build writes it and the page reads it with the same options, because MiniSearch
 * needs the same fields and term processing on both sides; so both sides take them from here.
 */
import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';
import { foldText } from '../core/fold';
import type { PublishedArticle } from './dataset';

/** Terms are folded the geoparser's way (case and diacritics), so "sarāqib" finds Saraqeb. */
export const processTerm = (term: string) => foldText(term) || null;

/** How every index of the explorer is queried: prefixes, a little fuzziness, all words required. */
export const SEARCH_OPTIONS = { prefix: true, fuzzy: 0.15, combineWith: 'AND' } as const;

/**
 * One article as indexed; `title`, `outlet`, `date` and `position` are stored so a result can be shown (and filtered) without the
 * article. Outlet and date are kept apart so the page can isolate the outlet's writing direction from
 * the date beside it.
 */
export interface ArticleDoc {
	id: string;
	title: string;
	text: string;
	outlet: string;
	/** The publication date, to the month only when that is all that is known. */
	date: string;
	/** Its position in `data/articles.json`, so the page can filter results by outlet without the text. */
	position: number;
	/** True for a curated article, which has a prerendered reader page (the result links there). */
	curated?: true;
}

const ARTICLE_OPTIONS: Options<ArticleDoc> = {
	fields: ['title', 'text'],
	storeFields: ['title', 'outlet', 'date', 'position', 'curated'],
	processTerm,
	searchOptions: { ...SEARCH_OPTIONS, boost: { title: 3 } }
};

/** An article's date as a result shows it: the month only when that is all that is known. */
function articleDate(a: PublishedArticle): string {
	return a.published.slice(0, a.datePrecision === 'month' ? 7 : 10);
}

/** Build time: the article index, serialised with `JSON.stringify` into `data/search.json`. */
export function buildArticleIndex(articles: readonly PublishedArticle[]): MiniSearch<ArticleDoc> {
	const index = new MiniSearch<ArticleDoc>(ARTICLE_OPTIONS);
	index.addAll(
		articles.map((a, position) => ({
			id: a.id,
			title: a.title,
			text: a.body,
			outlet: a.outlet,
			date: articleDate(a),
			position,
			...(a.curated ? { curated: a.curated } : {})
		}))
	);
	return index;
}

/** The page's side: the index loaded from the parsed `data/search.json`. */
export function loadArticleIndex(json: AsPlainObject): MiniSearch<ArticleDoc> {
	return MiniSearch.loadJS<ArticleDoc>(json, ARTICLE_OPTIONS);
}
