import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readSources } from './sources';
import { writeBulkFile } from './bulk-store';

const VALID = join(import.meta.dirname, '..', '..', '..', 'tests', 'fixtures', 'valid');
const tmp = mkdtempSync(join(tmpdir(), 'sources-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('readSources: symbolic links', () => {
	it('names a link leaving the data folder and does not read it', () => {
		const dir = join(tmp, 'geodata');
		cpSync(VALID, dir, { recursive: true });
		const outside = join(tmp, 'elsewhere.geojson');
		writeFileSync(outside, '{"type":"FeatureCollection","features":[]}');
		symlinkSync(outside, join(dir, 'linked.geojson'));
		symlinkSync(join(dir, 'places.geojson'), join(dir, 'same.geojson'));
		const { sources, issues } = readSources(dir);
		const linked = issues.filter((i) => i.file.endsWith('linked.geojson'));
		expect(linked).toEqual([
			{
				file: expect.any(String),
				field: '(file)',
				message: expect.stringMatching(/symbolic link to .*elsewhere\.geojson, outside the data folder/)
			}
		]);
		expect(sources.placeFiles.map((f) => f.file.split('/').pop())).toEqual([
			'places.geojson',
			'same.geojson'
		]);
	});
});

describe('readSources: the bulk store', () => {
	it('reads bulk/*.parquet into checked articles, naming a bad row and keeping the rest', () => {
		const dir = join(tmp, 'with-bulk');
		cpSync(VALID, dir, { recursive: true });
		const row = (id: string, published: string) => ({
			id,
			title: `Report ${id}`,
			outlet: 'Levant Monitor',
			published,
			datePrecision: 'day' as const,
			body: 'Shelling was reported near Saraqeb.'
		});
		writeBulkFile(join(dir, 'bulk', 'b.parquet'), [
			row('bulk-b', '2020-02-02'),
			row('bulk-bad', '2020-02-30')
		]);
		writeBulkFile(join(dir, 'bulk', 'a.parquet'), [row('bulk-a', '2020-02-01')]);
		const { sources, issues } = readSources(dir);
		expect(sources.bulkArticles?.map((a) => [a.id, a.file.split('/').slice(-2).join('/'), a.row])).toEqual([
			['bulk-a', 'bulk/a.parquet', 0],
			['bulk-b', 'bulk/b.parquet', 0]
		]);
		expect(issues).toEqual([
			{
				file: expect.stringMatching(/bulk\/b\.parquet$/),
				field: 'rows[1].published',
				message: expect.any(String)
			}
		]);
	});
});
