import { describe, expect, it } from 'vitest';
import { topoFeature, type Topology } from './topojson';

/**
 * A unit square split into two triangles that share the diagonal, quantized as geoBoundaries' files
 * are: arc 0 is the diagonal, arcs 1 and 2 the outer edges.
 */
const SQUARE: Topology = {
	type: 'Topology',
	transform: { scale: [0.5, 0.25], translate: [10, 20] },
	arcs: [
		[
			[0, 0],
			[2, 4]
		],
		[
			[2, 4],
			[0, -4],
			[-2, 0]
		],
		[
			[0, 0],
			[0, 4],
			[2, 0]
		]
	],
	objects: {
		halves: {
			type: 'GeometryCollection',
			geometries: [
				{ type: 'Polygon', arcs: [[0, 1]], properties: { shapeName: 'East' } },
				{ type: 'Polygon', arcs: [[2, ~0]], properties: { shapeName: 'West' } }
			]
		}
	}
};

describe('topoFeature', () => {
	it('decodes delta-encoded arcs with the transform and joins them once at each shared point', () => {
		expect(topoFeature(SQUARE, 'shapeName', 'East')).toEqual({
			type: 'Polygon',
			coordinates: [
				[
					[10, 20],
					[11, 21],
					[11, 20],
					[10, 20]
				]
			]
		});
	});

	it('reverses an arc named by its complement (~i), so a shared border is the same line both ways', () => {
		expect(topoFeature(SQUARE, 'shapeName', 'West')).toEqual({
			type: 'Polygon',
			coordinates: [
				[
					[10, 20],
					[10, 21],
					[11, 21],
					[10, 20]
				]
			]
		});
	});

	it('refuses a ring whose arcs do not meet, a missing arc and an unknown feature', () => {
		const broken: Topology = {
			...SQUARE,
			objects: { x: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', arcs: [[0, 2]] }] } }
		};
		broken.objects.x!.geometries[0]!.properties = { shapeName: 'Broken' };
		expect(() => topoFeature(broken, 'shapeName', 'Broken')).toThrow(/does not start/);
		const missing: Topology = { ...SQUARE, arcs: [[], ...SQUARE.arcs.slice(1)] };
		expect(() => topoFeature(missing, 'shapeName', 'East')).toThrow(/missing/);
		expect(() => topoFeature(SQUARE, 'shapeName', 'North')).toThrow(/no geometry/);
	});
});
