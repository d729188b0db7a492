import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { DatasetSources } from '../data/dataset';
import type { DataIssue } from '../core/errors';
import { AUTOMATIC_REVIEW_FILE } from '../places/automatic';
import { COMMUNITIES_FILE } from '../places/communities';
import { OUTLETS_FILE } from '../corpus/outlets';
import type { SourceFile } from '../places/validate';
import { MAX_PLACE_FILE_BYTES } from '../places/limits';
import type { Article } from '../corpus/article';
import { BULK_DIR, bulkFileArticles } from './bulk-store';

/** The curated data folder: `geodata/` in the project, or `$GEODATA_DIR` (used by tests and tools). */
export function geodataDir(): string {
	return resolve(process.env.GEODATA_DIR ?? 'geodata');
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes bytes as strict UTF-8, or says in words why not: a file in another encoding must become an
 * error naming it rather than text full of replacement characters that is then geoparsed and published.
 */
export function decodeText(bytes: Uint8Array): { text: string } | { problem: string } {
	try {
		return { text: UTF8.decode(bytes) };
	} catch {
		return {
			problem: 'is not valid UTF-8 text (saved in another encoding? convert it to UTF-8 and try again)'
		};
	}
}

/**
 * Whether `path` may be read as part of the data folder `root`: a symbolic link is followed only when
 * it stays inside the folder, so a data folder cannot pull in (and publish) a file from elsewhere on
 * the machine; one that leaves it, or points nowhere, is an error naming it.
 */
function insideRoot(path: string, root: string, shown: string, issues: DataIssue[]): boolean {
	let link: boolean;
	try {
		link = lstatSync(path).isSymbolicLink();
	} catch {
		return true;
	}
	if (!link) return true;
	let target: string;
	try {
		target = realpathSync(path);
	} catch {
		issues.push({ file: shown, field: '(file)', message: 'is a symbolic link to nothing (a broken link)' });
		return false;
	}
	const rel = relative(realpathSync(root), target);
	if (rel.startsWith('..') || isAbsolute(rel)) {
		issues.push({
			file: shown,
			field: '(file)',
			message: `is a symbolic link to ${target}, outside the data folder: copy the file in instead`
		});
		return false;
	}
	return true;
}

function readText(path: string, shown: string, issues: DataIssue[], maxBytes = Infinity): string | null {
	let bytes: Uint8Array;
	try {
		const size = statSync(path).size;
		if (size > maxBytes) {
			issues.push({
				file: shown,
				field: '(file)',
				message: `is ${(size / 1024 / 1024).toFixed(1)} MB, over the ${maxBytes / 1024 / 1024} MB limit for this kind of file`
			});
			return null;
		}
		bytes = readFileSync(path);
	} catch (e) {
		issues.push({ file: shown, field: '(file)', message: `cannot be read: ${(e as Error).message}` });
		return null;
	}
	const decoded = decodeText(bytes);
	if ('problem' in decoded) {
		issues.push({ file: shown, field: '(file)', message: decoded.problem });
		return null;
	}
	return decoded.text;
}

function readDir(
	dir: string,
	ext: string,
	root: string,
	issues: DataIssue[],
	maxBytes = Infinity
): SourceFile[] {
	let names: string[];
	try {
		names = readdirSync(dir)
			.filter((n) => n.endsWith(ext))
			.sort();
	} catch {
		return [];
	}
	const files: SourceFile[] = [];
	for (const name of names) {
		const path = join(dir, name);
		const shown = relative(process.cwd(), path) || path;
		if (!insideRoot(path, root, shown, issues)) continue;
		const text = readText(path, shown, issues, maxBytes);
		if (text !== null) files.push({ file: shown, text });
	}
	return files;
}

/**
 * Every article of the bulk store, `bulk/*.parquet` under the data folder (sorted by file name, rows in
 * order). A bad row is an issue naming file, row and field, and the file's other rows still load; a
 * symbolic link leaving the folder is not followed.
 */
export function readBulkArticles(dir: string, issues: DataIssue[]): Article[] {
	return [...bulkStoreArticles(dir, issues)];
}

/**
 * The articles of the bulk store one at a time, in the order `readBulkArticles` gives them, decoding a
 * row group at a time (`bulkFileArticles`): a build that takes them in rounds never holds the store.
 */
export function* bulkStoreArticles(dir: string, issues: DataIssue[]): Generator<Article> {
	const folder = join(dir, BULK_DIR);
	let names: string[];
	try {
		names = readdirSync(folder)
			.filter((n) => n.endsWith('.parquet') && !n.startsWith('.'))
			.sort();
	} catch {
		return;
	}
	for (const name of names) {
		const path = join(folder, name);
		const shown = relative(process.cwd(), path) || path;
		if (!insideRoot(path, dir, shown, issues)) continue;
		yield* bulkFileArticles(path, shown, issues);
	}
}

/**
 * Reads every `*.geojson` directly under the data folder, every `articles/*.md`, the bulk store
 * (`bulk/*.parquet`, `readBulkArticles`), every reviewed event file `events/*.json`, and the review of
 * automatic places (`automatic-places.json`), the north-west's communities (`communities.json`) and the curated outlets (`outlets.json`) when there are;
 * `bulk: false` leaves the bulk store for the caller to read in rounds (`bulkStoreArticles`). A place file over
 * `MAX_PLACE_FILE_BYTES` is refused before it is read, and a symbolic link leaving the folder is not
 * followed; both are issues naming the file.
 */
export function readSources(
	dir = geodataDir(),
	{ bulk: withBulk = true }: { bulk?: boolean } = {}
): { sources: DatasetSources; issues: DataIssue[] } {
	const issues: DataIssue[] = [];
	const sources: DatasetSources = {
		placeFiles: readDir(dir, '.geojson', dir, issues, MAX_PLACE_FILE_BYTES),
		articleFiles: readDir(join(dir, 'articles'), '.md', dir, issues),
		eventFiles: readDir(join(dir, 'events'), '.json', dir, issues)
	};
	const bulk = withBulk ? readBulkArticles(dir, issues) : [];
	if (bulk.length) sources.bulkArticles = bulk;
	const outletPath = join(dir, OUTLETS_FILE);
	const outletShown = relative(process.cwd(), outletPath) || outletPath;
	if (existsSync(outletPath) && insideRoot(outletPath, dir, outletShown, issues)) {
		const text = readText(outletPath, outletShown, issues);
		if (text !== null) sources.outletFile = { file: outletShown, text };
	}
	const reviewPath = join(dir, AUTOMATIC_REVIEW_FILE);
	const shown = relative(process.cwd(), reviewPath) || reviewPath;
	if (existsSync(reviewPath) && insideRoot(reviewPath, dir, shown, issues)) {
		const text = readText(reviewPath, shown, issues);
		if (text !== null) sources.automaticReview = { file: shown, text };
	}
	const communitiesPath = join(dir, COMMUNITIES_FILE);
	const communitiesShown = relative(process.cwd(), communitiesPath) || communitiesPath;
	if (existsSync(communitiesPath) && insideRoot(communitiesPath, dir, communitiesShown, issues)) {
		const text = readText(communitiesPath, communitiesShown, issues);
		if (text !== null) sources.communities = { file: communitiesShown, text };
	}
	if (sources.placeFiles.length === 0) {
		issues.push({
			file: relative(process.cwd(), dir) || dir,
			field: '(folder)',
			message: 'no .geojson place files found'
		});
	}
	return { sources, issues };
}
