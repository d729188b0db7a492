import { describe, expect, it } from 'vitest';
import {
	communityFrom,
	indexCommunities,
	isSourced,
	km,
	looseKey,
	matchNewPlaces,
	median,
	nameKey,
	newPlaceNames,
	type Community,
	type NewPlace,
	type WofProperties
} from './communities';

const IDLIB = 85678373;
const HARIM = 1108779159;
const counties = new Map([[HARIM, 'Harim']]);
/** A stand-in for the outlines: Idlib north of 35.5° N and west of 37° E, nothing elsewhere. */
const locate = (lon: number, lat: number) => (lat > 35.5 && lon < 37 ? 'Idlib' : undefined);

/** A Who's On First locality of Harim district as the source writes one (Sarmada's, cut down). */
function locality(overrides: Partial<WofProperties> = {}): WofProperties {
	return {
		'wof:id': 1243149425,
		'wof:name': 'Sarmada',
		'wof:placetype': 'locality',
		'wof:hierarchy': [{ region_id: IDLIB, county_id: HARIM }],
		'wof:superseded_by': [],
		'wof:concordances': { 'gn:id': 164786 },
		'geom:latitude': 36.18553,
		'geom:longitude': 36.72231,
		'gn:geonameid': 164786,
		'gn:name': 'Sarmadā',
		'gn:asciiname': 'Sarmada',
		'gn:feature_code': 'PPL',
		'gn:latitude': 36.185534,
		'gn:longitude': 36.722311,
		'name:ara_x_preferred': ['سرمدا'],
		'name:und_x_variant': ['Sermaba', 'Sarmadah', 'Sarmadā'],
		'name:bul_x_preferred': ['Сармада'],
		...overrides
	};
}

describe('communityFrom', () => {
	it('keeps a locality of the north-west with its GeoNames id, point, spellings and district', () => {
		expect(communityFrom(locality(), counties, locate)).toEqual({
			id: 'gn-164786',
			name: 'Sarmada',
			names: ['Sermaba', 'Sarmadah'],
			arabic: ['سرمدا'],
			district: 'Harim',
			governorate: 'Idlib',
			lon: 36.72231,
			lat: 36.18553,
			code: 'PPL',
			geonames: 164786,
			wof: 1243149425
		} satisfies Community);
	});

	it('leaves out spellings that fold to a name already kept, and scripts other than Latin and Arabic', () => {
		const c = communityFrom(locality(), counties, locate)!;
		// "Sarmadā" folds to the name itself; the Bulgarian Cyrillic label is neither Latin nor Arabic.
		expect(c.names).not.toContain('Sarmadā');
		expect(c.names.some((n) => /\p{Script=Cyrillic}/u.test(n))).toBe(false);
	});

	it('drops records that are not current localities of the four governorates', () => {
		expect(communityFrom(locality({ 'wof:placetype': 'county' }), counties, locate)).toBeNull();
		expect(communityFrom(locality({ 'edtf:deprecated': '2024-01-19' }), counties, locate)).toBeNull();
		expect(communityFrom(locality({ 'wof:superseded_by': [1] }), counties, locate)).toBeNull();
		expect(
			communityFrom(locality({ 'wof:hierarchy': [{ region_id: 85678403 }] }), counties, locate)
		).toBeNull();
	});

	it('places a locality whose hierarchy names no region by the outline holding its point', () => {
		const c = communityFrom(locality({ 'wof:hierarchy': [{}] }), counties, locate)!;
		expect([c.governorate, c.district]).toEqual(['Idlib', '']);
		const south = locality({ 'wof:hierarchy': [{}], 'gn:latitude': 35.2 });
		expect(communityFrom(south, counties, locate)).toBeNull();
	});

	it("falls back on Who's On First's point and concordance where the GeoNames properties are missing", () => {
		const c = communityFrom(
			locality({
				'gn:geonameid': undefined,
				'gn:latitude': undefined,
				'gn:longitude': undefined,
				'gn:feature_code': undefined,
				'wof:concordances': {}
			}),
			counties,
			locate
		)!;
		expect(c.id).toBe('wof-1243149425');
		expect(c.geonames).toBeNull();
		expect([c.lat, c.lon]).toEqual([36.18553, 36.72231]);
	});
});

describe('nameKey', () => {
	it('joins spellings that differ in the article, word breaks and the usual forms of a word', () => {
		expect(nameKey('al-Nayrab')).toBe(nameKey('An Nayrab'));
		expect(nameKey('Tal Fas')).toBe(nameKey('Tall Fas'));
		expect(nameKey('Kafr Nabl')).toBe(nameKey('Kafrnabl'));
	});

	it('keeps every letter', () => {
		expect(nameKey('Iblin')).not.toBe(nameKey('Ablin'));
	});
});

describe('looseKey', () => {
	it('brings the usual spellings of one name together', () => {
		expect(looseKey('Kafr Nabl')).toBe(looseKey('Kafranbel'));
		expect(looseKey('Kfar Nobol')).toBe(looseKey('Kafr Nabl'));
		expect(looseKey('Tell Salmo Shamali')).toBe(looseKey('Tall Salmu ash Shamali'));
		expect(looseKey("Ma'arkaba")).toBe(looseKey('Ma`arrkabah'));
	});

	it('keeps different names apart', () => {
		expect(looseKey('Kafr Nabl')).not.toBe(looseKey('Kafr Nabudah'));
	});
});

describe('newPlaceNames', () => {
	it('reads the spellings of an entry and cuts off its description', () => {
		expect(newPlaceNames({ name: 'Kafr Uwayd (Kafr Weid, Kafr Owayyd), village in southern Idlib' })).toEqual(
			['Kafr Uwayd', 'Kafr Weid', 'Kafr Owayyd']
		);
		expect(newPlaceNames({ name: 'Hawash hill, on the southern edge of Idlib' })).toEqual(['Hawash']);
	});
});

describe('matchNewPlaces', () => {
	const c = (id: string, name: string, lat: number, lon: number, names: string[] = []): Community => ({
		id,
		name,
		names,
		arabic: [],
		district: '',
		governorate: 'Idlib',
		lon,
		lat,
		code: 'PPL',
		geonames: null,
		wof: 0
	});
	const entry = (name: string, lat = 35.6, lon = 36.6): NewPlace => ({
		id: `new:${name}`,
		name,
		kind: 'village',
		lat,
		lon,
		source: 'approximate'
	});
	const index = indexCommunities([
		c('a', 'Kafr `Uwayd', 35.63, 36.46),
		c('b', 'Babila', 35.7, 36.73),
		c('c', 'Babila', 36.2, 36.9),
		c('d', 'Bikfala', 35.86, 36.3)
	]);

	it('finds a community by folded name, and several where several share it, nearest first', () => {
		const [uwayd, babila] = matchNewPlaces([entry('Kafr Uwayd (Kafr `Uwayd)'), entry('Babila')], index);
		expect(uwayd!.exact.map((x) => x.id)).toEqual(['a']);
		expect(babila!.exact.map((x) => x.id)).toEqual(['b', 'c']);
	});

	it('falls back on the loose key, but never for a short one', () => {
		const [bakfala, hass] = matchNewPlaces([entry('Bakfala'), entry('Hass')], index);
		expect(bakfala!.exact).toEqual([]);
		expect(bakfala!.loose.map((x) => x.id)).toEqual(['d']);
		expect(hass!.loose).toEqual([]);
	});
});

describe('helpers', () => {
	it('measures kilometres on the sphere', () => {
		// One degree of latitude is about 111.2 km.
		expect(km({ lat: 35, lon: 36 }, { lat: 36, lon: 36 })).toBeCloseTo(111.2, 0);
	});

	it('tells a sourced position from an estimate or a missing one', () => {
		expect(isSourced({ source: "GeoNames' Syria file, feature 1" })).toBe(true);
		expect(isSourced({ source: 'approximate (unverified estimate): …' })).toBe(false);
		expect(isSourced({ source: 'POSITION NOT FOUND (lat/lon left null on purpose): …' })).toBe(false);
	});

	it('takes the lower middle value as the median', () => {
		expect(median([3, 1, 2])).toBe(2);
		expect(median([4, 1, 3, 2])).toBe(2);
		expect(median([])).toBeNaN();
	});
});
