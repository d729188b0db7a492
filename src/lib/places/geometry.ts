import booleanClockwise from '@turf/boolean-clockwise';
import { findCrossing } from './crossings';
import type { PlaceGeometry } from './schema';

/** A geometry problem with the coordinate path it concerns, e.g. `coordinates[0][12]`. */
export interface GeometryProblem {
	path: string;
	message: string;
}

type Position = number[];

function checkPosition(p: Position, path: string, out: GeometryProblem[]): void {
	const [lon, lat] = p as [number, number];
	if (!Number.isFinite(lon) || !Number.isFinite(lat)) {
		out.push({ path, message: 'coordinates must be finite numbers' });
	} else if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
		out.push({
			path,
			message: `[${lon}, ${lat}] is out of range: longitude first, -180..180, then latitude, -90..90`
		});
	}
}

function samePosition(a: Position | undefined, b: Position | undefined): boolean {
	return !!a && !!b && a[0] === b[0] && a[1] === b[1];
}

function checkPolygon(rings: Position[][], path: string, out: GeometryProblem[]): void {
	const before = out.length;
	rings.forEach((ring, r) => {
		const ringPath = `${path}[${r}]`;
		ring.forEach((p, i) => checkPosition(p, `${ringPath}[${i}]`, out));
		if (ring.length < 4) {
			out.push({
				path: ringPath,
				message: `a polygon ring needs at least 4 positions, found ${ring.length}`
			});
		} else if (!samePosition(ring[0], ring[ring.length - 1])) {
			out.push({
				path: ringPath,
				message: 'polygon ring is not closed: its last position must equal its first'
			});
		}
	});
	if (out.length > before) return;
	rings.forEach((ring, r) => {
		const clockwise = booleanClockwise(ring as [number, number][]);
		if (r === 0 && clockwise) {
			out.push({
				path: `${path}[0]`,
				message: 'exterior ring is clockwise; RFC 7946 wants counter-clockwise'
			});
		}
		if (r > 0 && !clockwise) {
			out.push({ path: `${path}[${r}]`, message: 'hole is counter-clockwise; RFC 7946 wants clockwise' });
		}
	});
	const crossing = findCrossing(rings);
	if (crossing.kind === 'crossing') {
		const [a, b] = crossing.rings;
		const which = a === b ? (a === 0 ? 'the exterior ring' : `ring ${a}`) : `rings ${a} and ${b}`;
		out.push({
			path,
			message: `polygon crosses or touches itself (${which}, near [${crossing.at.join(', ')}])`
		});
	} else if (crossing.kind === 'too-complex') {
		out.push({
			path,
			message: `polygon is too complex to check for crossings (over ${crossing.pairTests.toLocaleString('en')} edge comparisons: many long edges side by side); simplify it`
		});
	}
}

/**
 * Checks what a schema cannot: coordinates in range with longitude first, closed rings of at least four
 * positions, RFC 7946 winding (exterior counter-clockwise, holes clockwise) and no self-crossing
 * (`findCrossing`, a sweep, so a large outline costs about as much as its sort).
 */
export function checkGeometry(geometry: PlaceGeometry): GeometryProblem[] {
	const out: GeometryProblem[] = [];
	const c = geometry.coordinates;
	switch (geometry.type) {
		case 'Point':
			checkPosition(c as Position, 'coordinates', out);
			break;
		case 'MultiPoint':
		case 'LineString':
			(c as Position[]).forEach((p, i) => checkPosition(p, `coordinates[${i}]`, out));
			break;
		case 'MultiLineString':
			(c as Position[][]).forEach((line, l) =>
				line.forEach((p, i) => checkPosition(p, `coordinates[${l}][${i}]`, out))
			);
			break;
		case 'Polygon':
			checkPolygon(c as Position[][], 'coordinates', out);
			break;
		case 'MultiPolygon':
			(c as Position[][][]).forEach((poly, k) => checkPolygon(poly, `coordinates[${k}]`, out));
			break;
	}
	return out;
}
