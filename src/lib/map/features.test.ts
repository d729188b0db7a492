import { describe, expect, it } from 'vitest';
import type { ExplorerPlace } from '../data/explorer-data';
import { roadRef, toMapFeatures } from './features';

const place = (
	id: string,
	kind: ExplorerPlace['properties']['kind'],
	mentionCount: number
): ExplorerPlace => ({
	type: 'Feature',
	id,
	geometry: { type: 'Point', coordinates: [36.4, 35.8] },
	properties: { name: id, kind, precision: 'exact', mentionCount }
});

describe('toMapFeatures', () => {
	it('ranks names cities first, then towns, then villages and hills, each by mentions', () => {
		const features = toMapFeatures([
			place('ishtabraq', 'village', 9),
			place('jisr-al-shughur', 'town', 0),
			place('saraqeb', 'town', 2),
			place('idlib-city', 'city', 1),
			place('jabal-al-akrad', 'mountain', 3)
		]);
		const rank = Object.fromEntries(
			features.features.map((f) => [f.properties!.placeId, f.properties!.labelRank])
		);
		expect(rank).toEqual({
			'idlib-city': 0,
			saraqeb: 1,
			'jisr-al-shughur': 2,
			'jabal-al-akrad': 4,
			ishtabraq: 3
		});
	});
});

describe('roadRef', () => {
	it('labels a road by its own number, or by its name when it has none', () => {
		expect(roadRef('M5 highway')).toBe('M5');
		expect(roadRef('M4 highway')).toBe('M4');
		expect(roadRef('Bab al-Hawa road')).toBe('Bab al-Hawa road');
	});

	it('puts the number on each highway feature', () => {
		const features = toMapFeatures([
			{
				...place('m4-highway', 'highway', 0),
				properties: { ...place('m4-highway', 'highway', 0).properties, name: 'M4 highway' }
			}
		]);
		expect(features.features[0]!.properties!.roadRef).toBe('M4');
	});
});
