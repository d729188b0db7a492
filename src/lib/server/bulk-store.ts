/**
 * The store of bulk-ingested articles: Parquet files under `geodata/bulk/`, beside the curated
 * Markdown. One row an article, one text column per field (`BULK_COLUMNS`), Snappy-compressed, in row
 * groups of `BULK_ROW_GROUP` rows so a reader holds one group's text at a time.
 *
 * Written with `hyparquet-writer` and read with `hyparquet` (both plain JavaScript, no native build).
 * hyparquet's public reader is asynchronous, and the pipeline that reads the sources is synchronous
 * (prerendering asks for the dataset from synchronous loaders), so this module reads each column chunk
 * with hyparquet's own synchronous page decoder (`readColumn`, one of the modules its package exports
 * under `hyparquet/src/`): the file's footer and chunks are read with `readSync` and decoded in place.
 * The round trip is held by `bulk-store.test.ts`, so an upgrade of hyparquet that changes those
 * modules fails there, not in a build.
 */
import { closeSync, fstatSync, openSync, readSync, renameSync, rmSync, mkdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parquetMetadata, parquetSchema, type FileMetaData } from 'hyparquet';
import { readColumn } from 'hyparquet/src/column.js';
import { getTreePath } from 'hyparquet/src/schema.js';
import { DEFAULT_PARSERS } from 'hyparquet/src/convert.js';
import { fileWriter, parquetWrite } from 'hyparquet-writer';
import { BULK_COLUMNS, bulkArticle, type BulkRow } from '../corpus/bulk';
import type { Article } from '../corpus/article';
import type { DataIssue } from '../core/errors';

/** The folder under the data folder that holds the store's files. */
export const BULK_DIR = 'bulk';

/** Rows per row group: a group's text (a few MB at this size) is what a reader holds at once. */
export const BULK_ROW_GROUP = 2000;

const REQUIRED: readonly string[] = ['id', 'title', 'outlet', 'published', 'body'];

/**
 * Writes `articles` as one store file at `path`, atomically: the file is written under a temporary
 * name in the same folder and renamed over `path` only when complete, so a reader (or a build) never
 * sees half a file, and an interrupted write leaves the old file as it was.
 */
export function writeBulkFile(path: string, articles: readonly Omit<Article, 'file' | 'row'>[]): void {
	mkdirSync(dirname(path), { recursive: true });
	const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
	const column = (name: (typeof BULK_COLUMNS)[number]) => ({
		name,
		data: articles.map((a) => (a[name] as string | undefined) ?? null),
		type: 'STRING' as const
	});
	try {
		const writer = fileWriter(tmp);
		parquetWrite({
			writer,
			columnData: BULK_COLUMNS.map(column),
			rowGroupSize: BULK_ROW_GROUP,
			createdBy: 'idlib-explorer bulk store'
		});
		renameSync(tmp, path);
	} catch (e) {
		rmSync(tmp, { force: true });
		throw e;
	}
}

function readAt(fd: number, start: number, length: number): Uint8Array {
	const buf = new Uint8Array(length);
	let done = 0;
	while (done < length) {
		const n = readSync(fd, buf, done, length - done, start + done);
		if (n === 0)
			throw new Error(`ends at byte ${start + done}, before the ${length} bytes its footer announces`);
		done += n;
	}
	return buf;
}

/** The footer: the last 8 bytes give the metadata's length, then the metadata is read and parsed. */
function readFooter(fd: number): FileMetaData {
	const size = fstatSync(fd).size;
	if (size < 12) throw new Error('is too short to be a Parquet file');
	const tail = readAt(fd, size - 8, 8);
	const length = new DataView(tail.buffer).getUint32(0, true);
	if (length > size - 12) throw new Error('is not a Parquet file (its footer is damaged)');
	return parquetMetadata(readAt(fd, size - 8 - length, length + 8));
}

/**
 * Reads every row of one store file and calls `onArticle` with each valid one (and its row); each
 * problem goes to `issues` with the file (`shown`), the row and the field, and a bad row never stops
 * the others. A file that cannot be read as a store at all is one issue naming it.
 */
export function readBulkFile(
	path: string,
	shown: string,
	issues: DataIssue[],
	onArticle: (article: Article) => void
): void {
	for (const article of bulkFileArticles(path, shown, issues)) onArticle(article);
}

/**
 * The valid rows of one store file as articles, a row group at a time: only the group being handed out
 * is decoded and held, so a caller that takes the articles in rounds holds a round, not the file.
 * Problems go to `issues` as `readBulkFile` says.
 */
export function* bulkFileArticles(path: string, shown: string, issues: DataIssue[]): Generator<Article> {
	let fd: number;
	try {
		fd = openSync(path, 'r');
	} catch (e) {
		issues.push({ file: shown, field: '(file)', message: `cannot be read: ${(e as Error).message}` });
		return;
	}
	try {
		let metadata: FileMetaData;
		try {
			metadata = readFooter(fd);
		} catch (e) {
			const message = (e as Error).message;
			issues.push({
				file: shown,
				field: '(file)',
				message: message.startsWith('is ') ? message : `is not a readable Parquet file: ${message}`
			});
			return;
		}
		const tree = parquetSchema(metadata);
		const names = tree.children.map((c) => c.element.name);
		const missing = REQUIRED.filter((c) => !names.includes(c));
		if (missing.length) {
			issues.push({
				file: shown,
				field: '(columns)',
				message: `lacks the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (a store file has ${BULK_COLUMNS.join(', ')})`
			});
			return;
		}
		let row = 0;
		for (const group of metadata.row_groups) {
			const rows = Number(group.num_rows);
			const columns = new Map<string, unknown[]>();
			for (const chunk of group.columns) {
				const meta = chunk.meta_data;
				if (!meta) continue;
				const start = Number(meta.dictionary_page_offset ?? meta.data_page_offset);
				const bytes = readAt(fd, start, Number(meta.total_compressed_size));
				const schemaPath = getTreePath(tree, meta.path_in_schema);
				const { data } = readColumn(
					{ view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset: 0 },
					{ groupStart: row, selectStart: 0, selectEnd: rows, groupRows: rows },
					{
						pathInSchema: meta.path_in_schema,
						type: meta.type,
						element: schemaPath[schemaPath.length - 1]!.element,
						schemaPath,
						codec: meta.codec,
						parsers: DEFAULT_PARSERS,
						utf8: true
					}
				);
				columns.set(
					meta.path_in_schema.join('.'),
					data.flatMap((page) => Array.from(page as ArrayLike<unknown>))
				);
			}
			for (let i = 0; i < rows; i++) {
				const values: BulkRow = {};
				for (const [name, data] of columns) values[name] = data[i];
				const article = bulkArticle(values, shown, row + i, issues);
				if (article) yield article;
			}
			row += rows;
		}
	} catch (e) {
		issues.push({
			file: shown,
			field: '(file)',
			message: `could not be read to the end: ${(e as Error).message}`
		});
	} finally {
		closeSync(fd);
	}
}
