/**
 * The extracted events' shards the page has fetched, kept once fetched: a place's head and sealed
 * pages (`data/events/places/<id>/head.json`, `<n>.json`) for its panel and the month files
 * (`data/events/months/<yyyy-mm>/<n>.json`, keyed `yyyy-mm/n`) for the chronology. Nothing is fetched until a panel or the chronology asks (`want`); what each lists is
 * the pure `placeExtracted` and `chronologyExtracted` of `extracted.ts` over what is here. A file that
 * cannot be fetched stops its list's fetching until "Try again"; a malformed entry is left out and
 * counted in `problems`.
 */
import { SvelteMap, SvelteSet } from 'svelte/reactivity';
import {
	decodeExtractedMonth,
	decodeExtractedPlacePage,
	monthFile,
	type ExtractedEvent,
	type ExtractedPlacePageData
} from './extracted';
import { extractedMonthPath, extractedPlacePath, type ExtractedPlaceFile } from '../data/extracted-files';

/** Files fetched at once, so a range of years does not fire dozens of requests together. */
export const EXTRACTED_CONCURRENCY = 2;

/** Extracted events a place's panel lists at first, and how many more each "Show older" adds. */
export const EXTRACTED_PANEL_PAGE = 20;

/**
 * A queue of files: `want` replaces what is waiting (keeping what is on its way), at most `concurrency`
 * are fetched at once, and each arrives decoded into `files`.
 */
class ShardQueue<T> {
	readonly files = new SvelteMap<string, T>();
	readonly #inFlight = new SvelteSet<string>();
	#waiting: string[] = [];
	#error = $state.raw<string>();
	#problems = $state(0);
	readonly #load: (key: string) => Promise<{ value: T; problems: string[] }>;
	readonly #concurrency: number;
	readonly #texts: Map<string, string>;
	readonly #sentences: (value: T) => readonly ExtractedEvent[];

	constructor(
		load: (key: string) => Promise<{ value: T; problems: string[] }>,
		concurrency: number,
		texts: Map<string, string>,
		sentences: (value: T) => readonly ExtractedEvent[]
	) {
		this.#load = load;
		this.#concurrency = concurrency;
		this.#texts = texts;
		this.#sentences = sentences;
	}

	get loading(): boolean {
		return this.#inFlight.size > 0;
	}

	isLoading(prefix: string): boolean {
		for (const key of this.#inFlight) if (key.startsWith(prefix)) return true;
		return false;
	}

	get error(): string | undefined {
		return this.#error;
	}

	get problems(): number {
		return this.#problems;
	}

	want(keys: readonly string[]): void {
		this.#waiting = keys.filter((k) => !this.files.has(k) && !this.#inFlight.has(k));
		this.#pump();
	}

	retry(): void {
		this.#error = undefined;
		this.#pump();
	}

	#pump(): void {
		while (!this.#error && this.#inFlight.size < this.#concurrency && this.#waiting.length) {
			const key = this.#waiting.shift()!;
			if (this.files.has(key) || this.#inFlight.has(key)) continue;
			this.#inFlight.add(key);
			this.#load(key).then(
				({ value, problems }) => {
					for (const e of this.#sentences(value)) this.#texts.set(e.event.id, e.sentence);
					if (problems.length) {
						this.#problems += problems.length;
						console.warn(problems.join('\n'));
					}
					this.files.set(key, value);
					this.#inFlight.delete(key);
					this.#pump();
				},
				(e: unknown) => {
					this.#error = e instanceof Error ? e.message : String(e);
					this.#inFlight.delete(key);
				}
			);
		}
	}
}

export type ShardLoader = (file: string) => Promise<unknown>;

/** The extracted events the page has fetched, by place page and by month file. */
export class ExtractedEvents {
	/** Every sentence fetched so far, by event id. */
	readonly #texts = new SvelteMap<string, string>();
	readonly #months: ShardQueue<ExtractedEvent[]>;
	readonly #places: ShardQueue<ExtractedPlacePageData>;
	/** How many a panel lists, for the place "Show older" was last used on. */
	#limit = $state.raw({ place: '', limit: EXTRACTED_PANEL_PAGE });

	/** `load` fetches a published file by its path (the published client's `extracted`). */
	constructor(load: ShardLoader, concurrency = EXTRACTED_CONCURRENCY) {
		this.#months = new ShardQueue(
			async (key) => {
				const which = monthFile(key);
				if (!which) return { value: [], problems: [`month file "${key}": not yyyy-mm/n`] };
				const file = extractedMonthPath(which.month, which.page);
				return decodeExtractedMonth(await load(file), file, which.month, which.page);
			},
			concurrency,
			this.#texts,
			(events) => events
		);
		this.#places = new ShardQueue(
			async (key) => {
				const slash = key.lastIndexOf('/');
				const place = key.slice(0, slash);
				const name = key.slice(slash + 1);
				const page: ExtractedPlaceFile = name === 'head' ? 'head' : Number(name);
				const file = extractedPlacePath(place, page);
				return decodeExtractedPlacePage(await load(file), file, place, page);
			},
			concurrency,
			this.#texts,
			(page) => page.events
		);
	}

	/** The sentence that reports extracted event `id`, once a file holding it has arrived. */
	text(id: string): string | undefined {
		return this.#texts.get(id);
	}

	/** The events of month file `key` (`yyyy-mm/n`, see `monthFileKey`), oldest first, once fetched. */
	month(key: string): ExtractedEvent[] | undefined {
		return this.#months.files.get(key);
	}

	/**
	 * Fetches these month files (`yyyy-mm/n` keys, as `chronologyMonths` lists them), most wanted first,
	 * dropping any still waiting that are no longer wanted.
	 */
	wantMonths(keys: readonly string[]): void {
		this.#months.want(keys);
	}

	get monthsLoading(): boolean {
		return this.#months.loading;
	}

	get monthsError(): string | undefined {
		return this.#months.error;
	}

	retryMonths(): void {
		this.#months.retry();
	}

	/** File `page` of `place`'s events (a sealed page or its head), newest first, once fetched. */
	page(place: string, page: ExtractedPlaceFile): ExtractedPlacePageData | undefined {
		return this.#places.files.get(`${place}/${page}`);
	}

	/** Fetches these files of `place`, in order. */
	wantPages(place: string, pages: readonly ExtractedPlaceFile[]): void {
		this.#places.want(pages.map((p) => `${place}/${p}`));
	}

	/** How many of `place`'s events in range its panel lists: a page, plus one per "Show older". */
	placeLimit(place: string): number {
		return this.#limit.place === place ? this.#limit.limit : EXTRACTED_PANEL_PAGE;
	}

	/** "Show older events found automatically" on `place`'s panel. */
	morePlace(place: string): void {
		this.#limit = { place, limit: this.placeLimit(place) + EXTRACTED_PANEL_PAGE };
	}

	placeLoading(place: string): boolean {
		return this.#places.isLoading(`${place}/`);
	}

	get placeError(): string | undefined {
		return this.#places.error;
	}

	retryPlace(): void {
		this.#places.retry();
	}

	/** Entries left out of every file fetched so far as malformed. */
	get problems(): number {
		return this.#months.problems + this.#places.problems;
	}
}
