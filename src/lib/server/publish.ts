import { createHash } from 'node:crypto';
import {
	closeSync,
	copyFileSync,
	existsSync,
	linkSync,
	lstatSync,
	mkdirSync,
	mkdtempSync,
	openSync,
	readdirSync,
	readFileSync,
	readlinkSync,
	readSync,
	renameSync,
	rmSync
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { writeFileAtomic } from './atomic';
import { foldersUnder, syncAll, syncPath } from './durable';
import { pidAlive } from './cut-short';
import { filesUnder } from './files-under';
import { switchLink } from './switch-link';

/**
 * Publishing a built site so that a server reading it sees the old site or the new one, never a mix,
 * a half-written folder or nothing.
 *
 * The published path (`build`, or `$SITE_OUT`) is a symlink to one generation of the site,
 * `.sites/<name>/<id>/` beside it, where `<id>` is a hash of the generation's own files. A build writes
 * a staging folder `.sites/<name>/tmp-…/`, complete with its header files and compressed copies, and
 * `publishSite` then points the symlink at it by renaming a new symlink over the old one: rename(2) is
 * atomic, and every request resolves the path afresh. A build that stops half way leaves only its
 * staging folder, which the next build removes; the published site is untouched.
 *
 * A page loaded just before a swap still asks for its own hashed files under `/_app/immutable/`, so
 * each generation also holds the previous generation's own immutable files (hard links, not copies),
 * and that previous generation's folder is kept for a rollback. Older ones are removed.
 *
 * A file whose bytes equal the previous generation's file of the same path is that file, hard-linked,
 * not a second copy: the two generations kept take the disk of one and what changed between them, and
 * `publishSite` says how many files changed, which is what a sync to a host has to upload.
 */

/** The hashed, never-changing files a page loads after its HTML. */
const IMMUTABLE = '_app/immutable/';

/** A generation's own files: path relative to the site → sha256 of the content, sorted by path. */
export type Manifest = Record<string, string>;

/** Where the generations of the site published at `out` live. */
export function generationsDir(out: string): string {
	return join(dirname(resolve(out)), '.sites', basename(resolve(out)));
}

/** Bytes `fileSha256` reads at a time. */
const READ_CHUNK = 2 ** 20;
/** Its one buffer, kept: a site has millions of files, and a new MiB for each would churn the heap. */
let readBuffer: Buffer | undefined;

/**
 * The SHA-256 of a file, in hex, read `chunk` bytes at a time: a large corpus publishes files over
 * 2 GiB (`data/events.json` at 1,000,000 articles), which `readFileSync` refuses to read whole.
 */
export function fileSha256(path: string, chunk = READ_CHUNK): string {
	const hash = createHash('sha256');
	const buffer =
		chunk === READ_CHUNK ? (readBuffer ??= Buffer.allocUnsafe(READ_CHUNK)) : Buffer.allocUnsafe(chunk);
	const fd = openSync(path, 'r');
	try {
		for (let n = readSync(fd, buffer); n > 0; n = readSync(fd, buffer)) hash.update(buffer.subarray(0, n));
	} finally {
		closeSync(fd);
	}
	return hash.digest('hex');
}

/** The files of a site folder and their hashes. */
export function siteManifest(dir: string): Manifest {
	const manifest: Manifest = {};
	for (const rel of filesUnder(dir)) manifest[rel] = fileSha256(join(dir, rel));
	return manifest;
}

/** The id of a generation: a hash of its manifest, so the same files always give the same id. */
export function manifestId(manifest: Manifest): string {
	const hash = createHash('sha256');
	for (const [rel, sha] of Object.entries(manifest)) hash.update(`${rel}\0${sha}\n`);
	return hash.digest('hex').slice(0, 16);
}

/**
 * A new, empty staging folder for a build of the site at `out`. Staging folders left by builds that
 * were stopped (their process is gone) are removed first.
 */
export function stagingFolder(out: string): string {
	const dir = generationsDir(out);
	mkdirSync(dir, { recursive: true });
	for (const name of readdirSync(dir)) {
		const pid = /^tmp-(\d+)-/.exec(name)?.[1];
		if (pid && !pidAlive(Number(pid))) rmSync(join(dir, name), { recursive: true, force: true });
	}
	return mkdtempSync(join(dir, `tmp-${process.pid}-`));
}

/** The generation folder `out` points at, or undefined when nothing is published there as a symlink. */
export function liveSite(out: string): string | undefined {
	try {
		if (!lstatSync(out).isSymbolicLink()) return undefined;
	} catch {
		return undefined;
	}
	return resolve(dirname(resolve(out)), readlinkSync(out));
}

/** The recorded own files of a generation folder, or undefined when it has no record. */
export function readManifest(site: string): Manifest | undefined {
	const file = `${site}.json`;
	return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Manifest) : undefined;
}

function linkOrCopy(from: string, to: string): void {
	mkdirSync(dirname(to), { recursive: true });
	try {
		linkSync(from, to);
	} catch {
		copyFileSync(from, to);
	}
}

/** What `publishSite` did. */
export interface Published {
	id: string;
	/** The generation folder now published. */
	site: string;
	/** The generation published before, kept for pages loaded from it and for a rollback. */
	previous?: string;
	/** The staged files equal the published generation's own: nothing was swapped. */
	unchanged: boolean;
	/** Immutable files of the previous generation linked into this one. */
	carried: number;
	/** Own files, and of them those new or different from the previous generation's (all, without one). */
	files: number;
	changed: number;
	/** The previous generation's own files this one does not hold. */
	removed: number;
}

/** The folder of a generation's saved build state: `<generation>.state/`, outside the served folder. */
export function stateOf(site: string): string {
	return `${site}.state`;
}

/**
 * Puts the files of the folder `state` into `target`: the folder renamed when `target` does not
 * exist, else each file renamed over its namesake (a reader sees each file old or new).
 */
function placeState(state: string, target: string): void {
	if (!existsSync(target)) {
		renameSync(state, target);
		return;
	}
	for (const name of readdirSync(state)) renameSync(join(state, name), join(target, name));
	rmSync(state, { recursive: true, force: true });
}

/**
 * Publishes the complete site in `staging` (made by `stagingFolder(out)`) at `out`: records its own
 * files, links the previous generation's own immutable files into it, moves it to its generation
 * folder and switches the `out` symlink to it in one rename. A real folder at `out` (from before
 * symlinks) is first moved aside as a generation of its own; that one time, `out` is missing for the
 * moment between two renames. Keeps two generations: the new one and the previous one.
 *
 * `state`, a folder of the build's saved state (`build-state.json`, `build-inputs.json`,
 * `site.json`), becomes the generation's `<id>.state/` before the switch, so the state beside the
 * published generation is always that generation's: a build cut short before the switch changes
 * neither, one cut after it has switched both. What the switch publishes is flushed to the disk
 * before it, so a power cut cannot leave the link naming files whose bytes never reached it.
 */
export function publishSite(staging: string, out: string, state?: string): Published {
	const dir = generationsDir(out);
	const own = siteManifest(staging);
	const id = manifestId(own);
	const site = join(dir, id);
	let live = liveSite(out);
	if (live === site && existsSync(site)) {
		// The same files: the state (its inputs' times, say) may still be newer than the one kept.
		if (state) placeState(state, stateOf(site));
		rmSync(staging, { recursive: true, force: true });
		const files = Object.keys(own).length;
		return { id, site, unchanged: true, carried: 0, files, changed: 0, removed: 0 };
	}
	if (!live && existsSync(out) && lstatSync(out).isDirectory()) {
		live = join(dir, `legacy-${Date.now()}`);
		renameSync(out, live);
	}
	let carried = 0;
	let changed = Object.keys(own).length;
	let removed = 0;
	/** The files this build wrote: those not linked from the live generation below. */
	const written = new Set(Object.keys(own));
	if (live && existsSync(live)) {
		const previous = readManifest(live) ?? siteManifest(live);
		for (const [rel, sha] of Object.entries(previous)) {
			if (!(rel in own)) {
				removed++;
				if (rel.startsWith(IMMUTABLE)) {
					linkOrCopy(join(live, rel), join(staging, rel));
					carried++;
				}
			} else if (own[rel] === sha && existsSync(join(live, rel))) {
				rmSync(join(staging, rel));
				linkOrCopy(join(live, rel), join(staging, rel));
				written.delete(rel);
				changed--;
			}
		}
	}
	// What the switch publishes is on the disk before it (`durable.ts`): the files written, every
	// folder of the generation, the state, and the renames into the generations' folder.
	syncAll([...written].map((rel) => join(staging, rel)));
	syncAll(foldersUnder(staging));
	if (state) syncAll([...readdirSync(state).map((name) => join(state, name)), state]);
	writeFileAtomic(`${site}.json`, `${JSON.stringify(own, null, '\t')}\n`, true);
	rmSync(site, { recursive: true, force: true });
	renameSync(staging, site);
	rmSync(stateOf(site), { recursive: true, force: true });
	if (state) renameSync(state, stateOf(site));
	syncPath(dir);
	switchLink(out, site);
	prune(dir, live ? [site, live] : [site]);
	return {
		id,
		site,
		previous: live,
		unchanged: false,
		carried,
		files: Object.keys(own).length,
		changed,
		removed
	};
}

/**
 * Removes the generations (and their records and saved states) other than `kept`; staging folders are
 * left alone.
 */
function prune(dir: string, kept: string[]): void {
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (name.startsWith('tmp-')) continue;
		const folder = path.replace(/\.(json|state)$/, '');
		if (!kept.includes(folder)) rmSync(path, { recursive: true, force: true });
	}
}
