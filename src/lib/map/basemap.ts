/**
 * The offline base map: land, sea, borders, country names and towns from GeoJSON files shipped in
 * `static/basemap/`, with labels drawn from a bundled font through MapLibre's `font-faces`, so the
 * explorer needs no tile or glyph server. A user may swap in an online style (see `onlineStyleUrl`).
 */
import { httpUrl } from '$lib/data/url';
import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';

/** The font every label uses; the file ships with the app (Noto Sans, SIL OFL). */
export const LABEL_FONT = 'Noto Sans Regular';

const SEA = '#cfe0ea';
const LAND = '#f4f1ea';
const HALO = 'rgba(255,255,255,0.9)';

/** Base-map sources, each a file under `{base}/basemap/`. */
function sources(base: string): Record<string, SourceSpecification> {
	const file = (name: string) => `${base}/basemap/${name}.geojson`;
	return {
		land: { type: 'geojson', data: file('land') },
		countries: { type: 'geojson', data: file('countries') },
		borders: { type: 'geojson', data: file('borders') },
		'country-labels': { type: 'geojson', data: file('country-labels') },
		'basemap-towns': { type: 'geojson', data: file('towns') }
	};
}

function layers(): LayerSpecification[] {
	return [
		{ id: 'background', type: 'background', paint: { 'background-color': SEA } },
		{ id: 'land', type: 'fill', source: 'land', paint: { 'fill-color': LAND } },
		{
			id: 'syria-tint',
			type: 'fill',
			source: 'countries',
			filter: ['==', ['get', 'iso_a3'], 'SYR'],
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
			type: 'circle',
			source: 'basemap-towns',
			filter: ['<=', ['get', 'rank'], ['step', ['zoom'], 1, 6.5, 2, 8.5, 3, 10, 4]],
			paint: {
				'circle-radius': ['interpolate', ['linear'], ['zoom'], 5, 1.5, 10, 2.5],
				'circle-color': '#857f76',
				'circle-stroke-color': '#ffffff',
				'circle-stroke-width': 0.6
			}
		},
		{
			id: 'basemap-towns-label',
			type: 'symbol',
			source: 'basemap-towns',
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

/** The bundled font files: Latin, and Latin Extended for transliterated names such as Ḩamāh. */
export interface FontFiles {
	latin: string;
	latinExt: string;
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
export function offlineStyle(base: string, fonts: FontFiles): StyleSpecification {
	return {
		version: 8,
		name: 'Offline base map',
		'font-faces': {
			[LABEL_FONT]: [
				{
					url: fonts.latin,
					'unicode-range': ['U+0000-00FF', 'U+0131', 'U+0152-0153', 'U+02BB-02BC', 'U+2000-206F']
				},
				{
					url: fonts.latinExt,
					'unicode-range': ['U+0100-02BA', 'U+02BD-02FF', 'U+1E00-1EFF', 'U+2C60-2C7F', 'U+A720-A7FF']
				}
			]
		},
		sources: sources(base),
		layers: layers()
	};
}

/**
 * An online style URL chosen by whoever builds the site (`PUBLIC_ONLINE_STYLE_URL`), or by the user in
 * the page. Only http(s) URLs count; anything else leaves the offline map in place.
 */
export function onlineStyleUrl(candidate: string | null | undefined): string | undefined {
	return httpUrl(candidate)?.href;
}
