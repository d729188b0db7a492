/**
 * The order of the file-system calls of one publish: every file a switch publishes, and every folder
 * holding it, is flushed (`fsync`) before the rename that publishes it, and the folder of that rename
 * after it. No power cut is simulated: `node:fs` is wrapped so each `fsync`, rename and link is
 * recorded with its path, and the record is checked against the folder the switch published.
 */
import {
	lstatSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readlinkSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { filesUnder } from './files-under';
import { publishSite, stagingFolder, stateOf } from './publish';
import { replaceChanged } from './replace-changed';

/** One recorded call: a flush of a path, a rename, or a link made. */
type Call =
	| { op: 'fsync'; path: string }
	| { op: 'rename'; from: string; to: string }
	| { op: 'symlink'; path: string };

const record = vi.hoisted(() => ({ calls: [] as Call[], on: false }));

vi.mock('node:fs', async (importOriginal) => {
	const fs = await importOriginal<typeof import('node:fs')>();
	const opened = new Map<number, string>();
	const wrapped = {
		...fs,
		openSync: (...args: Parameters<typeof fs.openSync>) => {
			const fd = fs.openSync(...args);
			opened.set(fd, resolve(String(args[0])));
			return fd;
		},
		closeSync: (fd: number) => {
			opened.delete(fd);
			fs.closeSync(fd);
		},
		fsyncSync: (fd: number) => {
			if (record.on) record.calls.push({ op: 'fsync', path: opened.get(fd)! });
			fs.fsyncSync(fd);
		},
		renameSync: (from: string, to: string) => {
			if (record.on) record.calls.push({ op: 'rename', from: resolve(from), to: resolve(to) });
			fs.renameSync(from, to);
		},
		symlinkSync: (...args: Parameters<typeof fs.symlinkSync>) => {
			if (record.on) record.calls.push({ op: 'symlink', path: resolve(String(args[1])) });
			fs.symlinkSync(...args);
		}
	};
	return { ...wrapped, default: wrapped };
});

let root: string;
afterEach(() => {
	record.on = false;
	record.calls = [];
	rmSync(root, { recursive: true, force: true });
});

/** Writes `files` (path → text) under `dir`. */
function write(dir: string, files: Record<string, string>): void {
	for (const [rel, text] of Object.entries(files)) {
		mkdirSync(dirname(join(dir, rel)), { recursive: true });
		writeFileSync(join(dir, rel), text);
	}
}

/** The calls of `run`, recorded. */
function recorded(run: () => void): Call[] {
	record.calls = [];
	record.on = true;
	try {
		run();
	} finally {
		record.on = false;
	}
	return record.calls;
}

/** The index of the one rename onto `to`. */
function renameOnto(calls: Call[], to: string): number {
	const at = calls.flatMap((c, i) => (c.op === 'rename' && c.to === to ? [i] : []));
	expect(at, `renames onto ${to}`).toHaveLength(1);
	return at[0]!;
}

/**
 * Where `path` was flushed, as indexes into `calls`: a path under a folder renamed later counts
 * under its name before that rename too (`moves`: each folder's name before and after).
 */
function flushes(calls: Call[], path: string, moves: [string, string][]): number[] {
	const names = [path];
	for (const [from, to] of moves)
		if (path === to || path.startsWith(`${to}/`)) names.push(from + path.slice(to.length));
	return calls.flatMap((c, i) => (c.op === 'fsync' && names.includes(c.path) ? [i] : []));
}

/** Every folder from `dir` down, `dir` included. */
function foldersOf(dir: string): string[] {
	return [
		dir,
		...readdirSync(dir, { withFileTypes: true })
			.filter((e) => e.isDirectory())
			.flatMap((e) => foldersOf(join(dir, e.name)))
	];
}

/**
 * Checks that every file `published` holds that `written` names and every folder of it were flushed
 * before the call at `switchAt`, and the folder holding the link flushed after the link was made and
 * again after the switch.
 */
function expectFlushedBefore(
	calls: Call[],
	published: string,
	written: string[],
	switchAt: number,
	moves: [string, string][],
	link: string
): void {
	for (const rel of written) {
		const at = flushes(calls, join(published, rel), moves);
		expect(at.length, `${rel} flushed`).toBeGreaterThan(0);
		expect(Math.min(...at), `${rel} flushed before the switch`).toBeLessThan(switchAt);
	}
	for (const folder of foldersOf(published)) {
		const at = flushes(calls, folder, moves);
		expect(at.length, `${folder} flushed`).toBeGreaterThan(0);
		expect(Math.min(...at), `${folder} flushed before the switch`).toBeLessThan(switchAt);
	}
	const parent = dirname(link);
	const made = calls.findIndex((c) => c.op === 'symlink' && dirname(c.path) === parent);
	expect(made).toBeGreaterThanOrEqual(0);
	const linkFolder = flushes(calls, parent, []);
	expect(
		linkFolder.some((i) => i > made && i < switchAt),
		'the new link flushed before its rename'
	).toBe(true);
	expect(
		linkFolder.some((i) => i > switchAt),
		'the switch flushed'
	).toBe(true);
	// Every rename into the published folder's own folder is flushed before the switch.
	for (const [i, c] of calls.entries())
		if (i < switchAt && c.op === 'rename' && c.to === published)
			expect(flushes(calls, dirname(published), []).some((j) => j > i && j < switchAt)).toBe(true);
}

describe('the flush before a publishing rename', () => {
	it('publishSite flushes the files it wrote, every folder and the state before the link switch', () => {
		root = mkdtempSync(join(tmpdir(), 'flush-order-'));
		const out = join(root, 'build');
		const first = stagingFolder(out);
		write(first, { 'index.html': '<p>1</p>', 'data/places/a/head.json': '{"a":1}', 'data/x.json': '1' });
		publishSite(first, out);
		const staging = stagingFolder(out);
		write(staging, {
			'index.html': '<p>2</p>',
			'data/places/a/head.json': '{"a":1}',
			'data/places/b/0.json': '{"b":0}',
			'data/x.json': '2'
		});
		const state = join(root, 'state');
		write(state, { 'build-state.json': '{}', 'site.json': '{}' });
		const calls = recorded(() => publishSite(staging, out, state));
		const switchAt = renameOnto(calls, resolve(out));
		const site = resolve(dirname(out), readlinkSync(out));
		const moves: [string, string][] = [
			[resolve(staging), site],
			[resolve(state), stateOf(site)]
		];
		// The unchanged file is the first generation's, hard-linked (flushed by the publish before).
		const written = filesUnder(site).filter((rel) => statSync(join(site, rel)).nlink === 1);
		expect(written.sort()).toEqual(['data/places/b/0.json', 'data/x.json', 'index.html']);
		expectFlushedBefore(calls, site, written, switchAt, moves, resolve(out));
		for (const rel of filesUnder(stateOf(site)))
			expect(Math.min(...flushes(calls, join(stateOf(site), rel), moves))).toBeLessThan(switchAt);
		// The generation's record, written beside it and renamed into place (`writeFileAtomic`).
		const manifest = calls[renameOnto(calls, `${site}.json`)] as { from: string };
		const manifestMoves: [string, string][] = [[manifest.from, `${site}.json`]];
		expect(Math.min(...flushes(calls, `${site}.json`, manifestMoves))).toBeLessThan(switchAt);
		expect(lstatSync(out).isSymbolicLink()).toBe(true);
	});

	it('replaceChanged flushes the files it wrote and every folder of the generation before the switch', () => {
		root = mkdtempSync(join(tmpdir(), 'flush-order-'));
		const out = join(root, 'data');
		const first = join(root, 'staged-1');
		write(first, { 'site.json': '{}', 'data/places/a/head.json': '{"a":1}', 'data/x.json': '1' });
		replaceChanged(first, out);
		const staged = join(root, 'staged-2');
		write(staged, {
			'site.json': '{}',
			'data/places/a/head.json': '{"a":2}',
			'data/events/places/c/head.json': '[]',
			'data/x.json': '1'
		});
		const calls = recorded(() => replaceChanged(staged, out));
		const switchAt = renameOnto(calls, resolve(out));
		const generation = resolve(root, readlinkSync(out));
		const written = filesUnder(generation).filter((rel) => statSync(join(generation, rel)).nlink === 1);
		expect(written.sort()).toEqual(['data/events/places/c/head.json', 'data/places/a/head.json']);
		expectFlushedBefore(calls, generation, written, switchAt, [[resolve(staged), generation]], resolve(out));
	});
});
