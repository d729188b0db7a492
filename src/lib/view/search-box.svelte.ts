/**
 * The search box's state: the query, the places it matches (from the page's places, indexed in slices
 * as the box is created, so the page stays responsive meanwhile) and the articles (from the sharded
 * index, newest first), with "more" to list further articles. A query entered into a quiet box (the
 * first keystroke, a pasted or autocompleted word) is searched at once; keystrokes that follow one
 * another more closely than the pause are searched a moment after typing stops. The articles do not
 * wait for the places' index. A newer query or filter always wins over an answer still on its way.
 */
import type { ExplorerPlace, PlaceDetails } from '../data/explorer-data';
import { ArticleSearcher, type ArticleAnswer, type FetchJson } from './article-search';
import { placeSearchInSlices, SEARCH_LIMIT, type Search, type SearchHit, type SlicePause } from './search';

export interface SearchBoxOptions {
	places: readonly ExplorerPlace[];
	/** The places' spellings and descriptions by id (`data/place-details.json`), searched with their names. */
	details?: Readonly<Record<string, PlaceDetails>>;
	/** Fetches a file of the index by its path (the published client's `search`). */
	fetchJson: FetchJson;
	/**
	 * Milliseconds of quiet after a keystroke before the articles are searched, when it followed the
	 * previous keystroke by less than this; a keystroke after a quiet box is searched at once.
	 */
	delay?: number;
	/** The clock keystrokes are timed by, in milliseconds (`performance.now` by default). */
	now?: () => number;
	/** How the places are indexed in slices (`placeSearchInSlices`' options); its defaults by default. */
	slices?: { pause?: SlicePause; sliceMs?: number };
}

/** How the search box's user (`ui/Search.svelte`) paces the places' indexing, in the same chunk as the box. */
export { idlePause, yieldToPage } from './search';

/**
 * Places listed above the articles while the query has articles or may have (all `SEARCH_LIMIT` once
 * its answer has none).
 */
export const PLACE_ROOM = 5;

export class SearchBox {
	#places: Search | undefined;
	readonly #searcher: ArticleSearcher;
	readonly #delay: number;
	readonly #now: () => number;
	/** When the query was last set, by `#now`. */
	#lastSet = Number.NEGATIVE_INFINITY;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#run = 0;
	#outlets: readonly string[] | undefined;

	/** The query as typed. */
	query = $state('');
	/** How many articles are asked for: `SEARCH_LIMIT`, and more with each `more()`. */
	limit = $state(SEARCH_LIMIT);
	/** The articles found for `answered` (which may lag `query` while a search runs). */
	articles = $state<ArticleAnswer>();
	/** The query `articles` answers. */
	answered = $state('');
	status = $state<'idle' | 'searching' | 'ready' | 'error'>('idle');
	error = $state('');
	/** Whether the places are indexed; until then `places` is empty. */
	placesReady = $state(false);

	/**
	 * Starts indexing the places and fetches the article index's manifest, so the first query's articles
	 * cost one round trip fewer after typing stops.
	 */
	constructor({
		places,
		details,
		fetchJson,
		delay = 120,
		now = () => performance.now(),
		slices
	}: SearchBoxOptions) {
		this.#searcher = new ArticleSearcher(fetchJson);
		this.#delay = delay;
		this.#now = now;
		this.#searcher.warm();
		void placeSearchInSlices(places, details, slices).then((search) => {
			this.#places = search;
			this.placesReady = true;
		});
	}

	/**
	 * The places matching the query (none before they are indexed): `PLACE_ROOM` of them while the
	 * query's articles may still be listed, and all only once its answer has none. So a place reached
	 * with the arrow keys is never taken away when the articles come, and the list only grows below it.
	 */
	get places(): SearchHit[] {
		if (!this.placesReady || !this.#places) return [];
		const all = this.#places(this.query);
		const noArticles = this.answered === this.query.trim() && this.articles?.hits.length === 0;
		return noArticles ? all : all.slice(0, PLACE_ROOM);
	}

	/**
	 * Whether the list holds a row for the places above the articles while they are indexed: the
	 * places, when they come, take that row's place instead of pushing a first row into the list.
	 */
	get placeSlot(): boolean {
		return !this.placesReady && !!this.query.trim();
	}

	/**
	 * Sets the query. Its articles are searched at once when the box was quiet for `delay` (nothing to
	 * wait for: a typist's next keystroke would have come sooner), else after `delay` without another
	 * keystroke, so fast typing fetches no files for the words on their way; an answer to an older query
	 * that arrives later is dropped.
	 */
	set(query: string): void {
		const now = this.#now();
		const quiet = now - this.#lastSet >= this.#delay;
		this.#lastSet = now;
		this.query = query;
		this.limit = SEARCH_LIMIT;
		this.#schedule(quiet ? 0 : this.#delay);
	}

	/** Lists `SEARCH_LIMIT` more articles for the same query. */
	more(): void {
		this.limit += SEARCH_LIMIT;
		this.#schedule(0);
	}

	/**
	 * The outlet filter: the ids of the outlets whose articles may be listed, undefined for every one; a
	 * different choice searches again.
	 */
	setOutlets(outlets: readonly string[] | undefined): void {
		if (sameOutlets(outlets, this.#outlets)) return;
		this.#outlets = outlets;
		if (this.query.trim()) this.#schedule(0);
	}

	/** Searches again now (after an error). */
	retry(): void {
		this.#schedule(0);
	}

	#schedule(delay: number): void {
		clearTimeout(this.#timer);
		const run = ++this.#run;
		const query = this.query.trim();
		if (!query) {
			this.articles = undefined;
			this.answered = '';
			this.status = 'idle';
			return;
		}
		this.status = 'searching';
		if (delay > 0) this.#timer = setTimeout(() => void this.#search(run, query, this.limit), delay);
		else void this.#search(run, query, this.limit);
	}

	async #search(run: number, query: string, limit: number): Promise<void> {
		try {
			const answer = await this.#searcher.search(query, { limit, outlets: this.#outlets });
			if (run !== this.#run) return;
			this.articles = answer;
			this.answered = query;
			this.status = 'ready';
		} catch (e) {
			if (run !== this.#run) return;
			this.error = e instanceof Error ? e.message : String(e);
			this.status = 'error';
		}
	}
}

/** Whether two outlet choices are the same (a new array with the same ids is not a new choice). */
function sameOutlets(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
	if (a === b) return true;
	if (!a || !b || a.length !== b.length) return false;
	return a.every((id, i) => id === b[i]);
}
