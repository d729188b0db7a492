import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Article } from '../corpus/article';
import type { DataIssue } from '../core/errors';
import { readBulkFile } from '../server/bulk-store';
import { defaultBulkFile, importBulk } from './bulk-import';

const FIXTURE = join(import.meta.dirname, 'fixtures', 'bulk-import.jsonl');
const tmp = mkdtempSync(join(tmpdir(), 'bulk-import-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function geodata(name: string): string {
	const dir = join(tmp, name);
	mkdirSync(join(dir, 'articles'), { recursive: true });
	writeFileSync(join(dir, 'articles', '2020-01-01-curated.md'), '---\ntitle: T\n---\n\nText.\n');
	return dir;
}

function stored(path: string): Article[] {
	const out: Article[] = [];
	const issues: DataIssue[] = [];
	readBulkFile(path, 'store', issues, (a) => out.push(a));
	expect(issues).toEqual([]);
	return out;
}

describe('importBulk', () => {
	it('writes the valid lines and names every bad one with its file, line and field', async () => {
		const dir = geodata('one');
		const result = await importBulk([FIXTURE], { geodata: dir });
		expect(result.out).toBe(join(dir, 'bulk', 'bulk-import.parquet'));
		expect(result.written).toBe(3);
		expect(result.issues.map((i) => `${i.file.split('/').pop()}: ${i.field}`)).toEqual([
			'bulk-import.jsonl: line 4',
			'bulk-import.jsonl: line 5.published',
			'bulk-import.jsonl: line 6',
			'bulk-import.jsonl: line 7.id',
			'bulk-import.jsonl: line 8.id'
		]);
		expect(result.issues[3]!.message).toMatch(/duplicate article id .* \(also .*line 1\)/);
		expect(result.issues[4]!.message).toMatch(/curated article's id/);
		const articles = stored(result.out);
		expect(articles.map((a) => [a.id, a.row])).toEqual([
			['2020-02-10-shelling-near-saraqeb', 0],
			['2020-02-11-talks', 1],
			['2020-03-01-month', 2]
		]);
		expect(articles[1]!.body).toBe('Delegations met in Ankara.\nThe talks ended.');
		expect(articles[2]).toMatchObject({ datePrecision: 'month', outlet: 'وكالة', body: 'نص [2J عربي' });
		expect(articles[0]!.url).toBe('https://example.com/saraqeb');
	});

	it('refuses to replace a store file without force, and replaces it with force', async () => {
		const dir = geodata('twice');
		const first = await importBulk([FIXTURE], { geodata: dir });
		const again = await importBulk([FIXTURE], { geodata: dir });
		expect(again.refused).toMatch(/exists: give --force/);
		expect(again.written).toBe(0);
		const forced = await importBulk([FIXTURE], { geodata: dir, force: true });
		expect(forced.written).toBe(3);
		expect(forced.out).toBe(first.out);
		expect(readdirSync(join(dir, 'bulk'))).toEqual(['bulk-import.parquet']);
	});

	it('writes nothing in a dry run', async () => {
		const dir = geodata('dry');
		const result = await importBulk([FIXTURE], { geodata: dir, dryRun: true });
		expect(result.written).toBe(3);
		expect(existsSync(result.out)).toBe(false);
	});

	it('joins several inputs into the file given, with ids unique across them', async () => {
		const dir = geodata('joined');
		const second = join(tmp, 'second.jsonl');
		cpSync(FIXTURE, second);
		const out = join(dir, 'bulk', 'all.parquet');
		const result = await importBulk([FIXTURE, second], { geodata: dir, out });
		expect(result.written).toBe(3);
		expect(
			result.issues.filter((i) => i.file.endsWith('second.jsonl') && /duplicate/.test(i.message))
		).toHaveLength(4);
		expect(stored(out)).toHaveLength(3);
	});

	it('names the default store file after the input', () => {
		expect(defaultBulkFile('/g', '/x/2026-12-batch.jsonl')).toBe('/g/bulk/2026-12-batch.parquet');
	});
});
