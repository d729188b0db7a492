import { describe, expect, it } from 'vitest';
import { ringArea2, type GridPoint, type GridRing } from './grid';
import { bridgeGaps, dissolveRings, joinLines, pointKey, simplifySharedRings } from './topology';

/**
 * Two countries side by side, sharing a wiggly border along x = 100 from (100,0) to (100,100):
 * West = [0,100] x [0,100], East = [100,200] x [0,100], both counter-clockwise.
 */
const border: GridPoint[] = [
	[100, 0],
	[101, 25],
	[99, 50],
	[101, 75],
	[100, 100]
];
const west: GridRing = [[0, 0], ...border, [0, 100]];
const east: GridRing = [[200, 0], [200, 100], ...[...border].reverse()];

/** The ring started at its smallest point, so rings can be compared whatever point they start at. */
function normalize(ring: GridRing | undefined): GridRing {
	if (!ring || ring.length === 0) return [];
	let start = 0;
	ring.forEach(([x, y], i) => {
		const [sx, sy] = ring[start]!;
		if (x < sx || (x === sx && y < sy)) start = i;
	});
	return [...ring.slice(start), ...ring.slice(0, start)];
}

describe('simplifySharedRings', () => {
	it('simplifies a shared border identically for both rings', () => {
		const { rings, arcs } = simplifySharedRings([west, east], () => 5);
		const shared = arcs.filter((a) => a.rings.length === 2);
		expect(shared).toHaveLength(1);
		expect(shared[0]!.points).toHaveLength(2);
		// Both rings now run straight from (100,0) to (100,100).
		expect(normalize(rings[0])).toEqual([
			[0, 0],
			[100, 0],
			[100, 100],
			[0, 100]
		]);
		expect(rings[1]).toContainEqual([100, 0]);
		expect(rings[1]).toContainEqual([100, 100]);
		expect(ringArea2(rings[0]!) + ringArea2(rings[1]!)).toBe(2 * 200 * 100);
	});

	it('leaves detail where the tolerance is small', () => {
		const { rings } = simplifySharedRings([west, east], () => 0.5);
		expect(normalize(rings[0])).toEqual(west);
	});

	it('treats a ring that meets nothing as one closed arc', () => {
		const island: GridRing = [
			[0, 0],
			[10, 0],
			[10, 10],
			[0, 10]
		];
		const { rings, arcs } = simplifySharedRings([island], () => 1);
		expect(arcs).toHaveLength(1);
		expect(rings[0]).toHaveLength(4);
		expect(ringArea2(rings[0]!)).toBe(200);
	});

	it('finds the same arc for an enclave and the hole it fills', () => {
		const enclave: GridRing = [
			[40, 40],
			[60, 40],
			[60, 60],
			[40, 60]
		];
		const hole = [...enclave].reverse();
		const host: GridRing = [
			[0, 0],
			[100, 0],
			[100, 100],
			[0, 100]
		];
		const { arcs } = simplifySharedRings([host, hole, enclave], () => 1);
		expect(arcs.filter((a) => a.rings.length === 2)).toHaveLength(1);
	});
});

describe('dissolveRings', () => {
	it('merges neighbours into one polygon without the shared border', () => {
		const { polygons, orphanHoles } = dissolveRings([west, east]);
		expect(orphanHoles).toBe(0);
		expect(polygons).toHaveLength(1);
		const [exterior] = polygons[0]!;
		expect(ringArea2(exterior!)).toBe(2 * 200 * 100);
		expect(exterior!.some(([x, y]) => x === 101 && y === 25)).toBe(false);
	});

	it('gives holes to the polygon that contains them', () => {
		const lake: GridRing = [
			[20, 20],
			[20, 40],
			[40, 40],
			[40, 20]
		];
		const island: GridRing = [
			[500, 500],
			[510, 500],
			[510, 510]
		];
		const { polygons } = dissolveRings([island, west, east, lake]);
		expect(polygons).toHaveLength(2);
		expect(polygons[0]).toHaveLength(2);
		expect(polygons[1]).toHaveLength(1);
	});

	it('splits rings that touch at a corner and removes zero-width spikes', () => {
		const a: GridRing = [
			[0, 0],
			[10, 0],
			[10, 10],
			// a spike out along the edge and back, as clipping leaves them
			[10, 20],
			[10, 10],
			[0, 10]
		];
		const b: GridRing = [
			[10, 10],
			[20, 10],
			[20, 20],
			[10, 20]
		];
		const { polygons } = dissolveRings([a, b]);
		expect(polygons.map((p) => ringArea2(p[0]!)).sort()).toEqual([200, 200]);
	});
});

describe('joinLines', () => {
	it('joins lines that meet end to end, in either direction', () => {
		const joined = joinLines([
			[
				[0, 0],
				[1, 0]
			],
			[
				[2, 0],
				[1, 0]
			],
			[
				[2, 0],
				[3, 0]
			],
			[
				[9, 9],
				[8, 8]
			]
		]);
		expect(joined).toEqual([
			[
				[0, 0],
				[1, 0],
				[2, 0],
				[3, 0]
			],
			[
				[9, 9],
				[8, 8]
			]
		]);
	});

	it('does not join across a point where three lines meet', () => {
		const joined = joinLines([
			[
				[0, 0],
				[1, 0]
			],
			[
				[1, 0],
				[2, 0]
			],
			[
				[1, 0],
				[1, 1]
			]
		]);
		expect(joined).toHaveLength(3);
	});
});

describe('pointKey', () => {
	it('is unique for nearby and negative points', () => {
		const keys = new Set([
			pointKey([0, 0]),
			pointKey([0, 1]),
			pointKey([1, 0]),
			pointKey([-1, 0]),
			pointKey([0, -1])
		]);
		expect(keys.size).toBe(5);
	});
});

describe('bridgeGaps', () => {
	it('joins pieces whose ends are close, nearest first, and leaves wide gaps open', () => {
		const parts: GridPoint[][] = [
			[
				[0, 0],
				[10, 0]
			],
			[
				[30, 0],
				[14, 0]
			],
			[
				[100, 0],
				[120, 0]
			]
		];
		expect(bridgeGaps(parts, 5)).toEqual([
			[
				[0, 0],
				[10, 0],
				[14, 0],
				[30, 0]
			],
			[
				[100, 0],
				[120, 0]
			]
		]);
	});

	it('does not repeat a point when the ends touch', () => {
		expect(
			bridgeGaps(
				[
					[
						[0, 0],
						[1, 0]
					],
					[
						[1, 0],
						[2, 0]
					]
				],
				5
			)
		).toEqual([
			[
				[0, 0],
				[1, 0],
				[2, 0]
			]
		]);
	});
});
