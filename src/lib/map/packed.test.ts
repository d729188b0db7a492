import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packCollection, unpackCollection, type PackedCollection } from './packed';

const feature = (geometry: GeoJSON.Geometry, properties: Record<string, string | number> = {}) =>
	({ type: 'Feature', properties, geometry }) as GeoJSON.Feature<GeoJSON.Polygon>;

describe('packed collections', () => {
	it('writes each line as steps in 1e-5 degree', () => {
		const packed = packCollection({
			type: 'FeatureCollection',
			features: [
				feature({
					type: 'LineString',
					coordinates: [
						[36.5, 35.1],
						[36.50001, 35.09999]
					]
				}) as never
			]
		});
		expect(packed.features[0]).toEqual({
			type: 'LineString',
			properties: {},
			coordinates: [3650000, 3510000, 1, -1]
		});
	});

	it('gives back every geometry type and the properties', () => {
		const geometries: GeoJSON.Geometry[] = [
			{
				type: 'LineString',
				coordinates: [
					[1, 2],
					[3, 4]
				]
			},
			{
				type: 'MultiLineString',
				coordinates: [
					[
						[1, 2],
						[3, 4]
					],
					[
						[-5.5, 6.25],
						[7, 8]
					]
				]
			},
			{
				type: 'Polygon',
				coordinates: [
					[
						[0, 0],
						[1, 0],
						[1, 1],
						[0, 0]
					],
					[
						[0.2, 0.2],
						[0.3, 0.2],
						[0.2, 0.3],
						[0.2, 0.2]
					]
				]
			},
			{
				type: 'MultiPolygon',
				coordinates: [
					[
						[
							[0, 0],
							[1, 0],
							[1, 1],
							[0, 0]
						]
					],
					[
						[
							[5, 5],
							[6, 5],
							[6, 6],
							[5, 5]
						]
					]
				]
			}
		];
		const collection = {
			type: 'FeatureCollection' as const,
			features: geometries.map((g, i) => feature(g, { name: `f${i}`, rank: i }) as never)
		};
		expect(unpackCollection(packCollection(collection))).toEqual(collection);
	});

	it('keeps positions to 1e-5 degree', () => {
		const position = fc.tuple(
			fc.double({ min: -180, max: 180, noNaN: true }),
			fc.double({ min: -85, max: 85, noNaN: true })
		);
		fc.assert(
			fc.property(fc.array(position, { minLength: 2, maxLength: 50 }), (line) => {
				const back = unpackCollection(
					packCollection({
						type: 'FeatureCollection',
						features: [feature({ type: 'LineString', coordinates: line }) as never]
					})
				).features[0]!.geometry.coordinates as number[][];
				back.forEach(([x, y], i) => {
					expect(Math.abs(x! - line[i]![0]!)).toBeLessThanOrEqual(0.5e-5 + 1e-9);
					expect(Math.abs(y! - line[i]![1]!)).toBeLessThanOrEqual(0.5e-5 + 1e-9);
				});
			})
		);
	});

	it('writes a coarser collection in its own units and says so', () => {
		const line = feature({
			type: 'LineString',
			coordinates: [
				[-77.04, 38.9],
				[-77.03, 38.91]
			]
		}) as never;
		const packed = packCollection({ type: 'FeatureCollection', features: [line] }, 100);
		expect(packed.scale).toBe(100);
		expect(packed.features[0]!.coordinates).toEqual([-7704, 3890, 1, 1]);
		expect(unpackCollection(packed).features[0]!.geometry.coordinates).toEqual([
			[-77.04, 38.9],
			[-77.03, 38.91]
		]);
		expect('scale' in packCollection({ type: 'FeatureCollection', features: [line] })).toBe(false);
		expect(() => unpackCollection({ ...packed, scale: -1 })).toThrow(TypeError);
	});

	it('refuses what is not a packed collection', () => {
		expect(() => unpackCollection({ type: 'FeatureCollection' } as unknown as PackedCollection)).toThrow(
			TypeError
		);
		expect(() =>
			unpackCollection({
				packed: 1,
				features: [{ type: 'LineString', properties: {}, coordinates: [1, 2, 3] }]
			})
		).toThrow(RangeError);
	});
});
