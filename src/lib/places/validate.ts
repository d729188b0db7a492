import { cleanControl } from '../core/control';
import { fieldPath, type DataIssue } from '../core/errors';
import { foldText, isJoiner, tokenize } from '../core/fold';
import { distanceKm } from './gazetteer';
import { checkGeometry } from './geometry';
import type { GeoNamesCity } from './geonames';
import { countPositions, MAX_GEOMETRY_VERTICES, MAX_PLACE_FILE_BYTES, utf8Length } from './limits';
import { checkPlaceRegions } from './region';
import { placeCollectionSchema, placeFeatureSchema, type Place, type PlaceProperties } from './schema';
import type { PlaceKind } from './kinds';

/**
 * The kinds of administrative unit a town can be the seat of and share its bare name with: a
 * governorate (Idlib, Hama) or a district (Afrin).
 */
const SEAT_KINDS: ReadonlySet<PlaceKind> = new Set<PlaceKind>(['governorate', 'district']);

/** A place file's name and raw text, as read from `geodata/`. */
export interface SourceFile {
	file: string;
	text: string;
}

/** A place's text fields under the control-character rule (`core/control.ts`), as they are published. */
function withoutControls(p: PlaceProperties): PlaceProperties {
	const out: PlaceProperties = {
		...p,
		name: cleanControl(p.name),
		aliases: p.aliases.map(cleanControl),
		sources: p.sources.map(cleanControl)
	};
	if (p.nameAr) out.nameAr = cleanControl(p.nameAr);
	if (p.description) out.description = cleanControl(p.description);
	return out;
}

/** Parses one `.geojson` file into places, collecting every problem with its field. */
function parsePlaceFile({ file, text }: SourceFile, issues: DataIssue[]): Place[] {
	// A UTF-16 unit is at least one UTF-8 byte, so a text longer than the limit needs no counting.
	const counted = text.length <= MAX_PLACE_FILE_BYTES;
	const bytes = counted ? utf8Length(text) : text.length;
	if (bytes > MAX_PLACE_FILE_BYTES) {
		issues.push({
			file,
			field: '(file)',
			message: `is ${counted ? '' : 'at least '}${(bytes / 1024 / 1024).toFixed(1)} MB, over the ${MAX_PLACE_FILE_BYTES / 1024 / 1024} MB limit for a place file (simplify the outlines or split the file)`
		});
		return [];
	}
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (e) {
		issues.push({ file, field: '(file)', message: `not valid JSON: ${(e as Error).message}` });
		return [];
	}
	const collection = placeCollectionSchema.safeParse(json);
	if (!collection.success) {
		for (const issue of collection.error.issues) {
			issues.push({
				file,
				field: fieldPath(issue.path),
				message: `${issue.message} (expected a FeatureCollection)`
			});
		}
		return [];
	}
	if (collection.data.features.length === 0) {
		issues.push({ file, field: 'features', message: 'the FeatureCollection holds no places' });
		return [];
	}
	const places: Place[] = [];
	collection.data.features.forEach((raw, index) => {
		const label = (raw as { id?: unknown })?.id;
		const prefix = `features[${index}]${typeof label === 'string' ? ` (${label})` : ''}`;
		const coordinates = (raw as { geometry?: { coordinates?: unknown } } | null)?.geometry?.coordinates;
		const vertices = countPositions(coordinates);
		if (vertices > MAX_GEOMETRY_VERTICES) {
			issues.push({
				file,
				field: `${prefix}.geometry.coordinates`,
				message: `has over ${MAX_GEOMETRY_VERTICES.toLocaleString('en')} positions, the limit for one geometry (simplify it)`
			});
			return;
		}
		const parsed = placeFeatureSchema.safeParse(raw);
		if (!parsed.success) {
			for (const issue of parsed.error.issues) {
				issues.push({ file, field: `${prefix}.${fieldPath(issue.path)}`, message: issue.message });
			}
			return;
		}
		const f = parsed.data;
		if (f.geometry) {
			for (const p of checkGeometry(f.geometry)) {
				issues.push({ file, field: `${prefix}.geometry.${p.path}`, message: p.message });
			}
		}
		places.push({ ...withoutControls(f.properties), id: f.id, file, geometry: f.geometry });
	});
	return places;
}

/** Cross-file rules: unique ids, aliases claimed by one place only, and references that resolve. */
function checkCrossReferences(places: Place[], issues: DataIssue[]): void {
	const byId = new Map<string, Place>();
	for (const place of places) {
		const seen = byId.get(place.id);
		if (seen) {
			issues.push({
				file: place.file,
				field: `${place.id}.id`,
				message: `duplicate place id "${place.id}" (also in ${seen.file})`
			});
		} else byId.set(place.id, place);
	}
	const isSeatPair = (a: Place, b: Place) => a.seatOf === b.id || b.seatOf === a.id;
	const mayShare = (a: Place, b: Place) => isSeatPair(a, b) || areHomonyms(a, b);
	const owners = new Map<string, Place[]>();
	for (const place of places) {
		const own = new Set<string>();
		place.aliases.forEach((alias, i) => {
			const key = foldText(alias);
			if (!key) {
				issues.push({
					file: place.file,
					field: `${place.id}.aliases[${i}]`,
					message: 'alias has no letters or digits'
				});
				return;
			}
			const words = tokenize(alias);
			const broken = words.findIndex((w, k) => k > 0 && !isJoiner(alias.slice(words[k - 1]!.end, w.start)));
			if (broken > 0) {
				issues.push({
					file: place.file,
					field: `${place.id}.aliases[${i}]`,
					message: `alias "${alias}" can never match: names are only joined by spaces, hyphens, dashes and apostrophes`
				});
			}
			if (own.has(key)) return;
			own.add(key);
			const list = owners.get(key) ?? [];
			for (const other of list) {
				if (other.id !== place.id && !mayShare(place, other)) {
					issues.push({
						file: place.file,
						field: `${place.id}.aliases[${i}]`,
						message: `alias "${alias}" is also claimed by "${other.id}" (${other.file}); only a town and the governorate or district it is the seat of, or two towns or villages at least ${HOMONYMS_APART_KM} km apart, may share a name`
					});
				}
			}
			list.push(place);
			owners.set(key, list);
		});
	}
	for (const place of places) {
		if (place.seatOf) {
			const gov = byId.get(place.seatOf);
			if (!gov || !SEAT_KINDS.has(gov.kind)) {
				issues.push({
					file: place.file,
					field: `${place.id}.seatOf`,
					message: `"${place.seatOf}" is not a governorate or district id`
				});
			}
		}
		if (place.bareName && !place.seatOf) {
			issues.push({ file: place.file, field: `${place.id}.bareName`, message: 'bareName needs seatOf' });
		}
		if (place.partOf && !byId.has(place.partOf)) {
			issues.push({
				file: place.file,
				field: `${place.id}.partOf`,
				message: `"${place.partOf}" is not a place id`
			});
		}
		if (place.host) {
			const host = byId.get(place.host);
			if (!host || host.kind === 'observation-post' || host.host)
				issues.push({
					file: place.file,
					field: `${place.id}.host`,
					message: host ? `"${place.host}" cannot host a post` : `"${place.host}" is not a place id`
				});
			else if (places.some((p) => p !== place && p.host === place.host))
				issues.push({
					file: place.file,
					field: `${place.id}.host`,
					message: `"${place.host}" already hosts another post`
				});
		}
		if (!place.geometry && !places.some((p) => p.partOf === place.id)) {
			issues.push({
				file: place.file,
				field: `${place.id}.geometry`,
				message: 'geometry is null but no place is partOf this one'
			});
		}
	}
}

/**
 * Validates every place file together. Returns the places (sorted by id) and every issue found; callers
 * must treat any issue as fatal. With GeoNames `rows`, a point citing a GeoNames row must also lie near
 * it (see `checkPlaceRegions`).
 */
export function validatePlaces(
	files: SourceFile[],
	rows: readonly GeoNamesCity[] = []
): { places: Place[]; issues: DataIssue[] } {
	const issues: DataIssue[] = [];
	const places = files.flatMap((f) => parsePlaceFile(f, issues));
	checkCrossReferences(places, issues);
	issues.push(...checkPlaceRegions(places, rows));
	places.sort((a, b) => a.id.localeCompare(b.id));
	return { places, issues };
}

/** Settlement kinds that may share a name with another settlement elsewhere. */
const SETTLEMENT_KINDS = new Set(['city', 'town', 'village']);

/**
 * How far apart two settlements of one name must lie: the geoparser reads the one nearer the
 * article's other places (`nearestHomonym`), which says nothing when they are neighbours.
 */
export const HOMONYMS_APART_KM = 10;

/**
 * Two towns or villages of the same name at least `HOMONYMS_APART_KM` apart, both placed by a point:
 * Idlib has an al-Dana by Sarmada and another by Maarat al-Numan, and each is curated under its name.
 */
function areHomonyms(a: Place, b: Place): boolean {
	if (!SETTLEMENT_KINDS.has(a.kind) || !SETTLEMENT_KINDS.has(b.kind)) return false;
	if (a.geometry?.type !== 'Point' || b.geometry?.type !== 'Point') return false;
	const [p, q] = [a.geometry.coordinates, b.geometry.coordinates] as [number[], number[]];
	return distanceKm([p[0]!, p[1]!], [q[0]!, q[1]!]) >= HOMONYMS_APART_KM;
}
