import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fileLines, joinReversed, JoinedFiles, LineFile, Spill, writeViews } from './spill';

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

	it('keeps the order of a line longer than its whole buffer among the others of its key', () => {
		const spill = new Spill(join(dir, 'long'), 64);
		const long = `ß${'x'.repeat(100)}`;
		spill.add('k', 'one');
		spill.add('j', 'other');
		spill.add('k', long);
		spill.add('k', 'three ☃');
		expect([...spill.lines('k')]).toEqual(['one', long, 'three ☃']);
		expect([...spill.lines('j')]).toEqual(['other']);
	});

	it('writes every character as UTF-8, those outside the basic plane and lone surrogates too', () => {
		const spill = new Spill(join(dir, 'utf8'), 16);
		const lines = ['😀😀😀😀😀', 'a\ud800b', '\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9'];
		for (const line of lines) spill.add('k', line);
		spill.flush();
		expect(readFileSync(spill.path('k')!)).toEqual(Buffer.from(`${lines.join('\n')}\n`));
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

	it('writes an item longer than the whole buffer in its place, and a file written only so', () => {
		const files = new JoinedFiles(8);
		const [a, b] = [join(dir, 'joined-long-a.json'), join(dir, 'joined-long-b.json')];
		const long = `"${'é'.repeat(20)}"`;
		files.add(a, '[', '1', ']');
		files.add(a, '[', long, ']');
		files.add(a, '[', '2', ']');
		files.add(b, '[', long, ']');
		files.close();
		expect(readFileSync(a, 'utf8')).toBe(`[1,${long},2]`);
		expect(readFileSync(b, 'utf8')).toBe(`[${long}]`);
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
			expect(file.bytes(3, 5).toString('utf8')).toBe(`${lines[3]}\n${lines[4]}\n`);
		} finally {
			file.close();
		}
	});
});

describe('joinReversed', () => {
	const bytes = (lines: string[]) => Buffer.from(lines.map((l) => `${l}\n`).join(''));

	it('joins the lines with commas, last first, as the bytes they are', () => {
		expect(joinReversed(bytes(['{"a":"é"}', '2', '[3]'])).toString('utf8')).toBe('[3],2,{"a":"é"}');
		expect(joinReversed(bytes(['one'])).toString('utf8')).toBe('one');
		expect(joinReversed(Buffer.alloc(0)).length).toBe(0);
	});

	it('drops what comes before the first given byte of each line, and keeps a line without one', () => {
		const lines = ['12\t{"t":"a\tb"}', 'none', '7\t"ü"'];
		const expected = [...lines]
			.reverse()
			.map((l) => l.slice(l.indexOf('\t') + 1))
			.join(',');
		expect(joinReversed(bytes(lines), 9).toString('utf8')).toBe(expected);
	});

	it('reads a last line with no line break and empty lines alike', () => {
		expect(joinReversed(Buffer.from('a\n\nb')).toString('utf8')).toBe('b,,a');
	});
});

describe('writeViews', () => {
	it('writes every view in order, empty ones among them', () => {
		const path = join(dir, 'views.txt');
		const fd = openSync(path, 'w');
		try {
			writeViews(fd, [Buffer.from('ab'), Buffer.alloc(0), Buffer.from('çd'), Buffer.from('e')]);
		} finally {
			closeSync(fd);
		}
		expect(readFileSync(path, 'utf8')).toBe('abçde');
	});
});
