import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parquetWriteBuffer } from 'hyparquet-writer';
import type { Article } from '../corpus/article';
import type { DataIssue } from '../core/errors';
import { BULK_ROW_GROUP, readBulkFile, writeBulkFile } from './bulk-store';

const tmp = mkdtempSync(join(tmpdir(), 'bulk-store-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

type Row = Omit<Article, 'file' | 'row'>;

function article(i: number, extra: Partial<Row> = {}): Row {
	return {
		id: `bulk-${i}`,
		title: `Report ${i}`,
		outlet: i % 2 ? 'Levant Monitor' : 'وكالة الأنباء',
		published: `2020-02-${String((i % 28) + 1).padStart(2, '0')}`,
		datePrecision: 'day',
		body: `Shelling was reported near Saraqeb (${i}).\n\nمعرة النعمان`,
		...extra
	};
}

function read(path: string): { articles: Article[]; issues: DataIssue[] } {
	const articles: Article[] = [];
	const issues: DataIssue[] = [];
	readBulkFile(path, 'bulk/x.parquet', issues, (a) => articles.push(a));
	return { articles, issues };
}

describe('the bulk store', () => {
	it('reads back what it wrote, across row groups, with empty columns as absent fields', () => {
		const path = join(tmp, 'round.parquet');
		const rows = Array.from({ length: BULK_ROW_GROUP + 3 }, (_, i) =>
			article(i, i === 1 ? { url: 'https://example.com/1', byline: 'By A', dateEvidence: 'dated' } : {})
		);
		writeBulkFile(path, rows);
		const { articles, issues } = read(path);
		expect(issues).toEqual([]);
		expect(articles).toHaveLength(rows.length);
		expect(articles[1]).toEqual({ ...rows[1], file: 'bulk/x.parquet', row: 1 });
		expect(articles[0]).toEqual({ ...rows[0], file: 'bulk/x.parquet', row: 0 });
		expect(articles.at(-1)).toEqual({ ...rows.at(-1), file: 'bulk/x.parquet', row: rows.length - 1 });
	});

	it('reports a bad row with its row and field and still loads the others', () => {
		const path = join(tmp, 'bad-row.parquet');
		writeBulkFile(path, [article(0), article(1, { published: '2020-13-01', title: '' }), article(2)]);
		const { articles, issues } = read(path);
		expect(articles.map((a) => a.id)).toEqual(['bulk-0', 'bulk-2']);
		expect(issues.map((i) => `${i.file}: ${i.field}`).sort()).toEqual([
			'bulk/x.parquet: rows[1].published',
			'bulk/x.parquet: rows[1].title'
		]);
	});

	it('names a file that is not Parquet, and one that lacks a required column', () => {
		const junk = join(tmp, 'junk.parquet');
		writeFileSync(junk, 'id,title\nx,y\n');
		expect(read(junk).issues).toEqual([
			{ file: 'bulk/x.parquet', field: '(file)', message: expect.stringMatching(/Parquet/) }
		]);
		const partial = join(tmp, 'partial.parquet');
		writeFileSync(
			partial,
			new Uint8Array(parquetWriteBuffer({ columnData: [{ name: 'id', data: ['a'], type: 'STRING' }] }))
		);
		expect(read(partial).issues).toEqual([
			{
				file: 'bulk/x.parquet',
				field: '(columns)',
				message: expect.stringContaining('lacks the columns title, outlet, published, body')
			}
		]);
	});

	it('never leaves half a file: a failed write keeps the old file and no temporary one', () => {
		const dir = join(tmp, 'atomic');
		const path = join(dir, 'store.parquet');
		writeBulkFile(path, [article(0)]);
		const before = readFileSync(path);
		const broken = [article(1), { ...article(2), title: 12 as unknown as string }];
		expect(() => writeBulkFile(path, broken)).toThrow();
		expect(readFileSync(path)).toEqual(before);
		expect(readdirSync(dir)).toEqual(['store.parquet']);
		expect(existsSync(path)).toBe(true);
	});
});
