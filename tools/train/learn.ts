/**
 * Training a multinomial logistic regression on sparse binary features, deterministically: the
 * examples are read in the order given, for a fixed number of passes, with per-feature AdaGrad steps
 * and an L2 penalty, and no randomness, so the same examples give the same weights on every machine.
 */

/** One training example: its features and the share of each label it stands for (summing to 1). */
export interface Example {
	features: readonly string[];
	target: readonly number[];
}

/** How the weights are fitted. */
export interface TrainOptions {
	/** Passes over the examples. */
	epochs: number;
	/** The AdaGrad step size. */
	rate: number;
	/** The L2 penalty per example a feature appears in. */
	l2: number;
	/** Features seen in fewer examples than this are left out (they would only be memorised). */
	minCount: number;
}

export const DEFAULT_TRAIN: TrainOptions = { epochs: 10, rate: 0.1, l2: 0.001, minCount: 2 };

/** Fits one weight per label for every feature seen at least `minCount` times; `labels` names the width. */
export function train(
	examples: readonly Example[],
	labels: number,
	options: TrainOptions = DEFAULT_TRAIN
): Record<string, number[]> {
	const counts = new Map<string, number>();
	for (const e of examples) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
	const kept = [...counts.keys()].filter((f) => counts.get(f)! >= options.minCount).sort();
	const index = new Map(kept.map((f, i) => [f, i]));
	const rows = examples.map((e) => e.features.flatMap((f) => (index.has(f) ? [index.get(f)!] : [])));
	const weights = new Float64Array(kept.length * labels);
	const squares = new Float64Array(kept.length * labels);
	const sums = new Float64Array(labels);
	for (let epoch = 0; epoch < options.epochs; epoch++) {
		examples.forEach((e, n) => {
			const active = rows[n]!;
			sums.fill(0);
			for (const f of active) for (let i = 0; i < labels; i++) sums[i]! += weights[f * labels + i]!;
			let top = -Infinity;
			for (let i = 0; i < labels; i++) top = Math.max(top, sums[i]!);
			let total = 0;
			for (let i = 0; i < labels; i++) total += sums[i] = Math.exp(sums[i]! - top);
			for (const f of active)
				for (let i = 0; i < labels; i++) {
					const at = f * labels + i;
					const g = sums[i]! / total - e.target[i]! + options.l2 * weights[at]!;
					squares[at]! += g * g;
					weights[at]! -= (options.rate * g) / Math.sqrt(squares[at]! + 1e-8);
				}
		});
	}
	const out: Record<string, number[]> = {};
	kept.forEach((f, k) => {
		out[f] = [...weights.subarray(k * labels, (k + 1) * labels)].map((w) => Math.round(w * 1e4) / 1e4);
	});
	return out;
}
