import { describe, expect, it } from 'vitest';
import { train, type Example } from './learn';

const EXAMPLES: Example[] = [
	{ features: ['bias', 'captured'], target: [0, 1] },
	{ features: ['bias', 'captured'], target: [0, 1] },
	{ features: ['bias', 'visited'], target: [1, 0] },
	{ features: ['bias', 'visited'], target: [1, 0] },
	{ features: ['bias', 'once'], target: [0.5, 0.5] }
];

describe('train', () => {
	it('learns which feature points to which label', () => {
		const w = train(EXAMPLES, 2);
		expect(w.captured![1]).toBeGreaterThan(w.captured![0]!);
		expect(w.visited![0]).toBeGreaterThan(w.visited![1]!);
	});
	it('leaves out features seen fewer than minCount times', () => {
		expect(train(EXAMPLES, 2).once).toBeUndefined();
	});
	it('gives the same weights on every run', () => {
		expect(train(EXAMPLES, 2)).toEqual(train(EXAMPLES, 2));
	});
});
