/**
 * Which places are on screen with articles in range, as the download menu counts them ("12 places in
 * view") and the places download lists them: split from `export.ts`, which writes the files and is
 * loaded only when a download is asked for, so the first screen carries only this.
 */
import type { ExplorerPlace } from '../data/explorer-data';
import { layerOfKind } from './layers';
import type { PlaceStates } from './range-index';
import { statusOfCode } from './status';
import type { LayerId } from './url-state';

/**
 * The map's view as `[west, south, east, north]` in degrees, as MapLibre's `getBounds` gives it: west may
 * be below -180 or east above 180 when the view crosses the antimeridian.
 */
export type ViewBox = readonly [number, number, number, number];

type Position = readonly number[];

/** Every position of a geometry, whatever its nesting. */
function positions(geometry: ExplorerPlace['geometry']): Position[] {
	switch (geometry.type) {
		case 'Point':
			return [geometry.coordinates];
		case 'MultiPoint':
		case 'LineString':
			return geometry.coordinates;
		case 'MultiLineString':
		case 'Polygon':
			return geometry.coordinates.flat();
		case 'MultiPolygon':
			return geometry.coordinates.flat(2);
	}
}

/** `[west, south, east, north]` of a geometry's positions. */
function extent(points: readonly Position[]): [number, number, number, number] {
	let w = Infinity;
	let s = Infinity;
	let e = -Infinity;
	let n = -Infinity;
	for (const [x, y] of points) {
		w = Math.min(w, x!);
		e = Math.max(e, x!);
		s = Math.min(s, y!);
		n = Math.max(n, y!);
	}
	return [w, s, e, n];
}

/** Whether the longitudes `a`…`b` meet the view's west…east, the world repeated every 360°. */
function lonsMeet(a: number, b: number, west: number, east: number): boolean {
	if (east - west >= 360) return true;
	for (const k of [-360, 0, 360]) if (a + k <= east && b + k >= west) return true;
	return false;
}

/**
 * Whether a place is in the view: a point (or one point of a group drawn as its members) inside it, or
 * a line or area whose extent meets it. An extent is generous for a long diagonal road seen from the
 * side, which is the right error for "what is on screen": the road is listed when part of its box is.
 */
export function placeInView(place: ExplorerPlace, [west, south, east, north]: ViewBox): boolean {
	const { geometry } = place;
	if (geometry.type === 'Point' || geometry.type === 'MultiPoint') {
		return positions(geometry).some(([x, y]) => y! >= south && y! <= north && lonsMeet(x!, x!, west, east));
	}
	const [w, s, e, n] = extent(positions(geometry));
	return n >= south && s <= north && lonsMeet(w, e, west, east);
}

/**
 * Where a place stands in the CSV's `lon`/`lat`: a point's own position, otherwise the centre of its
 * extent (`geometry_type` says which, so nobody mistakes a road's middle for a surveyed point).
 */
function representativePoint(geometry: ExplorerPlace['geometry']): [number, number] {
	if (geometry.type === 'Point') return [geometry.coordinates[0]!, geometry.coordinates[1]!];
	const [w, s, e, n] = extent(positions(geometry));
	return [(w + e) / 2, (s + n) / 2];
}

/** One place on screen, flat: a CSV row and a GeoJSON feature's properties. */
export interface PlaceRow {
	id: string;
	name: string;
	nameAr?: string;
	kind: string;
	/** Articles in the range that mention it (or its group), as the map's count. */
	articlesInRange: number;
	/** Mentions across every article, whatever the range. */
	mentionsAll: number;
	/** Its status on the range's last day, for a place with a life of its own (an observation post). */
	status?: string;
	established?: string;
	/** `exact`, `approximate`, or `radius` with `uncertaintyM` metres. */
	precision: string;
	uncertaintyM?: number;
	/** `automatic` for a place taken from GeoNames without review. */
	curation?: string;
	partOf?: string;
	lon: number;
	lat: number;
	geometryType: string;
	geometry: ExplorerPlace['geometry'];
}

/** What `placesOnScreen` reads: the places and what the map shows of each, by index. */
export interface PlacesOnScreenInput {
	places: readonly ExplorerPlace[];
	/** The place states the map draws (`placeStates`, or the same narrowed by a filter). */
	states: Pick<PlaceStates, 'count' | 'exists' | 'status'>;
	/** The layers switched on: a place whose layer is off is not on screen. */
	layers: readonly LayerId[];
	view: ViewBox;
}

/**
 * The places on screen with articles in range: those that exist on the range's last day, whose layer
 * is on, that lie in the view and that at least one article in range mentions (the ones the map draws
 * at full strength; the faded ones have nothing in range to count). Busiest first, then by name.
 */
export function placesOnScreen({ places, states, layers, view }: PlacesOnScreenInput): PlaceRow[] {
	const on = new Set(layers);
	const rows: PlaceRow[] = [];
	places.forEach((place, i) => {
		const count = states.count[i] ?? 0;
		const layer = layerOfKind(place.properties.kind);
		if (!states.exists[i] || count <= 0 || !layer || !on.has(layer) || !placeInView(place, view)) return;
		const p = place.properties;
		const [lon, lat] = representativePoint(place.geometry);
		const row: PlaceRow = {
			id: place.id,
			name: p.name,
			kind: p.kind,
			articlesInRange: count,
			mentionsAll: p.mentionCount,
			precision: typeof p.precision === 'number' ? 'radius' : p.precision,
			lon: roundDegrees(lon),
			lat: roundDegrees(lat),
			geometryType: place.geometry.type,
			geometry: place.geometry
		};
		if (p.nameAr) row.nameAr = p.nameAr;
		const status = statusOfCode(states.status[i] ?? 0);
		if (status) row.status = status;
		if (p.established) row.established = p.established;
		if (typeof p.precision === 'number') row.uncertaintyM = p.precision;
		if (p.curation) row.curation = p.curation;
		if (p.partOf) row.partOf = p.partOf;
		rows.push(row);
	});
	return rows.sort((a, b) => b.articlesInRange - a.articlesInRange || a.name.localeCompare(b.name));
}

/** Six decimals of a degree (about 0.1 m): what the curated positions carry, without float noise. */
export function roundDegrees(degrees: number): number {
	return Math.round(degrees * 1e6) / 1e6;
}
