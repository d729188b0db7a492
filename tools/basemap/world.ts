/**
 * The world map under the regional one: Natural Earth land, country borders and country names from
 * `world-atlas` (TopoJSON), thinned for the small scales it is seen at.
 *
 * The topology's arcs are simplified once, before anything is taken from them, so the land and the
 * borders still meet exactly where they share an arc. Inside the regional base map's bounds the page
 * covers the world layer with the regional one, so the borders there are left out to save bytes (the
 * land polygons are kept whole: cutting a hole in Eurasia would cost more than it saves).
 */
import type { Feature, MultiLineString, MultiPolygon, Point, Position } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { keepSegments, type Bounds } from '../../src/lib/map/outline';
import type { GeoNamesCity } from '../../src/lib/places/geonames';
import { clipRing, dedupeRing, pointInRing, type Box, type GridPoint } from './grid';
import { simplifyPath } from './simplify';

/** How the world layer is thinned, in degrees. */
export interface WorldOptions {
	/** Positions are rounded to this step (0.01° is about 1 km, a pixel at zoom 6). */
	step: number;
	/** Douglas–Peucker tolerance for the arcs. */
	tolerance: number;
	/** Rings smaller than this (square degrees) are dropped. */
	minArea: number;
}

/** The world-atlas arcs in degrees: its arcs are quantised and delta-encoded under a transform. */
export function absoluteArcs(topology: Topology): Position[][] {
	const t = topology.transform;
	return topology.arcs.map((arc) => {
		if (!t) return arc.map((p) => [p[0]!, p[1]!]);
		let x = 0;
		let y = 0;
		return arc.map((p) => {
			x += p[0]!;
			y += p[1]!;
			return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]];
		});
	});
}

/**
 * A copy of the topology with every arc rounded to `step`, its repeated points dropped, and simplified
 * with `tolerance`. Each arc keeps its end points, where it meets other arcs, so shared borders stay
 * shared. The copy has no transform: its arcs are plain degrees.
 */
export function simplifyTopology(topology: Topology, step: number, tolerance: number): Topology {
	const scale = 1 / step;
	const arcs = absoluteArcs(topology).map((arc) => {
		const grid: GridPoint[] = [];
		for (const [x, y] of arc) {
			const p: GridPoint = [Math.round(x! * scale), Math.round(y! * scale)];
			const last = grid[grid.length - 1];
			if (!last || last[0] !== p[0] || last[1] !== p[1]) grid.push(p);
		}
		if (grid.length === 1) grid.push(grid[0]!);
		return simplifyPath(grid, () => tolerance * scale).map(([x, y]) => [x / scale, y / scale]);
	});
	const copy: Topology = { ...topology, arcs };
	delete copy.transform;
	return copy;
}

/** Twice the signed planar area of a closed ring (positive when counter-clockwise). */
function ringArea2(ring: readonly Position[]): number {
	let sum = 0;
	for (let i = 1; i < ring.length; i++) {
		const a = ring[i - 1]!;
		const b = ring[i]!;
		sum += a[0]! * b[1]! - b[0]! * a[1]!;
	}
	return sum;
}

/** The polygons of a Polygon or MultiPolygon geometry (none for anything else). */
function polygonsOf(g: GeoJSON.Geometry | null): Position[][][] {
	if (g?.type === 'Polygon') return [g.coordinates];
	if (g?.type === 'MultiPolygon') return g.coordinates;
	return [];
}

/**
 * Polygons tidied for MapLibre: rings with fewer than four positions or under `minArea` square degrees
 * dropped (a polygon goes with its exterior), exteriors counter-clockwise and holes clockwise as RFC 7946
 * asks, since MapLibre tells holes from islands by their winding.
 */
export function tidyPolygons(polygons: readonly Position[][][], minArea: number): Position[][][] {
	const out: Position[][][] = [];
	for (const [exterior, ...holes] of polygons) {
		if (!exterior || exterior.length < 4 || Math.abs(ringArea2(exterior)) / 2 < minArea) continue;
		const orient = (ring: Position[], ccw: boolean) =>
			ringArea2(ring) > 0 === ccw ? ring : [...ring].reverse();
		out.push([
			orient(exterior, true),
			...holes
				.filter((h) => h.length >= 4 && Math.abs(ringArea2(h)) / 2 >= minArea)
				.map((h) => orient(h, false))
		]);
	}
	return out;
}

/**
 * A ring as one unbroken line: wherever it jumps across the antimeridian (a step of more than 180° of
 * longitude), what follows is shifted by 360°, so it may run beyond ±180. A ring round a pole
 * (Antarctica's coast) comes back 360° from where it started; it is closed along the pole's parallel.
 */
export function unwrapRing(ring: readonly Position[]): Position[] {
	const out: Position[] = [];
	let shift = 0;
	for (const [i, p] of ring.entries()) {
		if (i > 0) {
			const step = p[0]! - ring[i - 1]![0]!;
			if (step > 180) shift -= 360;
			else if (step < -180) shift += 360;
		}
		out.push([p[0]! + shift, p[1]!]);
	}
	const first = out[0];
	const last = out[out.length - 1];
	if (first && last && last[0] !== first[0]) {
		const pole = first[1]! < 0 ? -90 : 90;
		out.push([last[0]!, pole], [first[0]!, pole], [first[0]!, first[1]!]);
	}
	return out;
}

/**
 * A polygon in the plane, cut at the antimeridian. Natural Earth (as world-atlas has it) is drawn on the
 * sphere: Russia's Chukotka, Fiji and Antarctica cross ±180, which in plain longitude and latitude reads as
 * a line right round the world. Each exterior is unwrapped (see {@link unwrapRing}) and cut into the
 * pieces on either side; each hole goes with the piece its first point lies in. Positions are on the
 * `step` grid, and the cuts fall on it too.
 */
export function cutAtAntimeridian(polygon: readonly Position[][], step: number): Position[][][] {
	const [exterior, ...holes] = polygon;
	if (!exterior) return [];
	const crosses = (ring: readonly Position[]) =>
		ring.some((p, i) => i > 0 && Math.abs(p[0]! - ring[i - 1]![0]!) > 180);
	if (!crosses(exterior)) return [polygon.map((r) => [...r])];
	const scale = 1 / step;
	const grid = dedupeRing(unwrapRing(exterior).map((p) => toScaled(p, scale)));
	const pieces: Position[][][] = [];
	for (const offset of [-360, 0, 360]) {
		const box: Box = [(offset - 180) * scale, -90 * scale, (offset + 180) * scale, 90 * scale];
		const piece = dedupeRing(clipRing(grid, box));
		if (piece.length < 3) continue;
		pieces.push([[...piece, piece[0]!].map(([x, y]) => [x / scale - offset, y / scale])]);
	}
	for (const hole of holes) {
		const [x, y] = hole[0]!;
		const home = pieces.find(([ring]) =>
			pointInRing(
				x! * scale,
				y! * scale,
				ring!.map((p) => toScaled(p, scale))
			)
		);
		home?.push([...hole]);
	}
	return pieces;
}

function toScaled(p: Position, scale: number): GridPoint {
	return [Math.round(p[0]! * scale), Math.round(p[1]! * scale)];
}

/** The world's land as one MultiPolygon feature, cut at the antimeridian. */
export function worldLand(topology: Topology, options: WorldOptions): Feature<MultiPolygon> {
	const land = feature(topology, topology.objects.land as GeometryCollection);
	const polygons = land.features
		.flatMap((f) => polygonsOf(f.geometry))
		.flatMap((p) => cutAtAntimeridian(p, options.step));
	const minArea = options.minArea;
	return {
		type: 'Feature',
		properties: {},
		geometry: { type: 'MultiPolygon', coordinates: tidyPolygons(polygons, minArea) }
	};
}

/** Whether both ends of a segment lie strictly inside `bounds` (so the whole segment does). */
function inside(a: Position, b: Position, [w, s, e, n]: Bounds): boolean {
	const within = (p: Position) => p[0]! > w && p[0]! < e && p[1]! > s && p[1]! < n;
	return within(a) && within(b);
}

/**
 * The land borders between countries as one MultiLineString feature, without what lies inside `hidden`
 * (the regional map's bounds). The coast is not written: the page draws it round the land polygons.
 */
export function worldBorders(topology: Topology, hidden: Bounds): Feature<MultiLineString> {
	const borders = mesh(topology, topology.objects.countries as GeometryObject, (a, b) => a !== b);
	return {
		type: 'Feature',
		properties: {},
		geometry: {
			type: 'MultiLineString',
			coordinates: keepSegments(
				borders.coordinates,
				(a, b) => Math.abs(a[0]! - b[0]!) <= 180 && !inside(a, b, hidden)
			)
		}
	};
}

/**
 * A point inside a polygon to put its label on: the middle of the widest stretch of the exterior (less
 * its holes) along the parallel through the exterior's mean latitude. A centroid can fall outside a
 * crescent-shaped country; this point cannot.
 */
export function labelPoint(polygon: readonly Position[][]): Position {
	const exterior = polygon[0]!;
	const ys = exterior.map((p) => p[1]!);
	const y = (Math.min(...ys) + Math.max(...ys)) / 2;
	const xs: number[] = [];
	for (const ring of polygon) {
		for (let i = 1; i < ring.length; i++) {
			const a = ring[i - 1]!;
			const b = ring[i]!;
			if (a[1]! > y !== b[1]! > y) xs.push(a[0]! + ((y - a[1]!) * (b[0]! - a[0]!)) / (b[1]! - a[1]!));
		}
	}
	xs.sort((p, q) => p - q);
	let best: [number, number] = [exterior[0]![0]!, exterior[0]![0]!];
	for (let i = 0; i + 1 < xs.length; i += 2) {
		if (xs[i + 1]! - xs[i]! > best[1] - best[0]) best = [xs[i]!, xs[i + 1]!];
	}
	return [(best[0] + best[1]) / 2, y];
}

/** Square kilometres per square degree at the equator. */
const KM2_PER_DEG2 = 111.32 * 111.32;

/** Area of a polygon in square kilometres, roughly (planar degrees scaled by the cosine of latitude). */
export function approximateKm2(polygon: readonly Position[][]): number {
	const [exterior, ...holes] = polygon;
	const ys = exterior!.map((p) => p[1]!);
	const cos = Math.cos((((Math.min(...ys) + Math.max(...ys)) / 2) * Math.PI) / 180);
	const deg2 = (Math.abs(ringArea2(exterior!)) - holes.reduce((s, h) => s + Math.abs(ringArea2(h)), 0)) / 2;
	return deg2 * cos * KM2_PER_DEG2;
}

/** 1 = over a million km² (shown from zoom 1), 2 = over 100,000 km² (zoom 2.5), 3 = the rest (zoom 4). */
export function countryRank(km2: number): 1 | 2 | 3 {
	return km2 >= 1_000_000 ? 1 : km2 >= 100_000 ? 2 : 3;
}

/**
 * One label point per country (`kind: 'country'`), on its largest polygon, with its Natural Earth short name, a rank by
 * that polygon's area, and `region: 1` when it falls inside the regional map's bounds (whose own,
 * hand-placed labels take over when zoomed in). Sorted by rank, then largest first.
 */
export function worldLabels(topology: Topology, region: Bounds, step: number): Feature<Point>[] {
	const countries = feature(topology, topology.objects.countries as GeometryCollection<{ name?: string }>);
	const labels: { km2: number; feature: Feature<Point> }[] = [];
	for (const f of countries.features) {
		const name = f.properties?.name;
		const polygons = polygonsOf(f.geometry)
			.flatMap((p) => cutAtAntimeridian(p, step))
			.filter((p) => p[0] && p[0].length >= 4);
		if (!name || polygons.length === 0) continue;
		const sized = polygons.map((p) => ({ p, km2: approximateKm2(p) })).sort((a, b) => b.km2 - a.km2);
		const largest = sized[0]!;
		const [x, y] = labelPoint(largest.p);
		const round = (v: number) => Math.round(v! * 100) / 100;
		const inRegion = x! > region[0] && x! < region[2] && y! > region[1] && y! < region[3];
		labels.push({
			km2: largest.km2,
			feature: {
				type: 'Feature',
				properties: {
					name,
					kind: 'country',
					rank: countryRank(largest.km2),
					...(inRegion ? { region: 1 } : {})
				},
				geometry: { type: 'Point', coordinates: [round(x!), round(y!)] }
			}
		});
	}
	return labels
		.sort(
			(a, b) =>
				Number(a.feature.properties!.rank) - Number(b.feature.properties!.rank) ||
				b.km2 - a.km2 ||
				String(a.feature.properties!.name).localeCompare(String(b.feature.properties!.name))
		)
		.map((l) => l.feature);
}

/**
 * Capitals (rank 1) and cities of two million people or more (rank 2) outside the regional map, which
 * has towns of its own: the names that place a far city for a reader (Kyiv and Minsk around Moscow,
 * Baltimore and Philadelphia around Washington). Sorted by rank, then population, then GeoNames id.
 */
export function worldCities(cities: readonly GeoNamesCity[], region: Bounds): Feature<Point>[] {
	const [w, s, e, n] = region;
	return cities
		.filter((c) => {
			const [lon, lat] = c.loc.coordinates;
			if (lon >= w && lon <= e && lat >= s && lat <= n) return false;
			return c.featureCode === 'PPLC' || (c.population >= 2_000_000 && c.featureCode !== 'PPLX');
		})
		.map((c) => ({ c, rank: c.featureCode === 'PPLC' ? 1 : 2 }))
		.sort(
			(a, b) => a.rank - b.rank || b.c.population - a.c.population || Number(a.c.cityId) - Number(b.c.cityId)
		)
		.map(({ c, rank }) => ({
			type: 'Feature',
			properties: { name: c.name, kind: 'city', rank },
			geometry: {
				type: 'Point',
				coordinates: [
					Math.round(c.loc.coordinates[0] * 100) / 100,
					Math.round(c.loc.coordinates[1] * 100) / 100
				]
			}
		}));
}
