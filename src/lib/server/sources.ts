import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { DatasetSources } from '../data/dataset';
import type { DataIssue } from '../core/errors';
import { AUTOMATIC_REVIEW_FILE } from '../places/automatic';
import type { SourceFile } from '../places/validate';

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

function readText(path: string, shown: string, issues: DataIssue[]): string | null {
	let bytes: Uint8Array;
	try {
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

function readDir(dir: string, ext: string, issues: DataIssue[]): SourceFile[] {
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
		const text = readText(path, shown, issues);
		if (text !== null) files.push({ file: shown, text });
	}
	return files;
}

/**
 * Reads every `*.geojson` directly under the data folder, every `articles/*.md`, every reviewed event
 * file `events/*.json`, and the review of
 * automatic places (`automatic-places.json`) when there is one.
 */
export function readSources(dir = geodataDir()): { sources: DatasetSources; issues: DataIssue[] } {
	const issues: DataIssue[] = [];
	const sources: DatasetSources = {
		placeFiles: readDir(dir, '.geojson', issues),
		articleFiles: readDir(join(dir, 'articles'), '.md', issues),
		eventFiles: readDir(join(dir, 'events'), '.json', issues)
	};
	const reviewPath = join(dir, AUTOMATIC_REVIEW_FILE);
	if (existsSync(reviewPath)) {
		const shown = relative(process.cwd(), reviewPath) || reviewPath;
		const text = readText(reviewPath, shown, issues);
		if (text !== null) sources.automaticReview = { file: shown, text };
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
