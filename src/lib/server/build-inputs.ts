/**
 * What a data build read, saved beside its files (`build-inputs.json`) so that a later build can
 * tell which inputs are new: each file the data folder's readers take (`readSources`: the place
 * files, `articles/*.md`, `events/*.json`, `bulk/*.parquet`, `outlets.json`,
 * `automatic-places.json`) by its size, modification time and the SHA-256 of its bytes, and a hash
 * of the code that makes the published files. Size and time are what `make` and `rsync` look at,
 * and they spare a later build reading a file they match; but a `touch`, a fresh checkout or a copy
 * changes the time alone, so a file whose size or time differs is hashed again and counts as edited
 * only when its bytes do. A build that adds articles (`data-delta.ts`) may only find new Markdown
 * articles and new store files; any other difference sends it to the full path.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { SiteText } from '../data/excerpts-only';
import { fileSha256 } from './publish';
import { AUTOMATIC_REVIEW_FILE } from '../places/automatic';
import { COMMUNITIES_FILE } from '../places/communities';
import { OUTLETS_FILE } from '../corpus/outlets';
import { BULK_DIR } from './bulk-store';

/** The form of `build-inputs.json`; another form is not read. */
export const INPUTS_FORMAT = 2;

/** The file beside `data/` that lists the inputs of the build that wrote it. */
export const BUILD_INPUTS = 'build-inputs.json';

/** `build-inputs.json`. */
export interface BuildInputs {
	format: typeof INPUTS_FORMAT;
	/** What the files carry of each article's text. */
	text: SiteText;
	/** The hash of the code that makes the published files (`publishingCode`). */
	code: string;
	/**
	 * Each input file, by its path under the data folder: its size in bytes, modification time (ms)
	 * and the SHA-256 of its bytes (hex).
	 */
	files: Record<string, [size: number, mtime: number, sha256: string]>;
}

/** The folders of `src/lib` whose code decides what a build publishes, and the build's own modules. */
const CODE_FOLDERS = ['core', 'corpus', 'places', 'geoparse', 'events', 'data'];
const CODE_FILES = ['server/data-files.ts', 'server/data-delta.ts', 'server/pipeline.ts', 'server/spill.ts'];

/** Every `.ts` file under `dir`, tests left out, as paths relative to `root`, sorted. */
function codeFiles(root: string, dir: string): string[] {
	const path = join(root, dir);
	if (!existsSync(path)) return [];
	return readdirSync(path, { withFileTypes: true })
		.flatMap((e) => {
			const rel = `${dir}/${e.name}`;
			if (e.isDirectory()) return codeFiles(root, rel);
			return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [rel] : [];
		})
		.sort();
}

/**
 * The hash of the code that makes the published files: every module of the domain folders under
 * `src/lib` and the build's own. A build adding articles with other code than the build before
 * would give files that a build from nothing does not, so it takes the full path.
 */
export function publishingCode(root = process.cwd()): string {
	const lib = join(root, 'src', 'lib');
	const hash = createHash('sha256');
	for (const rel of [...CODE_FOLDERS.flatMap((d) => codeFiles(lib, d)), ...CODE_FILES]) {
		const path = join(lib, rel);
		hash.update(`${rel}\n`);
		if (existsSync(path)) hash.update(readFileSync(path));
	}
	return hash.digest('hex');
}

/** The paths under the data folder `dir` that a build reads, sorted. */
export function inputPaths(dir: string): string[] {
	const list = (sub: string, ext: string) => {
		const path = join(dir, sub);
		if (!existsSync(path)) return [];
		return readdirSync(path)
			.filter((n) => n.endsWith(ext) && !n.startsWith('.'))
			.map((n) => (sub ? `${sub}/${n}` : n));
	};
	const single = [OUTLETS_FILE, AUTOMATIC_REVIEW_FILE, COMMUNITIES_FILE].filter((n) => existsSync(join(dir, n)));
	return [
		...list('', '.geojson'),
		...list('articles', '.md'),
		...list('events', '.json'),
		...list(BULK_DIR, '.parquet'),
		...single
	].sort();
}

/**
 * The inputs of a build of the data folder `dir` as they are now. A file listed in `known` (the
 * saved inputs of the build before) with the same size and time keeps its saved hash unread, as
 * `make` would trust it; every other file is read and hashed. A build from nothing passes no
 * `known`, so it hashes every input (a sequential read, about 1 s per GB).
 */
export function buildInputs(
	dir: string,
	text: SiteText,
	code = publishingCode(),
	known?: BuildInputs
): BuildInputs {
	const saved = known?.format === INPUTS_FORMAT ? known.files : {};
	const files: BuildInputs['files'] = {};
	for (const rel of inputPaths(dir)) {
		const path = join(dir, rel);
		const stat = statSync(path);
		const mtime = Math.round(stat.mtimeMs);
		const before = saved[rel];
		const same = before && before[0] === stat.size && before[1] === mtime;
		files[rel] = [stat.size, mtime, same ? before[2] : fileSha256(path)];
	}
	return { format: INPUTS_FORMAT, text, code, files };
}

/** The new inputs since `before`: new articles alone, or why the build must start from nothing. */
export interface NewInputs {
	markdown: string[];
	stores: string[];
	/** Files whose size or time differs from the saved ones but whose bytes do not (a `touch`). */
	touched: string[];
}

/**
 * What `now` adds to `before`: the new Markdown articles and store files, and the files only
 * touched; or why they are not only new articles (a file edited or gone, another kind of file new,
 * other code or text).
 */
export function newInputs(before: BuildInputs, now: BuildInputs): NewInputs | string {
	if (before.format !== INPUTS_FORMAT) return `the saved inputs are of form ${before.format}`;
	if (before.text !== now.text) return `the build before published ${before.text} text, this one ${now.text}`;
	if (before.code !== now.code) return 'the code that makes the files changed since the build before';
	const touched: string[] = [];
	for (const [rel, [size, mtime, sha]] of Object.entries(before.files)) {
		const found = now.files[rel];
		if (!found) return `${rel} is gone`;
		if (found[2] !== sha) return `${rel} was edited (its bytes differ from the build before's)`;
		if (found[0] !== size || found[1] !== mtime) touched.push(rel);
	}
	const markdown: string[] = [];
	const stores: string[] = [];
	for (const rel of Object.keys(now.files)) {
		if (rel in before.files) continue;
		if (rel.startsWith('articles/')) markdown.push(rel);
		else if (rel.startsWith(`${BULK_DIR}/`)) stores.push(rel);
		else return `${rel} is new, and only new articles can be added`;
	}
	return { markdown, stores, touched };
}
