/**
 * The offline base map: land, sea, borders, country names and towns from files shipped in
 * `static/basemap/` (written by `npm run basemap`, `tools/basemap/`), with labels drawn from a bundled font
 * through MapLibre's `font-faces`, so the explorer needs no tile or glyph server. A user may swap in an
 * online style (see `onlineStyleUrl`).
 *
 * Two maps in one: the detailed regional map inside {@link REGION_BOUNDS} (loaded with the page), and a
 * coarse map of the whole world beneath it (loaded the first time the view reaches beyond the region, see
 * {@link DEFERRED_PARTS}). A sea-coloured rectangle over the world layer, exactly the region's bounds, hides
 * the coarse coast and borders where the regional map draws its own.
 */
import type {
	FilterSpecification,
	LayerSpecification,
	SourceSpecification,
	StyleSpecification
} from 'maplibre-gl';
import { httpUrl } from '../core/url';
import { LAYERS, STYLE_COLORS } from '../view/layers';
import { alongEdge, onAntimeridian, outline, type Bounds } from './outline';
import { unpackCollection, type PackedCollection } from './packed';
import { switchedBy } from './switchable';

/** The font every label uses; the file ships with the app (Noto Sans, SIL OFL). */
export const LABEL_FONT = 'Noto Sans Regular';

const SEA = STYLE_COLORS.sea;
const LAND = STYLE_COLORS.land;
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

/**
 * The area the detailed regional map covers (west, south, east, north): its land and borders are cut at
 * these edges. Beyond them only the world map is drawn.
 */
export const REGION_BOUNDS: Bounds = [29, 28, 48, 42];

/** The sources the world map draws from; empty until its deferred part ({@link DEFERRED_PARTS}) fills them. */
export const WORLD_SOURCES = {
	land: 'world-land',
	coast: 'world-coast',
	borders: 'world-borders',
	labels: 'world-labels'
} as const;

/** The file with one label point per country, for the world map. */
export function worldLabelsUrl(base: string): string {
	return `${base}/basemap/world-labels.geojson`;
}

/**
 * The zoom from which the regional outlines are drawn in full detail. Below it the map draws an
 * overview of the same land, Syria and borders (`*-overview.packed.json`, simplified to under a pixel
 * there), which is what the first screen, at zoom 7.3, fetches; the detailed files load the first time
 * the map is zoomed in this far ({@link DEFERRED_PARTS}) and replace it.
 */
export const OUTLINE_DETAIL_ZOOM = 7.5;

/** The sources the regional outlines are drawn from: the overview at first, the detail once loaded. */
export const OUTLINE_SOURCES = ['land', 'coast', 'syria', 'borders'] as const;

/** The packed outlines the page fetches and unpacks (see `loadBasemap` and `loadOutlines`). */
export interface BasemapShapes {
	land: GeoJSON.FeatureCollection;
	/** The regional land's coast: its outline without the cuts along {@link REGION_BOUNDS}. */
	coast: GeoJSON.FeatureCollection;
	syria: GeoJSON.FeatureCollection;
	borders: GeoJSON.FeatureCollection;
}

const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

/** The rectangle of {@link REGION_BOUNDS}, which hides the world map under the regional one. */
function regionRectangle(): GeoJSON.Feature<GeoJSON.Polygon> {
	const [w, s, e, n] = REGION_BOUNDS;
	return {
		type: 'Feature',
		properties: {},
		geometry: {
			type: 'Polygon',
			coordinates: [
				[
					[w, s],
					[e, s],
					[e, n],
					[w, n],
					[w, s]
				]
			]
		}
	};
}

/** Base-map sources: the outlines as data, the points as files under `{base}/basemap/`. */
function sources(base: string, shapes: BasemapShapes): Record<string, SourceSpecification> {
	const file = (name: string) => `${base}/basemap/${name}.geojson`;
	return {
		[WORLD_SOURCES.land]: { type: 'geojson', data: EMPTY },
		[WORLD_SOURCES.coast]: { type: 'geojson', data: EMPTY },
		[WORLD_SOURCES.borders]: { type: 'geojson', data: EMPTY },
		[WORLD_SOURCES.labels]: { type: 'geojson', data: EMPTY },
		'region-rectangle': { type: 'geojson', data: regionRectangle() },
		land: { type: 'geojson', data: shapes.land },
		coast: { type: 'geojson', data: shapes.coast },
		syria: { type: 'geojson', data: shapes.syria },
		borders: { type: 'geojson', data: shapes.borders },
		'country-labels': { type: 'geojson', data: file('country-labels') },
		[TOWNS_SOURCE]: { type: 'geojson', data: file('towns-major') }
	};
}

/**
 * The world map's capitals and largest cities (beyond the region, whose towns are drawn above): capitals
 * from zoom 3, other cities from zoom 4. Switched with the regional towns.
 */
function worldCityLayers(): LayerSpecification[] {
	const filter: FilterSpecification = [
		'all',
		['==', ['get', 'kind'], 'city'],
		['<=', ['get', 'rank'], ['step', ['zoom'], 0, 3, 1, 4, 2]]
	];
	return [
		{
			id: 'world-cities-circle',
			metadata: switchedBy('basemap-towns'),
			type: 'circle',
			source: WORLD_SOURCES.labels,
			filter,
			paint: {
				'circle-radius': ['interpolate', ['linear'], ['zoom'], 3, 1.5, 8, 3],
				'circle-color': LAYERS['basemap-towns'].color,
				'circle-stroke-color': '#ffffff',
				'circle-stroke-width': 0.6
			}
		},
		{
			id: 'world-cities-label',
			metadata: switchedBy('basemap-towns'),
			type: 'symbol',
			source: WORLD_SOURCES.labels,
			filter,
			layout: {
				'text-field': ['get', 'name'],
				'text-font': [LABEL_FONT],
				'text-size': ['interpolate', ['linear'], ['zoom'], 3, 10, 8, 12],
				'text-anchor': 'top',
				'text-offset': [0, 0.5],
				'text-optional': true,
				'symbol-sort-key': ['get', 'rank']
			},
			paint: { 'text-color': STYLE_COLORS.townText, 'text-halo-color': HALO, 'text-halo-width': 1.2 }
		}
	];
}

/** Country names on the world map; `region` picks those of the countries the regional map labels. */
function worldLabelLayer(id: string, region: boolean): LayerSpecification {
	return {
		id,
		type: 'symbol',
		source: WORLD_SOURCES.labels,
		// The regional map's own labels, placed by hand, take over from zoom 5.
		maxzoom: region ? 5 : 7,
		filter: [
			'all',
			['==', ['get', 'kind'], 'country'],
			[region ? '==' : '!=', ['get', 'region'], 1],
			['<=', ['get', 'rank'], ['step', ['zoom'], 1, 2.5, 2, 4, 3]]
		],
		layout: {
			'text-field': ['get', 'name'],
			'text-font': [LABEL_FONT],
			'text-size': ['interpolate', ['linear'], ['zoom'], 1, 10, 6, 13],
			'text-transform': 'uppercase',
			'text-letter-spacing': 0.12,
			'text-max-width': 7,
			'symbol-sort-key': ['get', 'rank']
		},
		paint: { 'text-color': STYLE_COLORS.countryText, 'text-halo-color': HALO, 'text-halo-width': 1 }
	};
}

function layers(): LayerSpecification[] {
	return [
		{ id: 'background', type: 'background', paint: { 'background-color': SEA } },
		{ id: 'world-land', type: 'fill', source: WORLD_SOURCES.land, paint: { 'fill-color': LAND } },
		{
			id: 'world-coast',
			type: 'line',
			source: WORLD_SOURCES.coast,
			paint: {
				'line-color': STYLE_COLORS.coast,
				'line-width': ['interpolate', ['linear'], ['zoom'], 1, 0.4, 6, 0.9]
			}
		},
		{
			id: 'world-borders',
			type: 'line',
			source: WORLD_SOURCES.borders,
			layout: { 'line-join': 'round' },
			paint: {
				'line-color': STYLE_COLORS.border,
				'line-width': ['interpolate', ['linear'], ['zoom'], 1, 0.5, 6, 1.2],
				'line-dasharray': [4, 2]
			}
		},
		{
			id: 'region-rectangle',
			type: 'fill',
			source: 'region-rectangle',
			// Antialiasing would draw the rectangle's edge in sea colour across the land it borders.
			paint: { 'fill-color': SEA, 'fill-antialias': false }
		},
		{ id: 'land', type: 'fill', source: 'land', paint: { 'fill-color': LAND } },
		{
			id: 'syria-tint',
			type: 'fill',
			source: 'syria',
			paint: { 'fill-color': STYLE_COLORS.syria }
		},
		{
			id: 'coastline',
			type: 'line',
			source: 'coast',
			paint: {
				'line-color': STYLE_COLORS.coast,
				'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.5, 10, 1.2]
			}
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
				'line-color': STYLE_COLORS.border,
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
				'circle-radius': ['interpolate', ['linear'], ['zoom'], 5, 1.5, 10, 2.5, 13, 3.5],
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
				'text-size': ['interpolate', ['linear'], ['zoom'], 5, 10, 10, 11.5, 13, 13],
				'text-anchor': 'top',
				'text-offset': [0, 0.5],
				'text-optional': true,
				'symbol-sort-key': ['get', 'rank']
			},
			paint: { 'text-color': STYLE_COLORS.townText, 'text-halo-color': HALO, 'text-halo-width': 1.2 }
		},
		...worldCityLayers(),
		worldLabelLayer('world-labels', false),
		worldLabelLayer('world-labels-region', true),
		{
			id: 'country-labels',
			type: 'symbol',
			source: 'country-labels',
			minzoom: 5,
			maxzoom: 9,
			layout: {
				'text-field': ['get', 'name'],
				'text-font': [LABEL_FONT],
				'text-size': ['case', ['==', ['get', 'kind'], 'sea'], 13, 15],
				'text-transform': 'uppercase',
				'text-letter-spacing': 0.2
			},
			paint: {
				'text-color': [
					'case',
					['==', ['get', 'kind'], 'sea'],
					STYLE_COLORS.seaText,
					STYLE_COLORS.countryText
				],
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

/** A font cut out of a bundled file (`npm run basemap`), and the code points it covers. */
export interface FontCut {
	url: string;
	unicodeRange: string[];
}

/**
 * The bundled font files, each cut tried before the whole file it was cut from: printable ASCII and
 * the Latin letters the base map's names use (`label-font-latin.woff2`, 7 KB of the Latin file's 13),
 * then the whole Latin file; the Latin Extended letters the names use (`label-font-ext.woff2`), then the
 * whole Latin Extended file. A whole file is fetched only if a label draws a letter its cut lacks.
 */
export interface FontFiles {
	latin: string;
	latinExt: string;
	latinSubset?: FontCut;
	extSubset?: FontCut;
}

/**
 * The offline style. `fonts` are the bundled font files' URLs; `base` the app's base path. The corpus
 * layers are added on top of these by the map component.
 */
export function offlineStyle(base: string, fonts: FontFiles, shapes: BasemapShapes): StyleSpecification {
	const cut = (c?: FontCut) => (c ? [{ url: c.url, 'unicode-range': c.unicodeRange }] : []);
	return {
		version: 8,
		name: 'Offline base map',
		'font-faces': {
			[LABEL_FONT]: [
				...cut(fonts.latinSubset),
				{ url: fonts.latin, 'unicode-range': LATIN_RANGES },
				...cut(fonts.extSubset),
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

/** What the offline base map needs before the map starts: its outlines and the font cuts. */
export interface OfflineBasemap {
	shapes: BasemapShapes;
	latinSubset: FontCut;
	extSubset: FontCut;
}

/**
 * Fetches and unpacks the regional outlines at one level of detail: the overview the first screen
 * draws, or the detail drawn from {@link OUTLINE_DETAIL_ZOOM}.
 */
export async function loadOutlines(
	fetcher: Fetch,
	base: string,
	level: 'overview' | 'detail'
): Promise<BasemapShapes> {
	const file = (name: string) =>
		`${base}/basemap/${name}${level === 'overview' ? '-overview' : ''}.packed.json`;
	const [land, syria, borders] = await Promise.all([
		json<PackedCollection>(fetcher, file('land')),
		json<PackedCollection>(fetcher, file('syria')),
		json<PackedCollection>(fetcher, file('borders'))
	]);
	const landShapes = unpackCollection(land);
	return {
		land: landShapes,
		coast: outline(landShapes, (a, b) => alongEdge(a, b, REGION_BOUNDS)),
		syria: unpackCollection(syria),
		borders: unpackCollection(borders)
	};
}

/**
 * Fetches what the offline base map needs before the map starts (in parallel with the page's other
 * data): the overview outlines and the code points of the font cuts.
 */
export async function loadBasemap(fetcher: Fetch, base: string): Promise<OfflineBasemap> {
	const dir = `${base}/basemap`;
	const cut = async (name: string): Promise<FontCut> => ({
		url: `${dir}/${name}.woff2`,
		unicodeRange: (await json<{ unicodeRange: string[] }>(fetcher, `${dir}/${name}.json`)).unicodeRange
	});
	const [shapes, latinSubset, extSubset] = await Promise.all([
		loadOutlines(fetcher, base, 'overview'),
		cut('label-font-latin'),
		cut('label-font-ext')
	]);
	return { shapes, latinSubset, extSubset };
}

/** The world map's land, coast and borders, unpacked (see {@link DEFERRED_PARTS}). */
export interface WorldShapes {
	land: GeoJSON.FeatureCollection;
	/** The land's outline without Natural Earth's cuts along the antimeridian. */
	coast: GeoJSON.FeatureCollection;
	borders: GeoJSON.FeatureCollection;
}

/** Fetches and unpacks the world map's land and borders. */
export async function loadWorld(fetcher: Fetch, base: string): Promise<WorldShapes> {
	const dir = `${base}/basemap`;
	const [land, borders] = await Promise.all([
		json<PackedCollection>(fetcher, `${dir}/world-land.packed.json`),
		json<PackedCollection>(fetcher, `${dir}/world-borders.packed.json`)
	]);
	const landShapes = unpackCollection(land);
	return {
		land: landShapes,
		coast: outline(landShapes, onAntimeridian),
		borders: unpackCollection(borders)
	};
}

/**
 * Whether a view (west, south, east, north) reaches beyond the regional map, so the world map is needed.
 * West and east may run past ±180 when the map shows copies of the world side by side.
 */
export function viewLeavesRegion([w, s, e, n]: Bounds): boolean {
	const [rw, rs, re, rn] = REGION_BOUNDS;
	return w < rw || s < rs || e > re || n > rn;
}

/**
 * An online style URL chosen by whoever builds the site (`PUBLIC_ONLINE_STYLE_URL`), or by the user in
 * the page. Only http(s) URLs count; anything else leaves the offline map in place.
 */
export function onlineStyleUrl(candidate: string | null | undefined): string | undefined {
	return httpUrl(candidate)?.href;
}

/** What a deferred part of the base map looks at to tell whether the view needs it. */
export interface MapView {
	zoom: number;
	/** West, south, east, north; west and east may run past ±180. */
	bounds: Bounds;
}

/**
 * A part of the offline base map the first screen leaves out, loaded once, the first time the view
 * needs it (`DeferredBasemap.svelte`). A failed load is tried again at the next move.
 */
export interface DeferredPart {
	/** What it is, for tests and messages. */
	name: string;
	/** Whether a view needs the part. */
	wanted(view: MapView): boolean;
	/** What to put into which source: data, or a file's address for MapLibre to fetch itself. */
	load(fetcher: Fetch, base: string): Promise<Record<string, GeoJSON.GeoJSON | string>>;
}

/**
 * The parts of the offline base map that wait for the view to need them, so the first screen, zoomed
 * out over north-west Syria, pays for none of them: the detailed outlines (replacing the overview in
 * the same sources from {@link OUTLINE_DETAIL_ZOOM}), every town (replacing the larger ones from
 * {@link TOWN_DETAIL_ZOOM}) and the world map (once the view reaches beyond {@link REGION_BOUNDS}).
 */
export const DEFERRED_PARTS: readonly DeferredPart[] = [
	{
		name: 'detailed outlines',
		wanted: ({ zoom }) => zoom >= OUTLINE_DETAIL_ZOOM,
		load: async (fetcher, base) => ({ ...(await loadOutlines(fetcher, base, 'detail')) })
	},
	{
		name: 'every town',
		wanted: ({ zoom }) => zoom >= TOWN_DETAIL_ZOOM,
		load: async (_fetcher, base) => ({ [TOWNS_SOURCE]: allTownsUrl(base) })
	},
	{
		name: 'world map',
		wanted: ({ bounds }) => viewLeavesRegion(bounds),
		load: async (fetcher, base) => {
			const world = await loadWorld(fetcher, base);
			return {
				[WORLD_SOURCES.land]: world.land,
				[WORLD_SOURCES.coast]: world.coast,
				[WORLD_SOURCES.borders]: world.borders,
				[WORLD_SOURCES.labels]: worldLabelsUrl(base)
			};
		}
	}
];
