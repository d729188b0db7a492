import { describe, expect, it } from 'vitest';
import type { ExplorerPlace } from '../data/explorer-data';
import { toMapFeatures } from './features';

const place = (
	id: string,
	kind: ExplorerPlace['properties']['kind'],
	mentionCount: number
): ExplorerPlace => ({
	type: 'Feature',
	id,
	geometry: { type: 'Point', coordinates: [36.4, 35.8] },
	properties: { name: id, aliases: [id], kind, precision: 'exact', mentionCount }
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
