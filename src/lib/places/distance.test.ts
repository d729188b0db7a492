import { describe, expect, it } from 'vitest';
import { distanceToGeometryKm } from './distance';
import { distanceKm } from './gazetteer';

/** A made-up square area a little over 100 km a side, around 36–37° E, 35–36° N. */
const square = {
	type: 'Polygon',
	coordinates: [
		[
			[36, 35],
			[37, 35],
			[37, 36],
			[36, 36],
			[36, 35]
		]
	]
};

describe('distanceToGeometryKm', () => {
	it('measures to a point as the great-circle distance', () => {
		const point = { type: 'Point', coordinates: [36.5, 35.5] };
		expect(distanceToGeometryKm([36.5, 35.9], point)).toBeCloseTo(distanceKm([36.5, 35.9], [36.5, 35.5]), 6);
	});

	it('is 0 anywhere inside an area, however far from the area’s centre', () => {
		expect(distanceToGeometryKm([36.05, 35.95], square)).toBe(0);
		expect(distanceToGeometryKm([36.5, 35.5], square)).toBe(0);
	});

	it('measures from outside an area to its nearest edge, not to a corner', () => {
		// 0.1° north of the middle of the top edge: about 11 km, where the corners are over 45 km away.
		expect(distanceToGeometryKm([36.5, 36.1], square)).toBeCloseTo(11.1, 0);
		const both = {
			type: 'MultiPolygon',
			coordinates: [
				square.coordinates,
				[
					[
						[38, 35],
						[38.1, 35],
						[38.1, 35.1],
						[38, 35]
					]
				]
			]
		};
		// The nearer part counts: the triangle's corner (38, 35) is about 7 km away, the square 86 km.
		expect(distanceToGeometryKm([37.95, 35.05], both)).toBeCloseTo(7.1, 0);
	});

	it('measures to a line’s nearest stretch', () => {
		const road = {
			type: 'LineString',
			coordinates: [
				[36, 35],
				[36, 36]
			]
		};
		// 0.1° east of the road at 35.5° N: about 9 km (a degree of longitude is 91 km there).
		expect(distanceToGeometryKm([36.1, 35.5], road)).toBeCloseTo(9.1, 0);
	});

	it('knows no distance to no geometry', () => {
		expect(distanceToGeometryKm([36, 35], null)).toBeUndefined();
		expect(distanceToGeometryKm([36, 35], { type: 'GeometryCollection', coordinates: [] })).toBeUndefined();
	});
});
