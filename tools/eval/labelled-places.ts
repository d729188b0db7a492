/**
 * What the real set's labels name, read the same way by every tool that scores them (`npm run eval`,
 * `npm run train:events`): a labelled place id in the one form the links are compared in, and the kind
 * the extractor is told for it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Place } from '../../src/lib/places/schema';
import { citedGeoNamesIds } from '../../src/lib/places/automatic';
import type { GeoNamesCity } from '../../src/lib/places/geonames';
import { variantKey } from '../../src/lib/core/variants';
import { PLACE_KINDS, type PlaceKind } from '../../src/lib/places/kinds';

const REAL_DIR = fileURLToPath(new URL('../../tests/eval/real/', import.meta.url));

/**
 * The place a label or a link stands for, in one form for both sides: a curated place by its id (a
 * label may name it by its GeoNames id), anything else as labelled (`geonames:<id>`, `new:<slug>`).
 */
export function canonicalPlaces(
	places: readonly Place[],
	rows: readonly GeoNamesCity[],
	curatedSince: Record<string, string>
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
	return (id) => automatic.get(id) ?? byGeoNames.get(id) ?? curatedSince[id] ?? id;
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
	const extra = JSON.parse(readFileSync(join(REAL_DIR, 'new-places.json'), 'utf8')) as {
		id: string;
		kind: string;
	}[];
	const known = new Set<string>(PLACE_KINDS);
	for (const p of extra)
		kinds.set(p.id, known.has(p.kind) ? (p.kind as PlaceKind) : (NEW_PLACE_KINDS[p.kind] ?? 'village'));
	return (id) => kinds.get(id) ?? (id.startsWith('geonames:') ? 'village' : undefined);
}
