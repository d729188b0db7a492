/**
 * Turns published places into the map's GeoJSON: flat properties the layer expressions read, and a
 * string `placeId` that the source promotes to the feature id so feature state can address it.
 */
import turfBbox from '@turf/bbox';
import type { ExplorerPlace, PlaceKind } from '$lib/data/explorer-data';
import { uncertaintyAtZoom0 } from './layers';

/** Radius drawn around a point whose precision is just "approximate". */
const DEFAULT_APPROXIMATE_METRES = 3000;

/**
 * How much a kind of place's name matters on a map at a glance: capitals and cities first, then towns,
 * then villages and hills. Other kinds have labels of their own and do not compete here.
 */
const LABEL_TIER: Partial<Record<PlaceKind, number>> = {
	capital: 0,
	city: 0,
	town: 1,
	village: 2,
	mountain: 2
};

/**
 * Each place's rank for its name label (0 = first), for `labelRank`: by kind (`LABEL_TIER`), then by
 * how often the corpus mentions it, then by name. The label layer places names in this order, so where
 * two collide the city keeps its name before the village (Jisr al-Shughur before Ishtabraq), and lays
 * out only the first ones at low zoom (see `LABEL_RANK_BY_ZOOM`), where at most a hundred or so fit.
 */
function labelRanks(places: readonly ExplorerPlace[]): Map<string, number> {
	const tier = (p: ExplorerPlace) => LABEL_TIER[p.properties.kind] ?? 3;
	const order = [...places].sort(
		(a, b) =>
			tier(a) - tier(b) ||
			b.properties.mentionCount - a.properties.mentionCount ||
			a.properties.name.localeCompare(b.properties.name)
	);
	return new Map(order.map((p, i) => [p.id, i]));
}

/**
 * What a road's line label says: its number ("M4" of "M4 highway"), or its whole name when it has none.
 * Each road is labelled as itself, not every highway as the M5.
 */
export function roadRef(name: string): string {
	return /\b[A-Z]\d{1,3}\b/.exec(name)?.[0] ?? name;
}

export function toMapFeatures(places: readonly ExplorerPlace[]): GeoJSON.FeatureCollection {
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
			if (kind === 'highway') properties.roadRef = roadRef(name);
			const members = groups.get(p.id);
			if (members) properties.members = members.join(',');
			return { type: 'Feature', geometry: p.geometry as GeoJSON.Geometry, properties };
		})
	};
}

/**
 * Where a place's event label stands: a point's position; the middle vertex of a line (of its longest
 * part); the centre of an area's bounding box (of its largest part). None for a place without a
 * geometry of its own (a group drawn as its members).
 */
export function labelAnchor(geometry: GeoJSON.Geometry | null): [number, number] | undefined {
	if (!geometry) return undefined;
	const middle = (line: GeoJSON.Position[]) => line[Math.floor((line.length - 1) / 2)];
	const boxCentre = (ring: GeoJSON.Position[]): [number, number] => {
		const [w, s, e, n] = turfBbox({ type: 'LineString', coordinates: ring });
		return [(w + e) / 2, (s + n) / 2];
	};
	const boxArea = (ring: GeoJSON.Position[]) => {
		const [w, s, e, n] = turfBbox({ type: 'LineString', coordinates: ring });
		return (e - w) * (n - s);
	};
	let at: GeoJSON.Position | undefined;
	switch (geometry.type) {
		case 'Point':
			at = geometry.coordinates;
			break;
		case 'LineString':
			at = middle(geometry.coordinates);
			break;
		case 'MultiLineString': {
			const longest = [...geometry.coordinates].sort((a, b) => b.length - a.length)[0];
			at = longest && middle(longest);
			break;
		}
		case 'Polygon':
			return geometry.coordinates[0]?.length ? boxCentre(geometry.coordinates[0]) : undefined;
		case 'MultiPolygon': {
			const outer = geometry.coordinates.map((p) => p[0] ?? []).filter((r) => r.length > 0);
			const largest = outer.sort((a, b) => boxArea(b) - boxArea(a))[0];
			return largest && boxCentre(largest);
		}
		default:
			return undefined;
	}
	return at && at.length >= 2 ? [at[0]!, at[1]!] : undefined;
}

/**
 * Every place's event-label anchor (`labelAnchor`) by place id, from the map's features
 * (`toMapFeatures`); places without one are left out.
 */
export function labelAnchors(features: GeoJSON.FeatureCollection): Map<string, [number, number]> {
	const out = new Map<string, [number, number]>();
	for (const f of features.features) {
		const at = labelAnchor(f.geometry);
		const id = f.properties?.placeId;
		if (at && typeof id === 'string') out.set(id, at);
	}
	return out;
}

/** Bounds of a place, `[west, south, east, north]`, for fitting the camera to it. */
export function placeBounds(place: ExplorerPlace): [number, number, number, number] {
	const [w, s, e, n] = turfBbox(place.geometry as GeoJSON.Geometry);
	return [w, s, e, n];
}
