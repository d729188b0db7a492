/**
 * Full-text search over place names, aliases and article text, with MiniSearch. Place names are folded
 * the geoparser's way (case and diacritics), so "sarāqib" finds Saraqeb.
 */
import MiniSearch from 'minisearch';
import type { PublishedArticle, PublishedPlace } from '../data/dataset';
import { foldText } from '../geoparse/fold';

export interface SearchHit {
	type: 'place' | 'article';
	id: string;
	label: string;
	detail: string;
}

interface Doc {
	key: string;
	type: 'place' | 'article';
	id: string;
	label: string;
	detail: string;
	names: string;
	text: string;
}

/** Builds the index once per data load; queries are then a few milliseconds even for thousands of articles. */
export function buildSearchIndex(places: readonly PublishedPlace[], articles: readonly PublishedArticle[]) {
	const index = new MiniSearch<Doc>({
		idField: 'key',
		fields: ['names', 'text'],
		storeFields: ['type', 'id', 'label', 'detail'],
		processTerm: (term) => foldText(term) || null,
		searchOptions: { boost: { names: 3 }, prefix: true, fuzzy: 0.15, combineWith: 'AND' }
	});
	index.addAll([
		...places.map((p) => ({
			key: `place:${p.id}`,
			type: 'place' as const,
			id: p.id,
			label: p.properties.name,
			detail: p.properties.kind,
			names: [p.properties.name, ...p.properties.aliases].join(' '),
			text: p.properties.description ?? ''
		})),
		...articles.map((a) => ({
			key: `article:${a.id}`,
			type: 'article' as const,
			id: a.id,
			label: a.title,
			detail: `${a.outlet}, ${a.published.slice(0, a.datePrecision === 'month' ? 7 : 10)}`,
			names: a.title,
			text: a.body
		}))
	]);
	return (query: string, limit = 8): SearchHit[] =>
		query.trim()
			? index
					.search(query)
					.slice(0, limit)
					.map((r) => ({ type: r.type, id: r.id, label: r.label, detail: r.detail }) as SearchHit)
			: [];
}
