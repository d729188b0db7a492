/**
 * Integer-grid planar geometry for the offline base map.
 *
 * Every coordinate is held as an integer count of 1e-5 degrees (about 1 m), the precision the shipped
 * GeoJSON keeps. Working on integers makes the whole build exact and repeatable: two countries that share
 * a border share the very same vertices before and after clipping, so shared edges can be matched by
 * equality, and the output is byte-identical from run to run.
 */

/** Grid units per degree: 5 decimals in the output. */
export const GRID_SCALE = 1e5;

/** A point on the grid: `[x, y]` = `[lon * GRID_SCALE, lat * GRID_SCALE]`, both integers. */
export type GridPoint = [number, number];

/**
 * A ring as an open list of points: the closing point is *not* repeated. Open rings keep the algorithms
 * free of a special case; {@link closeRing} adds the repeat for GeoJSON.
 */
export type GridRing = GridPoint[];

/** A polygon as `[exterior, ...holes]`, exterior counter-clockwise, holes clockwise (RFC 7946). */
export type GridPolygon = GridRing[];

/** `[minX, minY, maxX, maxY]`, in degrees or grid units depending on context. */
export type Box = [number, number, number, number];

/** Rounds a longitude/latitude pair onto the grid. */
export function toGrid(lon: number, lat: number): GridPoint {
	return [Math.round(lon * GRID_SCALE), Math.round(lat * GRID_SCALE)];
}

/**
 * Converts a grid point back to degrees. Division by the exact power of ten yields the double nearest the
 * 5-decimal value, so `JSON.stringify` prints it with at most 5 decimals.
 */
export function fromGrid(p: GridPoint): [number, number] {
	return [p[0] / GRID_SCALE, p[1] / GRID_SCALE];
}

/** A degree box expressed in grid units (rounded outwards so nothing on its edge is lost). */
export function boxToGrid(box: Box): Box {
	return [
		Math.floor(box[0] * GRID_SCALE),
		Math.floor(box[1] * GRID_SCALE),
		Math.ceil(box[2] * GRID_SCALE),
		Math.ceil(box[3] * GRID_SCALE)
	];
}

/** Bounding box of a list of points (degrees or grid, whatever the points are in). */
export function pointsBox(points: readonly (readonly number[])[]): Box {
	let minX = Infinity;
	let minY = Infinity;
	let maxX = -Infinity;
	let maxY = -Infinity;
	for (const p of points) {
		const x = p[0]!;
		const y = p[1]!;
		if (x < minX) minX = x;
		if (x > maxX) maxX = x;
		if (y < minY) minY = y;
		if (y > maxY) maxY = y;
	}
	return [minX, minY, maxX, maxY];
}

/** Whether two boxes overlap or touch. */
export function boxesIntersect(a: Box, b: Box): boolean {
	return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

/** Whether `inner` lies entirely within `outer` (edges included). */
export function boxContains(outer: Box, inner: Box): boolean {
	return outer[0] <= inner[0] && outer[1] <= inner[1] && outer[2] >= inner[2] && outer[3] >= inner[3];
}

/**
 * Twice the signed area of an open ring (shoelace formula): positive when counter-clockwise. Twice, so
 * that on integer input it stays an exact integer.
 */
export function ringArea2(ring: readonly GridPoint[]): number {
	let sum = 0;
	const n = ring.length;
	for (let i = 0; i < n; i++) {
		const a = ring[i]!;
		const b = ring[(i + 1) % n]!;
		sum += a[0] * b[1] - b[0] * a[1];
	}
	return sum;
}

/** Returns the ring turning the requested way (a copy when it has to be reversed). */
export function orientRing(ring: GridRing, counterClockwise: boolean): GridRing {
	const ccw = ringArea2(ring) > 0;
	return ccw === counterClockwise ? ring : [...ring].reverse();
}

/**
 * Drops repeated consecutive points, including a last point equal to the first, so that the ring is open
 * and every edge has length. Rounding and clipping both produce such repeats.
 */
export function dedupeRing(ring: readonly GridPoint[]): GridRing {
	const out: GridRing = [];
	for (const p of ring) {
		const last = out[out.length - 1];
		if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
	}
	while (out.length > 1) {
		const first = out[0]!;
		const last = out[out.length - 1]!;
		if (first[0] !== last[0] || first[1] !== last[1]) break;
		out.pop();
	}
	return out;
}

/** Lexicographic order of grid points, used to make computations independent of edge direction. */
function before(a: GridPoint, b: GridPoint): boolean {
	return a[0] < b[0] || (a[0] === b[0] && a[1] <= b[1]);
}

/**
 * Where edge a–b crosses the vertical line `x`, rounded to the grid. The endpoints are put in a fixed
 * order first, so the edge gives the same point whichever way a ring runs along it: the two countries on
 * either side of a border clipped at the map edge then still share the cut point exactly.
 */
function crossX(a: GridPoint, b: GridPoint, x: number): GridPoint {
	const [p, q] = before(a, b) ? [a, b] : [b, a];
	return [x, Math.round(p[1] + ((q[1] - p[1]) * (x - p[0])) / (q[0] - p[0]))];
}

/** As {@link crossX}, for the horizontal line `y`. */
function crossY(a: GridPoint, b: GridPoint, y: number): GridPoint {
	const [p, q] = before(a, b) ? [a, b] : [b, a];
	return [Math.round(p[0] + ((q[0] - p[0]) * (y - p[1])) / (q[1] - p[1])), y];
}

type Side = (p: GridPoint) => boolean;
type Cross = (a: GridPoint, b: GridPoint) => GridPoint;

function clipAgainst(ring: GridRing, inside: Side, cross: Cross): GridRing {
	const out: GridRing = [];
	const n = ring.length;
	if (n === 0) return out;
	let prev = ring[n - 1]!;
	let prevIn = inside(prev);
	for (const p of ring) {
		const pIn = inside(p);
		if (pIn !== prevIn) out.push(cross(prev, p));
		if (pIn) out.push(p);
		prev = p;
		prevIn = pIn;
	}
	return out;
}

/**
 * Clips an open ring to a grid box (Sutherland–Hodgman). A concave ring that leaves and re-enters the box
 * comes back as one ring with zero-width runs along the box edge; {@link dissolveRings} removes those.
 * Returns an empty array when fewer than 3 distinct points remain.
 */
export function clipRing(ring: readonly GridPoint[], box: Box): GridRing {
	const [minX, minY, maxX, maxY] = box;
	let out: GridRing = [...ring];
	out = clipAgainst(
		out,
		(p) => p[0] >= minX,
		(a, b) => crossX(a, b, minX)
	);
	out = clipAgainst(
		out,
		(p) => p[0] <= maxX,
		(a, b) => crossX(a, b, maxX)
	);
	out = clipAgainst(
		out,
		(p) => p[1] >= minY,
		(a, b) => crossY(a, b, minY)
	);
	out = clipAgainst(
		out,
		(p) => p[1] <= maxY,
		(a, b) => crossY(a, b, maxY)
	);
	out = dedupeRing(out);
	return out.length >= 3 ? out : [];
}

/** Even–odd point-in-ring test; `x`, `y` may be fractional (e.g. an edge midpoint). */
export function pointInRing(x: number, y: number, ring: readonly GridPoint[]): boolean {
	let inside = false;
	const n = ring.length;
	for (let i = 0, j = n - 1; i < n; j = i++) {
		const a = ring[i]!;
		const b = ring[j]!;
		if (a[1] > y !== b[1] > y && x < ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]) + a[0]) {
			inside = !inside;
		}
	}
	return inside;
}

/** Whether a point lies inside a polygon: inside its exterior and outside every hole. */
export function pointInPolygon(x: number, y: number, polygon: readonly GridRing[]): boolean {
	const [exterior, ...holes] = polygon;
	if (!exterior || !pointInRing(x, y, exterior)) return false;
	return !holes.some((h) => pointInRing(x, y, h));
}

/** A ring as GeoJSON positions in degrees, closed (first position repeated last). */
export function closeRing(ring: readonly GridPoint[]): [number, number][] {
	const out = ring.map(fromGrid);
	const first = out[0];
	if (first) out.push([first[0], first[1]]);
	return out;
}
