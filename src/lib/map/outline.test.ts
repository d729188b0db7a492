import { describe, expect, it } from 'vitest';
import { alongEdge, keepSegments, onAntimeridian, outline } from './outline';

describe('outline', () => {
	it('splits lines where segments are dropped', () => {
		const line = [
			[0, 0],
			[1, 0],
			[2, 0],
			[3, 0],
			[4, 0]
		];
		expect(keepSegments([line], (a) => a[0] !== 1)).toEqual([
			[
				[0, 0],
				[1, 0]
			],
			[
				[2, 0],
				[3, 0],
				[4, 0]
			]
		]);
	});

	it('draws the coast of land cut at the region’s edge without the cut', () => {
		// Land cut by the region's west edge x = 29: its side on that edge is not coast.
		const land: GeoJSON.FeatureCollection = {
			type: 'FeatureCollection',
			features: [
				{
					type: 'Feature',
					properties: {},
					geometry: {
						type: 'Polygon',
						coordinates: [
							[
								[29, 36],
								[30, 36],
								[30.5, 37],
								[29, 38],
								[29, 36]
							]
						]
					}
				}
			]
		};
		const coast = outline(land, (a, b) => alongEdge(a, b, [29, 28, 48, 42]));
		expect(coast.features[0]!.geometry.coordinates).toEqual([
			[
				[29, 36],
				[30, 36],
				[30.5, 37],
				[29, 38]
			]
		]);
	});

	it('knows the antimeridian cut and a box edge from a coast', () => {
		expect(onAntimeridian([180, 65], [180, 66])).toBe(true);
		expect(onAntimeridian([-180, 65], [-179.9, 66])).toBe(false);
		expect(alongEdge([48, 30], [48, 31], [29, 28, 48, 42])).toBe(true);
		expect(alongEdge([48, 30], [47.9, 31], [29, 28, 48, 42])).toBe(false);
	});

	it('gives no feature for polygons that are all cut', () => {
		expect(outline({ type: 'FeatureCollection', features: [] }, () => true).features).toEqual([]);
	});
});
