import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Polygon, MultiPolygon } from 'geojson';
import { distanceKm } from './gazetteer';

/** The shape of a geometry `distanceToGeometryKm` reads: a GeoJSON type and its coordinates. */
export interface MeasuredGeometry {
	readonly type: string;
	readonly coordinates: unknown;
}

type Position = readonly number[];

/** Kilometres per degree of latitude on the sphere `distanceKm` uses (6,371 km). */
const KM_PER_DEGREE = (6371 * Math.PI) / 180;

/**
 * The distance from `p` to the segment `a`–`b`, in a plane laid flat around `p` (longitude scaled by
 * the cosine of `p`'s latitude). Within the 100 km or so a reporting distance spans, the flat plane
 * is off by well under a kilometre, and it keeps the nearest point of a long edge, which a
 * great-circle distance to the two ends would miss.
 */
function segmentKm(p: readonly [number, number], a: Position, b: Position): number {
	const kx = KM_PER_DEGREE * Math.cos((p[1] * Math.PI) / 180);
	const [ax, ay] = [(a[0]! - p[0]) * kx, (a[1]! - p[1]) * KM_PER_DEGREE];
	const [bx, by] = [(b[0]! - p[0]) * kx, (b[1]! - p[1]) * KM_PER_DEGREE];
	const [dx, dy] = [bx - ax, by - ay];
	const length2 = dx * dx + dy * dy;
	const t = length2 ? Math.max(0, Math.min(1, -(ax * dx + ay * dy) / length2)) : 0;
	return Math.hypot(ax + t * dx, ay + t * dy);
}

/** The distance from `p` to the nearest edge of a chain of positions (a line or a ring). */
function chainKm(p: readonly [number, number], chain: readonly Position[]): number {
	if (chain.length === 1) return distanceKm(p, [chain[0]![0]!, chain[0]![1]!]);
	let best = Infinity;
	for (let k = 1; k < chain.length; k++) best = Math.min(best, segmentKm(p, chain[k - 1]!, chain[k]!));
	return best;
}

/**
 * How far, in kilometres, the point `p` ([longitude, latitude]) lies from a place's geometry: from a
 * point, the great-circle distance; from a line (a highway), the distance to its nearest stretch; from
 * an area (a governorate, a zone), 0 inside it and the distance to its nearest edge outside. "A village
 * in the Aleppo countryside" is near the governorate wherever in it the village lies, which a distance
 * to the governorate's centre or to a point standing for it would deny. `undefined` for a geometry of
 * another type (a collection) or none.
 */
export function distanceToGeometryKm(
	p: readonly [number, number],
	geometry: MeasuredGeometry | null | undefined
): number | undefined {
	if (!geometry) return undefined;
	const c = geometry.coordinates;
	switch (geometry.type) {
		case 'Point': {
			const q = c as Position;
			return distanceKm(p, [q[0]!, q[1]!]);
		}
		case 'MultiPoint':
			return Math.min(...(c as Position[]).map((q) => distanceKm(p, [q[0]!, q[1]!])));
		case 'LineString':
			return chainKm(p, c as Position[]);
		case 'MultiLineString':
			return Math.min(...(c as Position[][]).map((line) => chainKm(p, line)));
		case 'Polygon':
		case 'MultiPolygon': {
			const area = geometry as Polygon | MultiPolygon;
			if (booleanPointInPolygon([p[0], p[1]], area)) return 0;
			const rings = area.type === 'Polygon' ? area.coordinates : area.coordinates.flat();
			return Math.min(...rings.map((ring) => chainKm(p, ring)));
		}
		default:
			return undefined;
	}
}
