/**
 * The sparse counts the explorer's count files publish (`data/month-counts.json`, the day and outlet
 * files): articles by month (or by day of a month), per place and per outlet. A count is only written
 * where it is not zero, and its key (a month's index, a day of the month) as the step from the key
 * before, so a place named in three months of seven years is six numbers, and the file grows with
 * places × months, never with the articles.
 *
 * Two shapes, both flat arrays of small integers:
 * - pairs `[key step, count, key step, count, …]`, keys ascending (the first step is from 0);
 * - triples `[key step, outlet, count, …]`, keys ascending and, within a key, outlets ascending; the
 *   outlet is an index into `explorer.json`'s `outlets`.
 *
 * `data/month-counts.json`'s per-place rows may also be a run (`encodeMonthRow`): where a place is
 * named in most months, as every place is once the corpus is large, a count for every month from its
 * first to its last, each written as the change from the month before, is shorter than the pairs and
 * packs better (Poisson-like counts of similar size differ by little).
 */

/** A month as a number of months since year 0 (`2020-02` is 2020 × 12 + 1), so months subtract. */
export function monthOrdinal(month: string): number {
	return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

/** The `YYYY-MM` of a month ordinal (the inverse of `monthOrdinal`). */
export function monthOfOrdinal(ordinal: number): string {
	return `${String(Math.floor(ordinal / 12)).padStart(4, '0')}-${String((ordinal % 12) + 1).padStart(2, '0')}`;
}

/** Sparse counts decoded: the keys ascending, and the count of each. */
export interface KeyedCounts {
	keys: Int32Array;
	counts: Int32Array;
}

/** Sparse counts with an outlet per count, decoded. */
export interface OutletKeyedCounts extends KeyedCounts {
	outlets: Uint32Array;
}

/**
 * Writes counts by key as pairs, leaving out zeros. `counts` maps each key to its count; any order, as
 * the pairs come out by ascending key.
 */
export function encodePairs(counts: ReadonlyMap<number, number>): number[] {
	const out: number[] = [];
	let previous = 0;
	for (const key of [...counts.keys()].sort((a, b) => a - b)) {
		const count = counts.get(key)!;
		if (count === 0) continue;
		out.push(key - previous, count);
		previous = key;
	}
	return out;
}

/** Reads pairs back; throws on an odd length or a key going backwards (the file is not this format). */
export function decodePairs(flat: readonly number[]): KeyedCounts {
	if (flat.length % 2 !== 0) throw new RangeError(`pairs need an even length, got ${flat.length}`);
	const n = flat.length / 2;
	const keys = new Int32Array(n);
	const counts = new Int32Array(n);
	let key = 0;
	for (let i = 0; i < n; i++) {
		const step = flat[2 * i]!;
		if (step < 0 || (i > 0 && step === 0)) throw new RangeError(`pair ${i}: keys must ascend`);
		key += step;
		keys[i] = key;
		counts[i] = flat[2 * i + 1]!;
	}
	return { keys, counts };
}

/**
 * A row of counts by month, as pairs, or as a run where that is at most three quarters of the pairs'
 * length as JSON (rows switching shape for a few bytes pack worse together: on the scale corpus at
 * 10,000 articles "whichever is shorter" came to 18.2 KB gzip, this rule to 17.7, pairs alone 17.7,
 * and at 100 times the articles this rule to 58.8 against 75.3 for pairs). A run is
 * `[-(first + 1), count of first, change to the next month's count, …]` up to the last month with a
 * count: the negative first number (a pair's first step is never negative) tells it from pairs.
 */
export function encodeMonthRow(counts: ReadonlyMap<number, number>): number[] {
	const pairs = encodePairs(counts);
	if (pairs.length === 0) return pairs;
	const keys = [...counts.keys()].filter((k) => counts.get(k) !== 0).sort((a, b) => a - b);
	const first = keys[0]!;
	const run = [-(first + 1)];
	let previous = 0;
	for (let key = first; key <= keys.at(-1)!; key++) {
		const count = counts.get(key) ?? 0;
		run.push(count - previous);
		previous = count;
	}
	return JSON.stringify(run).length <= 0.75 * JSON.stringify(pairs).length ? run : pairs;
}

/**
 * A row `encodeMonthRow` wrote, as pairs (`decodePairs` reads them). Throws on a run whose counts go
 * below zero, so a row that is neither shape is not read as counts.
 */
export function monthRowPairs(row: readonly number[]): number[] {
	if (row.length === 0 || row[0]! >= 0) return row.slice();
	const pairs: number[] = [];
	let key = -row[0]! - 1;
	let count = 0;
	let previous = -1;
	for (let i = 1; i < row.length; i++, key++) {
		count += row[i]!;
		if (count < 0) throw new RangeError(`run: the count of month ${key} is below zero`);
		if (count === 0) continue;
		pairs.push(previous < 0 ? key : key - previous, count);
		previous = key;
	}
	return pairs;
}

/** One count of a triple list: `count` articles of outlet `outlet` at `key`. */
export interface OutletCount {
	key: number;
	outlet: number;
	count: number;
}

/** Writes counts by key and outlet as triples (sorted here), leaving out zeros. */
export function encodeTriples(rows: readonly OutletCount[]): number[] {
	const sorted = rows.filter((r) => r.count !== 0).sort((a, b) => a.key - b.key || a.outlet - b.outlet);
	const out: number[] = [];
	let previous = 0;
	for (const r of sorted) {
		out.push(r.key - previous, r.outlet, r.count);
		previous = r.key;
	}
	return out;
}

/** Reads triples back; throws on a length not a multiple of three or a key going backwards. */
export function decodeTriples(flat: readonly number[]): OutletKeyedCounts {
	if (flat.length % 3 !== 0) throw new RangeError(`triples need a length divisible by 3, got ${flat.length}`);
	const n = flat.length / 3;
	const keys = new Int32Array(n);
	const outlets = new Uint32Array(n);
	const counts = new Int32Array(n);
	let key = 0;
	for (let i = 0; i < n; i++) {
		const step = flat[3 * i]!;
		if (step < 0) throw new RangeError(`triple ${i}: keys must ascend`);
		key += step;
		keys[i] = key;
		outlets[i] = flat[3 * i + 1]!;
		counts[i] = flat[3 * i + 2]!;
	}
	return { keys, outlets, counts };
}

/**
 * Running totals of `counts`: entry `k` is the sum of the first `k` counts (one more entry than
 * counts), so the sum over any run of keys is one subtraction.
 */
export function prefixSums(counts: ArrayLike<number>): Float64Array {
	const out = new Float64Array(counts.length + 1);
	for (let i = 0; i < counts.length; i++) out[i + 1] = out[i]! + counts[i]!;
	return out;
}

/** First index in the ascending `values` whose value is at least `target`. */
export function lowerBound(
	values: ArrayLike<number>,
	target: number,
	start = 0,
	end = values.length
): number {
	let a = start;
	let b = end;
	while (a < b) {
		const mid = (a + b) >>> 1;
		if (values[mid]! < target) a = mid + 1;
		else b = mid;
	}
	return a;
}

/** The sum of the counts whose key lies in `[from, to]` (inclusive), from decoded counts and their prefix sums. */
export function sumKeys(c: KeyedCounts, sums: ArrayLike<number>, from: number, to: number): number {
	if (to < from) return 0;
	return sums[lowerBound(c.keys, to + 1)]! - sums[lowerBound(c.keys, from)]!;
}
