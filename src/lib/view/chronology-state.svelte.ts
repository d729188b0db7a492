/**
 * What the chronology keeps between renders: how many entries the reader has asked to see ("Show
 * more", for the range and order it was used on), and the months' parts of the article list it has
 * fetched (`data/chronology/<yyyy-mm>/<n>.json`), kept once fetched. Which entries a page holds and
 * which parts it waits for is the pure `chronologyPage` in `chronology.ts`.
 */
import { SvelteMap, SvelteSet } from 'svelte/reactivity';
import type { ChronologyPart, MonthArticle } from '../data/explorer-data';
import { CHRONOLOGY_PAGE, type PartKey } from './chronology';

export type ChronologyPartLoader = (month: string, part: number) => Promise<ChronologyPart>;

function keyOf({ month, part }: PartKey): string {
	return `${month}/${part}`;
}

export class ChronologyState {
	/** How many entries to list, for the list (range and order) "Show more" was last used on. */
	#limit = $state.raw({ key: '', limit: CHRONOLOGY_PAGE });
	/** The parts fetched so far, and those on their way; both reactive, so readers update. */
	readonly #parts = new SvelteMap<string, MonthArticle[]>();
	readonly #byPosition = new SvelteMap<number, MonthArticle>();
	readonly #inFlight = new SvelteSet<string>();
	#error = $state.raw<string>();
	/** The parts last asked for, so "Try again" can ask again. */
	#wanted: readonly PartKey[] = [];
	readonly #load: ChronologyPartLoader;

	/** `load` fetches one part (the published client's `chronologyPart`). */
	constructor(load: ChronologyPartLoader) {
		this.#load = load;
	}

	/** How many entries the list `key` shows: a page, plus a page for each "Show more" on it. */
	limit(key: string): number {
		return this.#limit.key === key ? this.#limit.limit : CHRONOLOGY_PAGE;
	}

	/** "Show more": one more page of the list `key`; another list starts again at one page. */
	more(key: string): void {
		this.#limit = { key, limit: this.limit(key) + CHRONOLOGY_PAGE };
	}

	/** A part's articles, oldest first, once it has arrived. */
	part(key: PartKey): MonthArticle[] | undefined {
		return this.#parts.get(keyOf(key));
	}

	/** The article at `position`, once a part holding it has arrived. */
	article(position: number): MonthArticle | undefined {
		return this.#byPosition.get(position);
	}

	/** Whether a part the list needs is on its way. */
	get loading(): boolean {
		return this.#inFlight.size > 0;
	}

	/** Why the last part that failed could not be fetched, until the next try. */
	get error(): string | undefined {
		return this.#error;
	}

	/** Fetches the parts `keys` that are neither here nor on their way. */
	want(keys: readonly PartKey[]): void {
		this.#wanted = keys;
		if (this.#error) return;
		for (const key of keys) {
			const k = keyOf(key);
			if (this.#parts.has(k) || this.#inFlight.has(k)) continue;
			this.#inFlight.add(k);
			this.#load(key.month, key.part).then(
				(file) => {
					if (file.month !== key.month || file.part !== key.part) {
						this.#error = `data/chronology/${k}.json: holds ${file.month}/${file.part}`;
					} else {
						for (const a of file.articles) this.#byPosition.set(a.position, a);
						this.#parts.set(k, file.articles);
					}
					this.#inFlight.delete(k);
				},
				(e: unknown) => {
					this.#error = e instanceof Error ? e.message : String(e);
					this.#inFlight.delete(k);
				}
			);
		}
	}

	/** "Try again" after a failure: the parts still missing are asked for again. */
	retry(): void {
		this.#error = undefined;
		this.want(this.#wanted);
	}
}
