import { describe, expect, it } from 'vitest';
import { NO_EVENT, type PlaceStates } from '../view/range-index';
import { NO_STATUS } from '../view/status';
import { inRange, namedPlaces, namesInRange, placeNameCollection, placeNamesKey } from './place-names';

const point = (placeId: string, kind: string, labelRank: number, at: [number, number]): GeoJSON.Feature => ({
	type: 'Feature',
	geometry: { type: 'Point', coordinates: at },
	properties: { placeId, name: placeId.toUpperCase(), kind, labelRank, mentionCount: 7, r0: 0.01 }
});

/** A city, a town, a governorate (an area), an observation post and a village, in this order. */
const FEATURES: GeoJSON.FeatureCollection = {
	type: 'FeatureCollection',
	features: [
		point('idlib', 'city', 0, [36.63, 35.93]),
		point('saraqeb', 'town', 1, [36.8, 35.86]),
		{
			type: 'Feature',
			geometry: {
				type: 'Polygon',
				coordinates: [
					[
						[36, 35],
						[37, 35],
						[37, 36],
						[36, 35]
					]
				]
			},
			properties: { placeId: 'idlib-governorate', name: 'Idlib Governorate', kind: 'governorate' }
		},
		point('op-9', 'observation-post', 9, [36.67, 35.4]),
		point('kafranbel', 'village', 2, [36.56, 35.61])
	]
};

/** Per feature `[count, exists]`. */
function states(...rows: [number, 0 | 1][]): PlaceStates {
	return {
		count: Int32Array.from(rows.map((r) => r[0])),
		exists: Uint8Array.from(rows.map((r) => r[1])),
		event: new Int32Array(rows.length).fill(NO_EVENT),
		status: new Uint8Array(rows.length).fill(NO_STATUS)
	};
}

describe('inRange', () => {
	it('holds for a place that exists and that an article in range names', () => {
		const s = states([2, 1], [0, 1], [3, 0]);
		expect([0, 1, 2].map((i) => inRange(s, i))).toEqual([true, false, false]);
	});
});

describe('namedPlaces', () => {
	it('takes the points of the places layer, not areas or posts (they have name layers of their own)', () => {
		expect(namedPlaces(FEATURES)).toEqual([0, 1, 4]);
	});
});

describe('namesInRange', () => {
	it('keeps the named places in range, in order', () => {
		const named = namedPlaces(FEATURES);
		expect(namesInRange(named, states([4, 1], [0, 1], [9, 1], [9, 1], [1, 1]))).toEqual([0, 4]);
		expect(namesInRange(named, states([0, 1], [0, 1], [0, 1], [0, 1], [0, 1]))).toEqual([]);
	});
});

describe('placeNamesKey', () => {
	it('changes with the set of names, not with a new array of the same ones', () => {
		expect(placeNamesKey([0, 4])).toBe(placeNamesKey([0, 4]));
		expect(placeNamesKey([0, 4])).not.toBe(placeNamesKey([0, 1]));
		expect(placeNamesKey([14])).not.toBe(placeNamesKey([1, 4]));
		expect(placeNamesKey([])).toBe('');
	});
});

describe('placeNameCollection', () => {
	it('carries each name at its point with only what the names layer reads', () => {
		const data = placeNameCollection(FEATURES, [1, 4]);
		expect(data.features.map((f) => [f.geometry.coordinates, f.properties])).toEqual([
			[[36.8, 35.86], { role: 'name', placeId: 'saraqeb', name: 'SARAQEB', kind: 'town', labelRank: 1 }],
			[
				[36.56, 35.61],
				{ role: 'name', placeId: 'kafranbel', name: 'KAFRANBEL', kind: 'village', labelRank: 2 }
			]
		]);
	});

	it('leaves out an index that is not a point', () => {
		expect(placeNameCollection(FEATURES, [2, 99]).features).toEqual([]);
	});
});
