/**
 * A compact form of GeoJSON for the base map's lines and polygons: each line or ring is one flat list
 * of integer coordinates in 1e-5 degree, every pair after the first written as the step from the one
 * before. Neighbouring points differ little, so the numbers are short and gzip well (land and borders
 * take about 40% less than as GeoJSON). The generator packs; the page unpacks before MapLibre sees it.
 * The lines themselves are packed as `core/packed-lines.ts` packs them (the places' outlines in
 * `explorer.json` are too).
 */
import {
	LINE_DEPTH,
	mapLines,
	PACKED_SCALE,
	packLine,
	unpackLine,
	type PackedCoordinates
} from '../core/packed-lines';

export { PACKED_SCALE };

type PackedGeometryType = 'LineString' | 'MultiLineString' | 'Polygon' | 'MultiPolygon';

export interface PackedFeature {
	type: PackedGeometryType;
	properties: Record<string, string | number>;
	coordinates: PackedCoordinates;
}

export interface PackedCollection {
	packed: 1;
	/**
	 * Units per degree when not {@link PACKED_SCALE}: the world map, seen only at small scales, is written
	 * in hundredths of a degree, which makes its steps two or three digits long.
	 */
	scale?: number;
	features: PackedFeature[];
}

type Lines = GeoJSON.LineString | GeoJSON.MultiLineString | GeoJSON.Polygon | GeoJSON.MultiPolygon;

/** How deep the lines or rings sit in each geometry type's coordinates. */
const DEPTH: Record<PackedGeometryType, number> = LINE_DEPTH;

/**
 * Packs a collection of lines and polygons; coordinates are rounded to 1/`scale` degree (1e-5 unless
 * told otherwise).
 */
export function packCollection(
	collection: GeoJSON.FeatureCollection<Lines, Record<string, string | number> | null>,
	scale = PACKED_SCALE
): PackedCollection {
	if (!(scale > 0)) throw new RangeError('the scale must be positive');
	return {
		packed: 1,
		...(scale === PACKED_SCALE ? {} : { scale }),
		features: collection.features.map((f) => ({
			type: f.geometry.type,
			properties: f.properties ?? {},
			coordinates: mapLines(f.geometry.coordinates, DEPTH[f.geometry.type], (line: GeoJSON.Position[]) =>
				packLine(line, scale)
			) as PackedCoordinates
		}))
	};
}

/** The GeoJSON a packed collection stands for. */
export function unpackCollection(packed: PackedCollection): GeoJSON.FeatureCollection<Lines> {
	if (packed?.packed !== 1 || !Array.isArray(packed.features)) throw new TypeError('not a packed collection');
	const scale = packed.scale ?? PACKED_SCALE;
	if (typeof scale !== 'number' || !(scale > 0)) throw new TypeError('a packed collection has a bad scale');
	return {
		type: 'FeatureCollection',
		features: packed.features.map((f) => {
			const depth = DEPTH[f.type];
			if (depth === undefined) throw new TypeError(`cannot unpack a ${String(f.type)}`);
			return {
				type: 'Feature',
				properties: f.properties,
				geometry: {
					type: f.type,
					coordinates: mapLines(f.coordinates, depth, (deltas: number[]) => unpackLine(deltas, scale))
				} as Lines
			};
		})
	};
}
