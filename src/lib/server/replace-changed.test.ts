import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { describeReplaced, replaceChanged } from './replace-changed';

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A folder holding `files` (path → text), made fresh under the test's root. */
function folder(name: string, files: Record<string, string>): string {
	const dir = join(root, name);
	for (const [rel, text] of Object.entries(files)) {
		mkdirSync(dirname(join(dir, rel)), { recursive: true });
		writeFileSync(join(dir, rel), text);
	}
	return dir;
}

/** Every file under `dir` with its text. */
function contents(dir: string, prefix = ''): Record<string, string> {
	const out: Record<string, string> = {};
	for (const entry of readdirSync(join(dir, prefix), { withFileTypes: true })) {
		const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
		if (entry.isDirectory()) Object.assign(out, contents(dir, rel));
		else out[rel] = readFileSync(join(dir, rel), 'utf8');
	}
	return out;
}

const inode = (path: string) => statSync(path).ino;

describe('replacing only the files whose bytes changed', () => {
	it('moves a staged folder to a target that does not exist, every file added', () => {
		root = mkdtempSync(join(tmpdir(), 'replace-'));
		const staged = folder('staged', { 'a.json': '1', 'data/b.json': '22' });
		const target = join(root, 'out', 'site');
		expect(replaceChanged(staged, target)).toEqual({ files: 2, changed: 0, added: 2, removed: 0, bytes: 3 });
		expect(contents(target)).toEqual({ 'a.json': '1', 'data/b.json': '22' });
		expect(existsSync(staged)).toBe(false);
	});

	it('keeps an equal file as it was, replaces a changed one, adds a new one and removes a stale one', () => {
		root = mkdtempSync(join(tmpdir(), 'replace-'));
		const target = folder('target', {
			'same.json': 'same',
			'longer.json': 'abc',
			'equal-size.json': 'abc',
			'old/gone.json': 'x',
			'data/kept.json': 'k'
		});
		const kept = inode(join(target, 'same.json'));
		const staged = folder('staged', {
			'same.json': 'same',
			'longer.json': 'abcd',
			'equal-size.json': 'abd',
			'new/made.json': 'new',
			'data/kept.json': 'k'
		});
		const replaced = replaceChanged(staged, target);
		expect(replaced).toEqual({ files: 5, changed: 2, added: 1, removed: 1, bytes: 10 });
		expect(contents(target)).toEqual({
			'same.json': 'same',
			'longer.json': 'abcd',
			'equal-size.json': 'abd',
			'new/made.json': 'new',
			'data/kept.json': 'k'
		});
		expect(inode(join(target, 'same.json'))).toBe(kept);
		expect(existsSync(join(target, 'old'))).toBe(false);
		expect(existsSync(staged)).toBe(false);
		expect(describeReplaced(replaced)).toBe('3 of 5 files changed (1 added, 1 removed; 0.0 MB written)');
	});

	it('changes nothing when every file is equal', () => {
		root = mkdtempSync(join(tmpdir(), 'replace-'));
		const files = { 'a.json': '1', 'b/c.json': '2' };
		const target = folder('target', files);
		const before = inode(join(target, 'b/c.json'));
		expect(replaceChanged(folder('staged', files), target)).toEqual({
			files: 2,
			changed: 0,
			added: 0,
			removed: 0,
			bytes: 0
		});
		expect(inode(join(target, 'b/c.json'))).toBe(before);
	});

	it('puts a file where the target had a folder, and a folder where it had a file', () => {
		root = mkdtempSync(join(tmpdir(), 'replace-'));
		const target = folder('target', { 'a/inner.json': 'in', b: 'file' });
		const staged = folder('staged', { a: 'now a file', 'b/inner.json': 'now a folder' });
		expect(replaceChanged(staged, target)).toMatchObject({ files: 2, changed: 0, added: 2, removed: 2 });
		expect(contents(target)).toEqual({ a: 'now a file', 'b/inner.json': 'now a folder' });
	});
});
