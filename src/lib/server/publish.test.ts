import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
	existsSync,
	lstatSync,
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
import {
	fileSha256,
	generationsDir,
	liveSite,
	publishSite,
	readManifest,
	siteManifest,
	stagingFolder,
	stateOf
} from './publish';

let root: string;
let out: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

function setup(): void {
	root = mkdtempSync(join(tmpdir(), 'publish-'));
	out = join(root, 'build');
}

/** Stages a small site: a page naming its build and one hashed script of that build. */
function stage(build: string, extra: Record<string, string> = {}): string {
	const staging = stagingFolder(out);
	const files = { 'index.html': `<p>${build}</p>`, [`_app/immutable/${build}.js`]: build, ...extra };
	for (const [rel, text] of Object.entries(files)) {
		mkdirSync(dirname(join(staging, rel)), { recursive: true });
		writeFileSync(join(staging, rel), text);
	}
	return staging;
}

const read = (rel: string) => readFileSync(join(out, rel), 'utf8');

describe('fileSha256', () => {
	it('hashes a file read in chunks as the whole of it hashes, at every cut', () => {
		setup();
		mkdirSync(root, { recursive: true });
		const path = join(root, 'events.json');
		const bytes = Buffer.from('[{"id":"a","kind":"captured","label":"Saraqeb – entered"}]\n'.repeat(40));
		writeFileSync(path, bytes);
		const whole = createHash('sha256').update(bytes).digest('hex');
		for (const chunk of [1, 7, 64, bytes.length - 1, bytes.length, bytes.length + 1, 2 ** 20])
			expect(fileSha256(path, chunk)).toBe(whole);
		writeFileSync(path, '');
		expect(fileSha256(path, 7)).toBe(createHash('sha256').digest('hex'));
	});
});

describe('publishing a built site', () => {
	it('publishes a complete staging folder as a symlink to its generation', () => {
		setup();
		const result = publishSite(stage('a'), out);
		expect(lstatSync(out).isSymbolicLink()).toBe(true);
		expect(liveSite(out)).toBe(result.site);
		expect(result.site).toBe(join(generationsDir(out), result.id));
		expect(read('index.html')).toBe('<p>a</p>');
		expect(readManifest(result.site)).toEqual(siteManifest(result.site));
	});

	it('swaps in a new build that still holds the previous build’s hashed files, and keeps the previous one', () => {
		setup();
		const a = publishSite(stage('a'), out);
		const b = publishSite(stage('b'), out);
		expect(read('index.html')).toBe('<p>b</p>');
		expect(read('_app/immutable/a.js')).toBe('a');
		expect(b).toMatchObject({ previous: a.site, carried: 1, unchanged: false });
		expect(existsSync(join(a.site, 'index.html'))).toBe(true);
		expect(Object.keys(readManifest(b.site)!)).toEqual(['_app/immutable/b.js', 'index.html']);
	});

	it('carries only the previous build’s own files and keeps two generations', () => {
		setup();
		const a = publishSite(stage('a'), out);
		const b = publishSite(stage('b'), out);
		const c = publishSite(stage('c'), out);
		expect(existsSync(join(out, '_app/immutable/b.js'))).toBe(true);
		expect(existsSync(join(out, '_app/immutable/a.js'))).toBe(false);
		expect(existsSync(a.site)).toBe(false);
		expect(readdirSync(generationsDir(out)).sort()).toEqual(
			[b.id, `${b.id}.json`, c.id, `${c.id}.json`].sort()
		);
	});

	it('keeps each generation’s saved state beside it, switched with it and pruned with it', () => {
		setup();
		/** A saved state folder of one build, beside the generations. */
		const state = (build: string, inputs = build) => {
			const dir = mkdtempSync(join(root, 'state-'));
			writeFileSync(join(dir, 'build-state.json'), build);
			writeFileSync(join(dir, 'build-inputs.json'), inputs);
			return dir;
		};
		const a = publishSite(stage('a'), out, state('a'));
		expect(readFileSync(join(stateOf(liveSite(out)!), 'build-state.json'), 'utf8')).toBe('a');
		const b = publishSite(stage('b'), out, state('b'));
		expect(readFileSync(join(stateOf(liveSite(out)!), 'build-state.json'), 'utf8')).toBe('b');
		expect(readFileSync(join(stateOf(a.site), 'build-state.json'), 'utf8')).toBe('a');
		// The same files again: the state's files replaced (an input's newer time), nothing switched.
		expect(publishSite(stage('b'), out, state('b', 'b touched'))).toMatchObject({ unchanged: true });
		expect(readFileSync(join(stateOf(b.site), 'build-inputs.json'), 'utf8')).toBe('b touched');
		const c = publishSite(stage('c'), out, state('c'));
		expect(readdirSync(generationsDir(out)).sort()).toEqual(
			[b.id, `${b.id}.json`, `${b.id}.state`, c.id, `${c.id}.json`, `${c.id}.state`].sort()
		);
	});

	it('links the files that did not change to the previous generation’s, and counts those that did', () => {
		setup();
		const a = publishSite(
			stage('a', { 'data/same.json': '1', 'data/edited.json': '2', 'data/gone.json': '3' }),
			out
		);
		const b = publishSite(
			stage('b', { 'data/same.json': '1', 'data/edited.json': '22', 'data/new.json': '4' }),
			out
		);
		// Own files: index.html, the build's script and three data files; of b's, same.json alone is a's,
		// and a's script and gone.json are not b's.
		expect(a).toMatchObject({ files: 5, changed: 5, removed: 0 });
		expect(b).toMatchObject({ files: 5, changed: 4, removed: 2, carried: 1 });
		expect(statSync(join(b.site, 'data/same.json')).ino).toBe(statSync(join(a.site, 'data/same.json')).ino);
		expect(statSync(join(b.site, 'data/edited.json')).ino).not.toBe(
			statSync(join(a.site, 'data/edited.json')).ino
		);
		expect(read('data/edited.json')).toBe('22');
	});

	it('publishes nothing new for the same files', () => {
		setup();
		const a = publishSite(stage('a'), out);
		const again = publishSite(stage('a'), out);
		expect(again).toMatchObject({ id: a.id, unchanged: true });
		expect(readdirSync(generationsDir(out)).filter((n) => n.startsWith('tmp-'))).toEqual([]);
	});

	it('leaves the published site as it was when a build stops before publishing', () => {
		setup();
		const a = publishSite(stage('a'), out);
		const stopped = stage('b', { 'half.json': '{' });
		expect(read('index.html')).toBe('<p>a</p>');
		expect(liveSite(out)).toBe(a.site);
		const stale = join(generationsDir(out), 'tmp-999999999-x');
		mkdirSync(stale);
		publishSite(stage('c'), out);
		expect(existsSync(stale)).toBe(false);
		expect(existsSync(stopped)).toBe(true);
	});

	it('moves a real build folder from before symlinks aside and carries its hashed files', () => {
		setup();
		mkdirSync(join(out, '_app', 'immutable'), { recursive: true });
		writeFileSync(join(out, 'index.html'), 'old');
		writeFileSync(join(out, '_app', 'immutable', 'old.js'), 'old');
		const b = publishSite(stage('b'), out);
		expect(lstatSync(out).isSymbolicLink()).toBe(true);
		expect(read('index.html')).toBe('<p>b</p>');
		expect(read('_app/immutable/old.js')).toBe('old');
		expect(b.previous).toMatch(/legacy-\d+$/);
	});

	it('never leaves the published path missing while builds are swapped in', async () => {
		setup();
		publishSite(stage('a'), out);
		const reader = spawn(
			process.execPath,
			[
				'-e',
				`const fs = require('fs'); let misses = 0, reads = 0;
				 const end = Date.now() + 1500;
				 while (Date.now() < end) { try { fs.readFileSync(${JSON.stringify(join(out, 'index.html'))}); reads++; } catch { misses++; } }
				 console.log(JSON.stringify({ reads, misses }));`
			],
			{ stdio: ['ignore', 'pipe', 'inherit'] }
		);
		let text = '';
		reader.stdout.on('data', (d) => (text += d));
		const done = new Promise((r) => reader.on('close', r));
		// Builds are minutes apart in use; a swap every 50 ms is still far faster, while leaving a reader
		// that resolved the link just before a swap the time to finish (the generation before the
		// previous one is deleted, so a loop with no pause can pull a folder from under a slow reader on a
		// loaded machine, which no deployment does).
		const end = Date.now() + 1200;
		for (let i = 0; Date.now() < end; i++) {
			publishSite(stage(`s${i}`), out);
			await new Promise((r) => setTimeout(r, 50));
		}
		await done;
		const { reads, misses } = JSON.parse(text) as { reads: number; misses: number };
		expect(reads).toBeGreaterThan(20);
		expect(misses).toBe(0);
	});
});
