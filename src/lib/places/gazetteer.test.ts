import { describe, expect, it } from 'vitest';
import { buildGazetteer, GAZETTEER_SOURCE } from './gazetteer';
import type { GeoNamesCity } from './geonames';

function row(
	cityId: number,
	name: string,
	country: string,
	featureCode: string,
	population: number,
	lon: number,
	lat: number
): GeoNamesCity {
	return {
		cityId,
		name,
		country,
		featureCode,
		adminCode: '00',
		population,
		loc: { coordinates: [lon, lat] }
	};
}

describe('ranking', () => {
	const gazetteer = buildGazetteer([
		row(1, 'Tell Abyad', 'US', 'PPL', 900_000, -80, 40),
		row(2, 'Tall Abyaḑ', 'TR', 'PPLA', 50_000, 38.9, 36.9),
		row(3, 'Tal Abyad', 'SY', 'PPL', 0, 38.95, 36.7),
		row(4, 'Tell Abiad', 'SY', 'PPLA3', 0, 36.5, 35.5),
		row(5, 'Tel Abyad', 'SY', 'PPLA3', 20_000, 40, 34)
	]);

	it('orders by country, then feature code, then distance, then population', () => {
		expect(gazetteer.lookup('Tell Abyad').map((c) => c.geonameid)).toEqual([5, 4, 3, 2, 1]);
		expect(gazetteer.lookup('Tell Abyad', { near: [[36.6, 35.6]] }).map((c) => c.geonameid)).toEqual([
			4, 5, 3, 2, 1
		]);
	});

	it('reports the GeoNames fields with coordinates as lat and lon', () => {
		expect(gazetteer.lookup('Tal Abyad')[4]).toEqual({
			name: 'Tell Abyad',
			lat: 40,
			lon: -80,
			country: 'US',
			featureCode: 'PPL',
			population: 900_000,
			geonameid: 1,
			source: GAZETTEER_SOURCE
		});
	});
});
