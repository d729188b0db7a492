import type { MultiPolygon, Polygon, Position } from 'geojson';

/**
 * The parts of a quantized TopoJSON topology (the TopoJSON 1.0 specification) that a boundary
 * dataset's polygons need: arcs as delta-encoded integer positions and the transform that puts them
 * back in degrees. geoBoundaries publishes its releases so.
 */
export interface Topology {
	type: 'Topology';
	arcs: number[][][];
	transform?: { scale: [number, number]; translate: [number, number] };
	objects: Record<string, { type: string; geometries: TopoGeometry[] }>;
}

/** A polygon or multipolygon of a topology: rings as lists of arc indices (negative: reversed). */
export interface TopoGeometry {
	type: string;
	arcs: number[][] | number[][][];
	properties?: Record<string, unknown>;
}

/** Arc `index` in degrees, reversed when the index is negative (`~i`, as the specification says). */
function arcPositions(topology: Topology, index: number): Position[] {
	const arc = topology.arcs[index < 0 ? ~index : index];
	if (!arc || arc.length < 2) throw new Error(`arc ${index} is missing from the topology`);
	const { scale, translate } = topology.transform ?? { scale: [1, 1], translate: [0, 0] };
	let x = 0;
	let y = 0;
	const positions = arc.map(([dx, dy]) => {
		if (topology.transform) {
			x += dx!;
			y += dy!;
		} else [x, y] = [dx!, dy!];
		return [x * scale[0] + translate[0], y * scale[1] + translate[1]];
	});
	return index < 0 ? positions.reverse() : positions;
}

/**
 * A ring from its arcs: each arc starts where the one before ended, so that shared point is kept
 * once. A ring whose arcs do not meet end to start, or that does not close, is an error: it would
 * mean the topology was read wrong.
 */
function ringOf(topology: Topology, indices: readonly number[]): Position[] {
	const ring: Position[] = [];
	for (const index of indices) {
		const positions = arcPositions(topology, index);
		const last = ring.at(-1);
		if (last && (last[0] !== positions[0]![0] || last[1] !== positions[0]![1]))
			throw new Error(`arc ${index} does not start where the ring's previous arc ended`);
		ring.push(...(last ? positions.slice(1) : positions));
	}
	const [first, end] = [ring[0], ring.at(-1)];
	if (!first || !end || first[0] !== end[0] || first[1] !== end[1])
		throw new Error('the ring does not close');
	return ring;
}

/** The geometry whose `properties[key]` is `value`, as GeoJSON in degrees. */
export function topoFeature(topology: Topology, key: string, value: string): Polygon | MultiPolygon {
	for (const object of Object.values(topology.objects)) {
		const found = object.geometries.find((g) => g.properties?.[key] === value);
		if (!found) continue;
		if (found.type === 'Polygon')
			return {
				type: 'Polygon',
				coordinates: (found.arcs as number[][]).map((r) => ringOf(topology, r))
			};
		if (found.type === 'MultiPolygon')
			return {
				type: 'MultiPolygon',
				coordinates: (found.arcs as number[][][]).map((p) => p.map((r) => ringOf(topology, r)))
			};
		throw new Error(`${value} is a ${found.type}, not a polygon`);
	}
	throw new Error(`no geometry with ${key} ${value}`);
}
