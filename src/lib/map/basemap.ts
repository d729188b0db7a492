/**
 * The offline base map: land, sea, borders, country names and towns from files shipped in
 * `static/basemap/` (written by `npm run basemap`, `tools/basemap/`), with labels drawn from a bundled font
 * through MapLibre's `font-faces`, so the explorer needs no tile or glyph server. A user may swap in an
 * online style (see `onlineStyleUrl`).
 */
import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import { httpUrl } from '../core/url';
import { LAYERS } from '../view/layers';
import { unpackCollection, type PackedCollection } from './packed';
import { switchedBy } from './switchable';

/** The font every label uses; the file ships with the app (Noto Sans, SIL OFL). */
export const LABEL_FONT = 'Noto Sans Regular';

const SEA = '#cfe0ea';
const LAND = '#f4f1ea';
const HALO = 'rgba(255,255,255,0.9)';

/** Towns of this rank and above (smaller) are drawn from zoom 8.5; the map loads them when needed. */
export const TOWN_DETAIL_RANK = 3;
/** The zoom from which the map loads every town (half a level before the first of them shows). */
export const TOWN_DETAIL_ZOOM = 8;
/** The source the town layers draw from. */
export const TOWNS_SOURCE = 'basemap-towns';

/** The file with every town, ranks 1–4 (the map starts with `towns-major.geojson`, ranks 1–2). */
export function allTownsUrl(base: string): string {
	return `${base}/basemap/towns.geojson`;
}

/** The packed outlines the page fetches and unpacks before the map starts (see `loadBasemap`). */
export interface BasemapShapes {
	land: GeoJSON.FeatureCollection;
	syria: GeoJSON.FeatureCollection;
	borders: GeoJSON.FeatureCollection;
}

/** Base-map sources: the outlines as data, the points as files under `{base}/basemap/`. */
function sources(base: string, shapes: BasemapShapes): Record<string, SourceSpecification> {
	const file = (name: string) => `${base}/basemap/${name}.geojson`;
	return {
		land: { type: 'geojson', data: shapes.land },
		syria: { type: 'geojson', data: shapes.syria },
		borders: { type: 'geojson', data: shapes.borders },
		'country-labels': { type: 'geojson', data: file('country-labels') },
		[TOWNS_SOURCE]: { type: 'geojson', data: file('towns-major') }
	};
}

function layers(): LayerSpecification[] {
	return [
		{ id: 'background', type: 'background', paint: { 'background-color': SEA } },
		{ id: 'land', type: 'fill', source: 'land', paint: { 'fill-color': LAND } },
		{
			id: 'syria-tint',
			type: 'fill',
			source: 'syria',
			paint: { 'fill-color': '#fbf8f1' }
		},
		{
			id: 'coastline',
			type: 'line',
			source: 'land',
			paint: { 'line-color': '#9fb7c6', 'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.5, 10, 1.2] }
		},
		{
			id: 'country-borders-casing',
			type: 'line',
			source: 'borders',
			layout: { 'line-join': 'round' },
			paint: { 'line-color': '#ffffff', 'line-width': ['interpolate', ['linear'], ['zoom'], 4, 2, 10, 4] }
		},
		{
			id: 'country-borders',
			type: 'line',
			source: 'borders',
			layout: { 'line-join': 'round' },
			paint: {
				'line-color': '#8f7a98',
				'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.9, 10, 2],
				'line-dasharray': [4, 2]
			}
		},
		{
			id: 'basemap-towns-circle',
			metadata: switchedBy('basemap-towns'),
			type: 'circle',
			source: TOWNS_SOURCE,
			filter: ['<=', ['get', 'rank'], ['step', ['zoom'], 1, 6.5, 2, 8.5, 3, 10, 4]],
			paint: {
				'circle-radius': ['interpolate', ['linear'], ['zoom'], 5, 1.5, 10, 2.5],
				'circle-color': LAYERS['basemap-towns'].color,
				'circle-stroke-color': '#ffffff',
				'circle-stroke-width': 0.6
			}
		},
		{
			id: 'basemap-towns-label',
			metadata: switchedBy('basemap-towns'),
			type: 'symbol',
			source: TOWNS_SOURCE,
			filter: ['<=', ['get', 'rank'], ['step', ['zoom'], 1, 6.5, 2, 8.5, 3, 10, 4]],
			layout: {
				'text-field': ['get', 'name'],
				'text-font': [LABEL_FONT],
				'text-size': ['interpolate', ['linear'], ['zoom'], 5, 10, 10, 11.5],
				'text-anchor': 'top',
				'text-offset': [0, 0.5],
				'text-optional': true,
				'symbol-sort-key': ['get', 'rank']
			},
			paint: { 'text-color': '#6b655c', 'text-halo-color': HALO, 'text-halo-width': 1.2 }
		},
		{
			id: 'country-labels',
			type: 'symbol',
			source: 'country-labels',
			maxzoom: 9,
			layout: {
				'text-field': ['get', 'name'],
				'text-font': [LABEL_FONT],
				'text-size': ['case', ['==', ['get', 'kind'], 'sea'], 13, 15],
				'text-transform': 'uppercase',
				'text-letter-spacing': 0.2
			},
			paint: {
				'text-color': ['case', ['==', ['get', 'kind'], 'sea'], '#4f7a94', '#8a7f8d'],
				'text-halo-color': HALO,
				'text-halo-width': 1
			}
		}
	];
}

/** What the label font's Latin file covers. */
export const LATIN_RANGES = ['U+0000-00FF', 'U+0131', 'U+0152-0153', 'U+02BB-02BC', 'U+2000-206F'];
/** What its Latin Extended file covers: transliterated names such as Ḩamāh. */
export const LATIN_EXT_RANGES = ['U+0100-02BA', 'U+02BD-02FF', 'U+1E00-1EFF', 'U+2C60-2C7F', 'U+A720-A7FF'];

/** Whether a code point is in a list of CSS `unicode-range` entries (`U+XXXX` or `U+XXXX-YYYY`). */
export function codePointIn(cp: number, ranges: readonly string[]): boolean {
	return ranges.some((r) => {
		const [a, b = a] = r.replace(/^U\+/i, '').split('-');
		return cp >= parseInt(a!, 16) && cp <= parseInt(b!, 16);
	});
}

/**
 * The bundled font files: Latin; the few Latin Extended letters the base map's names use
 * (`label-font-ext.woff2`, with the code points it covers), tried first; and the whole Latin Extended
 * file for any other such letter in the corpus names, which the browser fetches only if one is drawn.
 */
export interface FontFiles {
	latin: string;
	latinExt: string;
	extSubset?: { url: string; unicodeRange: string[] };
}

/**
 * The area the base map covers (west, south, east, north). The camera is kept inside it, since beyond
 * it the offline data stop.
 */
export const BASEMAP_BOUNDS: [number, number, number, number] = [29, 28, 48, 42];

/**
 * The offline style. `fonts` are the bundled font files' URLs; `base` the app's base path. The corpus
 * layers are added on top of these by the map component.
 */
export function offlineStyle(base: string, fonts: FontFiles, shapes: BasemapShapes): StyleSpecification {
	const subset = fonts.extSubset
		? [{ url: fonts.extSubset.url, 'unicode-range': fonts.extSubset.unicodeRange }]
		: [];
	return {
		version: 8,
		name: 'Offline base map',
		'font-faces': {
			[LABEL_FONT]: [
				{ url: fonts.latin, 'unicode-range': LATIN_RANGES },
				...subset,
				{ url: fonts.latinExt, 'unicode-range': LATIN_EXT_RANGES }
			]
		},
		sources: sources(base, shapes),
		layers: layers()
	};
}

type Fetch = typeof fetch;

async function json<T>(fetcher: Fetch, url: string): Promise<T> {
	const res = await fetcher(url);
	if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
	return (await res.json()) as T;
}

/** What the offline base map needs before the map starts: its outlines and the font cut-out. */
export interface OfflineBasemap {
	shapes: BasemapShapes;
	extSubset: { url: string; unicodeRange: string[] };
}

/** Fetches and unpacks the offline base map's outlines (in parallel with the page's other data). */
export async function loadBasemap(fetcher: Fetch, base: string): Promise<OfflineBasemap> {
	const dir = `${base}/basemap`;
	const [land, syria, borders, font] = await Promise.all([
		json<PackedCollection>(fetcher, `${dir}/land.packed.json`),
		json<PackedCollection>(fetcher, `${dir}/syria.packed.json`),
		json<PackedCollection>(fetcher, `${dir}/borders.packed.json`),
		json<{ unicodeRange: string[] }>(fetcher, `${dir}/label-font-ext.json`)
	]);
	return {
		shapes: {
			land: unpackCollection(land),
			syria: unpackCollection(syria),
			borders: unpackCollection(borders)
		},
		extSubset: { url: `${dir}/label-font-ext.woff2`, unicodeRange: font.unicodeRange }
	};
}

/**
 * An online style URL chosen by whoever builds the site (`PUBLIC_ONLINE_STYLE_URL`), or by the user in
 * the page. Only http(s) URLs count; anything else leaves the offline map in place.
 */
export function onlineStyleUrl(candidate: string | null | undefined): string | undefined {
	return httpUrl(candidate)?.href;
}
