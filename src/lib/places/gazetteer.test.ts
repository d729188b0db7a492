import { describe, expect, it } from 'vitest';
import { buildGazetteer, GAZETTEER_SOURCE } from './gazetteer';
import { geoNamesRow } from './geonames-fixture';

describe('ranking', () => {
	const gazetteer = buildGazetteer([
		geoNamesRow(1, 'Tell Abyad', 'US', 'PPL', 900_000, { lon: -80, lat: 40 }),
		geoNamesRow(2, 'Tall Abyaḑ', 'TR', 'PPLA', 50_000, { lon: 38.9, lat: 36.9 }),
		geoNamesRow(3, 'Tal Abyad', 'SY', 'PPL', 0, { lon: 38.95, lat: 36.7 }),
		geoNamesRow(4, 'Tell Abiad', 'SY', 'PPLA3', 0, { lon: 36.5, lat: 35.5 }),
		geoNamesRow(5, 'Tel Abyad', 'SY', 'PPLA3', 20_000, { lon: 40, lat: 34 })
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
