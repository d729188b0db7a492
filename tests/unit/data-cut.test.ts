import { spawn } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	readlinkSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILD_INPUTS } from '../../src/lib/server/build-inputs';
import { JOURNAL, SWAP_OLD } from '../../src/lib/server/cut-short';
import { writeDataFiles } from '../../src/lib/server/data-files';

/**
 * Builds cut short: `npm run build:files` (`src/cli/write-data.ts`) run as a child process, stopped
 * at a chosen point (`BUILD_PAUSE_AT`, `cutPoint`) and killed there with SIGKILL; then the folder
 * it was writing is compared, file by file, with the folder before and with a full rebuild's.
 */
const ROOT = join(import.meta.dirname, '..', '..');
const FIXTURES = join(ROOT, 'tests', 'fixtures');
const scratch = mkdtempSync(join(tmpdir(), 'data-cut-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const MONTHS = ['January', 'February', 'March', 'April'];
const day = (n: number) => new Date(Date.UTC(2019, 0, 1 + n)).toISOString().slice(0, 10);

/** Writes one Markdown article naming Saraqeb (and Idlib every third day) into the data folder. */
function article(dir: string, n: number, outlet: string): void {
	const d = day(n);
	const also = n % 3 ? '' : ' Shelling was reported in Idlib.';
	const text = `Government forces entered Saraqeb on ${d.slice(8)} ${MONTHS[Number(d.slice(5, 7)) - 1]}.${also}`;
	writeFileSync(
		join(dir, 'articles', `${d}-report-${n}.md`),
		`---\ntitle: Report ${n}\noutlet: ${outlet}\npublished: ${d}\n---\n\n${text}\n`
	);
}

/** Every file under `dir`, relative to it, sorted. */
function filesOf(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile())
		.map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
		.sort();
}

/** The files of `a` and `b` that differ (or that one of them lacks). */
function differing(a: string, b: string): string[] {
	const left = filesOf(a);
	const right = new Set(filesOf(b));
	const out = left.filter(
		(rel) => !right.has(rel) || !readFileSync(join(a, rel)).equals(readFileSync(join(b, rel)))
	);
	return [...out, ...[...right].filter((rel) => !left.includes(rel))].sort();
}

/** The names beside `out` that start with its name and a dot: what a build left there. */
const siblings = (out: string) => readdirSync(dirname(out)).filter((n) => n.startsWith(`${basename(out)}.`));

const dir = join(scratch, 'geodata');
const base = join(scratch, 'base');
const whole = join(scratch, 'whole');

/** The environment of a child build of the test's data folder. */
const env = (pause?: string) => ({
	...process.env,
	GEODATA_DIR: dir,
	RECORD_CACHE: 'off',
	BUILD_WORKERS: '0',
	BUILD_PAUSE_AT: pause ?? ''
});

/** Runs `write-data.ts` with `args` to its end; gives its output. */
function run(args: string[]): Promise<string> {
	return new Promise((done, fail) => {
		const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/write-data.ts', ...args], {
			cwd: ROOT,
			env: env()
		});
		let output = '';
		child.stdout.on('data', (b: Buffer) => (output += b.toString()));
		child.stderr.on('data', (b: Buffer) => (output += b.toString()));
		child.on('exit', (code) => (code === 0 ? done(output) : fail(new Error(`exit ${code}: ${output}`))));
	});
}

/**
 * Runs `write-data.ts` with `args` until it pauses at `point`, calls `inspect` while it waits
 * there, then kills it with SIGKILL and waits for it to be gone.
 */
function cutAt(args: string[], point: string, inspect: () => void): Promise<void> {
	return new Promise((done, fail) => {
		const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/write-data.ts', ...args], {
			cwd: ROOT,
			env: env(point)
		});
		let output = '';
		let paused = false;
		child.stderr.on('data', (b: Buffer) => (output += b.toString()));
		child.stdout.on('data', (b: Buffer) => {
			output += b.toString();
			if (paused || !output.includes(`paused at ${point}`)) return;
			paused = true;
			try {
				inspect();
			} catch (e) {
				child.kill('SIGKILL');
				fail(e);
				return;
			}
			child.kill('SIGKILL');
		});
		child.on('exit', (code, signal) => {
			if (paused && signal === 'SIGKILL') done();
			else if (!paused) fail(new Error(`the build ended (${code ?? signal}) before ${point}: ${output}`));
		});
	});
}

describe('a build cut short', () => {
	beforeAll(async () => {
		mkdirSync(join(dir, 'articles'), { recursive: true });
		writeFileSync(join(dir, 'places.geojson'), readFileSync(join(FIXTURES, 'valid', 'places.geojson')));
		for (let n = 0; n < 40; n++) article(dir, n, n % 4 ? 'Fixture News' : 'Other Daily');
		await writeDataFiles(base, { dir, workers: 0 });
		// Ten newer articles, and the full rebuild of the folder with them: what every cut must come to.
		for (let n = 40; n < 50; n++) article(dir, n, n % 2 ? 'Fixture News' : 'Other Daily');
		cpSync(base, whole, { recursive: true, dereference: true });
		await writeDataFiles(whole, { dir, workers: 0 });
		expect(differing(base, whole).length).toBeGreaterThan(10);
	}, 120_000);

	it('leaves the folder whole when the full path is killed, and the next run puts it back', async () => {
		const out = join(scratch, 'full');
		cpSync(base, out, { recursive: true, dereference: true });
		// Killed with every file written beside the folder: the folder is the one before.
		await cutAt([out], 'data:staged', () => expect(differing(out, base)).toEqual([]));
		expect(differing(out, base)).toEqual([]);
		expect(siblings(out).some((n) => /\.tmp-\d+$/.test(n))).toBe(true);
		// Killed between the two renames of the swap: no folder, the one before whole beside it.
		await cutAt([out], 'data:swap', () => {
			expect(existsSync(out)).toBe(false);
			expect(differing(`${out}${SWAP_OLD}`, base)).toEqual([]);
		});
		expect(existsSync(out)).toBe(false);
		// The next run puts the folder back, adds the ten articles to it and leaves nothing beside it.
		const said = await run(['--add', out]);
		expect(said).toMatch(/put back as it was before a full build cut short/);
		expect(said).toMatch(/10 articles added/);
		expect(differing(out, whole)).toEqual([]);
		expect(siblings(out)).toEqual([]);
	}, 180_000);

	it('finishes the renames of a build adding articles killed between two of them', async () => {
		const out = join(scratch, 'delta');
		cpSync(base, out, { recursive: true, dereference: true });
		await cutAt(['--add', out], 'delta:rename:2', () => {
			// Two files moved in, the others not yet: the journal and no saved inputs say so.
			const now = differing(out, base);
			expect(now).toContain(JOURNAL);
			expect(now).toContain(BUILD_INPUTS);
			expect(existsSync(join(out, BUILD_INPUTS))).toBe(false);
			expect(now.filter((rel) => rel !== JOURNAL && rel !== BUILD_INPUTS)).toHaveLength(2);
		});
		const said = await run(['--add', out]);
		expect(said).toMatch(/renames of a build adding articles, cut short, finished/);
		expect(said).toMatch(/no new articles/);
		expect(differing(out, whole)).toEqual([]);
		expect(siblings(out)).toEqual([]);
	}, 180_000);

	it('takes the full path when a cut build adding articles lost the files it was moving in', async () => {
		const out = join(scratch, 'lost');
		cpSync(base, out, { recursive: true, dereference: true });
		await cutAt(['--add', out], 'delta:journal', () => expect(existsSync(join(out, JOURNAL))).toBe(true));
		const journal = JSON.parse(readFileSync(join(out, JOURNAL), 'utf8')) as { from: string };
		rmSync(join(dirname(out), journal.from), { recursive: true });
		const said = await run(['--add', out]);
		expect(said).toMatch(/cut short in .* its files are gone/);
		expect(said).toMatch(/the full build, since the new articles cannot be added: .*no build-inputs\.json/);
		expect(differing(out, whole)).toEqual([]);
		// The full path made the folder a link to its first generation, the one thing beside it.
		expect(readlinkSync(out)).toBe('lost.gen-1');
		expect(siblings(out)).toEqual(['lost.gen-1']);
	}, 180_000);
});
