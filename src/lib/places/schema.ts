import { z } from 'zod';
import { isIsoDate, isIsoMonth } from '../core/dates';
import { PLACE_KINDS } from './kinds';

export { PLACE_KINDS, type PlaceKind } from './kinds';

/** `exact`, `approximate`, or an uncertainty radius in metres. */
export type Precision = 'exact' | 'approximate' | number;

const slug = z
	.string()
	.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lowercase slug such as "saraqeb" or "m5-highway"');

/** The `properties` of a place Feature, as curated in `geodata/*.geojson`. */
export const placePropertiesSchema = z.strictObject({
	name: z.string().min(1),
	nameAr: z.string().min(1).optional(),
	aliases: z.array(z.string().trim().min(1)).min(1),
	kind: z.enum(PLACE_KINDS),
	precision: z.union([z.enum(['exact', 'approximate']), z.number().positive().max(500_000)]),
	sources: z.array(z.string().min(1)).min(1),
	/** For a place no establishing event covers (see `geodata/events/`): when it came into existence. */
	established: z
		.string()
		.refine((v) => isIsoDate(v) || isIsoMonth(v), 'must be YYYY-MM-DD or YYYY-MM')
		.optional(),
	description: z.string().min(1).optional(),
	seatOf: slug.optional(),
	bareName: z.enum(['city', 'governorate']).optional(),
	partOf: slug.optional(),
	/** On an observation post: the village or hill it stands at, a place of its own (see the README). */
	host: slug.optional(),
	/** An observation post's number in Turkey's own numbering ("post No. 9"); its id and name carry the order of establishment. */
	turkishNumber: z.number().int().min(1).optional()
});
export type PlaceProperties = z.infer<typeof placePropertiesSchema>;

const position = z.array(z.number()).min(2).max(3);
const geometrySchema = z.discriminatedUnion('type', [
	z.strictObject({ type: z.literal('Point'), coordinates: position }),
	z.strictObject({ type: z.literal('MultiPoint'), coordinates: z.array(position).min(1) }),
	z.strictObject({ type: z.literal('LineString'), coordinates: z.array(position).min(2) }),
	z.strictObject({
		type: z.literal('MultiLineString'),
		coordinates: z.array(z.array(position).min(2)).min(1)
	}),
	z.strictObject({ type: z.literal('Polygon'), coordinates: z.array(z.array(position)).min(1) }),
	z.strictObject({
		type: z.literal('MultiPolygon'),
		coordinates: z.array(z.array(z.array(position)).min(1)).min(1)
	})
]);
export type PlaceGeometry = z.infer<typeof geometrySchema>;

/** One curated place Feature. A `null` geometry is allowed only for a group whose members carry `partOf`. */
export const placeFeatureSchema = z.strictObject({
	type: z.literal('Feature'),
	id: slug,
	geometry: geometrySchema.nullable(),
	properties: placePropertiesSchema,
	bbox: z.array(z.number()).optional()
});

export const placeCollectionSchema = z.strictObject({
	type: z.literal('FeatureCollection'),
	features: z.array(z.unknown()),
	bbox: z.array(z.number()).optional()
});

/** A validated place, with the file it came from so later errors can still name it. */
export interface Place extends PlaceProperties {
	id: string;
	file: string;
	geometry: PlaceGeometry | null;
	/** Absent for a curated place; `automatic` for one taken from GeoNames as it stands (see `automatic.ts`). */
	curation?: 'automatic';
	/** An automatic place's GeoNames population; 0 when GeoNames records none. Absent for a curated place. */
	population?: number;
	/**
	 * Set on a community (`communities.ts`): its name is linked only where the text stands it in place
	 * context (introduced as a village, in a list with linked places, "in" it beside one), never on its
	 * own. Absent for every other place.
	 */
	contextOnly?: true;
}
