/** Generated geometry for the tests of the geometry checks. */

/** A closed, counter-clockwise ring of `n` positions on a wobbly circle: simple, however large. */
export function wobblyRing(n: number, cx = 36.6, cy = 35.9, r = 0.5): number[][] {
	const ring: number[][] = [];
	for (let i = 0; i < n; i++) {
		const a = (2 * Math.PI * i) / n;
		const rr = r * (1 + 0.05 * Math.sin(a * 37));
		ring.push([cx + rr * Math.cos(a), cy + rr * Math.sin(a)]);
	}
	ring.push(ring[0]!);
	return ring;
}
