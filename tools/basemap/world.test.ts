import type { Position } from 'geojson';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import type { GeoNamesCity } from '../../src/lib/places/geonames';
import {
	absoluteArcs,
	countryRank,
	cutAtAntimeridian,
	labelPoint,
	simplifyTopology,
	tidyPolygons,
	unwrapRing,
	worldBorders,
	worldCities,
	worldLabels,
	worldLand
} from './world';

/**
 * Two countries side by side, A over [0,10]×[0,10] and B over [10,20]×[0,10], sharing the border x = 10,
 * as world-atlas writes them: arcs quantised and delta-encoded under a transform (a unit of 0.5°).
 * Arc 0: the border, (10,0)→(10,10). Arc 1: A's other sides, (10,10)→(0,10)→(0,0)→(10,0).
 * Arc 2: B's other sides, (10,0)→(20,0)→(20,10)→(10,10), with a wiggle at (15,0.01) to be simplified away.
 */
function topology(): Topology {
	const q = (points: [number, number][]) =>
		points.map(([x, y], i) =>
			i === 0 ? [x * 2, y * 2] : [(x - points[i - 1]![0]) * 2, (y - points[i - 1]![1]) * 2]
		);
	return {
		type: 'Topology',
		transform: { scale: [0.5, 0.5], translate: [0, 0] },
		arcs: [
			q([
				[10, 0],
				[10, 10]
			]),
			q([
				[10, 10],
				[0, 10],
				[0, 0],
				[10, 0]
			]),
			q([
				[10, 0],
				[15, 0.5],
				[20, 0],
				[20, 10],
				[10, 10]
			])
		],
		objects: {
			countries: {
				type: 'GeometryCollection',
				geometries: [
					{ type: 'Polygon', arcs: [[0, 1]], properties: { name: 'Aland' } },
					{ type: 'Polygon', arcs: [[2, ~0]], properties: { name: 'Beland' } }
				]
			},
			land: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', arcs: [[1, 2]] }] }
		}
	} as Topology;
}

describe('the world map from world-atlas', () => {
	it('decodes quantised, delta-encoded arcs to degrees', () => {
		expect(absoluteArcs(topology())[2]).toEqual([
			[10, 0],
			[15, 0.5],
			[20, 0],
			[20, 10],
			[10, 10]
		]);
	});

	it('simplifies every arc once, keeping its ends, and drops the transform', () => {
		const simple = simplifyTopology(topology(), 0.01, 1);
		expect(simple.transform).toBeUndefined();
		expect(simple.arcs[2]).toEqual([
			[10, 0],
			[20, 0],
			[20, 10],
			[10, 10]
		]);
		expect(simplifyTopology(topology(), 0.01, 0.1).arcs[2]).toHaveLength(5);
	});

	it('writes the land counter-clockwise and the border between the countries only', () => {
		const simple = simplifyTopology(topology(), 0.01, 1);
		const land = worldLand(simple, { step: 0.01, tolerance: 1, minArea: 1 });
		expect(land.geometry.coordinates).toHaveLength(1);
		const ring = land.geometry.coordinates[0]![0]!;
		let area2 = 0;
		for (let i = 1; i < ring.length; i++)
			area2 += ring[i - 1]![0]! * ring[i]![1]! - ring[i]![0]! * ring[i - 1]![1]!;
		expect(area2 / 2).toBe(200);
		expect(worldBorders(simple, [50, 50, 60, 60]).geometry.coordinates).toEqual([
			[
				[10, 0],
				[10, 10]
			]
		]);
		// Inside the regional map's bounds the border is covered by the regional map: it is left out.
		expect(worldBorders(simple, [5, -1, 15, 11]).geometry.coordinates).toEqual([]);
	});

	it('labels each country on its largest polygon and marks those inside the region', () => {
		const labels = worldLabels(simplifyTopology(topology(), 0.01, 1), [12, -5, 30, 20], 0.01);
		expect(labels.map((l) => [l.properties!.name, l.geometry.coordinates, l.properties!.region])).toEqual([
			['Aland', [5, 5], undefined],
			['Beland', [15, 5], 1]
		]);
		expect(labels[0]!.properties).toMatchObject({ kind: 'country', rank: 1 });
	});

	it('ranks countries by area', () => {
		expect(countryRank(17_000_000)).toBe(1);
		expect(countryRank(185_000)).toBe(2);
		expect(countryRank(10_452)).toBe(3);
	});
});

describe('polygons in the plane', () => {
	it('drops small rings and orients exteriors counter-clockwise, holes clockwise', () => {
		const clockwise: Position[] = [
			[0, 0],
			[0, 4],
			[4, 4],
			[4, 0],
			[0, 0]
		];
		const hole: Position[] = [
			[1, 1],
			[2, 1],
			[2, 2],
			[1, 2],
			[1, 1]
		];
		const speck: Position[] = [
			[3, 3],
			[3.01, 3],
			[3.01, 3.01],
			[3, 3]
		];
		const [polygon] = tidyPolygons([[clockwise, hole, speck]], 0.5);
		expect(polygon).toEqual([[...clockwise].reverse(), [...hole].reverse()]);
		expect(tidyPolygons([[speck]], 0.5)).toEqual([]);
	});

	it('puts a label inside a crescent, where the centroid is not', () => {
		// A U open to the north: its centroid (2, ~1.4) is in the gap between the arms above the base.
		const u: Position[] = [
			[0, 0],
			[4, 0],
			[4, 4],
			[3, 4],
			[3, 1],
			[1, 1],
			[1, 4],
			[0, 4],
			[0, 0]
		];
		const [x, y] = labelPoint([u]);
		expect(y).toBe(2);
		expect([0.5, 3.5]).toContain(x);
	});

	it('unwraps a ring across the antimeridian and closes one round a pole along it', () => {
		expect(
			unwrapRing([
				[179, 0],
				[-179, 0],
				[-179, 1],
				[179, 1],
				[179, 0]
			])
		).toEqual([
			[179, 0],
			[181, 0],
			[181, 1],
			[179, 1],
			[179, 0]
		]);
		const roundThePole = unwrapRing([
			[-180, -70],
			[0, -70],
			[180, -70]
		]);
		expect(roundThePole.slice(-3)).toEqual([
			[180, -90],
			[-180, -90],
			[-180, -70]
		]);
	});

	it('cuts a polygon across the antimeridian into a piece on each side', () => {
		const fiji: Position[] = [
			[179, -17],
			[-179, -17],
			[-179, -16],
			[179, -16],
			[179, -17]
		];
		const pieces = cutAtAntimeridian([fiji], 0.01);
		expect(pieces).toHaveLength(2);
		const xs = pieces.map(([ring]) => ring!.map((p) => p[0]!));
		expect(xs.map((x) => [Math.min(...x), Math.max(...x)]).sort((a, b) => a[0]! - b[0]!)).toEqual([
			[-180, -179],
			[179, 180]
		]);
		const square: Position[] = [
			[0, 0],
			[1, 0],
			[1, 1],
			[0, 1],
			[0, 0]
		];
		expect(cutAtAntimeridian([square], 0.01)).toEqual([[square]]);
	});
});

describe('worldCities', () => {
	const city = (
		name: string,
		featureCode: string,
		population: number,
		lon: number,
		lat: number,
		cityId: number
	) =>
		({
			cityId,
			name,
			country: 'XX',
			featureCode,
			adminCode: '1',
			population,
			loc: { coordinates: [lon, lat] }
		}) as GeoNamesCity;

	it('keeps capitals and cities of two million beyond the region, capitals first', () => {
		const cities = [
			city('Big', 'PPL', 3_000_000, -70, 40, 1),
			city('Capital', 'PPLC', 200_000, -71, 41, 2),
			city('Small', 'PPLA', 1_500_000, -72, 42, 3),
			city('Damascus', 'PPLC', 1_569_394, 36.29, 33.51, 4)
		];
		expect(
			worldCities(cities, [29, 28, 48, 42]).map((f) => [f.properties!.name, f.properties!.rank])
		).toEqual([
			['Capital', 1],
			['Big', 2]
		]);
	});
});
