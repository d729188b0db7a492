/**
 * What a data build cut short (killed) leaves of a folder it writes, and how the next build on that
 * folder puts it right before reading it. Every build writes its files beside the folder first, so
 * a build cut while writing them leaves the folder as it was and a sibling of its own
 * (`<out>.tmp-<pid>`, `<out>.work-<pid>`, `<out>.delta-<pid>`), removed once its process is gone.
 * Then:
 *
 * - the full path switches generations (`replaceChanged`): `<out>` is a link to
 *   `<out>.gen-<n>`; the written folder becomes `<out>.gen-<n+1>` and a new link is renamed over
 *   `<out>`. A build cut before that rename leaves `<out>` as it was and a generation numbered past
 *   the linked one, which the next build removes. A folder `<out>` written before generations were
 *   goes aside to `<out>.swap-old` first; a build cut then leaves no `<out>` and the old folder
 *   whole beside it, which the next build renames back.
 * - a build adding articles (`data-delta.ts`) renames each changed file over the folder's, one at a
 *   time. Before the first rename it writes a journal into the folder (`build-journal.json`: the
 *   folder its files wait in, the files to move, the files to remove) and removes
 *   `build-inputs.json`, which is moved in last; a build cut between two renames leaves the
 *   journal, and the next build finishes the renames from it, every file having been written in
 *   full before the first. With its written files gone, the journal cannot be finished: the folder
 *   then has no `build-inputs.json`, so `--add` refuses it and the full path writes every file
 *   again.
 *
 * `cutPoint` marks the places between those steps where the specs stop a child build to kill it.
 */
import {
	existsSync,
	lstatSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	readlinkSync,
	renameSync,
	rmSync
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { writeFileAtomic } from './atomic';
import { syncAll, syncPath } from './durable';

/** The name the folder being replaced has between the full path's two renames. */
export const SWAP_OLD = '.swap-old';

/** The journal of a build adding articles, in the folder it adds to while its renames run. */
export const JOURNAL = 'build-journal.json';

/** `build-journal.json`. */
export interface Journal {
	/** The folder beside the one written to that holds the files to move in (its name alone). */
	from: string;
	/** The files to move in, in order (paths under both folders). */
	moves: string[];
	/** The files to remove from the folder. */
	removes: string[];
}

/** Whether the process `pid` still runs. */
export function pidAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (e) {
		return (e as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/** How many times each point was passed, for `BUILD_PAUSE_AT=<name>:<n>`. */
const passed = new Map<string, number>();

/**
 * A place a build can be stopped at, for the specs that kill a child build there: when
 * `BUILD_PAUSE_AT` names this point (`<name>`, or `<name>:<n>` for its n-th pass), the process says
 * `paused at <name>` on stdout and waits until it is killed. Otherwise it does nothing.
 */
export function cutPoint(name: string): void {
	const at = process.env.BUILD_PAUSE_AT;
	if (!at) return;
	const n = (passed.get(name) ?? 0) + 1;
	passed.set(name, n);
	if (at !== name && at !== `${name}:${n}`) return;
	process.stdout.write(`paused at ${at}\n`);
	Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
}

/**
 * Moves the files of `journal` from its folder into `out` and removes those it lists, then the
 * journal and its folder; a file already moved (not in its folder) was moved by a run cut short.
 * `build-inputs.json` is the journal's last move, so the folder is a build's saved state again only
 * once every other file is in.
 */
export function runJournal(out: string, journal: Journal): void {
	const from = join(dirname(out), journal.from);
	const touched = new Set<string>();
	const move = (rel: string) => {
		const source = join(from, rel);
		if (!existsSync(source)) return;
		const target = join(out, rel);
		mkdirSync(dirname(target), { recursive: true });
		renameSync(source, target);
		for (let dir = dirname(target); dir.length >= out.length; dir = dirname(dir)) touched.add(dir);
		cutPoint('delta:rename');
	};
	const last = journal.moves.at(-1);
	journal.moves.slice(0, -1).forEach(move);
	for (const rel of journal.removes) {
		rmSync(join(out, rel), { force: true });
		touched.add(dirname(join(out, rel)));
	}
	// Every other rename and removal is on the disk before the last move (`build-inputs.json`) is.
	syncAll([...touched].filter((dir) => existsSync(dir)));
	if (last !== undefined) move(last);
	syncPath(out);
	rmSync(join(out, JOURNAL), { force: true });
	syncPath(out);
	rmSync(from, { recursive: true, force: true });
}

/** Writes `journal` into `out` (whole or not at all), so that a later build can finish it. */
export function writeJournal(out: string, journal: Journal): void {
	writeFileAtomic(join(out, JOURNAL), JSON.stringify(journal), true);
}

/** The generation folders beside `target` (`<name>.gen-<n>`), as their numbers. */
export function generationsOf(target: string): number[] {
	const dir = dirname(target);
	if (!existsSync(dir)) return [];
	const prefix = `${basename(target)}.gen-`;
	return readdirSync(dir)
		.filter((name) => name.startsWith(prefix) && /^\d+$/.test(name.slice(prefix.length)))
		.map((name) => Number(name.slice(prefix.length)));
}

/** The number of the generation `target` links to, or undefined when it is no such link. */
export function linkedGeneration(target: string): number | undefined {
	let stat;
	try {
		stat = lstatSync(target);
	} catch {
		return undefined;
	}
	if (!stat.isSymbolicLink()) return undefined;
	const match = new RegExp(`^${escape(basename(target))}\\.gen-(\\d+)$`).exec(readlinkSync(target));
	return match ? Number(match[1]) : undefined;
}

/**
 * Puts right what a build cut short left at `out`, before a build reads it: the old folder renamed
 * back (or removed, when the new one is in place), a journal finished, the siblings of builds whose
 * process is gone removed. Gives what it did, in words, or nothing.
 */
export function finishCutShort(out: string): string[] {
	const done: string[] = [];
	const old = `${out}${SWAP_OLD}`;
	if (existsSync(old)) {
		if (existsSync(out)) rmSync(old, { recursive: true, force: true });
		else {
			renameSync(old, out);
			done.push(`${out} put back as it was before a full build cut short`);
		}
	}
	const journalPath = join(out, JOURNAL);
	if (existsSync(journalPath)) {
		const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as Journal;
		if (existsSync(join(dirname(out), journal.from))) {
			runJournal(out, journal);
			done.push(`the renames of a build adding articles, cut short, finished in ${out}`);
		} else {
			// Its files are gone: the folder keeps no `build-inputs.json`, which sends `--add` to the full path.
			rmSync(journalPath, { force: true });
			done.push(`a build adding articles was cut short in ${out} and its files are gone`);
		}
	}
	// A generation numbered past the linked one was written by a full build cut before its switch.
	const linked = linkedGeneration(out);
	for (const n of generationsOf(out))
		if (linked === undefined || n > linked) rmSync(`${out}.gen-${n}`, { recursive: true, force: true });
	const dir = dirname(out);
	if (!existsSync(dir)) return done;
	const sibling = new RegExp(`^${escape(basename(out))}\\.(?:tmp|work|delta|link)-(\\d+)$`);
	for (const name of readdirSync(dir)) {
		const pid = sibling.exec(name)?.[1];
		if (pid && Number(pid) !== process.pid && !pidAlive(Number(pid)))
			rmSync(join(dir, name), { recursive: true, force: true });
	}
	return done;
}

/** `text` with the characters a regular expression gives a meaning escaped. */
function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
