/**
 * The explorer's view state and its one URL schema, as pure functions. The URL is the single source
 * of truth: `ViewUrl` (`view-url.svelte.ts`) decodes it on load and on history moves and writes it
 * back on every change, so any view can be shared as a link, and every link to a view is built by
 * `viewPath` or `placePath` here.
 *
 * `?place=<id>&from=YYYY-MM-DD&to=YYYY-MM-DD&chronology=newest|oldest&layers=a,b&outlets=a,b#zoom/lat/lng`.
 * Both range ends are inclusive; `chronology` says the chronology is open, and in which order;
 * `outlets` lists the outlets whose articles are shown (absent: every outlet; empty: none).
 * Decoding never throws: a value that is malformed or unknown is dropped and the rest is kept.
 */
import { isIsoDate } from '../core/dates';
import { isChronologyOrder, type ChronologyOrder } from './chronology';
import { LAYER_IDS, type LayerId } from './layers';

/** The map's switchable layers (from the layer registry), in the order the layer control lists them. */
export { LAYER_IDS, type LayerId };

/** The camera in MapLibre's own hash format, `#zoom/lat/lng`. */
export interface Camera {
	zoom: number;
	lat: number;
	lng: number;
}

export interface ViewState {
	place?: string;
	/** First day shown, inclusive. */
	from?: string;
	/** Last day shown, inclusive. */
	to?: string;
	/** The chronology is open, listing from this end of the range. */
	chronology?: ChronologyOrder;
	/** Visible layers; all of them when the URL does not say. */
	layers: LayerId[];
	/** The outlets whose articles are shown, by id; every outlet when absent. */
	outlets?: string[];
	camera?: Camera;
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * The address without a hash that cannot be percent-decoded (`#%E0%A4%A`), or undefined when the hash
 * is fine. SvelteKit decodes the hash on start-up to scroll to an anchor and throws on a malformed one,
 * so the client drops such a hash before the router starts; it could never be a camera anyway.
 */
export function withoutBrokenHash(url: URL): string | undefined {
	try {
		decodeURIComponent(url.hash);
		return undefined;
	} catch {
		return url.pathname + url.search;
	}
}

/** Reads `#zoom/lat/lng` (extra bearing/pitch parts are tolerated and ignored). */
export function decodeCamera(hash: string): Camera | undefined {
	const parts = hash.replace(/^#/, '').split('/');
	if (parts.length < 3 || parts.length > 5 || !parts.slice(0, 3).every((p) => NUMBER.test(p)))
		return undefined;
	const [zoom, lat, lng] = parts.slice(0, 3).map(Number) as [number, number, number];
	if (zoom < 0 || zoom > 22 || Math.abs(lat) > 85.06 || Math.abs(lng) > 180) return undefined;
	return { zoom, lat, lng };
}

/** Writes the camera with the precision MapLibre uses: enough for a metre at street zoom. */
export function encodeCamera({ zoom, lat, lng }: Camera): string {
	const digits = Math.max(0, Math.ceil((zoom * Math.LN2 + Math.log(512 / 360 / 0.5)) / Math.LN10));
	const round = (v: number, d: number) => {
		const fixed = v.toFixed(d);
		const trimmed = fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
		return trimmed === '-0' ? '0' : trimmed;
	};
	return `#${round(zoom, 2)}/${round(lat, digits)}/${round(lng, digits)}`;
}

function decodeLayers(raw: string | null): LayerId[] {
	if (raw === null) return [...LAYER_IDS];
	if (raw === '') return [];
	const asked = new Set(raw.split(','));
	const known = LAYER_IDS.filter((id) => asked.has(id));
	return known.length > 0 ? known : [...LAYER_IDS];
}

/**
 * The outlets the URL names, known ones only, each once. Absent, or naming no known outlet at all, is
 * every outlet (`undefined`), as a link from an older corpus should still show something; empty is none.
 */
function decodeOutlets(raw: string | null, isOutlet: (id: string) => boolean): string[] | undefined {
	if (raw === null) return undefined;
	if (raw === '') return [];
	const known = [...new Set(raw.split(','))].filter((id) => SLUG.test(id) && isOutlet(id));
	return known.length > 0 ? known : undefined;
}

/**
 * Decodes a URL into a view state. `isPlace` and `isOutlet` tell whether a place or outlet id exists;
 * unknown ids are dropped. A range whose start is after its end is read with its ends swapped: both
 * days are valid, and the likeliest mistake is their order (a hand-edited link, or one written by a
 * tool that orders its parameters the other way); the page then writes the address back the right way.
 */
export function decodeViewState(
	url: URL,
	isPlace: (id: string) => boolean = () => true,
	isOutlet: (id: string) => boolean = () => true
): ViewState {
	const q = url.searchParams;
	const state: ViewState = { layers: decodeLayers(q.get('layers')) };
	const place = q.get('place');
	if (place && SLUG.test(place) && isPlace(place)) state.place = place;
	const from = q.get('from');
	const to = q.get('to');
	const okFrom = from !== null && isIsoDate(from) ? from : undefined;
	const okTo = to !== null && isIsoDate(to) ? to : undefined;
	const [first, last] = okFrom && okTo && okFrom > okTo ? [okTo, okFrom] : [okFrom, okTo];
	if (first) state.from = first;
	if (last) state.to = last;
	const chronology = q.get('chronology');
	if (isChronologyOrder(chronology)) state.chronology = chronology;
	const outlets = decodeOutlets(q.get('outlets'), isOutlet);
	if (outlets) state.outlets = outlets;
	const camera = decodeCamera(url.hash);
	if (camera) state.camera = camera;
	return state;
}

/** Encodes a view state onto `base` (its path is kept), leaving out what equals the default. */
export function encodeViewState(state: ViewState, base: URL | string): URL {
	const url = new URL(base);
	const params: [string, string][] = [];
	if (state.place) params.push(['place', state.place]);
	if (state.from) params.push(['from', state.from]);
	if (state.to) params.push(['to', state.to]);
	if (state.chronology) params.push(['chronology', state.chronology]);
	const all = LAYER_IDS.every((id) => state.layers.includes(id));
	if (!all) params.push(['layers', LAYER_IDS.filter((id) => state.layers.includes(id)).join(',')]);
	if (state.outlets) params.push(['outlets', [...new Set(state.outlets)].sort().join(',')]);
	url.search = params.map(([k, v]) => `${k}=${encodeURIComponent(v).replace(/%2C/g, ',')}`).join('&');
	url.hash = state.camera ? encodeCamera(state.camera) : '';
	return url;
}

/**
 * Decodes an address as the browser reports it. Unlike `decodeViewState` it takes a string, so an
 * address that is not a URL at all gives the default view instead of an exception.
 */
export function decodeViewHref(
	href: string,
	isPlace?: (id: string) => boolean,
	isOutlet?: (id: string) => boolean
): ViewState {
	let url: URL;
	try {
		url = new URL(href);
	} catch {
		return { layers: [...LAYER_IDS] };
	}
	return decodeViewState(url, isPlace, isOutlet);
}

/** A path to the explorer with its view: what SvelteKit's typed `resolve` accepts for the `/` route. */
export type ViewPath = '/' | `/?${string}` | `/#${string}`;

/**
 * The path of a view of the explorer from the site's root: `/` and the view's query and hash, with
 * unset parts left out and all layers by default. It is what `resolve` from `$app/paths` takes, which
 * adds the base path (relative in a prerendered page): `resolve(viewPath(state))`.
 */
export function viewPath(state: Partial<ViewState>): ViewPath {
	const url = encodeViewState({ layers: [...LAYER_IDS], ...state }, 'http://explorer.invalid/');
	if (url.search) return `/?${url.search.slice(1)}${url.hash}`;
	if (url.hash) return `/#${url.hash.slice(1)}`;
	return '/';
}

/** The path that opens the explorer on a place, for links from the reader and anywhere else. */
export function placePath(id: string): ViewPath {
	return viewPath({ place: id });
}
