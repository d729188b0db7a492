import { describe, expect, it } from 'vitest';
import { partFileName, parseShard, shardOf } from './records-part';

describe('parseShard', () => {
	it('reads i/n with 1 ≤ i ≤ n', () => {
		expect(parseShard('2/8')).toEqual({ index: 2, count: 8 });
		expect(parseShard('1/1')).toEqual({ index: 1, count: 1 });
		expect(partFileName(parseShard('8/8'))).toBe('part-8-of-8.jsonl');
	});

	it('refuses anything else, saying what it takes', () => {
		for (const bad of ['0/8', '9/8', '2/0', '2', '2/8/1', 'a/b', '-1/8', ''])
			expect(() => parseShard(bad), bad).toThrow(/--shard takes i\/n/);
	});
});

describe('shardOf', () => {
	const ids = Array.from({ length: 4000 }, (_, i) => `2020-01-01-article-${i}`);

	it('puts each article in one partition, the same on every run and machine', () => {
		expect(shardOf('2020-02-07-a', 8)).toBe(shardOf('2020-02-07-a', 8));
		expect(shardOf('2020-02-07-a', 1)).toBe(1);
		for (const id of ids.slice(0, 200)) expect(shardOf(id, 8)).toBeGreaterThanOrEqual(1);
		for (const id of ids.slice(0, 200)) expect(shardOf(id, 8)).toBeLessThanOrEqual(8);
	});

	it('splits a corpus into parts of about the same size', () => {
		const sizes = new Array<number>(8).fill(0);
		for (const id of ids) sizes[shardOf(id, 8) - 1]!++;
		for (const size of sizes) expect(Math.abs(size - 500)).toBeLessThan(100);
	});
});
