/**
 * What a data build read, saved beside its files (`build-inputs.json`) so that a later build can tell
 * which inputs are new: each file the data folder's readers take (`readSources`: the place files,
 * `articles/*.md`, `events/*.json`, `bulk/*.parquet`, `outlets.json`, `automatic-places.json`) by its
 * size and modification time, as `make` and `rsync` tell a changed file, and a hash of the code that
 * makes the published files. A build that adds articles (`data-delta.ts`) may only find new Markdown
 * articles and new store files; any other difference sends it to the full path.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { SiteText } from '../data/excerpts-only';
import { AUTOMATIC_REVIEW_FILE } from '../places/automatic';
import { OUTLETS_FILE } from '../corpus/outlets';
import { BULK_DIR } from './bulk-store';

/** The form of `build-inputs.json`; another form is not read. */
export const INPUTS_FORMAT = 1;

/** The file beside `data/` that lists the inputs of the build that wrote it. */
export const BUILD_INPUTS = 'build-inputs.json';

/** `build-inputs.json`. */
export interface BuildInputs {
	format: typeof INPUTS_FORMAT;
	/** What the files carry of each article's text. */
	text: SiteText;
	/** The hash of the code that makes the published files (`publishingCode`). */
	code: string;
	/** Each input file, by its path under the data folder: its size in bytes and modification time (ms). */
	files: Record<string, [size: number, mtime: number]>;
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
 * `src/lib` and the build's own. A build adding articles with other code than the build before would
 * give files that a build from nothing does not, so it takes the full path.
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
	const single = [OUTLETS_FILE, AUTOMATIC_REVIEW_FILE].filter((n) => existsSync(join(dir, n)));
	return [
		...list('', '.geojson'),
		...list('articles', '.md'),
		...list('events', '.json'),
		...list(BULK_DIR, '.parquet'),
		...single
	].sort();
}

/** The inputs of a build of the data folder `dir` as they are now. */
export function buildInputs(dir: string, text: SiteText, code = publishingCode()): BuildInputs {
	const files: BuildInputs['files'] = {};
	for (const rel of inputPaths(dir)) {
		const stat = statSync(join(dir, rel));
		files[rel] = [stat.size, Math.round(stat.mtimeMs)];
	}
	return { format: INPUTS_FORMAT, text, code, files };
}

/** The new inputs since `before`: new articles alone, or why the build must start from nothing. */
export interface NewInputs {
	markdown: string[];
	stores: string[];
}

/**
 * What `now` adds to `before`: the new Markdown articles and store files; or why they are not only
 * new articles (a file changed or gone, another kind of file new, other code or text).
 */
export function newInputs(before: BuildInputs, now: BuildInputs): NewInputs | string {
	if (before.format !== INPUTS_FORMAT) return `the saved inputs are of form ${before.format}`;
	if (before.text !== now.text) return `the build before published ${before.text} text, this one ${now.text}`;
	if (before.code !== now.code) return 'the code that makes the files changed since the build before';
	for (const [rel, [size, mtime]] of Object.entries(before.files)) {
		const found = now.files[rel];
		if (!found) return `${rel} is gone`;
		if (found[0] !== size || found[1] !== mtime) return `${rel} changed`;
	}
	const markdown: string[] = [];
	const stores: string[] = [];
	for (const rel of Object.keys(now.files)) {
		if (rel in before.files) continue;
		if (rel.startsWith('articles/')) markdown.push(rel);
		else if (rel.startsWith(`${BULK_DIR}/`)) stores.push(rel);
		else return `${rel} is new, and only new articles can be added`;
	}
	return { markdown, stores };
}
