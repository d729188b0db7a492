/**
 * Draws the district outlines in `geodata/districts.geojson` from geoBoundaries' Syria ADM2 release,
 * once, when the dataset changes; the result is committed and the site build reads only the committed
 * file.
 *
 *     npx tsx tools/governorates/districts.ts --gb <geoBoundaries-SYR-ADM2 TopoJSON> \
 *       --gb-origin "<where that copy came from>"
 *
 * geoBoundaries' SYR ADM2 (boundaryID `SYR-ADM2-18623615`, gbOpen, CC BY 3.0 IGO) is OCHA's Common
 * Operational Dataset districts (sources: UN Cartographic Section and OCHA, via HDX), the dataset the
 * governorates are drawn from at level 1. Each district is taken by its geoBoundaries `shapeID`, put on
 * the 1e-5° grid and simplified at about 100 m as the governorates of the north-west are
 * (`outlines.ts`). A district is not simplified together with its governorate: the two come from two
 * releases of OCHA's lines, so their shared borders are close (the reference-points test measures how
 * close) but not the same points. Each feature's `sources` says what was taken from where; the other
 * properties (names, aliases, descriptions) are kept as they are.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { areaKm2, simplifyOutlines } from './outlines';
import { topoFeature, type Topology } from './topojson';

/** Simplification tolerance in grid units of 1e-5°, as for the governorates of the north-west (`main.ts`). */
const TOLERANCE = 100;

/** The districts drawn, by feature id: geoBoundaries' shape id, OCHA's P-code and GeoNames' id. */
const DISTRICTS: Record<string, { shapeID: string; shapeName: string; pcode: string; geonames: number }> = {
	'afrin-district': {
		shapeID: 'SYR-ADM2-18623615B57920902',
		shapeName: 'Afrin',
		pcode: 'SY0203',
		geonames: 174184
	}
};

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function arg(name: string): string {
	const i = process.argv.indexOf(`--${name}`);
	const value = i >= 0 ? process.argv[i + 1] : undefined;
	if (!value)
		throw new Error(`--${name} is required (see the comment at the top of tools/governorates/districts.ts)`);
	return value;
}

function main(): void {
	const topology = JSON.parse(readFileSync(arg('gb'), 'utf8')) as Topology;
	const origin = arg('gb-origin');
	const target = path.join(root, 'geodata/districts.geojson');
	const file = JSON.parse(readFileSync(target, 'utf8')) as FeatureCollection<
		Polygon | MultiPolygon,
		{ sources: string[] }
	>;
	for (const feature of file.features) {
		const id = String(feature.id);
		const district = DISTRICTS[id];
		if (!district) throw new Error(`${id} is not in DISTRICTS`);
		const source = topoFeature(topology, 'shapeID', district.shapeID);
		const [outline] = simplifyOutlines([source], TOLERANCE);
		const [before, after] = [areaKm2(source), areaKm2(outline!)];
		const fmt = (km2: number) => Math.round(km2).toLocaleString('en-GB');
		feature.geometry = outline!;
		feature.properties.sources = [
			`geoBoundaries SYR ADM2 (boundaryID SYR-ADM2-18623615, gbOpen, boundary year 2017; sources: HDX, UN Cartographic Section and OCHA, the OCHA Common Operational Dataset districts), licence CC BY 3.0 IGO: feature ${district.shapeName} (shapeID ${district.shapeID}; OCHA P-code ${district.pcode}, GeoNames ${district.geonames}); copy read: ${origin}`,
			`simplified at ≈100 m (Douglas–Peucker, tolerance 1e-3°: tools/governorates/districts.ts); area ${fmt(after)} km² (${fmt(before)} km² before simplification)`,
			'checked against reference points: the GeoNames towns of the district inside it, the district inside its governorate, and towns of the neighbouring districts outside it (tests/unit/reference-points.test.ts)'
		];
		const points = (outline!.type === 'Polygon' ? [outline!.coordinates] : outline!.coordinates)
			.flat()
			.reduce((n, r) => n + r.length, 0);
		console.log(`${id}: ${fmt(before)} km² → ${fmt(after)} km², ${points} points`);
	}
	// One position a line, as the other geodata files are written.
	const text = JSON.stringify(file, null, '\t').replace(
		/\[\s*(-?[\d.]+),\s*(-?[\d.]+)\s*\]/g,
		(_, lon: string, lat: string) => `[${lon}, ${lat}]`
	);
	writeFileSync(target, text + '\n');
}

main();
