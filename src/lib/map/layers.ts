/**
 * The map's sources and layers, declared as data. The map's owner adds exactly these, and its parts
 * change what they show through feature state (date range, counts, statuses, selection), layout
 * visibility (the layer control) and the two small label sources; no other code adds or removes
 * layers. Which registry layer (`src/lib/view/layers.ts`) switches a style layer is in its metadata
 * (`switchedBy`); colours, kind filters and the status marks come from the registry.
 *
 * **Labels and collisions.** MapLibre places symbols layer by layer from the top of the style down (the
 * last layer is placed first), and within a layer by `symbol-sort-key`, lowest first; a symbol that
 * would overlap one already placed is left out unless it allows overlap. So the order below is the
 * labels' priority: the selected place's event label is the last layer (placed first, always shown),
 * then the names of the towns in the date range (busiest places first: an analyst reads the map by its
 * names), then the event labels of towns, posts and bases where there is room (newest first), the
 * event labels of roads and areas, the posts' and bases' names, the road numbers (one short label every
 * 300 px: an analyst finds the M4 and the M5 by them, and an area's name, as wide as the area, would
 * otherwise take every spot along a road that crosses it, as the M4 corridor's does), the areas' names,
 * and last the names of towns out of range, drawn faded because no article in the range names them.
 *
 * Layout properties and filters (and so whether a label takes room at all) cannot read feature state,
 * and a label drawn fully transparent still takes its room. So the two kinds of label a date change
 * moves in priority are data of their own, in one small source that holds only what is drawn
 * (`LABELS_SOURCE`): the event labels (a few per range) and the names of the places in range
 * (`place-names.ts`), told apart by their `role`. It is rewritten only when what it holds changes;
 * everything else a date change alters stays feature state on the places source, which a date change
 * never re-tiles. One source rather than one per kind because MapLibre lays out each changed source's
 * tiles on its own and draws the map again as each arrives: with two, a date change that moved both
 * took a render more (measured in the page on the real corpus, four steps of 2020: 5, 5, 7 and 4
 * renders with two sources, 5, 4, 6 and 3 with them merged in the page, the same labels drawn, and
 * 3, 5, 6 and 4 in the site built with one).
 */
import type {
	ExpressionSpecification,
	LayerSpecification,
	SourceSpecification,
	StyleSpecification,
	SymbolLayerSpecification
} from 'maplibre-gl';
import { LAYERS, STYLE_COLORS, statusesMarked, type LayerId, type StatusMark } from '../view/layers';
import { switchedBy } from './switchable';

/** The source holding the corpus places (points, lines and areas). */
export const PLACES_SOURCE = 'places';
/**
 * The source holding just the labels a date change moves: the event labels shown for the range and the
 * names of the places in range (`MapLabels.svelte`), each feature with its `role`.
 */
export const LABELS_SOURCE = 'labels';

/** A label's `role` in `LABELS_SOURCE`: a place's name, or an event's label. */
export type LabelRole = 'name' | 'event';

/** Only the features of `LABELS_SOURCE` with this role. */
function hasRole(role: LabelRole): ExpressionSpecification {
	return ['==', ['get', 'role'], role];
}

/** The ids of the event-label layers (`eventLabelLayer`), top of the style last. */
export const EVENT_LABEL_LAYERS = ['events-label-broad', 'events-label', 'events-label-selected'] as const;

/** Feature-state keys the paint expressions read. */
export interface PlaceFeatureState {
	/** Mentioned by an article in the date range (or, for posts, established by its end). */
	active: boolean;
	/** Exists in the range at all: posts before their `established` date are hidden. */
	exists: boolean;
	/** Articles in range that mention it. */
	count: number;
	selected: boolean;
	hovered: boolean;
	/** Pointed at from a list (the chronology's entry under the pointer or the keyboard focus). */
	pointed: boolean;
	/** A dated event of this place falls in the range. */
	event: boolean;
	/** Its status on the range's last day (`PLACE_STATUSES`), or `''` for none. */
	status: string;
}

const state = <T extends keyof PlaceFeatureState>(
	key: T,
	fallback: PlaceFeatureState[T]
): ExpressionSpecification => ['coalesce', ['feature-state', key], fallback];

const kindIs = (...kinds: readonly string[]): ExpressionSpecification => [
	'in',
	['get', 'kind'],
	['literal', [...kinds]]
];

/** The kind filter of a registry layer: the place kinds the registry says it draws. */
const kindsOf = (id: LayerId): ExpressionSpecification => kindIs(...LAYERS[id].kinds);
const isApproximate: ExpressionSpecification = ['!=', ['get', 'precision'], 'exact'];
const notGroup: ExpressionSpecification = ['!', ['has', 'members']];

/** Faded when nothing in range mentions it; gone when it does not exist yet. */
const opacity = (on: number, off: number): ExpressionSpecification => [
	'case',
	['!', state('exists', true)],
	0,
	['boolean', state('active', true)],
	on,
	off
];

/** Radius grows with the number of articles in range that mention the place. */
const radiusByCount = (base: number): ExpressionSpecification => [
	'+',
	base,
	['*', 2.2, ['sqrt', ['to-number', state('count', 0)]]],
	['case', ['boolean', state('selected', false)], 2, 0]
];

const SELECTED_COLOR = STYLE_COLORS.selected;

/** What a list points at on the map: a ring (or an outline) in a blue no kind of place is drawn in. */
const POINTED_COLOR = STYLE_COLORS.pointed;
const isPointed: ExpressionSpecification = ['boolean', state('pointed', false)];

/** True when the place's status is one the registry draws its observation posts with `mark`. */
const postMarked = (mark: StatusMark): ExpressionSpecification => [
	'in',
	state('status', ''),
	['literal', statusesMarked('observation-posts', mark)]
];

/** The ring round a surrounded post (a shape, so colour is not the only signal). */
const RING_COLOR = STYLE_COLORS.surrounded;

/** Taken from GeoNames without review (`curation: automatic`): drawn hollow, explained in the legend. */
const isAutomatic: ExpressionSpecification = ['==', ['get', 'automatic'], true];

const TEXT_HALO = 'rgba(255,255,255,0.92)';

/**
 * Colours per group: the registry's legend colours, plus the kinds drawn in their own colour within a
 * registry layer (zones among the areas; capitals, land forms and sites among the places). Shapes differ too, so colour is
 * never the only signal.
 */
const COLORS = {
	areas: LAYERS.areas.color,
	zones: STYLE_COLORS.zone,
	highway: LAYERS.highway.color,
	place: LAYERS.places.color,
	capital: STYLE_COLORS.capital,
	landform: STYLE_COLORS.landform,
	site: STYLE_COLORS.site
} as const;

/**
 * A point place's fill: capitals, land forms (mountains and plains) and sites (border crossings, camps,
 * airports) each in their own colour, every other place in the places' one.
 */
const kindColor: ExpressionSpecification = [
	'case',
	['==', ['get', 'kind'], 'capital'],
	COLORS.capital,
	['in', ['get', 'kind'], ['literal', ['mountain', 'plain']]],
	COLORS.landform,
	['in', ['get', 'kind'], ['literal', ['crossing', 'camp', 'airport']]],
	COLORS.site,
	COLORS.place
];

const label = (size: number, offset: [number, number] = [0, 1.1]): LayerSpecification['layout'] => ({
	'text-field': ['get', 'name'],
	'text-font': ['Noto Sans Regular'],
	'text-size': size,
	'text-offset': offset,
	'text-anchor': 'top',
	'text-optional': true,
	'text-max-width': 9
});

/** Paint of a label: its colour on a white halo, faded with its place. */
const labelPaint = (
	color: string,
	haloWidth = 1.5,
	halo: string = TEXT_HALO
): SymbolLayerSpecification['paint'] => ({
	'text-color': color,
	'text-halo-color': halo,
	'text-halo-width': haloWidth,
	'text-opacity': opacity(1, 0.4)
});

/**
 * A town's name, in range or not: the same size, font and offset in both name layers, so a name's
 * first position is the same box in each (see `places-label-faded`).
 */
const placeNameLayout: SymbolLayerSpecification['layout'] = {
	'text-field': ['get', 'name'],
	'text-font': ['Noto Sans Regular'],
	'text-size': ['case', ['==', ['get', 'kind'], 'capital'], 13, 12],
	'text-optional': true,
	'text-max-width': 9,
	'text-radial-offset': 0.8,
	'symbol-sort-key': ['get', 'labelRank']
};

const placeNamePaint: SymbolLayerSpecification['paint'] = {
	'text-color': '#1b1b1b',
	'text-halo-color': TEXT_HALO,
	'text-halo-width': 1.6
};

/** Layers that answer clicks and hovers, in tiers: a hit in an earlier tier hides the later ones. */
export const INTERACTIVE_TIERS: string[][] = [
	['places-circle', 'posts-icon', 'air-bases-icon'],
	['highway-line', 'highway-casing'],
	['areas-fill']
];

/** The corpus sources: places (promoted ids so feature state can address them by place id). */
export function placeSources(data: GeoJSON.FeatureCollection): Record<string, SourceSpecification> {
	return {
		[PLACES_SOURCE]: { type: 'geojson', data, promoteId: 'placeId' },
		[LABELS_SOURCE]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } }
	};
}

/** A style with the corpus source and layers added on top of its own. */
export function withPlaces(style: StyleSpecification, data: GeoJSON.FeatureCollection): StyleSpecification {
	return {
		...style,
		sources: { ...style.sources, ...placeSources(data) },
		layers: [...style.layers, ...placeLayers()]
	};
}

/** The corpus layers, bottom to top. Icons are named in `icons.ts`. */
export function placeLayers(): LayerSpecification[] {
	const src = PLACES_SOURCE;
	return [
		{
			id: 'areas-fill',
			metadata: switchedBy('areas'),
			type: 'fill',
			source: src,
			filter: kindsOf('areas'),
			paint: {
				'fill-color': ['case', ['==', ['get', 'kind'], 'zone'], COLORS.zones, COLORS.areas],
				'fill-opacity': [
					'case',
					['boolean', state('selected', false)],
					0.28,
					isPointed,
					0.24,
					['boolean', state('hovered', false)],
					0.2,
					['*', 0.12, opacity(1, 0.35)]
				]
			}
		},
		{
			id: 'areas-line',
			metadata: switchedBy('areas'),
			type: 'line',
			source: src,
			filter: ['all', kindsOf('areas'), ['!', isApproximate]],
			paint: {
				'line-color': [
					'case',
					isPointed,
					POINTED_COLOR,
					['==', ['get', 'kind'], 'zone'],
					COLORS.zones,
					COLORS.areas
				],
				'line-width': ['case', ['boolean', state('selected', false)], 3, isPointed, 3, 1.5],
				'line-opacity': opacity(0.9, 0.35)
			}
		},
		{
			id: 'areas-line-approx',
			metadata: switchedBy('areas'),
			type: 'line',
			source: src,
			filter: ['all', kindsOf('areas'), isApproximate],
			paint: {
				'line-color': [
					'case',
					isPointed,
					POINTED_COLOR,
					['==', ['get', 'kind'], 'zone'],
					COLORS.zones,
					COLORS.areas
				],
				'line-width': ['case', ['boolean', state('selected', false)], 3, isPointed, 3, 1.5],
				'line-dasharray': [3, 2],
				'line-opacity': opacity(0.9, 0.35)
			}
		},
		{
			id: 'highway-casing',
			metadata: switchedBy('highway'),
			type: 'line',
			source: src,
			filter: kindsOf('highway'),
			layout: { 'line-join': 'round', 'line-cap': 'round' },
			paint: {
				'line-color': [
					'case',
					['boolean', state('selected', false)],
					SELECTED_COLOR,
					isPointed,
					POINTED_COLOR,
					'#ffffff'
				],
				'line-width': ['interpolate', ['linear'], ['zoom'], 5, 5, 10, 10],
				'line-opacity': opacity(0.95, 0.4)
			}
		},
		{
			id: 'highway-line',
			metadata: switchedBy('highway'),
			type: 'line',
			source: src,
			filter: kindsOf('highway'),
			layout: { 'line-join': 'round', 'line-cap': 'round' },
			paint: {
				'line-color': COLORS.highway,
				'line-width': ['interpolate', ['linear'], ['zoom'], 5, 2.5, 10, 5],
				'line-opacity': opacity(1, 0.35)
			}
		},
		{
			id: 'places-uncertainty',
			metadata: switchedBy('places'),
			type: 'circle',
			source: src,
			filter: ['all', ['==', ['geometry-type'], 'Point'], kindsOf('places'), isApproximate],
			paint: {
				'circle-radius': [
					'interpolate',
					['exponential', 2],
					['zoom'],
					0,
					['get', 'r0'],
					22,
					['*', ['get', 'r0'], 4194304]
				],
				'circle-color': 'rgba(0,0,0,0)',
				'circle-stroke-color': COLORS.place,
				'circle-stroke-width': 1.2,
				'circle-stroke-opacity': ['*', 0.6, opacity(1, 0.4)]
			}
		},
		{
			id: 'places-circle',
			metadata: switchedBy('places'),
			type: 'circle',
			source: src,
			filter: ['all', ['==', ['geometry-type'], 'Point'], kindsOf('places')],
			paint: {
				'circle-radius': radiusByCount(4),
				// A place found automatically from GeoNames is drawn hollow: a ring in its kind's colour.
				'circle-color': ['case', isAutomatic, '#ffffff', kindColor],
				'circle-opacity': opacity(0.9, 0.25),
				'circle-stroke-color': [
					'case',
					['boolean', state('selected', false)],
					SELECTED_COLOR,
					['boolean', state('event', false)],
					STYLE_COLORS.event,
					isAutomatic,
					kindColor,
					'#ffffff'
				],
				'circle-stroke-width': [
					'case',
					['boolean', state('selected', false)],
					3,
					['boolean', state('event', false)],
					3,
					['boolean', state('hovered', false)],
					2.5,
					isAutomatic,
					2,
					1.2
				],
				'circle-stroke-opacity': opacity(1, 0.4)
			}
		},
		{
			id: 'air-bases-icon',
			metadata: switchedBy('air-bases'),
			type: 'symbol',
			source: src,
			filter: ['all', kindsOf('air-bases'), notGroup],
			layout: {
				'icon-image': ['match', ['get', 'kind'], 'naval-base', 'icon-naval-base', 'icon-air-base'],
				'icon-allow-overlap': true,
				'icon-size': ['interpolate', ['linear'], ['zoom'], 5, 0.7, 10, 1]
			},
			paint: { 'icon-opacity': opacity(1, 0.35) }
		},
		{
			id: 'posts-ring',
			metadata: switchedBy('observation-posts'),
			type: 'circle',
			source: src,
			filter: ['all', kindsOf('observation-posts'), ['==', ['geometry-type'], 'Point'], notGroup],
			paint: {
				'circle-radius': ['interpolate', ['linear'], ['zoom'], 5, 8, 10, 13],
				'circle-opacity': 0,
				'circle-stroke-color': RING_COLOR,
				'circle-stroke-width': 2.5,
				'circle-stroke-opacity': ['case', postMarked('ring'), opacity(1, 0.5), 0]
			}
		},
		{
			// Every post's triangle, drawn filled unless its status crosses it out. It is laid out whatever
			// the status (so a withdrawn post keeps its room from labels) and answers clicks.
			id: 'posts-icon',
			metadata: switchedBy('observation-posts'),
			type: 'symbol',
			source: src,
			filter: ['all', kindsOf('observation-posts'), ['==', ['geometry-type'], 'Point'], notGroup],
			layout: {
				'icon-image': 'icon-post',
				'icon-allow-overlap': true,
				'icon-size': POST_ICON_SIZE
			},
			paint: { 'icon-opacity': ['case', postMarked('crossed'), 0, opacity(1, 0.35)] }
		},
		{
			// A ring around a point place a list points at, above the dots and icons so a post or an air
			// base shows it as well as a town; drawn nowhere else, and never hit by the pointer.
			id: 'pointed-ring',
			metadata: switchedBy('places'),
			type: 'circle',
			source: src,
			filter: ['all', ['==', ['geometry-type'], 'Point'], notGroup],
			paint: {
				'circle-radius': ['interpolate', ['linear'], ['zoom'], 5, 10, 10, 15],
				'circle-color': 'rgba(0,0,0,0)',
				'circle-stroke-color': POINTED_COLOR,
				'circle-stroke-width': 3,
				'circle-stroke-opacity': ['case', ['all', isPointed, ['boolean', state('exists', true)]], 1, 0]
			}
		},
		{
			// The hollow, crossed triangle of a withdrawn post, over the (then transparent) filled one. It
			// takes no room of its own: the filled triangle below has it already.
			id: 'posts-icon-crossed',
			metadata: switchedBy('observation-posts'),
			type: 'symbol',
			source: src,
			filter: ['all', kindsOf('observation-posts'), ['==', ['geometry-type'], 'Point'], notGroup],
			layout: {
				'icon-image': 'icon-post-crossed',
				'icon-allow-overlap': true,
				'icon-ignore-placement': true,
				'icon-size': POST_ICON_SIZE
			},
			paint: { 'icon-opacity': ['case', postMarked('crossed'), opacity(1, 0.5), 0] }
		},
		{
			// The names of places out of range: placed after every other label, the road numbers too, and only
			// below their point. A place in range is named by `places-label` instead, placed long before;
			// its copy here is transparent and, standing exactly where that name's first choice stands, never
			// placed: either the name is there or something placed earlier took the spot.
			id: 'places-label-faded',
			metadata: switchedBy('places'),
			type: 'symbol',
			source: src,
			filter: [
				'all',
				['==', ['geometry-type'], 'Point'],
				kindsOf('places'),
				['<', ['get', 'labelRank'], LABEL_RANK_BY_ZOOM]
			],
			layout: { ...placeNameLayout, 'text-variable-anchor': ['top'] },
			paint: {
				...placeNamePaint,
				'text-opacity': [
					'case',
					['all', ['boolean', state('exists', true)], ['!', ['boolean', state('active', true)]]],
					0.45,
					0
				]
			}
		},
		{
			id: 'areas-label',
			metadata: switchedBy('areas'),
			type: 'symbol',
			source: src,
			filter: ['all', kindsOf('areas'), ['==', ['geometry-type'], 'Polygon']],
			minzoom: 6,
			layout: {
				...label(12, [0, 0]),
				'text-anchor': 'center',
				'symbol-placement': 'point',
				'text-transform': 'uppercase',
				'text-letter-spacing': 0.08
			},
			paint: {
				'text-color': STYLE_COLORS.areaText,
				'text-halo-color': TEXT_HALO,
				'text-halo-width': 1.5,
				'text-opacity': opacity(0.8, 0.3)
			}
		},
		{
			id: 'highway-label',
			metadata: switchedBy('highway'),
			type: 'symbol',
			source: src,
			filter: kindsOf('highway'),
			layout: {
				'symbol-placement': 'line',
				'text-field': ['get', 'roadRef'],
				'text-font': ['Noto Sans Regular'],
				'text-size': 11,
				'symbol-spacing': 300
			},
			paint: labelPaint(STYLE_COLORS.roadText, 2)
		},
		{
			id: 'air-bases-label',
			metadata: switchedBy('air-bases'),
			type: 'symbol',
			source: src,
			filter: ['all', kindsOf('air-bases'), notGroup],
			minzoom: 7,
			layout: label(11, [0, 1.2]),
			paint: labelPaint(LAYERS['air-bases'].color)
		},
		{
			id: 'posts-label',
			metadata: switchedBy('observation-posts'),
			type: 'symbol',
			source: src,
			filter: ['all', kindsOf('observation-posts'), notGroup],
			minzoom: 9,
			layout: label(10, [0, 1.2]),
			paint: labelPaint(LAYERS['observation-posts'].color)
		},
		eventLabelLayer('events-label-broad', 'broad'),
		eventLabelLayer('events-label', 'point'),
		{
			id: 'places-label',
			metadata: switchedBy('places'),
			type: 'symbol',
			source: LABELS_SOURCE,
			filter: ['all', hasRole('name'), ['<', ['get', 'labelRank'], LABEL_RANK_BY_ZOOM]],
			layout: {
				...placeNameLayout,
				// Below its point, or beside it when that is taken: more names fit where places crowd.
				'text-variable-anchor': ['top', 'right', 'left']
			},
			paint: { ...placeNamePaint, 'text-opacity': 1 }
		},
		eventLabelLayer('events-label-selected', 'selected')
	];
}

/** Post triangles grow a little as the map zooms in. */
const POST_ICON_SIZE: ExpressionSpecification = ['interpolate', ['linear'], ['zoom'], 5, 0.6, 10, 1];

/**
 * The event labels (their `role` in `LABELS_SOURCE`), in three layers: the selected place's at the top of the
 * style, which MapLibre places first and lets overlap, so it always shows; the towns', posts' and
 * bases' (`point`) below the names of the towns in range, so they take the room the names leave; and
 * the roads' and areas' (`broad`: "a convoy sent to Idlib" stands at the middle of a province, over the
 * towns) just below those, still above the other names and the road numbers. Each layer places its
 * labels in `order` (`src/lib/view/event-labels.ts`: towns before sites, newest first). Which places'
 * layers are shown is applied to the source's data, so these layers belong to no registry layer.
 */
function eventLabelLayer(
	id: (typeof EVENT_LABEL_LAYERS)[number],
	which: 'selected' | 'point' | 'broad'
): LayerSpecification {
	const selected = which === 'selected';
	const notSelected: ExpressionSpecification = ['!=', ['get', 'selected'], true];
	const isBroad: ExpressionSpecification = ['==', ['get', 'broad'], true];
	return {
		id,
		type: 'symbol',
		source: LABELS_SOURCE,
		filter: selected
			? ['all', hasRole('event'), ['==', ['get', 'selected'], true]]
			: ['all', hasRole('event'), notSelected, which === 'broad' ? isBroad : ['!', isBroad]],
		...(selected ? {} : { minzoom: 7 }),
		layout: {
			'text-field': ['get', 'text'],
			'text-font': ['Noto Sans Regular'],
			'text-size': 10.5,
			// Above the point first (a name sits below it), else at a corner, beside or below it where
			// there is room: an event's label is several lines long and rarely fits in one place only.
			'text-variable-anchor': [
				'bottom',
				'bottom-left',
				'bottom-right',
				'left',
				'right',
				'top',
				'top-left',
				'top-right'
			],
			// Far enough out (1.4 em) to clear the place's own name when that sits beside the point: at
			// 1.1 em Saraqeb's February 2020 label touched its name in every position and was left out.
			'text-radial-offset': 1.4,
			'text-justify': 'auto',
			'text-max-width': 12,
			'text-allow-overlap': selected,
			'symbol-sort-key': ['get', 'order']
		},
		paint: {
			'text-color': STYLE_COLORS.event,
			'text-halo-color': selected ? STYLE_COLORS.selectedEventHalo : STYLE_COLORS.eventHalo,
			'text-halo-width': 3
		}
	};
}

/**
 * How many of the most mentioned places have their names laid out, by zoom: a few hundred names
 * cannot fit on the screen at low zoom, and laying out two thousand of them (then hiding most in
 * collision) costs the worker, every frame and every date change. From zoom 10 all are named.
 */
export const LABEL_RANK_BY_ZOOM: ExpressionSpecification = ['step', ['zoom'], 150, 8, 400, 9, 1000, 10, 1e9];

/** Uncertainty radius at zoom 0, in pixels, for a point at `lat` with an uncertainty of `metres`. */
export function uncertaintyAtZoom0(metres: number, lat: number): number {
	const metresPerPixelAtZoom0 = (40_075_016.686 * Math.cos((lat * Math.PI) / 180)) / 512;
	return metres / metresPerPixelAtZoom0;
}
