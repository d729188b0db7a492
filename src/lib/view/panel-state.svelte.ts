/**
 * The loading of a place's panel as one state object: which entries it shows, whether more are on
 * their way, what went wrong, how many the reader has asked to see ("Show older articles"), and which
 * of several overlapping requests is still wanted when the place or the dates change faster than the
 * chunks arrive. The pure parts (which chunks, which entries, the cache) are in `panel.ts`.
 */
import type { PanelEntry } from '../data/explorer-data';
import { cachedLoader, keptEntries, newestFirst, PANEL_PAGE, panelEntries, type ChunkLoader } from './panel';

/** What the panel shows now: the entries of `place` as far as they are loaded. */
export interface PanelSnapshot {
	place?: string;
	entries?: PanelEntry[];
	loading: boolean;
	error?: string;
}

/** The last thing asked for, kept so "Show older articles" and "Try again" can ask again. */
interface Request {
	place: string;
	list: ArrayLike<number>;
	inRange: readonly number[];
}

/**
 * The panel's entries for the selected place and date range. The page calls `show` whenever the place,
 * its list or the range changes; the panel's buttons call `more` and `retry`. Only the newest request
 * may change what is shown, so a slow chunk for a place already left never replaces the current one.
 * Entries already shown that the new request still wants stay on screen while the rest load.
 */
export class PanelState {
	#view = $state.raw<PanelSnapshot>({ loading: false });
	/** How many of the newest articles in range to list, for the place "Show older" was last used on. */
	#limit = $state.raw({ place: '', limit: PANEL_PAGE });
	readonly #load: ChunkLoader;
	readonly #chunkSize: number;
	#request: Request | undefined;
	/** Bumped by every request; a request whose number is no longer current is discarded. */
	#generation = 0;

	/**
	 * `load` fetches one chunk (the published client's `placeChunk`); it is wrapped in a cache, so a
	 * place reopened or a range stepped back costs no second request, and a failed chunk is asked again.
	 */
	constructor(load: ChunkLoader, chunkSize: number) {
		this.#load = cachedLoader(load);
		this.#chunkSize = chunkSize;
	}

	/** Everything the panel shows now, whichever place it belongs to. */
	get current(): PanelSnapshot {
		return this.#view;
	}

	/** How many entries `place` lists: a page, plus a page for each "Show older" on it. */
	limit(place: string | undefined): number {
		return this.#limit.place === place ? this.#limit.limit : PANEL_PAGE;
	}

	/** The entries loaded for `place`, or nothing while the panel still shows another place's. */
	entries(place: string): PanelEntry[] | undefined {
		return this.#view.place === place ? this.#view.entries : undefined;
	}

	/** Whether `place`'s entries are still on their way (also while another place's are shown). */
	loading(place: string): boolean {
		return this.#view.place !== place || this.#view.loading;
	}

	error(place: string): string | undefined {
		return this.#view.place === place ? this.#view.error : undefined;
	}

	/** `place`'s entries have arrived or failed: the moment the map may follow with its highlight. */
	settled(place: string): boolean {
		return this.#view.place === place && !this.#view.loading;
	}

	/**
	 * Shows `place`, whose list of article positions is `list`, limited to the indexes `inRange` of
	 * that list (ascending). With no place (the panel closed), any request still running is dropped.
	 */
	show(place: string | undefined, list?: ArrayLike<number>, inRange: readonly number[] = []): void {
		this.#generation++;
		this.#request = place && list ? { place, list, inRange } : undefined;
		if (this.#request) this.#fetch(this.#request);
	}

	/** "Show older articles": one more page of the current place. */
	more(): void {
		const request = this.#request;
		if (!request) return;
		this.#limit = { place: request.place, limit: this.limit(request.place) + PANEL_PAGE };
		this.#generation++;
		this.#fetch(request);
	}

	/** "Try again" after a failure: the failed chunks are asked for again (the cache forgot them). */
	retry(): void {
		const request = this.#request;
		if (!request) return;
		this.#generation++;
		this.#fetch(request);
	}

	#fetch({ place, list, inRange }: Request): void {
		const generation = this.#generation;
		const want = newestFirst(inRange, this.limit(place));
		const previous = this.#view;
		const kept = previous.place === place ? keptEntries(previous.entries, want, list) : undefined;
		if (want.length === 0) {
			this.#view = { place, entries: [], loading: false };
			return;
		}
		this.#view = { place, entries: kept, loading: true };
		panelEntries(this.#load, place, want, list, this.#chunkSize).then(
			(entries) => {
				if (generation === this.#generation) this.#view = { place, entries, loading: false };
			},
			(e: unknown) => {
				if (generation === this.#generation)
					this.#view = {
						place,
						entries: kept,
						loading: false,
						error: e instanceof Error ? e.message : String(e)
					};
			}
		);
	}
}
