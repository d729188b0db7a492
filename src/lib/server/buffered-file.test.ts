import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BufferedFile } from './buffered-file';

describe('BufferedFile', () => {
	const dirs: string[] = [];
	afterEach(() => {
		for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
	});
	function path(): string {
		const dir = mkdtempSync(join(tmpdir(), 'buffered-'));
		dirs.push(dir);
		return join(dir, 'out.txt');
	}

	it('writes the pieces in order, the last ones when closed', () => {
		const file = path();
		const out = new BufferedFile(file);
		out.write('[');
		out.write('"ب",');
		out.write('2]');
		expect(readFileSync(file, 'utf8')).toBe('');
		out.close();
		expect(readFileSync(file, 'utf8')).toBe('["ب",2]');
	});

	it('writes past its buffer in several calls, losing nothing between them', () => {
		const file = path();
		const out = new BufferedFile(file);
		const piece = 'x'.repeat(300_000);
		for (let i = 0; i < 5; i++) out.write(`${i}${piece}`);
		expect(readFileSync(file, 'utf8').length).toBeGreaterThan(0);
		out.close();
		const text = readFileSync(file, 'utf8');
		expect(text.length).toBe(5 * 300_001);
		expect([...text].filter((c) => c !== 'x').join('')).toBe('01234');
	});

	it('leaves an empty file when nothing is written', () => {
		const file = path();
		new BufferedFile(file).close();
		expect(readFileSync(file, 'utf8')).toBe('');
	});
});
