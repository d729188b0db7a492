import { describe, expect, it } from 'vitest';
import { packGeometry, packLine, unpackGeometry, unpackLine } from './packed-lines';

describe('packed lines', () => {
	it('writes each position as the step from the one before, in 1e-5 degree', () => {
		expect(
			packLine([
				[36.60777, 36.33184],
				[36.60784, 36.32988]
			])
		).toEqual([3660777, 3633184, 7, -196]);
		expect(unpackLine([3660777, 3633184, 7, -196])).toEqual([
			[36.60777, 36.33184],
			[36.60784, 36.32988]
		]);
	});

	it('gives back every geometry of lines, rings or points it packed, to 1e-5 degree', () => {
		const ring = [
			[36, 35],
			[37.12345, 35],
			[37.12345, 36.5],
			[36, 35]
		];
		for (const geometry of [
			{ type: 'MultiPoint', coordinates: [[36.6, 35.9]] },
			{ type: 'LineString', coordinates: ring.slice(0, 2) },
			{ type: 'MultiLineString', coordinates: [ring.slice(0, 2), ring.slice(1, 3)] },
			{ type: 'Polygon', coordinates: [ring] },
			{ type: 'MultiPolygon', coordinates: [[ring], [ring.slice().reverse()]] }
		] as const)
			expect(unpackGeometry(packGeometry(geometry))).toEqual(geometry);
		expect(
			unpackGeometry(packGeometry({ type: 'LineString', coordinates: [[36.123456, 35.000004]] }))
		).toEqual({
			type: 'LineString',
			coordinates: [[36.12346, 35]]
		});
	});

	it('says what is wrong with a geometry it did not write', () => {
		expect(() => unpackGeometry({ type: 'Point', coordinates: [1, 2] })).toThrow('cannot unpack a Point');
		expect(() => unpackGeometry({ type: 'Polygon', coordinates: [[1, 2, 3]] })).toThrow(/odd number/);
		expect(() => unpackGeometry({ type: 'Polygon', coordinates: [1, 2] })).toThrow(/nested less deeply/);
		expect(() => unpackGeometry({ type: 'LineString', coordinates: [1, 2.5] })).toThrow(/not an integer/);
	});
});
