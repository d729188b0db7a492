import type { GeoNamesCity } from './geonames';

/**
 * A GeoNames row for specs of code that reads them (the gazetteer, automatic places), with the fields
 * those specs vary first and the rest defaulted.
 */
export function geoNamesRow(
	cityId: number,
	name: string,
	country: string,
	featureCode: string,
	population: number,
	{ lon = 36.5, lat = 35.9, adminCode = '00' }: { lon?: number; lat?: number; adminCode?: string } = {}
): GeoNamesCity {
	return { cityId, name, country, featureCode, adminCode, population, loc: { coordinates: [lon, lat] } };
}
