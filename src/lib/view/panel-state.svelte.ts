/**
 * The loading of a place's panel as one state object: which entries it shows, whether more are on
 * their way, what went wrong, how many the reader has asked to see ("Show older articles"), and which
 * of several overlapping requests is still wanted when the place or the dates change faster than the
 * pages arrive. The pure parts (which pages, which entries, the cache) are in `panel.ts`.
 */
import type { DateRange } from '../core/range';
import type { PanelEntry } from '../data/explorer-data';
import { cachedLoader, keptEntries, PANEL_PAGE, panelEntries, type PageLoader } from './panel';

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
	range: DateRange;
	/** The outlet filter's `shows`, while it leaves outlets out. */
	shows?: (outletId: string) => boolean;
	/** How many articles in range the counts say there are: none, and nothing is fetched. */
	expected: number;
}

/**
 * The panel's entries for the selected place, date range and outlets. The page calls `show` whenever
 * one of them changes; the panel's buttons call `more` and `retry`. Only the newest request may change
 * what is shown, so a slow page for a place already left never replaces the current one. Entries
 * already shown that the new request still lists stay on screen while the rest load.
 */
export class PanelState {
	#view = $state.raw<PanelSnapshot>({ loading: false });
	/** How many of the newest articles in range to list, for the place "Show older" was last used on. */
	#limit = $state.raw({ place: '', limit: PANEL_PAGE });
	readonly #load: PageLoader;
	#request: Request | undefined;
	/** Bumped by every request; a request whose number is no longer current is discarded. */
	#generation = 0;

	/**
	 * `load` fetches a place's head and its sealed pages (the published client does); it is wrapped in
	 * a cache, so a place reopened or a range stepped back costs no second request, and a failed file is
	 * asked again.
	 */
	constructor(load: PageLoader) {
		this.#load = cachedLoader(load);
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
	 * Shows `place` in `range`, of the outlets `shows` keeps (all without it), where the counts expect
	 * `expected` articles. With no place (the panel closed), any request still running is dropped.
	 */
	show(
		place: string | undefined,
		range: DateRange = {},
		expected = 0,
		shows?: (outletId: string) => boolean
	): void {
		this.#generation++;
		this.#request = place ? { place, range, shows, expected } : undefined;
		if (this.#request) this.#fetch(this.#request);
	}

	/**
	 * Fetches what `show(place, range, …, shows)` would list, without showing it: the pointer resting on
	 * a place on the map is the click that usually follows, and its pages, kept by the cache, are then
	 * in hand when the click opens the panel. A failure is left for `show` to meet and report (the
	 * cache forgets a failed page, so `show` asks again).
	 */
	prefetch(place: string, range: DateRange = {}, shows?: (outletId: string) => boolean): void {
		panelEntries(this.#load, place, range, this.limit(place), shows).catch(() => {});
	}

	/** "Show older articles": one more page of the current place. */
	more(): void {
		const request = this.#request;
		if (!request) return;
		this.#limit = { place: request.place, limit: this.limit(request.place) + PANEL_PAGE };
		this.#generation++;
		this.#fetch(request);
	}

	/** "Try again" after a failure: the failed pages are asked for again (the cache forgot them). */
	retry(): void {
		const request = this.#request;
		if (!request) return;
		this.#generation++;
		this.#fetch(request);
	}

	#fetch({ place, range, shows, expected }: Request): void {
		const generation = this.#generation;
		const limit = this.limit(place);
		const previous = this.#view;
		const kept = previous.place === place ? keptEntries(previous.entries, range, limit, shows) : undefined;
		if (expected === 0) {
			this.#view = { place, entries: [], loading: false };
			return;
		}
		this.#view = { place, entries: kept, loading: true };
		panelEntries(this.#load, place, range, limit, shows).then(
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
