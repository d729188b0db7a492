/**
 * Whether the edges of a polygon cross or touch anywhere except where consecutive edges of a ring
 * meet: a sort-by-x sweep with an active list, written for this project.
 *
 * Comparing every edge with every other is quadratic (a 40,000-vertex outline took 4 s, 80,000 took
 * 16 s, millions never finished). Here the edges are sorted by their left end and swept from left to
 * right; an edge is compared only with the edges still "active" (whose x-range reaches its left end)
 * and only when their y-ranges overlap too. For an outline, a vertical line meets few edges, so the
 * active list stays short and the whole test is `O(n log n)`, the sort. A shape made to defeat it (a
 * comb of thousands of long parallel edges) would be quadratic again, so the number of pair tests is
 * capped (`maxPairTests`) and such a geometry is refused as too complex rather than left to run.
 */

type Position = number[];

/** One edge of a ring: its end points and where it sits, so a crossing can be reported. */
interface Edge {
	ax: number;
	ay: number;
	bx: number;
	by: number;
	minX: number;
	maxX: number;
	minY: number;
	maxY: number;
	ring: number;
	/** Index of the edge within its ring (after repeated positions are dropped). */
	index: number;
	/** How many edges its ring has, so the closing pair (last, first) is known to be adjacent. */
	ringEdges: number;
}

/** The first crossing found, or why the test gave up. */
export type CrossingResult =
	| { kind: 'none' }
	| { kind: 'crossing'; at: [number, number]; rings: [number, number] }
	| { kind: 'too-complex'; pairTests: number };

/**
 * Steps of the sweep (an edge looked at beside another) allowed per polygon: far more than a real
 * outline of the largest allowed size needs (a few per edge), and still about a second of work.
 */
export const DEFAULT_MAX_PAIR_TESTS = 50_000_000;

function orientation(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
	const v = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
	return v > 0 ? 1 : v < 0 ? -1 : 0;
}

/** For a point known to be collinear with the segment: whether it lies within the segment's box. */
function onSegment(e: Edge, x: number, y: number): boolean {
	return x >= e.minX && x <= e.maxX && y >= e.minY && y <= e.maxY;
}

/** Where two edges meet (a crossing, a touch or an overlap), or undefined when they do not. */
function meet(p: Edge, q: Edge): [number, number] | undefined {
	const o1 = orientation(p.ax, p.ay, p.bx, p.by, q.ax, q.ay);
	const o2 = orientation(p.ax, p.ay, p.bx, p.by, q.bx, q.by);
	const o3 = orientation(q.ax, q.ay, q.bx, q.by, p.ax, p.ay);
	const o4 = orientation(q.ax, q.ay, q.bx, q.by, p.bx, p.by);
	if (o1 !== o2 && o3 !== o4) {
		if (o1 === 0) return [q.ax, q.ay];
		if (o2 === 0) return [q.bx, q.by];
		if (o3 === 0) return [p.ax, p.ay];
		if (o4 === 0) return [p.bx, p.by];
		const d = (p.bx - p.ax) * (q.by - q.ay) - (p.by - p.ay) * (q.bx - q.ax);
		const t = ((q.ax - p.ax) * (q.by - q.ay) - (q.ay - p.ay) * (q.bx - q.ax)) / d;
		return [p.ax + t * (p.bx - p.ax), p.ay + t * (p.by - p.ay)];
	}
	if (o1 === 0 && onSegment(p, q.ax, q.ay)) return [q.ax, q.ay];
	if (o2 === 0 && onSegment(p, q.bx, q.by)) return [q.bx, q.by];
	if (o3 === 0 && onSegment(q, p.ax, p.ay)) return [p.ax, p.ay];
	if (o4 === 0 && onSegment(q, p.bx, p.by)) return [p.bx, p.by];
	return undefined;
}

/** Consecutive edges of one ring share a vertex by construction; that is not a crossing. */
function adjacent(p: Edge, q: Edge): boolean {
	if (p.ring !== q.ring) return false;
	const d = Math.abs(p.index - q.index);
	return d === 1 || d === p.ringEdges - 1;
}

/** The edges of every ring, repeated consecutive positions dropped (a repeated point is no crossing). */
function edgesOf(rings: readonly (readonly Position[])[]): Edge[] {
	const edges: Edge[] = [];
	rings.forEach((ring, r) => {
		const points: Position[] = [];
		for (const p of ring) {
			const last = points[points.length - 1];
			if (!last || last[0] !== p[0] || last[1] !== p[1]) points.push(p);
		}
		const count = points.length - 1;
		for (let i = 0; i < count; i++) {
			const [ax, ay] = points[i] as [number, number];
			const [bx, by] = points[i + 1] as [number, number];
			edges.push({
				ax,
				ay,
				bx,
				by,
				minX: Math.min(ax, bx),
				maxX: Math.max(ax, bx),
				minY: Math.min(ay, by),
				maxY: Math.max(ay, by),
				ring: r,
				index: i,
				ringEdges: count
			});
		}
	});
	return edges;
}

/**
 * Finds whether a polygon's rings (closed, as GeoJSON writes them) cross or touch themselves or each
 * other anywhere but at the shared vertex of consecutive edges. Stops at the first crossing.
 */
export function findCrossing(
	rings: readonly (readonly Position[])[],
	maxPairTests = DEFAULT_MAX_PAIR_TESTS
): CrossingResult {
	const edges = edgesOf(rings).sort((a, b) => a.minX - b.minX);
	const active: Edge[] = [];
	let pairTests = 0;
	for (const edge of edges) {
		// One pass over the list both tests and compacts it: an edge that ends left of this one can
		// meet no later edge either, so it is dropped. Every step counts against the budget.
		let kept = 0;
		for (let k = 0; k < active.length; k++) {
			const other = active[k]!;
			if (other.maxX < edge.minX) continue;
			active[kept++] = other;
			if (++pairTests > maxPairTests) return { kind: 'too-complex', pairTests };
			if (other.maxY < edge.minY || other.minY > edge.maxY || adjacent(edge, other)) continue;
			const at = meet(edge, other);
			if (at) return { kind: 'crossing', at, rings: [other.ring, edge.ring] };
		}
		active.length = kept;
		active.push(edge);
	}
	return { kind: 'none' };
}
