/**
 * `npm run bulk-import`: articles by the hundred thousand, from JSON Lines into the bulk store
 * (`geodata/bulk/*.parquet`, `server/bulk-store.ts`). Each line is one article as the store's columns
 * (`id`, `title`, `outlet`, `published`, `body`, optionally `datePrecision`, `url`, `byline`,
 * `dateEvidence`), already clean: unlike `npm run ingest` nothing is proposed or cleaned of page
 * furniture, but every row is checked by the build's own rules (`corpus/bulk.ts`) and control
 * characters are removed. A bad line is reported with its file, line and field, and the others are
 * still written.
 */
import { createReadStream, existsSync, readdirSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { createInterface } from 'node:readline';
import { bulkArticle, type BulkRow } from '../corpus/bulk';
import type { Article } from '../corpus/article';
import type { DataIssue } from '../core/errors';
import { BULK_DIR, writeBulkFile } from '../server/bulk-store';

export interface BulkImportOptions {
	/** The data folder: the store is `<geodata>/bulk/`, curated ids are `<geodata>/articles/*.md`. */
	geodata: string;
	/** The store file to write; by default `<geodata>/bulk/<input name>.parquet`. */
	out?: string;
	/** Replace an existing store file (without it, one that exists is refused). */
	force?: boolean;
	/** Check every line and write nothing. */
	dryRun?: boolean;
}

export interface BulkImportResult {
	/** The store file written (or that would be, with `dryRun`). */
	out: string;
	/** How many articles it holds. */
	written: number;
	/** Every line that was left out, with file, line and field. */
	issues: DataIssue[];
	/** Set when nothing was written for a reason other than bad lines (the file exists, no input). */
	refused?: string;
}

function shownPath(path: string): string {
	return relative(process.cwd(), path) || path;
}

/** The store file an input goes to by default: its name with `.parquet`, in the store folder. */
export function defaultBulkFile(geodata: string, input: string): string {
	const stem = basename(input).replace(/\.(jsonl|ndjson|json)$/i, '');
	return join(geodata, BULK_DIR, `${stem || 'articles'}.parquet`);
}

/**
 * Reads the JSON Lines files `inputs` and writes their valid articles to one store file, atomically.
 * Blank lines are skipped; a line that is not a JSON object, a row the rules refuse, and an id used
 * twice (in the input or by a curated `articles/<id>.md`) are issues, and those lines are left out.
 */
export async function importBulk(
	inputs: readonly string[],
	options: BulkImportOptions
): Promise<BulkImportResult> {
	const out = options.out ?? defaultBulkFile(options.geodata, inputs[0] ?? 'articles');
	const issues: DataIssue[] = [];
	if (!inputs.length) return { out, written: 0, issues, refused: 'no input file given' };
	if (existsSync(out) && !options.force && !options.dryRun)
		return { out, written: 0, issues, refused: `${shownPath(out)} exists: give --force to replace it` };

	let curated: Set<string>;
	try {
		curated = new Set(
			readdirSync(join(options.geodata, 'articles'))
				.filter((n) => n.endsWith('.md'))
				.map((n) => n.slice(0, -3))
		);
	} catch {
		curated = new Set();
	}
	const seen = new Map<string, string>();
	const articles: Article[] = [];
	for (const input of inputs) {
		const file = shownPath(input);
		let line = 0;
		try {
			const lines = createInterface({ input: createReadStream(input, 'utf8'), crlfDelay: Infinity });
			for await (const text of lines) {
				line++;
				if (!text.trim()) continue;
				const label = `line ${line}`;
				let row: unknown;
				try {
					row = JSON.parse(text);
				} catch (e) {
					issues.push({ file, field: label, message: `is not JSON: ${(e as Error).message}` });
					continue;
				}
				if (!row || typeof row !== 'object' || Array.isArray(row)) {
					issues.push({ file, field: label, message: 'must be one JSON object (an article)' });
					continue;
				}
				const article = bulkArticle(row as BulkRow, file, line - 1, issues, label);
				if (!article) continue;
				const where = `${file} ${label}`;
				if (curated.has(article.id)) {
					issues.push({
						file,
						field: `${label}.id`,
						message: `"${article.id}" is a curated article's id (articles/${article.id}.md)`
					});
					continue;
				}
				const other = seen.get(article.id);
				if (other) {
					issues.push({
						file,
						field: `${label}.id`,
						message: `duplicate article id "${article.id}" (also ${other})`
					});
					continue;
				}
				seen.set(article.id, where);
				articles.push(article);
			}
		} catch (e) {
			issues.push({
				file,
				field: line ? `line ${line}` : '(file)',
				message: `cannot be read: ${(e as Error).message}`
			});
		}
	}
	if (!options.dryRun && articles.length) writeBulkFile(out, articles);
	return { out, written: articles.length, issues };
}
