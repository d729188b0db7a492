import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { foldersUnder, syncAll, syncPath } from './durable';

const dir = mkdtempSync(join(tmpdir(), 'durable-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('durable writes', () => {
	it('lists every folder, the deepest first, and syncs files and folders alike', () => {
		mkdirSync(join(dir, 'a', 'b'), { recursive: true });
		mkdirSync(join(dir, 'c'));
		writeFileSync(join(dir, 'a', 'b', 'f.json'), '{}');
		const folders = foldersUnder(dir);
		expect([...folders].sort()).toEqual([dir, join(dir, 'a'), join(dir, 'a', 'b'), join(dir, 'c')].sort());
		expect(folders.indexOf(join(dir, 'a', 'b'))).toBeLessThan(folders.indexOf(join(dir, 'a')));
		expect(folders.at(-1)).toBe(dir);
		expect(() => syncAll([join(dir, 'a', 'b', 'f.json'), ...folders])).not.toThrow();
		expect(() => syncPath(join(dir, 'missing'))).toThrow(/ENOENT/);
	});
});
