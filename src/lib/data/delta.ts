/**
 * Delta coding for the ascending integer lists the explorer's index publishes (article days, article
 * positions per place). Small gaps write as short numbers and repeat often, so the JSON stays small
 * and gzips well; the page turns them straight back into typed arrays.
 */

/** `[3, 5, 9]` becomes `[3, 2, 4]`: the first value, then each step from the one before. */
export function deltaEncode(values: ArrayLike<number>): number[] {
	const out = new Array<number>(values.length);
	let previous = 0;
	for (let i = 0; i < values.length; i++) {
		out[i] = values[i]! - previous;
		previous = values[i]!;
	}
	return out;
}

/** The inverse of `deltaEncode`, into a typed array of the caller's choosing. */
export function deltaDecode<T extends Int32Array | Uint32Array>(deltas: readonly number[], into: T): T {
	if (into.length !== deltas.length)
		throw new RangeError(`need room for ${deltas.length} values, got ${into.length}`);
	let value = 0;
	for (let i = 0; i < deltas.length; i++) {
		value += deltas[i]!;
		into[i] = value;
	}
	return into;
}
