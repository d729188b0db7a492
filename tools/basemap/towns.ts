import type { GeoNamesCity } from '../../src/lib/places/geonames';
import type { Box } from './grid';

/** 1 = shown from zoom 5, 2 = from zoom 7, 3 and 4 = from zoom 9 (4 is drawn smallest). */
export type TownRank = 1 | 2 | 3 | 4;

/** Properties of a town point in `towns.geojson`. */
export interface TownProperties {
	/** The GeoNames name, romanised with diacritics (e.g. `Ma‘arrat an Nu‘mān`). */
	name: string;
	/** The same name without diacritics (`Ma‘arrat an Nu‘man`), for search and for fonts lacking them. */
	nameAscii: string;
	geonameid: number;
	/** ISO 3166-1 alpha-2. */
	country: string;
	/** GeoNames population; 0 means unknown, not empty (most Syrian sub-district seats). */
	population: number;
	featureCode: string;
	rank: TownRank;
}

/**
 * GeoNames feature codes left out: abandoned (PPLQ) and historical (PPLH) places are not living towns,
 * and sections of a city (PPLX, e.g. `Ra’s Bayrūt`, `West Jerusalem`) would sit as a second dot and label
 * on top of the city itself.
 */
const NOT_A_TOWN = new Set(['PPLQ', 'PPLH', 'PPLX']);

/**
 * Rank of a town in Syria, the country the map is about. GeoNames has no population for 197 of its 286
 * Syrian rows (mostly sub-district seats in Idlib and Aleppo), so the administrative level leads and the
 * population only promotes: governorate seats and the capital are rank 1, district seats (PPLA2, e.g.
 * Ma‘arrat an Nu‘mān, Ḩārim, Arīḩā, Al Qāmishlī, all with population 0) or towns over 50,000 are rank 2,
 * sub-district seats with a known population or towns over 10,000 are rank 3, and every other place,
 * population 0 included, is rank 4 so it still appears when zoomed in.
 * Returns `null` for places that are not towns (abandoned, historical, or a section of a city).
 */
export function rankSyrianTown(featureCode: string, population: number): TownRank | null {
	if (NOT_A_TOWN.has(featureCode)) return null;
	if (featureCode === 'PPLC' || featureCode === 'PPLA') return 1;
	if (featureCode === 'PPLA2' || population >= 50_000) return 2;
	if ((featureCode === 'PPLA3' && population > 0) || population >= 10_000) return 3;
	return 4;
}

/**
 * Rank of a town in a neighbouring country, shown only for orientation: places under `minPopulation`
 * (20,000 by default) are left out (`null`), capitals and cities over a million are rank 1, province
 * seats (PPLA) and cities over 250,000 rank 2, cities over 75,000 rank 3, the rest rank 4.
 */
export function rankNeighbourTown(
	featureCode: string,
	population: number,
	minPopulation = 20_000
): TownRank | null {
	if (NOT_A_TOWN.has(featureCode) || population < minPopulation) return null;
	if (featureCode === 'PPLC' || population >= 1_000_000) return 1;
	if (featureCode === 'PPLA' || population >= 250_000) return 2;
	if (population >= 75_000) return 3;
	return 4;
}

/**
 * Removes diacritics (ā → a, Ḩ → H, ş → s) but keeps the ‘ayn/hamza marks (‘ ’), which are separate
 * characters. Useful where a font lacks Latin Extended glyphs, and for matching typed search text.
 */
export function asciiName(name: string): string {
	return name.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

/** A town chosen for the base map, in degrees. */
export interface TownPoint {
	lon: number;
	lat: number;
	properties: TownProperties;
}

/** Options of {@link selectTowns}. */
export interface SelectTownsOptions {
	/** Only places inside this box (degrees) are kept. */
	box: Box;
	/** ISO alpha-2 of the country ranked by {@link rankSyrianTown}; every other by {@link rankNeighbourTown}. */
	focusCountry: string;
	/** Minimum population for places outside the focus country. */
	minNeighbourPopulation: number;
	/**
	 * Where the map is looked at closely, places outside the focus country are kept from this lower
	 * population: every village across the border orients a reader at zoom 10 and more.
	 */
	near?: { box: Box; minPopulation: number };
}

/**
 * Picks and ranks the towns for the base map, sorted by rank, then population (largest first), then
 * GeoNames id, so the output order (which also guides label placement) is stable.
 */
export function selectTowns(cities: readonly GeoNamesCity[], options: SelectTownsOptions): TownPoint[] {
	const within = ([minX, minY, maxX, maxY]: Box, lon: number, lat: number) =>
		lon >= minX && lon <= maxX && lat >= minY && lat <= maxY;
	const out: TownPoint[] = [];
	for (const c of cities) {
		const [lon, lat] = c.loc.coordinates;
		if (!within(options.box, lon, lat)) continue;
		const near = options.near && within(options.near.box, lon, lat);
		const minPopulation = near ? options.near!.minPopulation : options.minNeighbourPopulation;
		const rank =
			c.country === options.focusCountry
				? rankSyrianTown(c.featureCode, c.population)
				: rankNeighbourTown(c.featureCode, c.population, minPopulation);
		if (rank === null) continue;
		out.push({
			lon,
			lat,
			properties: {
				name: c.name,
				nameAscii: asciiName(c.name),
				geonameid: Number(c.cityId),
				country: c.country,
				population: c.population,
				featureCode: c.featureCode,
				rank
			}
		});
	}
	out.sort(
		(a, b) =>
			a.properties.rank - b.properties.rank ||
			b.properties.population - a.properties.population ||
			a.properties.geonameid - b.properties.geonameid
	);
	return out;
}
