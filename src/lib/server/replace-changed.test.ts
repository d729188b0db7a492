import { spawn } from 'node:child_process';
import {
	existsSync,
	lstatSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	readlinkSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { finishCutShort, SWAP_OLD } from './cut-short';
import { describeReplaced, removeReplaced, replaceChanged } from './replace-changed';

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

	it('keeps the path a link to a generation, the one before beside it, older ones removed', () => {
		root = mkdtempSync(join(tmpdir(), 'replace-'));
		const target = join(root, 'site');
		replaceChanged(folder('staged', { 'a.json': '1' }), target);
		expect(lstatSync(target).isSymbolicLink()).toBe(true);
		expect(readlinkSync(target)).toBe('site.gen-1');
		replaceChanged(folder('staged', { 'a.json': '2' }), target);
		replaceChanged(folder('staged', { 'a.json': '3' }), target);
		expect(readlinkSync(target)).toBe('site.gen-3');
		expect(readdirSync(root).sort()).toEqual(['site', 'site.gen-2', 'site.gen-3']);
		expect(contents(join(root, 'site.gen-2'))).toEqual({ 'a.json': '2' });
		expect(contents(target)).toEqual({ 'a.json': '3' });
		removeReplaced(target);
		expect(readdirSync(root)).toEqual([]);
	});

	it('turns a folder written before generations into a link, the old folder removed', () => {
		root = mkdtempSync(join(tmpdir(), 'replace-'));
		const target = folder('site', { 'a.json': '1', 'b.json': 'same' });
		const kept = inode(join(target, 'b.json'));
		replaceChanged(folder('staged', { 'a.json': '2', 'b.json': 'same' }), target);
		expect(readlinkSync(target)).toBe('site.gen-1');
		expect(contents(target)).toEqual({ 'a.json': '2', 'b.json': 'same' });
		expect(inode(join(target, 'b.json'))).toBe(kept);
		expect(readdirSync(root).sort()).toEqual(['site', 'site.gen-1']);
	});
});

/**
 * A child process (`node --import tsx`) that swaps `count` staged folders of 100 files into
 * `target` one after another (`site.json` saying which), then writes the file `done`.
 */
function swapper(count: number, target: string, done: string, pause = ''): ReturnType<typeof spawn> {
	const script = join(root, 'swapper.ts');
	writeFileSync(
		script,
		[
			"import { mkdirSync, writeFileSync } from 'node:fs';",
			"import { join } from 'node:path';",
			`import { replaceChanged } from ${JSON.stringify(join(import.meta.dirname, 'replace-changed.ts'))};`,
			`const staged = ${JSON.stringify(join(root, 'staged'))};`,
			`for (let i = 1; i <= ${count}; i++) {`,
			"\tmkdirSync(join(staged, 'data'), { recursive: true });",
			'\tfor (let k = 0; k < 100; k++)',
			'\t\twriteFileSync(join(staged, \'data\', `${k}.json`), k % 7 === i % 7 ? `{"swap":${i}}` : `${k}`);',
			"\twriteFileSync(join(staged, 'site.json'), JSON.stringify({ swap: i }));",
			`\treplaceChanged(staged, ${JSON.stringify(target)});`,
			'}',
			`writeFileSync(${JSON.stringify(done)}, '');`
		].join('\n')
	);
	return spawn(process.execPath, ['--import', 'tsx', script], {
		cwd: join(import.meta.dirname, '..', '..', '..'),
		env: { ...process.env, BUILD_PAUSE_AT: pause },
		stdio: ['ignore', 'pipe', 'inherit']
	});
}

describe('a swap watched from another process', () => {
	it('never leaves the path missing: every read finds a whole generation', () => {
		root = mkdtempSync(join(tmpdir(), 'replace-watch-'));
		const target = join(root, 'site');
		replaceChanged(folder('staged', { 'site.json': '{"swap":0}', 'data/0.json': '0' }), target);
		const done = join(root, 'done');
		const child = swapper(20, target, done);
		const seen = new Set<number>();
		const missing: string[] = [];
		let reads = 0;
		const until = Date.now() + 90_000;
		// Reads block this process's loop, so the child runs on alone; the file `done` says it ended.
		while (!existsSync(done) && Date.now() < until) {
			try {
				if (!statSync(target).isDirectory()) missing.push('not a folder');
				const { swap } = JSON.parse(readFileSync(join(target, 'site.json'), 'utf8')) as { swap: number };
				seen.add(swap);
				readFileSync(join(target, 'data', `${swap % 7}.json`));
				reads++;
			} catch (e) {
				missing.push((e as Error).message);
			}
		}
		child.kill();
		expect(existsSync(done)).toBe(true);
		expect(missing).toEqual([]);
		expect(reads).toBeGreaterThan(100);
		// The reads ran across the swaps: more than the first and last generation were seen.
		expect(seen.size).toBeGreaterThan(2);
		expect(JSON.parse(readFileSync(join(target, 'site.json'), 'utf8'))).toEqual({ swap: 20 });
		expect(
			readdirSync(root)
				.filter((n) => n.startsWith('site.'))
				.sort()
		).toEqual(['site.gen-20', 'site.gen-21']);
	}, 120_000);

	it('killed before its switch, leaves the generation before linked; the next build removes the new one', async () => {
		root = mkdtempSync(join(tmpdir(), 'replace-cut-'));
		const target = join(root, 'site');
		const child = swapper(3, target, join(root, 'done'), 'data:swap:3');
		await new Promise<void>((resolve, reject) => {
			let output = '';
			child.stdout!.on('data', (b: Buffer) => {
				output += b.toString();
				if (!output.includes('paused at data:swap:3')) return;
				try {
					expect(readlinkSync(target)).toBe('site.gen-2');
					expect(JSON.parse(readFileSync(join(target, 'site.json'), 'utf8'))).toEqual({ swap: 2 });
					expect(existsSync(join(root, 'site.gen-3', 'site.json'))).toBe(true);
				} catch (e) {
					reject(e as Error);
				}
				child.kill('SIGKILL');
			});
			child.on('exit', () => resolve());
		});
		expect(finishCutShort(target)).toEqual([]);
		expect(
			readdirSync(root)
				.filter((n) => n.startsWith(`${basename(target)}.`))
				.sort()
		).toEqual(['site.gen-1', 'site.gen-2']);
		expect(existsSync(`${target}${SWAP_OLD}`)).toBe(false);
	}, 120_000);
});
