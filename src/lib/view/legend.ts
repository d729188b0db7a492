/**
 * The legend: every mark the map draws, in words, with the swatch the legend draws for it. Swatches
 * are described, not drawn, here, in the colours of the layer registry (`LAYERS`, `STYLE_COLORS`)
 * that the map's style reads, and an icon swatch names the map's own icon (`src/lib/map/icons.ts`),
 * which the legend draws with the same code. Each item names the style layers whose marks it explains:
 * a unit test holds every style layer of the map to an item, and every colour of a swatch to one of
 * its layers, so the legend cannot fall behind the map.
 *
 * Pure data: no MapLibre import.
 */
import type { PlaceKind } from '../data/explorer-data';
import { LAYER_IDS, LAYERS, STYLE_COLORS, layerEntry, type LayerId, type StatusMark } from './layers';

/** The map's icons a swatch can show (drawn by `src/lib/map/icons.ts`). */
export type LegendIcon = 'icon-post' | 'icon-post-crossed' | 'icon-air-base' | 'icon-naval-base';

/** How the legend draws one mark. */
export type Swatch =
	/** An area: a tinted fill in an outline, dashed when the outline is approximate. */
	| { shape: 'area'; color: string; dashed: boolean }
	/** A road: a line on a white casing, with its number on it. */
	| { shape: 'road'; color: string; text: string }
	/** A point: a dot, `hollow` for a ring in its colour, `faded` at the map's faded opacity. */
	| { shape: 'dot'; color: string; hollow?: boolean; faded?: boolean; ring?: string; small?: boolean }
	/** Three dots growing with the number of articles. */
	| { shape: 'sizes'; color: string }
	/** The thin circle of an approximate position. */
	| { shape: 'uncertainty'; color: string }
	/** One of the map's icons, with the status ring round it when `ring` is set. */
	| { shape: 'icon'; icon: LegendIcon; ring?: string }
	/** A ring round a point, as the map draws a selected or pointed-at place. */
	| { shape: 'ring'; color: string }
	/** A dashed line, as the map draws a border. */
	| { shape: 'border'; color: string }
	/** A sample of text as the map writes it: its colour, the band behind it, capitals or not. */
	| { shape: 'text'; text: string; color: string; halo?: string; upper?: boolean }
	/** Land beside sea, with the coast between. */
	| { shape: 'ground'; land: string; sea: string; coast: string };

/** One mark of the map and what it means. */
export interface LegendItem {
	/** Stable id, used as the list key and by the browser tests. */
	id: string;
	/** What the mark means, in words. */
	label: string;
	swatch: Swatch;
	/** The style layers whose marks this explains (`src/lib/map/layers.ts`, `basemap.ts`). */
	styleLayers: readonly string[];
	/** The place kinds it stands for, where it is one kind's look (capitals, mountains). */
	kinds?: readonly PlaceKind[];
}

/** A registry layer's marks, listed under its checkbox in the layer control. */
export interface LayerLegend {
	layer: LayerId;
	items: LegendItem[];
}

/** The swatch of a status mark on a post: the map's own triangle, ringed or crossed. */
function statusSwatch(mark: StatusMark): Swatch {
	if (mark === 'crossed') return { shape: 'icon', icon: 'icon-post-crossed' };
	if (mark === 'ring') return { shape: 'icon', icon: 'icon-post', ring: STYLE_COLORS.surrounded };
	return { shape: 'icon', icon: 'icon-post' };
}

const POST_LAYERS = ['posts-icon', 'posts-ring', 'posts-icon-crossed', 'posts-label'];
const PLACE_LAYERS = ['places-circle', 'places-label', 'places-label-faded'];

/** Each registry layer's marks, in the registry's order. */
const BY_LAYER: Record<LayerId, LegendItem[]> = {
	areas: [
		{
			id: 'governorate',
			label: 'Governorate, province or district (red)',
			swatch: { shape: 'area', color: LAYERS.areas.color, dashed: true },
			styleLayers: ['areas-fill', 'areas-line', 'areas-line-approx', 'areas-label'],
			kinds: ['governorate', 'province', 'district']
		},
		{
			id: 'zone',
			label: 'Agreed zone (purple)',
			swatch: { shape: 'area', color: STYLE_COLORS.zone, dashed: true },
			styleLayers: ['areas-fill', 'areas-line', 'areas-line-approx'],
			kinds: ['zone']
		},
		{
			id: 'approximate-outline',
			label: 'Dashed outline: drawn approximately, not a surveyed border',
			swatch: { shape: 'border', color: LAYERS.areas.color },
			styleLayers: ['areas-line-approx']
		}
	],
	highway: [
		{
			id: 'highway',
			label: 'Highway, with its own number on it',
			swatch: { shape: 'road', color: LAYERS.highway.color, text: 'M4' },
			styleLayers: ['highway-casing', 'highway-line', 'highway-label'],
			kinds: ['highway']
		}
	],
	'air-bases': [
		{
			id: 'air-base',
			label: 'Air base',
			swatch: { shape: 'icon', icon: 'icon-air-base' },
			styleLayers: ['air-bases-icon', 'air-bases-label'],
			kinds: ['air-base']
		},
		{
			id: 'naval-base',
			label: 'Naval base',
			swatch: { shape: 'icon', icon: 'icon-naval-base' },
			styleLayers: ['air-bases-icon', 'air-bases-label'],
			kinds: ['naval-base']
		}
	],
	'observation-posts': (layerEntry('observation-posts').statuses ?? []).map((s, i) => ({
		id: `post-${s.status}`,
		label: i === 0 ? `Observation post, ${s.label}` : s.label,
		swatch: statusSwatch(s.mark),
		styleLayers:
			s.mark === 'ring' ? ['posts-ring'] : s.mark === 'crossed' ? ['posts-icon-crossed'] : POST_LAYERS,
		kinds: i === 0 ? ['observation-post'] : undefined
	})),
	places: [
		{
			id: 'town',
			label: 'City, town or village',
			swatch: { shape: 'dot', color: LAYERS.places.color },
			styleLayers: PLACE_LAYERS,
			kinds: ['city', 'town', 'village']
		},
		{
			id: 'capital',
			label: 'Capital (where talks are held)',
			swatch: { shape: 'dot', color: STYLE_COLORS.capital },
			styleLayers: PLACE_LAYERS,
			kinds: ['capital']
		},
		{
			id: 'landform',
			label: 'Mountain or plain',
			swatch: { shape: 'dot', color: STYLE_COLORS.landform },
			styleLayers: PLACE_LAYERS,
			kinds: ['mountain', 'plain']
		},
		{
			id: 'site',
			label: 'Border crossing, camp or airport',
			swatch: { shape: 'dot', color: STYLE_COLORS.site },
			styleLayers: PLACE_LAYERS,
			kinds: ['crossing', 'camp', 'airport']
		},
		{
			id: 'automatic',
			label: 'Hollow: found automatically from GeoNames, not reviewed',
			swatch: { shape: 'dot', color: LAYERS.places.color, hollow: true },
			styleLayers: ['places-circle']
		},
		{
			id: 'uncertainty',
			label: 'Thin circle: how far off an approximate position may be',
			swatch: { shape: 'uncertainty', color: LAYERS.places.color },
			styleLayers: ['places-uncertainty']
		}
	],
	'basemap-towns': [
		{
			id: 'basemap-town',
			label: 'Town of the base map (GeoNames), not from the reports',
			swatch: { shape: 'dot', color: LAYERS['basemap-towns'].color, small: true },
			styleLayers: ['basemap-towns-circle', 'basemap-towns-label']
		},
		{
			id: 'world-city',
			label: 'World map: a capital or a city of 2 million or more',
			swatch: { shape: 'dot', color: LAYERS['basemap-towns'].color, small: true },
			styleLayers: ['world-cities-circle', 'world-cities-label']
		}
	]
};

/** Every registry layer's marks, in the layer control's order. */
export const LAYER_LEGEND: readonly LayerLegend[] = LAYER_IDS.map((layer) => ({
	layer,
	items: BY_LAYER[layer]
}));

/** The marks any place can carry, whatever its layer: what the dates, the panel and the lists do to it. */
export const MARK_LEGEND: readonly LegendItem[] = [
	{
		id: 'size',
		label: 'Bigger: more articles in the dates name it',
		swatch: { shape: 'sizes', color: LAYERS.places.color },
		styleLayers: ['places-circle']
	},
	{
		id: 'faded',
		label: 'Faded: no article in the dates names it',
		swatch: { shape: 'dot', color: LAYERS.places.color, faded: true },
		styleLayers: ['places-circle', 'places-label-faded', 'areas-fill', 'highway-line', 'posts-icon']
	},
	{
		id: 'event',
		label: 'Dark ring: an event there in the dates',
		swatch: { shape: 'dot', color: LAYERS.places.color, ring: STYLE_COLORS.event },
		styleLayers: ['places-circle']
	},
	{
		id: 'event-label',
		label: 'Its latest event in the dates (shown once dates are chosen)',
		swatch: {
			shape: 'text',
			text: 'Entered (6 Feb)',
			color: STYLE_COLORS.event,
			halo: STYLE_COLORS.eventHalo
		},
		styleLayers: ['events-label', 'events-label-broad']
	},
	{
		id: 'selected',
		label: 'Yellow: the place open in the panel, with its latest event',
		swatch: { shape: 'ring', color: STYLE_COLORS.selected },
		styleLayers: ['places-circle', 'highway-casing', 'events-label-selected']
	},
	{
		id: 'pointed',
		label: 'Blue: what the chronology points at',
		swatch: { shape: 'ring', color: STYLE_COLORS.pointed },
		styleLayers: ['pointed-ring', 'areas-line', 'areas-line-approx', 'highway-casing']
	}
];

/** The base map's own marks, always drawn. */
export const BASE_LEGEND: readonly LegendItem[] = [
	{
		id: 'border',
		label: 'Country border',
		swatch: { shape: 'border', color: STYLE_COLORS.border },
		styleLayers: ['country-borders', 'country-borders-casing', 'world-borders']
	},
	{
		id: 'country-name',
		label: 'Country or sea',
		swatch: { shape: 'text', text: 'Turkey', color: STYLE_COLORS.countryText, upper: true },
		styleLayers: ['country-labels', 'world-labels', 'world-labels-region']
	},
	{
		id: 'syria',
		label: 'Syria (lighter land)',
		swatch: { shape: 'area', color: STYLE_COLORS.syria, dashed: false },
		styleLayers: ['syria-tint']
	},
	{
		id: 'ground',
		label: 'Land and sea (finer in the region, coarser on the world map)',
		swatch: { shape: 'ground', land: STYLE_COLORS.land, sea: STYLE_COLORS.sea, coast: STYLE_COLORS.coast },
		styleLayers: ['background', 'land', 'coastline', 'world-land', 'world-coast', 'region-rectangle']
	}
];

/** Every item of the legend, in the order it lists them. */
export function legendItems(): LegendItem[] {
	return [...LAYER_LEGEND.flatMap((l) => l.items), ...MARK_LEGEND, ...BASE_LEGEND];
}

/** The colours a swatch draws with (not white, which every swatch may use for a casing or halo). */
export function swatchColors(swatch: Swatch): string[] {
	switch (swatch.shape) {
		case 'ground':
			return [swatch.land, swatch.sea, swatch.coast];
		case 'text':
			return [swatch.color, ...(swatch.halo ? [swatch.halo] : [])];
		case 'icon':
			return swatch.ring ? [swatch.ring] : [];
		case 'dot':
			return [swatch.color, ...(swatch.ring ? [swatch.ring] : [])];
		default:
			return [swatch.color];
	}
}
