import { describe, expect, it } from 'vitest';
import { geoNamesRow } from './geonames-fixture';
import { wobblyRing } from './geometry-fixture';
import { MAX_GEOMETRY_VERTICES, MAX_PLACE_FILE_BYTES } from './limits';
import { validatePlaces } from './validate';

/** A place Feature with the required properties, for one rule to vary. */
function feature(id: string, geometry: unknown, extra: Record<string, unknown> = {}) {
	return {
		type: 'Feature',
		id,
		geometry,
		properties: {
			name: id,
			aliases: [id],
			kind: 'town',
			precision: 'approximate',
			sources: ['test'],
			...extra
		}
	};
}

function file(name: string, ...features: unknown[]) {
	return { file: name, text: JSON.stringify({ type: 'FeatureCollection', features }) };
}

describe('validatePlaces: bounded work', () => {
	it('accepts a simple 40,000-vertex outline', () => {
		const area = feature(
			'big-area',
			{ type: 'Polygon', coordinates: [wobblyRing(40_000)] },
			{ kind: 'zone' }
		);
		expect(validatePlaces([file('big.geojson', area)]).issues).toEqual([]);
	});

	it('refuses a geometry over the vertex limit before checking it, naming file and field', () => {
		const ring = wobblyRing(MAX_GEOMETRY_VERTICES + 10).map(([x, y]) => [+x!.toFixed(3), +y!.toFixed(3)]);
		const area = feature('huge-area', { type: 'Polygon', coordinates: [ring] }, { kind: 'zone' });
		const { issues } = validatePlaces([file('huge.geojson', area)]);
		expect(issues).toEqual([
			{
				file: 'huge.geojson',
				field: 'features[0] (huge-area).geometry.coordinates',
				message: expect.stringMatching(/over 100,000 positions, the limit for one geometry/)
			}
		]);
	});

	it('refuses a place file over the byte limit without parsing it', () => {
		const text = `{"type":"FeatureCollection","features":[]}${' '.repeat(MAX_PLACE_FILE_BYTES)}`;
		const { issues } = validatePlaces([{ file: 'padded.geojson', text }]);
		expect(issues).toEqual([
			{ file: 'padded.geojson', field: '(file)', message: expect.stringMatching(/over the 5 MB limit/) }
		]);
	});
});

describe('validatePlaces: places where they say they are', () => {
	it('names an empty FeatureCollection', () => {
		expect(validatePlaces([file('empty.geojson')]).issues).toEqual([
			{ file: 'empty.geojson', field: 'features', message: 'the FeatureCollection holds no places' }
		]);
	});

	it('names a town outside the region, suggesting a swap', () => {
		const { issues } = validatePlaces([
			file('p.geojson', feature('mosul', { type: 'Point', coordinates: [36.34, 43.13] }))
		]);
		expect(issues).toEqual([
			{
				file: 'p.geojson',
				field: 'mosul.geometry',
				message: expect.stringMatching(/outside the region .* longitude and latitude swapped\?/)
			}
		]);
	});

	it('lets capitals and cities lie anywhere', () => {
		const geneva = feature('geneva', { type: 'Point', coordinates: [6.14, 46.2] }, { kind: 'city' });
		expect(validatePlaces([file('p.geojson', geneva)]).issues).toEqual([]);
	});

	it('names a point far from the GeoNames row it cites (swapped inside the region)', () => {
		const town = feature(
			'saraqeb',
			{ type: 'Point', coordinates: [35.86, 36.8] },
			{ sources: ['GeoNames 163345 via test'] }
		);
		const rows = [geoNamesRow(163345, 'Saraqib', 'SY', 'PPL', 30_000, { lon: 36.8, lat: 35.86 })];
		expect(validatePlaces([file('p.geojson', town)], rows).issues).toEqual([
			{
				file: 'p.geojson',
				field: 'saraqeb.geometry',
				message: expect.stringMatching(/is 1\d\d km from GeoNames 163345 \(Saraqib/)
			}
		]);
	});

	it('names a seat outside its governorate', () => {
		const gov = feature(
			'idlib-governorate',
			{
				type: 'Polygon',
				coordinates: [
					[
						[36, 35.5],
						[37, 35.5],
						[37, 36.5],
						[36, 36.5],
						[36, 35.5]
					]
				]
			},
			{ kind: 'governorate' }
		);
		const city = feature(
			'idlib-city',
			{ type: 'Point', coordinates: [35.93, 36.63] },
			{ kind: 'city', seatOf: 'idlib-governorate' }
		);
		const { issues } = validatePlaces([file('p.geojson', gov, city)]);
		expect(issues).toEqual([
			{
				file: 'p.geojson',
				field: 'idlib-city.geometry',
				message: expect.stringMatching(/outside "idlib-governorate"/)
			}
		]);
	});
});

describe('validatePlaces: the unit a town is the seat of', () => {
	const square = {
		type: 'Polygon' as const,
		coordinates: [
			[
				[36.5, 36.3],
				[37, 36.3],
				[37, 36.9],
				[36.5, 36.9],
				[36.5, 36.3]
			]
		]
	};
	const town = (seatOf: string) =>
		feature(
			'kuru',
			{ type: 'Point', coordinates: [36.87, 36.51] },
			{ kind: 'city', seatOf, aliases: ['Kuru'] }
		);

	it('lets a town be the seat of a district and share its bare name', () => {
		const district = feature('kuru-district', square, {
			kind: 'district',
			aliases: ['Kuru', 'Kuru District']
		});
		expect(validatePlaces([file('d.geojson', district, town('kuru-district'))]).issues).toEqual([]);
	});

	it('refuses a seat of a place that is no administrative unit', () => {
		const zone = feature('kuru-zone', square, { kind: 'zone', aliases: ['Kuru zone'] });
		expect(validatePlaces([file('d.geojson', zone, town('kuru-zone'))]).issues).toEqual([
			{ file: 'd.geojson', field: 'kuru.seatOf', message: '"kuru-zone" is not a governorate or district id' }
		]);
	});
});

describe('validatePlaces: names two places share', () => {
	const village = (id: string, at: [number, number]) =>
		feature(id, { type: 'Point', coordinates: at }, { kind: 'village', aliases: ['Qaryat Tin', id] });

	it('lets two villages of one name lie apart, each curated under it', () => {
		const north = village('qaryat-tin-north', [36.7, 36.2]);
		const south = village('qaryat-tin-south', [36.7, 35.7]);
		expect(validatePlaces([file('v.geojson', north, south)]).issues).toEqual([]);
	});

	it('refuses two villages of one name side by side, which no reading could tell apart', () => {
		const one = village('qaryat-tin-east', [36.7, 35.7]);
		const two = village('qaryat-tin-west', [36.66, 35.7]);
		expect(validatePlaces([file('v.geojson', one, two)]).issues).toEqual([
			{
				file: 'v.geojson',
				field: 'qaryat-tin-west.aliases[0]',
				message: expect.stringMatching(/"Qaryat Tin" is also claimed by "qaryat-tin-east"/)
			}
		]);
	});

	it('refuses a village sharing a name with a zone', () => {
		const zone = feature(
			'tin-zone',
			{
				type: 'Polygon',
				coordinates: [
					[
						[36, 35.5],
						[37, 35.5],
						[37, 36.5],
						[36, 35.5]
					]
				]
			},
			{ kind: 'zone', aliases: ['Qaryat Tin'] }
		);
		const { issues } = validatePlaces([file('v.geojson', zone, village('qaryat-tin', [36.2, 35.2]))]);
		expect(issues.map((i) => i.field)).toContain('qaryat-tin.aliases[0]');
	});
});
