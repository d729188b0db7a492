/**
 * The search box's place search, and how its list mixes places with articles. Places (names, every
 * alias, the Arabic name, descriptions) are indexed in the page from the places it already has, so
 * they are searchable at once; articles are searched in the sharded index (`article-search.ts`).
 */
import MiniSearch from 'minisearch';
import { foldText } from '../core/fold';
import { MIN_SKELETON_LETTERS, skeletonKey, skeletonOfVariant, variantKey } from '../core/variants';
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
 * What `placeSearch` indexes places with: MiniSearch over their names and descriptions, and maps from
 * each spelling under the three keys a query is looked up by. Places are added one at a time, so the
 * index can be built in slices (`placeSearchInSlices`).
 */
class PlaceIndex {
	readonly #index = new MiniSearch<PlaceDoc>({
		fields: ['names', 'text'],
		storeFields: ['label', 'detail'],
		processTerm,
		searchOptions: { prefix: true, combineWith: 'AND', boost: { names: 3 } }
	});
	readonly #byName = new Map<string, string[]>();
	readonly #byVariant = new Map<string, string[]>();
	readonly #bySkeleton = new Map<string, string[]>();
	readonly #hit = new Map<string, SearchHit>();
	readonly #details: Readonly<Record<string, PlaceDetails>>;

	constructor(details: Readonly<Record<string, PlaceDetails>>) {
		this.#details = details;
	}

	add(p: ExplorerPlace): void {
		const { name, nameAr, kind } = p.properties;
		const { aliases = [], description } = Object.hasOwn(this.#details, p.id) ? this.#details[p.id]! : {};
		const spellings = [name, ...aliases, ...(nameAr ? [nameAr] : [])];
		this.#index.add({
			id: p.id,
			names: spellings.join(' '),
			text: description ?? '',
			label: name,
			detail: kind
		});
		this.#hit.set(p.id, { type: 'place', id: p.id, label: name, detail: kind });
		for (const s of spellings) {
			file(this.#byName, foldText(s), p.id);
			const variant = variantKey(s);
			file(this.#byVariant, variant, p.id);
			const skeleton = skeletonOfVariant(variant);
			if (skeleton.replace(/ /g, '').length >= MIN_SKELETON_LETTERS) file(this.#bySkeleton, skeleton, p.id);
		}
	}

	search: Search = (query, limit = SEARCH_LIMIT) => {
		if (!query.trim()) return [];
		const ids = new Set<string>([
			...(this.#byName.get(foldText(query)) ?? []),
			...(this.#byVariant.get(variantKey(query)) ?? []),
			...(this.#bySkeleton.get(skeletonKey(query)) ?? [])
		]);
		for (const r of this.#index.search(query)) ids.add(String(r.id));
		return [...ids].slice(0, limit).map((id) => this.#hit.get(id)!);
	};
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
	const index = new PlaceIndex(details);
	for (const p of places) index.add(p);
	return index.search;
}

/**
 * Lets the page run what is waiting (input, timers, fetched files, drawing) before more indexing: a
 * task of background priority where the browser has `scheduler.postTask`, else a timer. Not
 * `scheduler.yield()`, whose continuation goes ahead of waiting timers and fetches: with it the article
 * search's timer still fired only once the whole index was built.
 */
export function yieldToPage(): Promise<void> {
	const scheduler = (
		globalThis as {
			scheduler?: { postTask?: (task: () => void, options: { priority: 'background' }) => Promise<void> };
		}
	).scheduler;
	return scheduler?.postTask
		? scheduler.postTask(() => {}, { priority: 'background' })
		: new Promise((resolve) => setTimeout(resolve, 0));
}

/** Most milliseconds of work `idlePause` lets run at once in an idle period: a frame, so input waits no longer. */
export const IDLE_SLICE_MS = 16;

/**
 * Waits for the page's next idle period (`requestIdleCallback`, or `timeout` milliseconds at most) and
 * resolves with how long the work after it may run: the period's time left, up to `IDLE_SLICE_MS`;
 * nothing when it came by the timeout or the browser has no idle callbacks (then a timer). For work
 * done ahead of need (the places indexed before the search box is first used), which must not hold
 * up drawing or input: with a fixed 8 ms slice per idle callback, the browser's 50 ms idle periods
 * left the index a sixth of the page's idle time.
 */
export function idlePause(timeout = 1000): Promise<number | undefined> {
	const idle = (
		globalThis as {
			requestIdleCallback?: (
				callback: (deadline: { timeRemaining(): number; didTimeout: boolean }) => void,
				options: { timeout: number }
			) => number;
		}
	).requestIdleCallback;
	return new Promise((resolve) => {
		if (!idle) setTimeout(() => resolve(undefined), 0);
		else
			idle(
				(deadline) => {
					const left = deadline.timeRemaining();
					resolve(deadline.didTimeout || left <= 0 ? undefined : Math.min(left, IDLE_SLICE_MS));
				},
				{ timeout }
			);
	});
}

/** Milliseconds of indexing between two yields of `placeSearchInSlices`: under a frame. */
export const INDEX_SLICE_MS = 8;

/**
 * How `placeSearchInSlices` yields: a promise of the page's next moment for indexing, resolved with the
 * milliseconds the slice after it may take (an idle period's time left, `idlePause`) or with nothing
 * for the default slice.
 */
export type SlicePause = () => Promise<number | undefined | void>;

/**
 * `placeSearch` built a slice of about `sliceMs` at a time (or as long as `pause` allows), yielding
 * through `pause` before each slice. With 2,000 places and 10,000 spellings the index took 300–600 ms
 * on a cold page, one task that held up the article search and every keystroke behind it; in slices,
 * the box echoes what is typed and the articles are searched meanwhile. The first slice waits for a
 * pause too, so the task that creates the index (the box's first focus or keystroke) sends its query
 * to the article index before any place is indexed. The same places give the same search.
 */
export async function placeSearchInSlices(
	places: readonly ExplorerPlace[],
	details: Readonly<Record<string, PlaceDetails>> = {},
	{ pause = yieldToPage, sliceMs = INDEX_SLICE_MS }: { pause?: SlicePause; sliceMs?: number } = {}
): Promise<Search> {
	const index = new PlaceIndex(details);
	let sliceStart = Number.NEGATIVE_INFINITY;
	let slice = sliceMs;
	for (const p of places) {
		if (performance.now() - sliceStart >= slice) {
			const allowed = await pause();
			slice = typeof allowed === 'number' ? allowed : sliceMs;
			sliceStart = performance.now();
		}
		index.add(p);
	}
	return index.search;
}
