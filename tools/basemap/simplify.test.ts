import { describe, expect, it } from 'vitest';
import type { GridPoint } from './grid';
import { focusTolerance, simplifyPath } from './simplify';

/** A zig-zag along y = 0 with the given amplitude, from x = 0 to x = 100. */
function zigzag(amplitude: number): GridPoint[] {
	const out: GridPoint[] = [];
	for (let x = 0; x <= 100; x += 10) out.push([x, (x / 10) % 2 === 0 ? 0 : amplitude]);
	return out;
}

describe('simplifyPath', () => {
	it('keeps the end points and drops points within tolerance', () => {
		expect(simplifyPath(zigzag(3), () => 5)).toEqual([
			[0, 0],
			[100, 0]
		]);
	});

	it('keeps points beyond tolerance', () => {
		expect(simplifyPath(zigzag(10), () => 5)).toHaveLength(11);
	});

	it('uses each point’s own tolerance', () => {
		// Tight on the left half, loose on the right half.
		const out = simplifyPath(zigzag(10), ([x]) => (x < 50 ? 1 : 100));
		expect(out.filter(([x]) => x < 50)).toHaveLength(5);
		expect(out.filter(([x]) => x > 50)).toEqual([[100, 0]]);
	});

	it('with a zero tolerance drops only points exactly on the chord', () => {
		const straight: GridPoint[] = [
			[0, 0],
			[5, 0],
			[10, 0]
		];
		const bent: GridPoint[] = [
			[0, 0],
			[5, 1],
			[10, 0]
		];
		expect(simplifyPath(straight, () => 0)).toEqual([
			[0, 0],
			[10, 0]
		]);
		expect(simplifyPath(bent, () => 0)).toEqual(bent);
	});

	it('handles a closed path and collapses it when it is small', () => {
		const ring: GridPoint[] = [
			[0, 0],
			[10, 0],
			[10, 10],
			[0, 10],
			[0, 0]
		];
		expect(simplifyPath(ring, () => 1)).toHaveLength(5);
		expect(simplifyPath(ring, () => 100)).toEqual([
			[0, 0],
			[0, 0]
		]);
	});
});

describe('focusTolerance', () => {
	it('is small inside the focus box and grows with distance up to a cap', () => {
		const tol = focusTolerance({ focus: [0, 0, 100, 100], inside: 1, outside: 10, growth: 0.5, max: 30 });
		expect(tol([50, 50])).toBe(1);
		expect(tol([110, 50])).toBe(15);
		expect(tol([50, -20])).toBe(20);
		expect(tol([1000, 1000])).toBe(30);
	});
});
