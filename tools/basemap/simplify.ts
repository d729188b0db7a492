import type { Box, GridPoint } from './grid';

/**
 * How far (in grid units) a point may move when it is simplified away. A function of the point rather
 * than one number, so the coast can stay almost untouched where the map zooms in and be thinned out
 * elsewhere, along one line, without cutting it into pieces that would no longer meet.
 */
export type Tolerance = (p: GridPoint) => number;

/** Parameters of {@link focusTolerance}, all in grid units. */
export interface FocusToleranceOptions {
	/** The box where the map is looked at closely. */
	focus: Box;
	/** Tolerance inside the focus box. */
	inside: number;
	/** Tolerance just outside it. */
	outside: number;
	/** Extra tolerance per grid unit of distance from the box (0 for a step). */
	growth: number;
	/** Upper bound far away. */
	max: number;
}

/**
 * A tolerance that is `inside` within the focus box and `outside` just beyond it, growing with the
 * (Chebyshev) distance from the box up to `max`: the base map keeps its full detail over north-west
 * Syria, where the map is viewed at zoom 8–12, and saves bytes towards the region's edges, which are only
 * seen at small scale.
 */
export function focusTolerance(options: FocusToleranceOptions): Tolerance {
	const { focus, inside, outside, growth, max } = options;
	return (p) => {
		const d = Math.max(focus[0] - p[0], p[0] - focus[2], focus[1] - p[1], p[1] - focus[3]);
		return d <= 0 ? inside : Math.min(max, outside + growth * d);
	};
}

/** Distance from p to the segment a–b (to a itself when the segment has no length). */
function segmentDistance(p: GridPoint, a: GridPoint, b: GridPoint): number {
	const dx = b[0] - a[0];
	const dy = b[1] - a[1];
	const len2 = dx * dx + dy * dy;
	let t = len2 === 0 ? 0 : ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2;
	t = Math.max(0, Math.min(1, t));
	const ex = a[0] + t * dx - p[0];
	const ey = a[1] + t * dy - p[1];
	return Math.sqrt(ex * ex + ey * ey);
}

/**
 * Douglas–Peucker simplification with a tolerance per point: a stretch is replaced by its chord only if
 * every point on it lies within its own tolerance of the chord; otherwise it is split at the point that
 * exceeds its tolerance by the largest factor. The first and last points are always kept, so a line that
 * starts and ends where it meets other lines still meets them, and a closed path (first = last) works too.
 *
 * Deterministic and non-recursive (an explicit stack), so long coasts cannot overflow the call stack.
 */
export function simplifyPath(points: readonly GridPoint[], tolerance: Tolerance): GridPoint[] {
	const n = points.length;
	if (n <= 2) return [...points];
	const keep = new Uint8Array(n);
	keep[0] = 1;
	keep[n - 1] = 1;
	const stack: [number, number][] = [[0, n - 1]];
	while (stack.length > 0) {
		const [first, last] = stack.pop()!;
		const a = points[first]!;
		const b = points[last]!;
		let worst = 1;
		let index = -1;
		for (let i = first + 1; i < last; i++) {
			const p = points[i]!;
			const tol = tolerance(p);
			const d = segmentDistance(p, a, b);
			// A zero tolerance keeps every point that is off the chord at all.
			const ratio = tol > 0 ? d / tol : d > 0 ? Infinity : 0;
			if (ratio > worst) {
				worst = ratio;
				index = i;
			}
		}
		if (index >= 0) {
			keep[index] = 1;
			stack.push([first, index], [index, last]);
		}
	}
	const out: GridPoint[] = [];
	for (let i = 0; i < n; i++) if (keep[i]) out.push(points[i]!);
	return out;
}
