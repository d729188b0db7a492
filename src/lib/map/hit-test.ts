/**
 * Which places are under the pointer, in tiers: points before the highway before areas, so a town
 * inside a governorate is one click, while towns that overlap each other are offered to choose from.
 */
import type { Map as MapLibreMap, PointLike } from 'maplibre-gl';
import { INTERACTIVE_TIERS } from './layers';

/** A place found under the pointer, with what the tooltip and the chooser show of it. */
export interface PlaceHit {
	id: string;
	name: string;
	kind: string;
}

/** The chooser's menu: the overlapping places a click found, and where the click was. */
export interface ChooserMenu {
	x: number;
	y: number;
	/** Where the click was on the earth, so the place chosen from the menu can be kept in view. */
	at: [number, number];
	items: PlaceHit[];
}

/** The hovered place and the pointer's position, where the tooltip goes. */
export interface Hover {
	id: string;
	name: string;
	x: number;
	y: number;
}

/** Pixels of slack around the pointer, so a small symbol is not a precise target. */
const SLACK = 6;

/**
 * The distinct visible places under a screen point, from the topmost tier that has any. `hidden` tells
 * which places the date range hides (posts before they were set up): they are drawn invisible and are
 * not found.
 */
export function placesAt(
	m: MapLibreMap,
	point: { x: number; y: number },
	hidden: (id: string) => boolean
): PlaceHit[] {
	for (const tier of INTERACTIVE_TIERS) {
		const layersShown = tier.filter((l) => m.getLayer(l) && m.getLayoutProperty(l, 'visibility') !== 'none');
		if (layersShown.length === 0) continue;
		const box: [PointLike, PointLike] = [
			[point.x - SLACK, point.y - SLACK],
			[point.x + SLACK, point.y + SLACK]
		];
		const found: PlaceHit[] = [];
		for (const f of m.queryRenderedFeatures(box, { layers: layersShown })) {
			const id = String(f.properties.placeId);
			if (found.some((p) => p.id === id) || hidden(id)) continue;
			found.push({ id, name: String(f.properties.name), kind: String(f.properties.kind) });
		}
		if (found.length) return found;
	}
	return [];
}
