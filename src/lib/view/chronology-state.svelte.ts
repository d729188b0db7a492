/**
 * What the chronology keeps between renders: how many entries the reader has asked to see ("Show
 * more", for the range and order it was used on), and the titles and outlets of the articles it lists,
 * fetched a chunk at a time (`data/chronology/<n>.json`) and kept once fetched. Which entries a page
 * holds is the pure `chronology` in `chronology.ts`.
 */
import { SvelteMap, SvelteSet } from 'svelte/reactivity';
import type { ArticleChunk, PanelArticle } from '../data/explorer-data';
import { CHRONOLOGY_PAGE } from './chronology';

export type ArticleChunkLoader = (chunk: number) => Promise<ArticleChunk>;

export class ChronologyState {
	/** How many entries to list, for the list (range and order) "Show more" was last used on. */
	#limit = $state.raw({ key: '', limit: CHRONOLOGY_PAGE });
	/** The chunks fetched so far, and those on their way; both reactive, so `article` readers update. */
	readonly #chunks = new SvelteMap<number, PanelArticle[]>();
	readonly #inFlight = new SvelteSet<number>();
	#error = $state.raw<string>();
	/** The positions last asked for, so "Try again" can ask again. */
	#wanted: readonly number[] = [];
	readonly #load: ArticleChunkLoader;
	readonly #chunkSize: number;

	/** `load` fetches one chunk (the published client's `articleChunk`) of `chunkSize` articles. */
	constructor(load: ArticleChunkLoader, chunkSize: number) {
		this.#load = load;
		this.#chunkSize = chunkSize;
	}

	/** How many entries the list `key` shows: a page, plus a page for each "Show more" on it. */
	limit(key: string): number {
		return this.#limit.key === key ? this.#limit.limit : CHRONOLOGY_PAGE;
	}

	/** "Show more": one more page of the list `key`; another list starts again at one page. */
	more(key: string): void {
		this.#limit = { key, limit: this.limit(key) + CHRONOLOGY_PAGE };
	}

	/** The title, outlet and date of the article at `position`, once its chunk has arrived. */
	article(position: number): PanelArticle | undefined {
		return this.#chunks.get(Math.floor(position / this.#chunkSize))?.[position % this.#chunkSize];
	}

	/** Whether a chunk the list needs is on its way. */
	get loading(): boolean {
		return this.#inFlight.size > 0;
	}

	/** Why the last chunk that failed could not be fetched, until the next try. */
	get error(): string | undefined {
		return this.#error;
	}

	/** Fetches the chunks holding `positions` that are neither here nor on their way. */
	want(positions: readonly number[]): void {
		this.#wanted = positions;
		if (this.#error) return;
		for (const p of positions) {
			const chunk = Math.floor(p / this.#chunkSize);
			if (this.#chunks.has(chunk) || this.#inFlight.has(chunk)) continue;
			this.#inFlight.add(chunk);
			this.#load(chunk).then(
				(file) => {
					this.#chunks.set(chunk, file.articles);
					this.#inFlight.delete(chunk);
				},
				(e: unknown) => {
					this.#error = e instanceof Error ? e.message : String(e);
					this.#inFlight.delete(chunk);
				}
			);
		}
	}

	/** "Try again" after a failure: the chunks still missing are asked for again. */
	retry(): void {
		this.#error = undefined;
		this.want(this.#wanted);
	}
}
