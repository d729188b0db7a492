import {
	boxContains,
	dedupeRing,
	pointInRing,
	pointsBox,
	ringArea2,
	type Box,
	type GridPoint,
	type GridPolygon,
	type GridRing
} from './grid';
import { simplifyPath, type Tolerance } from './simplify';

const KEY_OFFSET = 2 ** 25;
const KEY_SPAN = 2 ** 26;

/**
 * One number per grid point, exact for |x|, |y| < 2^25 grid units (335 degrees), so points can be looked
 * up in a Map without building strings.
 */
export function pointKey(p: GridPoint): number {
	return (p[0] + KEY_OFFSET) * KEY_SPAN + (p[1] + KEY_OFFSET);
}

function keyPoint(key: number): GridPoint {
	const y = key % KEY_SPAN;
	return [(key - y) / KEY_SPAN - KEY_OFFSET, y - KEY_OFFSET];
}

/** A line shared by one or more rings, after simplification, with the rings that run along it. */
export interface Arc {
	points: GridPoint[];
	/** Indices into the input rings; an index appears twice if the ring uses the arc twice. */
	rings: number[];
}

/** Result of {@link simplifySharedRings}. */
export interface SimplifiedRings {
	/** The input rings, simplified, in input order; open; possibly degenerate (fewer than 3 points). */
	rings: GridRing[];
	/** Every arc once, e.g. to find the borders (arcs used by rings of two countries). */
	arcs: Arc[];
}

interface ArcUse {
	arc: number;
	reversed: boolean;
}

function compareKeys(a0: number, a1: number, b0: number, b1: number): number {
	return a0 !== b0 ? a0 - b0 : a1 - b1;
}

/**
 * Simplifies a set of rings that share edges (countries along their borders) without opening gaps or
 * overlaps between them, the way TopoJSON does: the rings are cut into arcs at junctions (points where
 * more than two distinct neighbours meet, e.g. where a border reaches the coast), each distinct arc is
 * simplified once, and the rings are put back together from the simplified arcs. A border between two
 * countries is thus simplified identically for both.
 *
 * Input rings are open and must share vertices exactly where they share edges (true of the source data,
 * and kept true by the direction-independent clipping in `grid.ts`).
 */
export function simplifySharedRings(rings: readonly GridRing[], tolerance: Tolerance): SimplifiedRings {
	const keyed = rings.map((r) => r.map(pointKey));

	// Distinct neighbours of each point, capped at 3: that is enough to know it is a junction.
	const neighbours = new Map<number, number[]>();
	const note = (k: number, other: number): void => {
		let list = neighbours.get(k);
		if (!list) neighbours.set(k, (list = []));
		if (list.length < 3 && !list.includes(other)) list.push(other);
	};
	for (const keys of keyed) {
		const n = keys.length;
		for (let i = 0; i < n; i++) {
			const k = keys[i]!;
			note(k, keys[(i + n - 1) % n]!);
			note(k, keys[(i + 1) % n]!);
		}
	}
	const isJunction = (k: number): boolean => neighbours.get(k)?.length !== 2;

	const arcIndex = new Map<string, number>();
	const arcKeys: number[][] = [];
	const arcRings: number[][] = [];
	const uses: ArcUse[][] = [];

	const register = (seq: number[], ring: number): ArcUse => {
		const last = seq.length - 1;
		const reversed = compareKeys(seq[last]!, seq[last - 1]!, seq[0]!, seq[1]!) < 0;
		const canonical = reversed ? [...seq].reverse() : seq;
		const id = `${canonical[0]}:${canonical[1]}`;
		let arc = arcIndex.get(id);
		if (arc === undefined) {
			arc = arcKeys.length;
			arcIndex.set(id, arc);
			arcKeys.push(canonical);
			arcRings.push([]);
		}
		arcRings[arc]!.push(ring);
		return { arc, reversed };
	};

	keyed.forEach((keys, ringIndex) => {
		const n = keys.length;
		const ringUses: ArcUse[] = [];
		uses.push(ringUses);
		if (n < 3) return;
		const junctions: number[] = [];
		for (let i = 0; i < n; i++) if (isJunction(keys[i]!)) junctions.push(i);
		if (junctions.length === 0) {
			// A ring that meets nothing (an island, a lake, or an enclave and the hole it fills): one closed
			// arc, started at its smallest point and run towards its smaller neighbour, so that every ring
			// with the same outline finds the same arc.
			let start = 0;
			for (let i = 1; i < n; i++) if (keys[i]! < keys[start]!) start = i;
			const seq: number[] = [];
			for (let i = 0; i <= n; i++) seq.push(keys[(start + i) % n]!);
			ringUses.push(register(seq, ringIndex));
			return;
		}
		const first = junctions[0]!;
		let seq: number[] = [keys[first]!];
		for (let step = 1; step <= n; step++) {
			const k = keys[(first + step) % n]!;
			seq.push(k);
			if (isJunction(k)) {
				ringUses.push(register(seq, ringIndex));
				seq = [k];
			}
		}
	});

	const arcs: Arc[] = arcKeys.map((keys, i) => ({
		points: simplifyPath(keys.map(keyPoint), tolerance),
		rings: arcRings[i]!
	}));

	const outRings = uses.map((ringUses) => {
		const out: GridPoint[] = [];
		for (const use of ringUses) {
			const pts = arcs[use.arc]!.points;
			const seq = use.reversed ? [...pts].reverse() : pts;
			for (let i = out.length === 0 ? 0 : 1; i < seq.length; i++) out.push(seq[i]!);
		}
		return dedupeRing(out);
	});

	return { rings: outRings, arcs };
}

/**
 * Joins lines that meet end to end into longer lines, wherever exactly two line ends meet (a point where
 * three or more meet stays an end). Borders come out of {@link simplifySharedRings} cut at every junction;
 * joined, a dashed border line keeps its dash pattern running instead of restarting at each piece.
 * Deterministic: lines are taken in input order.
 */
export function joinLines(lines: readonly GridPoint[][]): GridPoint[][] {
	const ends = new Map<number, number[]>();
	lines.forEach((line, i) => {
		if (line.length < 2) return;
		for (const p of [line[0]!, line[line.length - 1]!]) {
			const k = pointKey(p);
			const list = ends.get(k);
			if (list) list.push(i);
			else ends.set(k, [i]);
		}
	});
	const used = new Uint8Array(lines.length);
	/** The line not yet joined that ends at `p`, when exactly two line ends meet there. */
	const partner = (p: GridPoint): number | undefined => {
		const list = ends.get(pointKey(p));
		if (!list || list.length !== 2) return undefined;
		return list.find((j) => !used[j]);
	};
	const out: GridPoint[][] = [];
	lines.forEach((line, i) => {
		if (used[i] || line.length < 2) return;
		used[i] = 1;
		let joined = [...line];
		// Extend forwards, then backwards.
		for (const forward of [true, false]) {
			for (;;) {
				const end = forward ? joined[joined.length - 1]! : joined[0]!;
				const j = partner(end);
				if (j === undefined) break;
				used[j] = 1;
				const next = lines[j]!;
				const startsHere = pointKey(next[0]!) === pointKey(end);
				let piece = startsHere ? next : [...next].reverse();
				if (!forward) piece = [...piece].reverse();
				joined = forward ? [...joined, ...piece.slice(1)] : [...piece.slice(0, -1), ...joined];
			}
		}
		out.push(joined);
	});
	return out;
}

/**
 * Joins lines whose ends lie within `maxGap` (grid units) of each other with a straight segment, closest
 * pair first, until no such pair is left. In the source data two countries stop sharing vertices where a
 * river runs between them (the Tigris, the Euphrates at Jarablus, the Nahr al-Kabir between Lebanon and
 * Syria), so their common border comes out in pieces with gaps of a few hundred metres; bridged, it
 * draws as one line. Gaps wider than `maxGap` (e.g. across the Dead Sea) stay open. Deterministic.
 */
export function bridgeGaps(lines: readonly GridPoint[][], maxGap: number): GridPoint[][] {
	const parts = lines.filter((l) => l.length >= 2).map((l) => [...l]);
	const dist = (a: GridPoint, b: GridPoint): number => Math.hypot(a[0] - b[0], a[1] - b[1]);
	for (;;) {
		let best: { i: number; j: number; iAtEnd: boolean; jAtStart: boolean; d: number } | undefined;
		for (let i = 0; i < parts.length; i++) {
			const a = parts[i]!;
			for (let j = i + 1; j < parts.length; j++) {
				const b = parts[j]!;
				for (const iAtEnd of [true, false]) {
					for (const jAtStart of [true, false]) {
						const d = dist(iAtEnd ? a[a.length - 1]! : a[0]!, jAtStart ? b[0]! : b[b.length - 1]!);
						if (d <= maxGap && (!best || d < best.d)) best = { i, j, iAtEnd, jAtStart, d };
					}
				}
			}
		}
		if (!best) return parts;
		const a = best.iAtEnd ? parts[best.i]! : [...parts[best.i]!].reverse();
		const b = best.jAtStart ? parts[best.j]! : [...parts[best.j]!].reverse();
		const first = b[0]!;
		const last = a[a.length - 1]!;
		parts[best.i] = first[0] === last[0] && first[1] === last[1] ? [...a, ...b.slice(1)] : [...a, ...b];
		parts.splice(best.j, 1);
	}
}

/**
 * Cuts a closed walk at every point it visits twice, giving loops that each pass a point only once. A
 * walk can come back to a point where two pieces of land touch at a corner; one ring through such a
 * point would mix an island's outline with a lake's and confuse the inside/outside test.
 */
function splitAtRepeats(walk: readonly number[]): number[][] {
	const loops: number[][] = [];
	const stack: number[] = [];
	const at = new Map<number, number>();
	for (const k of walk) {
		const seen = at.get(k);
		if (seen !== undefined) {
			const loop = stack.splice(seen);
			for (const q of loop) at.delete(q);
			if (loop.length >= 3) loops.push(loop);
		}
		at.set(k, stack.length);
		stack.push(k);
	}
	if (stack.length >= 3) loops.push(stack);
	return loops;
}

/**
 * Midpoints of up to `count` edges spread along the ring. A hole is judged inside an exterior by a
 * majority of these, because one edge may run along the exterior itself (a lake cut by the map edge runs
 * along the same edge as the land around it) and then its midpoint tells nothing.
 */
function edgeMidpoints(ring: readonly GridPoint[], count: number): [number, number][] {
	const n = ring.length;
	const m = Math.min(n, count);
	const out: [number, number][] = [];
	for (let s = 0; s < m; s++) {
		const i = Math.floor((s * n) / m);
		const a = ring[i]!;
		const b = ring[(i + 1) % n]!;
		out.push([(a[0] + b[0]) / 2, (a[1] + b[1]) / 2]);
	}
	return out;
}

/** Result of {@link dissolveRings}. */
export interface Dissolved {
	/** Polygons, exterior counter-clockwise then holes clockwise, largest first. */
	polygons: GridPolygon[];
	/** Holes that no exterior contained (should be 0; reported so the build can say so). */
	orphanHoles: number;
}

/**
 * Merges rings into polygons by cancelling every edge that is walked both ways: the borders between
 * neighbouring countries (and the zero-width runs clipping leaves along the box edge) vanish, and what is
 * left is chained back into rings. Used for the land layer, so that the land fill has no seams at
 * borders, and for each country on its own, to tidy its clipped polygons.
 *
 * Input: open rings, exteriors counter-clockwise and holes clockwise, sharing vertices exactly. Rings of
 * zero area are dropped; holes are given to the smallest exterior that contains them.
 */
export function dissolveRings(rings: readonly GridRing[]): Dissolved {
	// Directed edge multiset with opposite edges cancelled.
	const edges = new Map<number, Map<number, number>>();
	const add = (a: number, b: number): void => {
		const back = edges.get(b);
		const backCount = back?.get(a) ?? 0;
		if (back && backCount > 0) {
			if (backCount === 1) back.delete(a);
			else back.set(a, backCount - 1);
			return;
		}
		let out = edges.get(a);
		if (!out) edges.set(a, (out = new Map()));
		out.set(b, (out.get(b) ?? 0) + 1);
	};
	for (const ring of rings) {
		const n = ring.length;
		if (n < 3) continue;
		for (let i = 0; i < n; i++) {
			const a = pointKey(ring[i]!);
			const b = pointKey(ring[(i + 1) % n]!);
			if (a !== b) add(a, b);
		}
	}

	const adjacency = new Map<number, number[]>();
	for (const [a, outs] of edges) {
		const list: number[] = [];
		for (const [b, count] of outs) for (let c = 0; c < count; c++) list.push(b);
		if (list.length > 0) adjacency.set(a, list);
	}

	// Every point now has as many edges in as out, so a walk can only end where it started.
	const loops: number[][] = [];
	for (const [start, outs] of adjacency) {
		while (outs.length > 0) {
			const walk: number[] = [start];
			let at = start;
			for (;;) {
				const next = adjacency.get(at)?.shift();
				if (next === undefined) throw new Error('dissolveRings: unbalanced edges (rings not closed?)');
				if (next === start) break;
				walk.push(next);
				at = next;
			}
			loops.push(...splitAtRepeats(walk));
		}
	}

	interface Shell {
		ring: GridRing;
		area: number;
		box: Box;
		holes: GridRing[];
	}
	const shells: Shell[] = [];
	const holes: { ring: GridRing; box: Box }[] = [];
	for (const loop of loops) {
		const ring = loop.map(keyPoint);
		const area = ringArea2(ring);
		if (area > 0) shells.push({ ring, area, box: pointsBox(ring), holes: [] });
		else if (area < 0) holes.push({ ring, box: pointsBox(ring) });
	}
	shells.sort((a, b) => a.area - b.area || pointKey(a.ring[0]!) - pointKey(b.ring[0]!));

	let orphanHoles = 0;
	for (const hole of holes) {
		const probes = edgeMidpoints(hole.ring, 7);
		const shell = shells.find(
			(s) =>
				boxContains(s.box, hole.box) &&
				probes.filter(([x, y]) => pointInRing(x, y, s.ring)).length * 2 > probes.length
		);
		if (shell) shell.holes.push(hole.ring);
		else orphanHoles++;
	}

	const polygons = shells
		.slice()
		.reverse()
		.map((s) => [s.ring, ...s.holes]);
	return { polygons, orphanHoles };
}
