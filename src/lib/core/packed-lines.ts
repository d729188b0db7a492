/**
 * Lines and rings written compactly: each as one flat list of integer coordinates in 1/`scale` degree
 * (1e-5 unless told otherwise, about a metre), every pair after the first written as the step from the
 * one before. Neighbouring points differ little, so the numbers are short and gzip well: the base map's
 * land and borders (`map/packed.ts`) take about 40% less than as GeoJSON, the places' outlines in
 * `explorer.json` (`packGeometry`) about a third less. A third coordinate (an altitude) is left out.
 */

/** Units per degree: 1e-5 degree is about a metre. */
export const PACKED_SCALE = 100_000;

/** A line or ring as steps in 1/`scale` degree, the first from 0. */
export function packLine(line: readonly (readonly number[])[], scale = PACKED_SCALE): number[] {
	const out: number[] = [];
	let px = 0;
	let py = 0;
	for (const [lng, lat] of line) {
		const x = Math.round(lng! * scale);
		const y = Math.round(lat! * scale);
		out.push(x - px, y - py);
		px = x;
		py = y;
	}
	return out;
}

/** The positions of a packed line; throws on an odd number of values or one that is not an integer. */
export function unpackLine(deltas: readonly number[], scale = PACKED_SCALE): [number, number][] {
	if (deltas.length % 2) throw new RangeError('a packed line has an odd number of values');
	const out: [number, number][] = [];
	let x = 0;
	let y = 0;
	for (let i = 0; i < deltas.length; i += 2) {
		const dx = deltas[i]!;
		const dy = deltas[i + 1]!;
		if (!Number.isSafeInteger(dx) || !Number.isSafeInteger(dy))
			throw new RangeError(`a packed line has a value that is not an integer at ${i}`);
		x += dx;
		y += dy;
		out.push([x / scale, y / scale]);
	}
	return out;
}

/** The geometries whose coordinates are lines or rings, and how deep these sit in the coordinates. */
export const LINE_DEPTH = {
	MultiPoint: 0,
	LineString: 0,
	MultiLineString: 1,
	Polygon: 1,
	MultiPolygon: 2
} as const;

export type LinesType = keyof typeof LINE_DEPTH;

/** Nested like GeoJSON coordinates, with each line or ring a flat list of steps. */
export type PackedCoordinates = number[] | PackedCoordinates[];

/** A geometry of lines, rings or several points, its coordinates packed. */
export interface PackedGeometry {
	type: LinesType;
	coordinates: PackedCoordinates;
}

/** Applies `fn` to every line or ring `depth` levels down in `coordinates`. */
export function mapLines<B>(coordinates: unknown, depth: number, fn: (line: never) => B): unknown {
	if (depth === 0) return fn(coordinates as never);
	if (!Array.isArray(coordinates)) throw new TypeError('coordinates nested less deeply than their type says');
	return coordinates.map((c) => mapLines(c, depth - 1, fn));
}

/** Packs a geometry of lines, rings or several points; positions round to 1e-5 degree. */
export function packGeometry(geometry: { type: LinesType; coordinates: unknown }): PackedGeometry {
	return {
		type: geometry.type,
		coordinates: mapLines(geometry.coordinates, LINE_DEPTH[geometry.type], (line: number[][]) =>
			packLine(line)
		) as PackedCoordinates
	};
}

/**
 * The GeoJSON geometry a packed one stands for. Throws a `TypeError` or `RangeError` saying what is
 * wrong with a geometry that is not one `packGeometry` wrote.
 */
export function unpackGeometry(packed: { type: unknown; coordinates: unknown }): {
	type: LinesType;
	coordinates: unknown;
} {
	const type = packed.type as LinesType;
	if (!Object.hasOwn(LINE_DEPTH, type)) throw new TypeError(`cannot unpack a ${String(packed.type)}`);
	return {
		type,
		coordinates: mapLines(packed.coordinates, LINE_DEPTH[type], (deltas: unknown) => {
			if (!Array.isArray(deltas)) throw new TypeError('coordinates nested less deeply than their type says');
			return unpackLine(deltas as number[]);
		})
	};
}
