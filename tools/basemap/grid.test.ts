import { describe, expect, it } from 'vitest';
import {
	boxToGrid,
	clipRing,
	closeRing,
	dedupeRing,
	fromGrid,
	orientRing,
	pointInPolygon,
	ringArea2,
	toGrid,
	type GridRing
} from './grid';

const square = (x0: number, y0: number, size: number): GridRing => [
	[x0, y0],
	[x0 + size, y0],
	[x0 + size, y0 + size],
	[x0, y0 + size]
];

describe('toGrid / fromGrid', () => {
	it('round to 5 decimals and print no more than that', () => {
		const p = toGrid(35.923494, 35.307776);
		expect(p).toEqual([3592349, 3530778]);
		expect(JSON.stringify(fromGrid(p))).toBe('[35.92349,35.30778]');
	});

	it('rounds a degree box outwards', () => {
		expect(boxToGrid([29, 28, 48, 42])).toEqual([2900000, 2800000, 4800000, 4200000]);
	});
});

describe('rings', () => {
	it('ringArea2 is positive for counter-clockwise rings and exact', () => {
		expect(ringArea2(square(0, 0, 10))).toBe(200);
		expect(ringArea2([...square(0, 0, 10)].reverse())).toBe(-200);
	});

	it('orientRing turns a ring the requested way', () => {
		const cw = [...square(0, 0, 10)].reverse();
		expect(ringArea2(orientRing(cw, true))).toBeGreaterThan(0);
		expect(orientRing(cw, false)).toBe(cw);
	});

	it('dedupeRing drops repeats and the closing point', () => {
		expect(
			dedupeRing([
				[0, 0],
				[0, 0],
				[1, 0],
				[1, 1],
				[0, 0]
			])
		).toEqual([
			[0, 0],
			[1, 0],
			[1, 1]
		]);
	});

	it('closeRing repeats the first position for GeoJSON', () => {
		expect(closeRing(square(0, 0, 100000))).toEqual([
			[0, 0],
			[1, 0],
			[1, 1],
			[0, 1],
			[0, 0]
		]);
	});
});

describe('clipRing', () => {
	const box: [number, number, number, number] = [0, 0, 100, 100];

	it('keeps a ring that lies inside', () => {
		expect(clipRing(square(10, 10, 20), box)).toEqual(square(10, 10, 20));
	});

	it('cuts a ring at the box edge', () => {
		const clipped = clipRing(square(50, 50, 100), box);
		expect(ringArea2(clipped)).toBe(2 * 50 * 50);
		for (const [x, y] of clipped) {
			expect(x).toBeLessThanOrEqual(100);
			expect(y).toBeLessThanOrEqual(100);
		}
	});

	it('returns nothing for a ring outside', () => {
		expect(clipRing(square(200, 200, 10), box)).toEqual([]);
	});

	it('cuts a shared edge at the same point from both sides', () => {
		// Two triangles share the edge (30,-7)-(71,113), which crosses y = 100 at a fractional x.
		const a: GridRing = [
			[30, -7],
			[71, 113],
			[0, 113]
		];
		const b: GridRing = [
			[71, 113],
			[30, -7],
			[99, -7]
		];
		const onTop = (r: GridRing) => r.filter(([, y]) => y === 100).map(([x]) => x);
		const ca = clipRing(a, box);
		const cb = clipRing(b, box);
		expect(onTop(ca).filter((x) => onTop(cb).includes(x))).toHaveLength(1);
	});
});

describe('pointInPolygon', () => {
	it('is inside the exterior and outside the holes', () => {
		const polygon = [square(0, 0, 10), [...square(4, 4, 2)].reverse()];
		expect(pointInPolygon(1, 1, polygon)).toBe(true);
		expect(pointInPolygon(5, 5, polygon)).toBe(false);
		expect(pointInPolygon(11, 5, polygon)).toBe(false);
	});
});
