import { describe, expect, it } from 'vitest';
import type { GeoNamesCity } from '../../src/lib/places/geonames';
import { asciiName, rankNeighbourTown, rankSyrianTown, selectTowns } from './towns';

function city(
	name: string,
	country: string,
	featureCode: string,
	population: number,
	lon = 36.6,
	lat = 35.9,
	cityId: number | string = name.length
): GeoNamesCity {
	return {
		cityId,
		name,
		country,
		featureCode,
		adminCode: '12',
		population,
		loc: { coordinates: [lon, lat] }
	};
}

describe('rankSyrianTown', () => {
	it('ranks by administrative level first, population second', () => {
		expect(rankSyrianTown('PPLC', 1_569_394)).toBe(1);
		expect(rankSyrianTown('PPLA', 128_840)).toBe(1);
		expect(rankSyrianTown('PPLA2', 0)).toBe(2);
		expect(rankSyrianTown('PPLA3', 130_000)).toBe(2);
		expect(rankSyrianTown('PPLA3', 45_652)).toBe(3);
		expect(rankSyrianTown('PPL', 31_249)).toBe(3);
		expect(rankSyrianTown('PPL', 6_927)).toBe(4);
	});

	it('keeps towns with unknown population (0) as rank 4', () => {
		expect(rankSyrianTown('PPLA3', 0)).toBe(4);
	});

	it('leaves out abandoned, historical and city-section places', () => {
		expect(rankSyrianTown('PPLQ', 5000)).toBeNull();
		expect(rankSyrianTown('PPLH', 3000)).toBeNull();
		expect(rankSyrianTown('PPLX', 3000)).toBeNull();
	});
});

describe('rankNeighbourTown', () => {
	it('keeps only towns from the minimum population up', () => {
		expect(rankNeighbourTown('PPLA2', 19_999)).toBeNull();
		expect(rankNeighbourTown('PPLA2', 20_000)).toBe(4);
		expect(rankNeighbourTown('PPL', 80_000)).toBe(3);
		expect(rankNeighbourTown('PPLA', 30_000)).toBe(2);
		expect(rankNeighbourTown('PPL', 300_000)).toBe(2);
		expect(rankNeighbourTown('PPLC', 50_000)).toBe(1);
		expect(rankNeighbourTown('PPLX', 1_251_739)).toBeNull();
		expect(rankNeighbourTown('PPL', 15_000, 10_000)).toBe(4);
	});
});

describe('asciiName', () => {
	it('strips diacritics but keeps ayn and hamza marks', () => {
		expect(asciiName('Ma‘arrat an Nu‘mān')).toBe('Ma‘arrat an Nu‘man');
		expect(asciiName('Ḩārim')).toBe('Harim');
		expect(asciiName('Jisr ash Shughūr')).toBe('Jisr ash Shughur');
		expect(asciiName('Şalkhad')).toBe('Salkhad');
	});
});

describe('selectTowns', () => {
	const options = {
		box: [35, 34, 38, 37] as [number, number, number, number],
		focusCountry: 'SY',
		minNeighbourPopulation: 20_000
	};

	it('filters by box and rank and sorts by rank, population, id', () => {
		const towns = selectTowns(
			[
				city('Taftanāz', 'SY', 'PPLA3', 0, 36.78, 35.99, 10),
				city('Idlib', 'SY', 'PPLA', 128_840, 36.63, 35.93, 20),
				city('Reyhanlı', 'TR', 'PPLA2', 65_000, 36.57, 36.27, 30),
				city('Kumlu', 'TR', 'PPLA2', 12_000, 36.46, 36.37, 40),
				city('Sarmīn', 'SY', 'PPLA3', 0, 36.72, 35.9, 5),
				city('Far away', 'SY', 'PPLA', 100_000, 42, 35, 50),
				city('Jinnīyah', 'SY', 'PPLQ', 5000, 36.5, 35.5, 60)
			],
			options
		);
		expect(towns.map((t) => [t.properties.name, t.properties.rank])).toEqual([
			['Idlib', 1],
			['Reyhanlı', 4],
			['Sarmīn', 4],
			['Taftanāz', 4]
		]);
		expect(towns[0]!.properties).toEqual({
			name: 'Idlib',
			nameAscii: 'Idlib',
			geonameid: 20,
			country: 'SY',
			population: 128_840,
			featureCode: 'PPLA',
			rank: 1
		});
	});

	it('keeps smaller places across the border where the map is looked at closely', () => {
		const cities = [
			city('Kumlu', 'TR', 'PPLA2', 12_000, 36.46, 36.37, 40),
			city('Yayladağı', 'TR', 'PPLA2', 5_000, 36.06, 35.9, 41),
			city('Ceylanpınar', 'TR', 'PPLA2', 15_000, 40.05, 36.85, 42)
		];
		const box: [number, number, number, number] = [35, 34, 41, 37];
		const near = { box: [36, 35, 37, 36.5] as [number, number, number, number], minPopulation: 0 };
		expect(selectTowns(cities, { ...options, box })).toEqual([]);
		expect(
			selectTowns(cities, { ...options, box, near }).map((t) => [t.properties.name, t.properties.rank])
		).toEqual([
			['Kumlu', 4],
			['Yayladağı', 4]
		]);
	});

	it('accepts string ids as the package README shows them', () => {
		const [town] = selectTowns([city('Idlib', 'SY', 'PPLA', 1, 36.63, 35.93, '169389')], options);
		expect(town!.properties.geonameid).toBe(169389);
	});
});
