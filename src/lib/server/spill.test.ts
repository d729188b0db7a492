import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fileLines, JoinedFiles, LineFile, Spill } from './spill';

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

describe('JoinedFiles', () => {
	it('writes each file as head, items joined by commas in the order added, and tail, across flushes', () => {
		const files = new JoinedFiles(10);
		const [a, b] = [join(dir, 'joined-a.json'), join(dir, 'joined-b.json')];
		writeFileSync(a, 'left over from an earlier build');
		for (let i = 0; i < 30; i++)
			files.add(i % 4 ? a : b, i % 4 ? '{"a":[' : '[', `"é${i}"`, i % 4 ? ']}' : ']');
		files.close();
		const items = (keep: (i: number) => boolean) =>
			Array.from({ length: 30 }, (_, i) => i)
				.filter(keep)
				.map((i) => `é${i}`);
		expect(files.paths()).toEqual([b, a]);
		expect(JSON.parse(readFileSync(a, 'utf8'))).toEqual({ a: items((i) => i % 4 !== 0) });
		expect(JSON.parse(readFileSync(b, 'utf8'))).toEqual(items((i) => i % 4 === 0));
	});

	it('writes a file with one item and no flush before closing', () => {
		const files = new JoinedFiles();
		const path = join(dir, 'joined-one.json');
		files.add(path, '[', '1', ']');
		files.close();
		expect(readFileSync(path, 'utf8')).toBe('[1]');
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
