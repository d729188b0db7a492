/**
 * Lines from the base map's polygons. The regional land is cut at the edges of the area it covers, and
 * the world's land at the antimeridian; a coastline drawn round those polygons would also draw the
 * cuts, as straight lines across land. These helpers keep the real coast and drop the cuts. The page
 * uses them on the regional land it has just unpacked (which costs no bytes to send), the generator on
 * the world's coast.
 */

type Position = GeoJSON.Position;

/** `[west, south, east, north]` in degrees. */
export type Bounds = [number, number, number, number];

/**
 * The lines made of the segments `keep` accepts: a line is split where a segment is dropped, and pieces
 * shorter than one segment go.
 */
export function keepSegments(
	lines: readonly (readonly Position[])[],
	keep: (a: Position, b: Position) => boolean
): Position[][] {
	const out: Position[][] = [];
	for (const line of lines) {
		let run: Position[] = [];
		for (let i = 1; i < line.length; i++) {
			const a = line[i - 1]!;
			const b = line[i]!;
			if (keep(a, b)) {
				if (run.length === 0) run.push(a);
				run.push(b);
			} else if (run.length > 0) {
				out.push(run);
				run = [];
			}
		}
		if (run.length > 1) out.push(run);
	}
	return out;
}

/** Whether the segment a–b runs along one edge of `bounds` (both ends on the same edge). */
export function alongEdge(a: Position, b: Position, bounds: Bounds): boolean {
	const [w, s, e, n] = bounds;
	return (
		(a[0] === w && b[0] === w) ||
		(a[0] === e && b[0] === e) ||
		(a[1] === s && b[1] === s) ||
		(a[1] === n && b[1] === n)
	);
}

/** Every ring of the collection's polygons, as a closed line. */
function rings(collection: GeoJSON.FeatureCollection): Position[][] {
	const out: Position[][] = [];
	for (const f of collection.features) {
		const g = f.geometry;
		if (g?.type === 'Polygon') out.push(...g.coordinates);
		else if (g?.type === 'MultiPolygon') for (const p of g.coordinates) out.push(...p);
	}
	return out;
}

/** Whether the segment a–b runs along the antimeridian, where Natural Earth cuts the land it crosses. */
export function onAntimeridian(a: Position, b: Position): boolean {
	return Math.abs(a[0]!) === 180 && a[0] === b[0];
}

/**
 * The outline of a collection's polygons without the segments `isCut` says are cuts (e.g.
 * `(a, b) => alongEdge(a, b, bounds)`): the coast, as one MultiLineString feature.
 */
export function outline(
	collection: GeoJSON.FeatureCollection,
	isCut: (a: Position, b: Position) => boolean
): GeoJSON.FeatureCollection<GeoJSON.MultiLineString> {
	const lines = keepSegments(rings(collection), (a, b) => !isCut(a, b));
	return {
		type: 'FeatureCollection',
		features:
			lines.length === 0
				? []
				: [{ type: 'Feature', properties: {}, geometry: { type: 'MultiLineString', coordinates: lines } }]
	};
}
