/**
 * The one registry of the map's switchable layers. Everything that knows about layers reads it: the URL
 * decoder (which ids `?layers=` accepts), the layer control (label, colour, order), the legend
 * (`legend.ts`: every mark the map draws, in these colours and `STYLE_COLORS`), the place list (its
 * headings, from the place kinds each layer draws) and the map style (colours, icon colours, the kind
 * filters of the style layers). Adding a layer is one entry here plus its style layers in
 * `src/lib/map/`, each tagged with the entry's id, and its marks in the legend.
 *
 * Pure data: no MapLibre import, so the URL code and its tests do not pull the map in.
 */
import type { PlaceKind, PlaceStatus } from '../data/explorer-data';

/**
 * How a status changes a layer's symbol, so the shape says it and colour is never the only signal:
 * `plain` leaves the symbol as it is, `ring` draws a ring round it, `crossed` draws it hollow with a
 * cross through it. The map's style and the legend both draw from this.
 */
export type StatusMark = 'plain' | 'ring' | 'crossed';

/** One status a layer's places can be in on the range's last day, and how it is drawn and explained. */
export interface StatusLegend {
	status: PlaceStatus;
	mark: StatusMark;
	/** The legend's words for it. */
	label: string;
}

/** A heading of the place list and the kinds of place listed under it. */
export interface PlaceListing {
	heading: string;
	kinds: readonly PlaceKind[];
}

/** One switchable layer. */
export interface LayerEntry {
	/** The checkbox label in the layer control. */
	label: string;
	/** The legend colour, which is also the colour the map draws the layer's places in. */
	color: string;
	/**
	 * The corpus place kinds the layer draws (none for a base-map layer), in the order the style's kind
	 * filters list them.
	 */
	kinds: readonly PlaceKind[];
	/**
	 * Where the place list shows the layer's places: headings in list order, together covering exactly
	 * `kinds`. Entries that share a heading are listed under it together.
	 */
	listed: readonly PlaceListing[];
	/** Position in the layer control and in `?layers=`, smallest first. */
	order: number;
	/**
	 * The statuses the layer's places show on the range's last day (`src/lib/view/status.ts`), in the
	 * legend's order; a status not listed is drawn plain.
	 */
	statuses?: readonly StatusLegend[];
	/** One sentence the legend adds under the layer, on what time does to it. */
	note?: string;
}

/**
 * The colours the map draws with besides each layer's own `color`: kinds drawn in their own colour
 * within a layer, the marks any place can carry (selected, pointed at, an event in range, the event
 * label's band, a post's status) and the base map's. The style and the legend both read them here, so
 * a swatch is always the colour on the map.
 */
export const STYLE_COLORS = {
	/** Agreed zones among the areas (governorates are the areas' own colour). */
	zone: '#8e44ad',
	/** Capitals among the places. */
	capital: '#6c3483',
	/** Mountains and plains. */
	landform: '#7e5109',
	/** Border crossings, camps and airports. */
	site: '#2874a6',
	/** The ring (and a road's casing) of the place open in the panel. */
	selected: '#f4d03f',
	/** What a list points at: a ring (or an outline) in a blue no kind of place is drawn in. */
	pointed: '#1a5fb4',
	/** The dark ring of a place with an event in the range, and the event labels' text. */
	event: '#111111',
	/** The band behind an event label, and behind the open place's. */
	eventHalo: '#fdebd0',
	selectedEventHalo: '#f9e79f',
	/** The ring round a surrounded post. */
	surrounded: '#922b21',
	/** The cross through a withdrawn post. */
	cross: '#1b1b1b',
	/** Names of areas and numbers of roads. */
	areaText: '#7b241c',
	roadText: '#6e2c00',
	/** The base map: sea, land, Syria's lighter land, coasts, country borders and names, town names. */
	sea: '#cfe0ea',
	land: '#f4f1ea',
	syria: '#fbf8f1',
	coast: '#9fb7c6',
	border: '#8f7a98',
	countryText: '#8a7f8d',
	seaText: '#4f7a94',
	townText: '#6b655c'
} as const;

/** The registry itself; its keys are the ids the URL and the style use. */
export const LAYERS = {
	areas: {
		label: 'Areas (governorates, zones)',
		color: '#c0392b',
		kinds: ['governorate', 'province', 'district', 'zone'],
		listed: [{ heading: 'Areas', kinds: ['governorate', 'province', 'district', 'zone'] }],
		order: 0,
		note: 'A zone appears on the day it took effect.'
	},
	highway: {
		label: 'Highways (M5, M4)',
		color: '#d35400',
		kinds: ['highway'],
		listed: [{ heading: 'Roads', kinds: ['highway'] }],
		order: 1
	},
	'air-bases': {
		label: 'Air and naval bases',
		color: '#1f4e79',
		kinds: ['air-base', 'naval-base'],
		listed: [{ heading: 'Military sites', kinds: ['air-base', 'naval-base'] }],
		order: 2
	},
	'observation-posts': {
		label: 'Observation posts',
		color: '#117864',
		kinds: ['observation-post'],
		listed: [{ heading: 'Military sites', kinds: ['observation-post'] }],
		order: 3,
		statuses: [
			{ status: 'manned', mark: 'plain', label: 'manned' },
			{ status: 'surrounded', mark: 'ring', label: 'surrounded' },
			{ status: 'withdrawn', mark: 'crossed', label: 'withdrawn' }
		],
		note: 'A post appears from its set-up and shows its status on the last day of the range.'
	},
	places: {
		label: 'Towns, cities and sites',
		color: '#b03a2e',
		kinds: ['capital', 'city', 'town', 'village', 'mountain', 'plain', 'crossing', 'camp', 'airport'],
		listed: [
			{ heading: 'Towns, cities, hills and plains', kinds: ['city', 'town', 'village', 'mountain', 'plain'] },
			{ heading: 'Crossings, camps and airports', kinds: ['crossing', 'camp', 'airport'] },
			{ heading: 'Capitals and venues', kinds: ['capital'] }
		],
		order: 4
	},
	'basemap-towns': {
		label: 'Base-map towns',
		color: '#857f76',
		kinds: [],
		listed: [],
		order: 5
	}
} as const satisfies Record<string, LayerEntry>;

/** A switchable layer's id. */
export type LayerId = keyof typeof LAYERS;

/** Every layer id, in `order`: the order the layer control lists them and `?layers=` writes them. */
export const LAYER_IDS: readonly LayerId[] = (Object.keys(LAYERS) as LayerId[]).sort(
	(a, b) => LAYERS[a].order - LAYERS[b].order
);

/** A layer's entry, typed as the general shape (the registry's own type is its literal values). */
export function layerEntry(id: LayerId): LayerEntry {
	return LAYERS[id];
}

/** The registry layer that draws places of `kind`: each kind is drawn by exactly one. */
export function layerOfKind(kind: PlaceKind): LayerId | undefined {
	return LAYER_IDS.find((id) => layerEntry(id).kinds.includes(kind));
}

/** The statuses of a registry layer drawn with `mark`, for the style's expressions. */
export function statusesMarked(id: LayerId, mark: StatusMark): PlaceStatus[] {
	return (layerEntry(id).statuses ?? []).filter((s) => s.mark === mark).map((s) => s.status);
}

/**
 * The place list's groups: each heading once, in layer order and then in the order a layer lists its
 * headings, with the kinds of every layer listed under it.
 */
export function placeListGroups(): { heading: string; kinds: PlaceKind[] }[] {
	const groups: { heading: string; kinds: PlaceKind[] }[] = [];
	for (const id of LAYER_IDS) {
		for (const listing of layerEntry(id).listed) {
			const group = groups.find((g) => g.heading === listing.heading);
			if (group) group.kinds.push(...listing.kinds);
			else groups.push({ heading: listing.heading, kinds: [...listing.kinds] });
		}
	}
	return groups;
}

/**
 * The switched-off layer that would draw a place of `kind`, given the layers switched on; undefined when
 * the place is drawn (or no switchable layer draws its kind).
 */
export function hiddenLayerOf(kind: PlaceKind, on: readonly LayerId[]): LayerId | undefined {
	const id = layerOfKind(kind);
	return id && !on.includes(id) ? id : undefined;
}
