import { describe, expect, it } from 'vitest';
import { findCrossing } from './crossings';
import { wobblyRing } from './geometry-fixture';

describe('findCrossing (sort-by-x sweep)', () => {
	it('finds no crossing in a simple square or a large simple outline', () => {
		expect(
			findCrossing([
				[
					[0, 0],
					[1, 0],
					[1, 1],
					[0, 1],
					[0, 0]
				]
			]).kind
		).toBe('none');
		expect(findCrossing([wobblyRing(40_000)]).kind).toBe('none');
	});

	it('finds a bow tie and where it crosses', () => {
		const r = findCrossing([
			[
				[0, 0],
				[1, 1],
				[1, 0],
				[0, 1],
				[0, 0]
			]
		]);
		expect(r).toEqual({ kind: 'crossing', at: [0.5, 0.5], rings: [0, 0] });
	});

	it('finds a crossing hidden among 40,000 positions', () => {
		const ring = wobblyRing(40_000);
		// Swap two neighbouring positions halfway round: their edges now cross.
		[ring[20_000], ring[20_001]] = [ring[20_001]!, ring[20_000]!];
		expect(findCrossing([ring]).kind).toBe('crossing');
	});

	it('finds a ring touching itself at a vertex, and a hole crossing the exterior', () => {
		const touching = [
			[0, 0],
			[2, 0],
			[1, 1],
			[2, 2],
			[0, 2],
			[1, 1],
			[0, 0]
		];
		expect(findCrossing([touching]).kind).toBe('crossing');
		const hole = [
			[0.5, 0.5],
			[0.5, 1.5],
			[1.5, 1.5],
			[1.5, 0.5],
			[0.5, 0.5]
		];
		expect(
			findCrossing([
				[
					[0, 0],
					[1, 0],
					[1, 1],
					[0, 1],
					[0, 0]
				],
				hole
			])
		).toMatchObject({
			kind: 'crossing',
			rings: [0, 1]
		});
	});

	it('ignores a repeated position and the edges meeting at the closing vertex', () => {
		expect(
			findCrossing([
				[
					[0, 0],
					[1, 0],
					[1, 0],
					[1, 1],
					[0, 1],
					[0, 0]
				]
			]).kind
		).toBe('none');
	});

	it('gives up on a comb of long parallel edges rather than running for minutes', () => {
		const comb: number[][] = [];
		for (let i = 0; i < 2_000; i++)
			comb.push(i % 2 ? [100, i] : [0, i], i % 2 ? [0, i + 0.5] : [100, i + 0.5]);
		comb.push([-1, 3_000], [-1, 0], comb[0]!);
		expect(findCrossing([comb], 10_000).kind).toBe('too-complex');
	});
});
