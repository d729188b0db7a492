import type { MultiPolygon, Polygon, Position } from 'geojson';
import { closeRing, dedupeRing, orientRing, toGrid, type GridRing } from '../basemap/grid';
import { simplifySharedRings } from '../basemap/topology';
import type { Tolerance } from '../basemap/simplify';

/** Mean Earth radius (km), the IUGG value that spherical area formulas use. */
const EARTH_RADIUS_KM = 6371.0088;

/**
 * Area of a ring on the sphere (km², unsigned), by the formula of Chamberlain and Duquette (JPL, 2007)
 * that turf's `area` also uses: accurate to well under 1% for a governorate-sized ring.
 */
function ringAreaKm2(ring: readonly Position[]): number {
	const rad = Math.PI / 180;
	let sum = 0;
	const n = ring.length;
	for (let i = 0; i < n; i++) {
		const [lon1, lat1] = ring[i]!;
		const [lon2, lat2] = ring[(i + 1) % n]!;
		sum += (lon2! - lon1!) * rad * (2 + Math.sin(lat1! * rad) + Math.sin(lat2! * rad));
	}
	return Math.abs((sum * EARTH_RADIUS_KM * EARTH_RADIUS_KM) / 2);
}

/** Area of a (multi)polygon in km², holes subtracted. */
export function areaKm2(geometry: Polygon | MultiPolygon): number {
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	let total = 0;
	for (const [outer, ...holes] of polygons) {
		total += ringAreaKm2(outer!);
		for (const hole of holes) total -= ringAreaKm2(hole);
	}
	return total;
}

/**
 * Drops there-and-back spikes (A, B, A) from an open grid ring, repeatedly: rounding onto the grid turns
 * a source's near-spike into an exact one, which a polygon check reads as the ring touching itself.
 */
export function removeSpikes(ring: GridRing): GridRing {
	let out = dedupeRing(ring);
	for (let changed = true; changed && out.length >= 3;) {
		changed = false;
		const n = out.length;
		for (let i = 0; i < n; i++) {
			const prev = out[(i + n - 1) % n]!;
			const next = out[(i + 1) % n]!;
			if (prev[0] === next[0] && prev[1] === next[1]) {
				// Remove the spike's tip and one of the two equal points around it.
				out = dedupeRing(out.filter((_, j) => j !== i && j !== (i + 1) % n));
				changed = true;
				break;
			}
		}
	}
	return out;
}

/**
 * Simplifies outlines that share borders without opening gaps or overlaps between them: every ring is
 * put on the 1e-5° grid (spikes removed), the rings are cut into arcs where neighbours meet, and each shared arc is
 * simplified once (`simplifySharedRings`), so the border between two governorates is the same line in
 * both. `tolerance` is in grid units (1e-5°, about 1.1 m north–south), one for every point or a
 * function of the point (a shared arc is simplified once, so both sides get the same line either way).
 * Rings that simplify to fewer than three points (specks) are dropped; a polygon whose outer ring goes
 * is dropped whole. Output rings are closed, outer rings counter-clockwise and holes clockwise
 * (RFC 7946).
 */
export function simplifyOutlines(
	geometries: readonly (Polygon | MultiPolygon)[],
	tolerance: number | Tolerance
): (Polygon | MultiPolygon)[] {
	const rings: GridRing[] = [];
	/** For each geometry, its polygons as lists of indices into `rings`. */
	const index: number[][][] = geometries.map((g) =>
		(g.type === 'Polygon' ? [g.coordinates] : g.coordinates).map((polygon) =>
			polygon.map((ring) => {
				rings.push(removeSpikes(ring.map(([lon, lat]) => toGrid(lon!, lat!))));
				return rings.length - 1;
			})
		)
	);
	const simplified = simplifySharedRings(
		rings,
		typeof tolerance === 'number' ? () => tolerance : tolerance
	).rings;
	return index.map((polygons) => {
		const out: Position[][][] = [];
		for (const polygon of polygons) {
			const [outer, ...holes] = polygon.map((i) => simplified[i]!);
			if (!outer || outer.length < 3) continue;
			out.push([
				closeRing(orientRing(outer, true)),
				...holes.filter((h) => h.length >= 3).map((h) => closeRing(orientRing(h, false)))
			]);
		}
		if (out.length === 0) throw new Error('an outline simplified to nothing');
		return out.length === 1
			? { type: 'Polygon', coordinates: out[0]! }
			: { type: 'MultiPolygon', coordinates: out };
	});
}
