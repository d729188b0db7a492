import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fileLines, LineFile, Spill } from './spill';

const dir = mkdtempSync(join(tmpdir(), 'spill-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('Spill', () => {
	it('gives each key its lines in the order they were added, across flushes of a small buffer', () => {
		const spill = new Spill(join(dir, 'a'), 10);
		for (let i = 0; i < 50; i++) spill.add(i % 3 === 0 ? 'three' : 'other', `line ${i} é`);
		expect(spill.keys()).toEqual(['three', 'other']);
		expect([...spill.lines('three')]).toEqual(Array.from({ length: 17 }, (_, k) => `line ${k * 3} é`));
		expect([...spill.lines('other')]).toHaveLength(33);
		expect([...spill.lines('none')]).toEqual([]);
		spill.drop('three');
		expect(spill.path('none')).toBeUndefined();
	});
});

describe('reading lines back', () => {
	const path = join(dir, 'lines.txt');
	const lines = Array.from({ length: 45 }, (_, i) => `${i}\t${'ü'.repeat(i % 7)}`);
	writeFileSync(path, `${lines.join('\n')}\n`);

	it('reads every line, whatever the chunk (a line cut between chunks, a character cut in two)', () => {
		for (const chunk of [1, 3, 7, 1000]) expect([...fileLines(path, chunk)]).toEqual(lines);
	});

	it('reads any range of lines by number', () => {
		const file = new LineFile(path);
		try {
			expect(file.count).toBe(45);
			expect(file.range(0, 45)).toEqual(lines);
			expect(file.range(40, 45)).toEqual(lines.slice(40));
			expect(file.range(7, 8)).toEqual([lines[7]]);
		} finally {
			file.close();
		}
	});
});
