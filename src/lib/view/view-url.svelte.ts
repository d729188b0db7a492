/**
 * The explorer's view state, owned in one place together with the URL that carries it. `ViewUrl`
 * reads the address once when created and again on every history move (`popstate`), and writes it
 * back on every change: a new history entry when a place is opened (so Back closes it again), in
 * place otherwise, and camera moves (and date and layer changes) at most every `CAMERA_WRITE_MS`, so
 * a pan does not flood the history API. The schema itself is the pure `decodeViewState` and
 * `encodeViewState` in `url-state.ts`; links to a view anywhere in the site are built by `viewPath`
 * and `placePath` (re-exported here), which need no class and no browser, so a prerendered page can
 * use them: `resolve(placePath(id))`.
 */
import { isIsoDate } from '../core/dates';
import type { DateRange } from '../core/range';
import { isChronologyOrder, type ChronologyOrder } from './chronology';
import {
	decodeViewHref,
	encodeViewState,
	LAYER_IDS,
	type Camera,
	type LayerId,
	type ViewState
} from './url-state';

export { placePath, viewPath, type ViewPath } from './url-state';

/** Camera moves reach the URL at most this often (and so do date and layer changes). */
export const CAMERA_WRITE_MS = 400;

/**
 * What `ViewUrl` needs of the browser, injected so it runs in Node under test: the current address
 * and the two ways of changing it. In the page these are `window.location` and SvelteKit's shallow
 * routing `pushState`/`replaceState`, which keep the router's own history bookkeeping in step.
 */
export interface UrlHost {
	readonly location: { readonly href: string };
	push(url: URL): void;
	replace(url: URL): void;
}

export interface ViewUrlOptions {
	host: UrlHost;
	/** Whether a place id exists; a URL or a `select` naming any other is ignored. */
	isPlace?: (id: string) => boolean;
	/** Whether an outlet id exists; a URL naming any other is read without it. */
	isOutlet?: (id: string) => boolean;
	/** Debounce of the writes that do not change the place (tests shorten it). */
	writeDelay?: number;
}

/**
 * The view state (place, date range, chronology, layers, camera) as reactive fields, mirrored to the URL. Each
 * field is its own `$state`, so a camera move does not invalidate what depends on the dates only.
 * Components read the getters and change the view through the methods; nothing else touches the URL.
 * Call `dispose` on teardown to drop a pending write.
 */
export class ViewUrl {
	#place = $state<string>();
	#from = $state<string>();
	#to = $state<string>();
	#chronology = $state<ChronologyOrder>();
	#layers = $state.raw<LayerId[]>([...LAYER_IDS]);
	#outlets = $state.raw<string[]>();
	#camera = $state.raw<Camera>();
	#range: DateRange = $derived({ from: this.#from, to: this.#to });

	readonly #host: UrlHost;
	readonly #isPlace: (id: string) => boolean;
	readonly #isOutlet: (id: string) => boolean;
	readonly #delay: number;
	/** The address last written, so a write that would repeat it is skipped. */
	#lastWritten = '';
	/** The place in the URL as last written or read: a change of it is a new history entry. */
	#lastPlace: string | undefined;
	#timer: ReturnType<typeof setTimeout> | undefined;

	constructor({
		host,
		isPlace = () => true,
		isOutlet = () => true,
		writeDelay = CAMERA_WRITE_MS
	}: ViewUrlOptions) {
		this.#host = host;
		this.#isPlace = isPlace;
		this.#isOutlet = isOutlet;
		this.#delay = writeDelay;
		this.#apply(this.#read());
		this.#lastPlace = this.#place;
		this.#changed();
	}

	get place(): string | undefined {
		return this.#place;
	}
	get from(): string | undefined {
		return this.#from;
	}
	get to(): string | undefined {
		return this.#to;
	}
	/** The chronology's order while it is open; undefined while it is closed. */
	get chronology(): ChronologyOrder | undefined {
		return this.#chronology;
	}
	get layers(): LayerId[] {
		return this.#layers;
	}
	get camera(): Camera | undefined {
		return this.#camera;
	}
	/** The outlets whose articles are shown; undefined for every outlet. */
	get outlets(): string[] | undefined {
		return this.#outlets;
	}
	/** Both ends together, for the timeline and the range index; only the dates invalidate it. */
	get range(): DateRange {
		return this.#range;
	}

	/** The whole view as a plain object, as `encodeViewState` takes it. */
	get state(): ViewState {
		const state: ViewState = { layers: [...this.#layers] };
		if (this.#place) state.place = this.#place;
		if (this.#from) state.from = this.#from;
		if (this.#to) state.to = this.#to;
		if (this.#chronology) state.chronology = this.#chronology;
		if (this.#camera) state.camera = { ...this.#camera };
		if (this.#outlets) state.outlets = [...this.#outlets];
		return state;
	}

	/** Opens a place (a new history entry) or, with `undefined`, closes it; an unknown id is ignored. */
	select(place: string | undefined): void {
		if (place !== undefined && !this.#isPlace(place)) return;
		if (place === this.#place) return;
		this.#place = place;
		this.#changed();
	}

	/** Sets both ends of the date range (inclusive); an end that is not a `YYYY-MM-DD` day is unset. */
	setRange(range: DateRange): void {
		const from = range.from !== undefined && isIsoDate(range.from) ? range.from : undefined;
		const to = range.to !== undefined && isIsoDate(range.to) ? range.to : undefined;
		if (from === this.#from && to === this.#to) return;
		this.#from = from;
		this.#to = to;
		this.#changed();
	}

	/**
	 * Opens the chronology in an order, or closes it with `undefined`; anything else is ignored. Written
	 * in place, like the dates: opening a list is not a step Back should undo.
	 */
	setChronology(order: ChronologyOrder | undefined): void {
		if (order !== undefined && !isChronologyOrder(order)) return;
		if (order === this.#chronology) return;
		this.#chronology = order;
		this.#changed();
	}

	/** Sets the visible layers; ids that are not layers are left out, and the order is the control's. */
	setLayers(layers: readonly LayerId[]): void {
		this.#layers = LAYER_IDS.filter((id) => layers.includes(id));
		this.#changed();
	}

	/**
	 * Shows the articles of these outlets only, or with `undefined` of every outlet; unknown ids are
	 * left out. Written in place, like the dates.
	 */
	setOutlets(outlets: readonly string[] | undefined): void {
		const next = outlets
			? outlets.filter((id, i) => this.#isOutlet(id) && outlets.indexOf(id) === i).sort()
			: undefined;
		const now = this.#outlets;
		if (next === now || (next && now && next.join(',') === now.join(','))) return;
		this.#outlets = next;
		this.#changed();
	}

	/** Records where the map looks (the map reports it after each move); a camera with a non-number is ignored. */
	setCamera(camera: Camera): void {
		if (![camera.zoom, camera.lat, camera.lng].every(Number.isFinite)) return;
		this.#camera = camera;
		this.#changed();
	}

	/**
	 * Back and Forward: the view becomes what the address now says, and nothing is written (the
	 * address is already right). An arrow function, so it can be handed to `<svelte:window onpopstate>`.
	 */
	readonly onpopstate = (): void => {
		this.dispose();
		const next = this.#read();
		this.#lastPlace = next.place;
		this.#lastWritten = this.#host.location.href;
		this.#apply(next);
	};

	/** Writes any pending change now (a camera write still waiting for its debounce). */
	flush(): void {
		if (this.#timer === undefined) return;
		clearTimeout(this.#timer);
		this.#timer = undefined;
		this.#write(this.state);
	}

	/** Drops a pending write; the page calls it when it is torn down. */
	dispose(): void {
		clearTimeout(this.#timer);
		this.#timer = undefined;
	}

	#read(): ViewState {
		return decodeViewHref(this.#host.location.href, this.#isPlace, this.#isOutlet);
	}

	#apply(state: ViewState): void {
		this.#place = state.place;
		this.#from = state.from;
		this.#to = state.to;
		this.#chronology = state.chronology;
		this.#layers = state.layers;
		this.#camera = state.camera;
		this.#outlets = state.outlets ? [...state.outlets].sort() : undefined;
	}

	/** A change of the place is written at once; anything else once the view has settled. */
	#changed(): void {
		clearTimeout(this.#timer);
		this.#timer = undefined;
		const state = this.state;
		if (state.place !== this.#lastPlace) {
			this.#write(state);
			return;
		}
		this.#timer = setTimeout(() => {
			this.#timer = undefined;
			this.#write(state);
		}, this.#delay);
	}

	/**
	 * A new history entry when a place is opened; in place when it is closed and when only the dates,
	 * layers or camera changed. Nothing is written when the address would not change.
	 */
	#write(state: ViewState): void {
		const here = this.#host.location.href;
		const url = encodeViewState(state, here);
		if (url.href === this.#lastWritten || url.href === here) return;
		this.#lastWritten = url.href;
		if (state.place !== this.#lastPlace && state.place) this.#host.push(url);
		else this.#host.replace(url);
		this.#lastPlace = state.place;
	}
}
