/**
 * The names of the places in the date range, in the labels source (`LABELS_SOURCE`), which the map places
 * before any event label but the selected place's (see `layers.ts`). Whether a place is in range
 * changes with the dates, and a symbol's placement can read only its feature's properties, never its
 * feature state; so the in-range names are data of their own. The source holds only them and the event
 * labels, with only what their layers read, and is rewritten only when what it holds changes: the names of places out
 * of range stay on the places source, drawn faded and placed last, and are never re-tiled by a date
 * change. Pure, so it is tested without a map.
 */
import { layerEntry } from '../view/layers';
import type { LabelRole } from './layers';
import type { PlaceStates } from '../view/range-index';

/**
 * In the range as the map draws it: the place exists on the range's last day and an article in the
 * range names it. The feature state's `active` and the place-names source both follow this one rule.
 */
export function inRange(states: PlaceStates, i: number): boolean {
	return states.exists[i] === 1 && states.count[i]! > 0;
}

const NAMED_KINDS: ReadonlySet<string> = new Set(layerEntry('places').kinds);

/**
 * The indices of the map's features whose names the names layers draw: the points of the places
 * layer (towns, cities, sites). Posts, bases, roads and areas have name layers of their own.
 */
export function namedPlaces(features: GeoJSON.FeatureCollection): number[] {
	const out: number[] = [];
	features.features.forEach((f, i) => {
		if (f.geometry?.type !== 'Point') return;
		const kind = f.properties?.kind;
		if (typeof kind === 'string' && NAMED_KINDS.has(kind)) out.push(i);
	});
	return out;
}

/** The indices, among `named` (`namedPlaces`), of the places in range, in `named`'s order. */
export function namesInRange(named: readonly number[], states: PlaceStates): number[] {
	return named.filter((i) => inRange(states, i));
}

/**
 * A key that changes exactly when the names in range do: the map's part compares it with the last one,
 * so a date change that leaves the same places in range does not touch the source.
 */
export function placeNamesKey(shown: readonly number[]): string {
	return shown.join(',');
}

/**
 * The labels source's names at `shown` (indices of `features`): each place's point with its role, id
 * (for the map's queries), name, kind (a capital's name is larger) and `labelRank` (the order names
 * are placed in, and how many are laid out at a zoom), nothing else.
 */
export function placeNameCollection(
	features: GeoJSON.FeatureCollection,
	shown: readonly number[]
): GeoJSON.FeatureCollection<GeoJSON.Point> {
	const out: GeoJSON.Feature<GeoJSON.Point>[] = [];
	for (const i of shown) {
		const f = features.features[i];
		if (!f || f.geometry?.type !== 'Point') continue;
		const { placeId, name, kind, labelRank } = f.properties ?? {};
		out.push({
			type: 'Feature',
			geometry: f.geometry,
			properties: { role: 'name' satisfies LabelRole, placeId, name, kind, labelRank }
		});
	}
	return { type: 'FeatureCollection', features: out };
}
