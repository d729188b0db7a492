/**
 * The search box's place search, and how its list mixes places with articles. Places (names, every
 * alias, the Arabic name, descriptions) are indexed in the page from the places it already has, so
 * they are searchable at once; articles are searched in the sharded index (`article-search.ts`).
 */
import MiniSearch from 'minisearch';
import { foldText } from '../core/fold';
import { MIN_SKELETON_LETTERS, skeletonKey, variantKey } from '../core/variants';
import type { ExplorerPlace, PlaceDetails } from '../data/explorer-data';

export interface SearchHit {
	type: 'place' | 'article';
	id: string;
	label: string;
	/** A place's kind. */
	detail: string;
}

/** A place search: the best `limit` places for `query`. */
export type Search = (query: string, limit?: number) => SearchHit[];

/** Most results the box lists at first. */
export const SEARCH_LIMIT = 8;

/** Terms are folded the geoparser's way (case and diacritics), so "sarāqib" finds Saraqeb. */
const processTerm = (term: string) => foldText(term) || null;

interface PlaceDoc {
	id: string;
	names: string;
	text: string;
	label: string;
	detail: string;
}

/** Adds `id` under `key` of `map`, once. */
function file(map: Map<string, string[]>, key: string, id: string): void {
	if (!key) return;
	const list = map.get(key);
	if (!list) map.set(key, [id]);
	else if (!list.includes(id)) list.push(id);
}

/**
 * Searches places by name, alias and description. A query that is one of a place's spellings comes
 * first: the name or an alias as written (case and diacritics aside), then under the geoparser's
 * spelling keys, the variant key ("Sarakib" for Saraqeb) and, for keys of at least
 * `MIN_SKELETON_LETTERS` letters, the skeleton key ("Maaret" for Ma‘arrat). Then come MiniSearch's
 * matches by word prefix, names weighing three times as much as descriptions. No fuzziness: the
 * spelling keys already cover transliteration, and a fuzzy "tanks" found Astana through "talks".
 * The aliases and descriptions come from `data/place-details.json` (`details`, by place id); a place
 * without details is found by its name and Arabic name.
 */
export function placeSearch(
	places: readonly ExplorerPlace[],
	details: Readonly<Record<string, PlaceDetails>> = {}
): Search {
	const index = new MiniSearch<PlaceDoc>({
		fields: ['names', 'text'],
		storeFields: ['label', 'detail'],
		processTerm,
		searchOptions: { prefix: true, combineWith: 'AND', boost: { names: 3 } }
	});
	const byName = new Map<string, string[]>();
	const byVariant = new Map<string, string[]>();
	const bySkeleton = new Map<string, string[]>();
	const hit = new Map<string, SearchHit>();
	for (const p of places) {
		const { name, nameAr, kind } = p.properties;
		const { aliases = [], description } = Object.hasOwn(details, p.id) ? details[p.id]! : {};
		const spellings = [name, ...aliases, ...(nameAr ? [nameAr] : [])];
		index.add({ id: p.id, names: spellings.join(' '), text: description ?? '', label: name, detail: kind });
		hit.set(p.id, { type: 'place', id: p.id, label: name, detail: kind });
		for (const s of spellings) {
			file(byName, foldText(s), p.id);
			file(byVariant, variantKey(s), p.id);
			const skeleton = skeletonKey(s);
			if (skeleton.replace(/ /g, '').length >= MIN_SKELETON_LETTERS) file(bySkeleton, skeleton, p.id);
		}
	}
	return (query, limit = SEARCH_LIMIT) => {
		if (!query.trim()) return [];
		const ids = new Set<string>([
			...(byName.get(foldText(query)) ?? []),
			...(byVariant.get(variantKey(query)) ?? []),
			...(bySkeleton.get(skeletonKey(query)) ?? [])
		]);
		for (const r of index.search(query)) ids.add(String(r.id));
		return [...ids].slice(0, limit).map((id) => hit.get(id)!);
	};
}
