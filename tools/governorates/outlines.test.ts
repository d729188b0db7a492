import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { areaKm2, removeSpikes, simplifyOutlines } from './outlines';

describe('areaKm2', () => {
	it('gives a one-degree square at the equator about 12,364 km²', () => {
		const square: Polygon = {
			type: 'Polygon',
			coordinates: [
				[
					[0, 0],
					[1, 0],
					[1, 1],
					[0, 1],
					[0, 0]
				]
			]
		};
		expect(areaKm2(square)).toBeGreaterThan(12_300);
		expect(areaKm2(square)).toBeLessThan(12_400);
	});

	it('subtracts holes', () => {
		const ring = (x: number, y: number, size: number) => [
			[x, y],
			[x + size, y],
			[x + size, y + size],
			[x, y + size],
			[x, y]
		];
		const whole = areaKm2({ type: 'Polygon', coordinates: [ring(36, 35, 1)] });
		const holed = areaKm2({ type: 'Polygon', coordinates: [ring(36, 35, 1), ring(36.25, 35.25, 0.5)] });
		expect(holed / whole).toBeCloseTo(0.75, 2);
	});
});

describe('removeSpikes', () => {
	it('drops a there-and-back spike and keeps the rest of the ring', () => {
		expect(
			removeSpikes([
				[0, 0],
				[10, 0],
				[15, 0],
				[10, 0],
				[10, 10],
				[0, 10]
			])
		).toEqual([
			[0, 0],
			[10, 0],
			[10, 10],
			[0, 10]
		]);
	});
});

describe('simplifyOutlines', () => {
	it('simplifies a border two outlines share into one line for both', () => {
		// Two squares side by side whose shared edge wiggles by ~10 m; the tolerance (~110 m) removes it.
		const wiggle = [0.2, 0.4, 0.6, 0.8].map((y, i) => [1 + (i % 2 ? 0.0001 : -0.0001), y]);
		const left: Polygon = {
			type: 'Polygon',
			coordinates: [[[0, 0], [1, 0], ...wiggle, [1, 1], [0, 1], [0, 0]]]
		};
		const right: Polygon = {
			type: 'Polygon',
			coordinates: [[[1, 0], [2, 0], [2, 1], [1, 1], ...[...wiggle].reverse(), [1, 0]]]
		};
		const [a, b] = simplifyOutlines([left, right], 100) as Polygon[];
		const onBorder = (p: Polygon) => p.coordinates[0]!.filter(([x]) => Math.abs(x! - 1) < 0.001);
		expect(onBorder(a!).map(String).sort()).toEqual(onBorder(b!).map(String).sort());
		expect(a!.coordinates[0]).toHaveLength(5);
		expect(areaKm2(a!) + areaKm2(b!)).toBeCloseTo(
			areaKm2({
				type: 'Polygon',
				coordinates: [
					[
						[0, 0],
						[2, 0],
						[2, 1],
						[0, 1],
						[0, 0]
					]
				]
			}),
			0
		);
	});

	it('takes a tolerance by point, and still gives a shared border one line', () => {
		// Both squares' shared edge and the right square wiggle by ~10 m; the left square's west edge too.
		// A fine tolerance west of 0.5° keeps the west edge's wiggle, a coarse one east of it removes the
		// shared edge's from both sides alike.
		const wiggle = [0.2, 0.4, 0.6, 0.8].map((y, i) => [1 + (i % 2 ? 0.0001 : -0.0001), y]);
		const west = [0.8, 0.6, 0.4, 0.2].map((y, i) => [i % 2 ? 0.0001 : -0.0001, y]);
		const left: Polygon = {
			type: 'Polygon',
			coordinates: [[[0, 0], [1, 0], ...wiggle, [1, 1], [0, 1], ...west, [0, 0]]]
		};
		const right: Polygon = {
			type: 'Polygon',
			coordinates: [[[1, 0], [2, 0], [2, 1], [1, 1], ...[...wiggle].reverse(), [1, 0]]]
		};
		const [a, b] = simplifyOutlines([left, right], ([x]) => (x < 50_000 ? 1 : 100)) as Polygon[];
		const onBorder = (p: Polygon) => p.coordinates[0]!.filter(([x]) => Math.abs(x! - 1) < 0.001);
		expect(onBorder(a!).map(String).sort()).toEqual(onBorder(b!).map(String).sort());
		expect(new Set(onBorder(a!).map(String)).size).toBe(2);
		const westEdge = a!.coordinates[0]!.filter(([x]) => Math.abs(x!) < 0.001);
		expect(new Set(westEdge.map(String)).size).toBe(6);
	});
});
