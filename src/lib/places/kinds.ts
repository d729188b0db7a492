/*
 * The place kinds, apart from the schema so that the published format can name them without pulling
 * the validation code (zod) into the page.
 */

/** The kinds of place the map knows how to draw; each has its own layer and symbol. */
export const PLACE_KINDS = [
	'governorate',
	'province',
	'zone',
	'highway',
	'air-base',
	'naval-base',
	'observation-post',
	'capital',
	'city',
	'town',
	'village',
	'mountain',
	'plain',
	'crossing',
	'camp',
	'airport',
	// Last, so that the published kind numbers of the kinds before it stay as they were.
	'district'
] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];
