/**
 * Turns published places into the map's GeoJSON: flat properties the layer expressions read, and a
 * string `placeId` that the source promotes to the feature id so feature state can address it.
 */
import turfBbox from '@turf/bbox';
import type { ExplorerEvent, ExplorerPlace } from '$lib/data/explorer-data';
import { uncertaintyAtZoom0 } from './layers';

/** Radius drawn around a point whose precision is just "approximate". */
const DEFAULT_APPROXIMATE_METRES = 3000;

/**
 * Each place's rank by how often the corpus mentions it (0 = most), for `labelRank`: the label layer
 * lays out only the busiest places' names at low zoom (see `LABEL_RANK_BY_ZOOM`), where at most a
 * hundred or so fit anyway.
 */
function labelRanks(places: readonly ExplorerPlace[]): Map<string, number> {
	const order = [...places].sort(
		(a, b) =>
			b.properties.mentionCount - a.properties.mentionCount ||
			a.properties.name.localeCompare(b.properties.name)
	);
	return new Map(order.map((p, i) => [p.id, i]));
}

export function toMapFeatures(
	places: readonly ExplorerPlace[],
	eventsOf: (id: string) => readonly ExplorerEvent[] = () => []
): GeoJSON.FeatureCollection {
	const ranks = labelRanks(places);
	const groups = new Map<string, string[]>();
	for (const p of places) {
		if (p.properties.partOf)
			groups.set(p.properties.partOf, [...(groups.get(p.properties.partOf) ?? []), p.id]);
	}
	return {
		type: 'FeatureCollection',
		features: places.map((p) => {
			const { name, kind, precision, mentionCount } = p.properties;
			const lat = p.geometry.type === 'Point' ? (p.geometry.coordinates[1] ?? 0) : 35;
			const metres =
				typeof precision === 'number'
					? precision
					: precision === 'approximate'
						? DEFAULT_APPROXIMATE_METRES
						: 0;
			const properties: Record<string, unknown> = {
				placeId: p.id,
				name,
				kind,
				precision: typeof precision === 'number' ? 'radius' : precision,
				r0: uncertaintyAtZoom0(metres, lat),
				mentionCount,
				labelRank: ranks.get(p.id)!
			};
			if (p.properties.curation === 'automatic') properties.automatic = true;
			const members = groups.get(p.id);
			if (members) properties.members = members.join(',');
			const event = eventsOf(p.id)[0];
			if (event) properties.eventLabel = `${event.label} (${event.date})`;
			return { type: 'Feature', geometry: p.geometry as GeoJSON.Geometry, properties };
		})
	};
}

/** Bounds of a place, `[west, south, east, north]`, for fitting the camera to it. */
export function placeBounds(place: ExplorerPlace): [number, number, number, number] {
	const [w, s, e, n] = turfBbox(place.geometry as GeoJSON.Geometry);
	return [w, s, e, n];
}
