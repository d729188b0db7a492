import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import distance from '@turf/distance';
import type { DataIssue } from '../core/errors';
import type { GeoNamesCity } from './geonames';
import type { Place, PlaceGeometry } from './schema';

/**
 * The region the corpus reports on: Syria and its neighbours (Turkey, Lebanon, Israel and Palestine,
 * Jordan, Iraq), generously boxed. A town, village, front-line feature or area outside it is almost
 * always a mistake, most often longitude and latitude written the wrong way round. Capitals and cities
 * are the exception (talks are held in Moscow, Sochi, Astana, Geneva), so they may lie anywhere; a
 * city's position is checked against the GeoNames row it cites instead.
 */
export const REGION = { west: 25, south: 29, east: 49, north: 43 } as const;

/** Kinds that may lie outside `REGION`: the venues of talks and statements. */
const ANYWHERE = new Set<Place['kind']>(['capital', 'city']);

/**
 * How far a point may lie from the GeoNames row it cites before it is called a mistake (a GeoNames
 * point is a town's centre; a curated point can be anywhere in the town, or a radius away).
 */
const CITED_TOLERANCE_KM = 30;

function positions(geometry: PlaceGeometry): number[][] {
	const c = geometry.coordinates;
	switch (geometry.type) {
		case 'Point':
			return [c as number[]];
		case 'MultiPoint':
		case 'LineString':
			return c as number[][];
		case 'MultiLineString':
		case 'Polygon':
			return (c as number[][][]).flat();
		case 'MultiPolygon':
			return (c as number[][][][]).flat(2);
	}
}

function inRegion(lon: number, lat: number): boolean {
	return lon >= REGION.west && lon <= REGION.east && lat >= REGION.south && lat <= REGION.north;
}

/**
 * Where a place is checked against what it says about itself: it lies in the region (unless it is a
 * capital or a city), a city that is the seat of a governorate lies inside that governorate's outline, and a
 * point citing a GeoNames row lies near it. Each problem names the file and the place.
 */
export function checkPlaceRegions(places: readonly Place[], rows: readonly GeoNamesCity[] = []): DataIssue[] {
	const issues: DataIssue[] = [];
	const byId = new Map(places.map((p) => [p.id, p]));
	const rowById = rows.length ? new Map(rows.map((r) => [Number(r.cityId), r])) : undefined;
	for (const place of places) {
		if (!place.geometry || place.curation === 'automatic') continue;
		const field = `${place.id}.geometry`;
		if (!ANYWHERE.has(place.kind)) {
			const outside = positions(place.geometry).find(([lon, lat]) => !inRegion(lon!, lat!));
			if (outside) {
				const [lon, lat] = outside as [number, number];
				const swapped = inRegion(lat, lon) ? '; longitude and latitude swapped?' : '';
				issues.push({
					file: place.file,
					field,
					message: `[${lon}, ${lat}] lies outside the region the corpus covers (longitude ${REGION.west} to ${REGION.east}, latitude ${REGION.south} to ${REGION.north}), longitude first${swapped}`
				});
				continue;
			}
		}
		const point =
			place.geometry.type === 'Point' ? (place.geometry.coordinates as [number, number]) : undefined;
		const seat = place.seatOf ? byId.get(place.seatOf) : undefined;
		const outline = seat?.geometry;
		if (point && outline && (outline.type === 'Polygon' || outline.type === 'MultiPolygon')) {
			if (!booleanPointInPolygon(point, outline))
				issues.push({
					file: place.file,
					field,
					message: `[${point.join(', ')}] lies outside "${seat!.id}", the ${seat!.kind} it is the seat of; longitude and latitude swapped?`
				});
		}
		if (point && rowById) {
			for (const s of place.sources) {
				const id = /^GeoNames (\d+)\b/.exec(s)?.[1];
				const row = id ? rowById.get(Number(id)) : undefined;
				if (!row) continue;
				const km = distance(point, row.loc.coordinates, { units: 'kilometers' });
				const tolerance = Math.max(
					CITED_TOLERANCE_KM,
					typeof place.precision === 'number' ? place.precision / 1000 : 0
				);
				if (km > tolerance)
					issues.push({
						file: place.file,
						field,
						message: `[${point.join(', ')}] is ${Math.round(km)} km from GeoNames ${id} (${row.name}, [${row.loc.coordinates.join(', ')}]) that its sources cite; longitude and latitude swapped?`
					});
			}
		}
	}
	return issues;
}
