/**
 * Writes `geodata/communities.json`, the communities of Idlib, Aleppo, Hama and Latakia governorates
 * with their spellings and positions, from a checkout of Who's On First's Syrian administrative data,
 * once, when the source changes; the file is committed, and nothing in the site build reads it yet.
 *
 *     npx tsx tools/communities/main.ts --wof <whosonfirst-data-admin-sy checkout> \
 *       --wof-origin "<where that copy came from, with its commit>"
 *
 * The source is Who's On First's `whosonfirst-data-admin-sy` repository: one GeoJSON file per place under
 * `data/`. Its localities are GeoNames' populated places of Syria (feature class P; GeoNames, CC BY
 * 4.0) with GeoNames' own properties kept (`gn:*`: id, name, feature code, point) and their alternate
 * names as Who's On First's `name:*` lists, placed in a governorate (`region`) and district (`county`) by
 * Who's On First's hierarchy (a locality whose hierarchy names no region, one in seven, by the
 * governorate outline of `geodata/governorates.geojson` that holds its point, with no district). Who's
 * On First's own work is CC0; the GeoNames rows keep GeoNames'
 * licence, so the file says both. The rows are written one community a line, ordered by governorate,
 * district and name, so that a new copy of the source shows as a readable diff.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { communityFrom, NORTH_WEST_REGIONS, type Community, type WofProperties } from './communities';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const TARGET = path.join(root, 'geodata/communities.json');

function arg(name: string): string {
	const i = process.argv.indexOf(`--${name}`);
	const value = i >= 0 ? process.argv[i + 1] : undefined;
	if (!value)
		throw new Error(`--${name} is required (see the comment at the top of tools/communities/main.ts)`);
	return value;
}

/** Every `.geojson` file under `dir`, at any depth, in a stable order. */
function geojsonFiles(dir: string): string[] {
	const out: string[] = [];
	for (const name of readdirSync(dir).sort()) {
		const full = path.join(dir, name);
		if (statSync(full).isDirectory()) out.push(...geojsonFiles(full));
		else if (name.endsWith('.geojson')) out.push(full);
	}
	return out;
}

/**
 * The governorate of the four whose outline in `geodata/governorates.geojson` (OCHA's, as the map
 * draws it) holds a point, by the name `communities.ts` gives it, or undefined.
 */
function governorateLocator(): (lon: number, lat: number) => Community['governorate'] | undefined {
	const file = JSON.parse(readFileSync(path.join(root, 'geodata/governorates.geojson'), 'utf8')) as {
		features: { id: string; geometry: Polygon | MultiPolygon }[];
	} & FeatureCollection;
	const outlines = Object.values(NORTH_WEST_REGIONS).map((name) => {
		const feature = file.features.find((f) => f.id === `${name.toLowerCase()}-governorate`);
		if (!feature) throw new Error(`geodata/governorates.geojson has no ${name.toLowerCase()}-governorate`);
		return { name, geometry: feature.geometry };
	});
	return (lon, lat) => outlines.find((o) => booleanPointInPolygon([lon, lat], o.geometry))?.name;
}

function main(): void {
	const checkout = arg('wof');
	const origin = arg('wof-origin');
	const records = geojsonFiles(path.join(checkout, 'data')).map(
		(file) => (JSON.parse(readFileSync(file, 'utf8')) as { properties: WofProperties }).properties
	);
	const counties = new Map(
		records.filter((p) => p['wof:placetype'] === 'county').map((p) => [p['wof:id'], p['wof:name']])
	);
	const locate = governorateLocator();
	const communities = records
		.map((p) => communityFrom(p, counties, locate))
		.filter((c): c is Community => c !== null)
		.sort(
			(a, b) =>
				a.governorate.localeCompare(b.governorate) ||
				a.district.localeCompare(b.district) ||
				a.name.localeCompare(b.name) ||
				a.id.localeCompare(b.id)
		);
	const ids = new Set<string>();
	for (const c of communities) {
		// Who's On First keeps one record a GeoNames place; a second would make `id` ambiguous.
		if (ids.has(c.id)) throw new Error(`${c.id} appears twice in the source`);
		ids.add(c.id);
	}
	const counts = Object.values(NORTH_WEST_REGIONS).map(
		(g) => `${g} ${communities.filter((c) => c.governorate === g).length}`
	);
	const header = {
		about:
			"The communities (populated places) of Idlib, Aleppo, Hama and Latakia governorates with their spellings and points, written by tools/communities/main.ts; see that file's comment and the README's data sources.",
		source: `Who's On First, whosonfirst-data-admin-sy (https://github.com/whosonfirst-data/whosonfirst-data-admin-sy), localities placed in these governorates by its hierarchy (or, where that names no region, by the governorate outline of geodata/governorates.geojson holding the point), deprecated and superseded records left out; copy read: ${origin}`,
		licence:
			"Data from Who's On First (https://whosonfirst.org/docs/licenses/; its own work CC0). The rows are GeoNames' populated places (https://www.geonames.org, CC BY 4.0): names, alternate names, feature codes and points are GeoNames'.",
		count: communities.length
	};
	const lines = communities.map((c) => '\t\t' + JSON.stringify(c));
	const text = `{\n${Object.entries(header)
		.map(([k, v]) => `\t${JSON.stringify(k)}: ${JSON.stringify(v)},`)
		.join('\n')}\n\t"communities": [\n${lines.join(',\n')}\n\t]\n}\n`;
	writeFileSync(TARGET, text);
	console.log(`${communities.length} communities (${counts.join(', ')}) → ${path.relative(root, TARGET)}`);
}

main();
