/**
 * A small seeded pseudo-random generator for the benchmark's synthetic corpus. `Math.random` cannot be
 * seeded, and the corpus must be the same bytes for the same seed on every machine so that two runs of
 * `npm run bench` measure the same work.
 */
export interface Random {
	/** A float in [0, 1). */
	next(): number;
	/** An integer in [min, max], both inclusive. */
	int(min: number, max: number): number;
	/** A float in [min, max). */
	between(min: number, max: number): number;
	/** One element of a non-empty list. */
	pick<T>(items: readonly T[]): T;
	/** True with probability `p`. */
	chance(p: number): boolean;
	/** A shuffled copy (Fisher–Yates). */
	shuffled<T>(items: readonly T[]): T[];
}

/**
 * mulberry32: a 32-bit state generator with a full 2^32 period, good enough for sampling text and
 * coordinates (not for anything that needs to be unpredictable). The seed is any integer; only its low
 * 32 bits count.
 */
export function mulberry32(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** A `Random` driven by mulberry32 from `seed`. */
export function seededRandom(seed: number): Random {
	const next = mulberry32(seed);
	const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
	return {
		next,
		int,
		between: (min, max) => min + next() * (max - min),
		pick(items) {
			if (items.length === 0) throw new Error('pick from an empty list');
			return items[Math.floor(next() * items.length)]!;
		},
		chance: (p) => next() < p,
		shuffled(items) {
			const out = [...items];
			for (let i = out.length - 1; i > 0; i--) {
				const j = int(0, i);
				[out[i], out[j]] = [out[j]!, out[i]!];
			}
			return out;
		}
	};
}
