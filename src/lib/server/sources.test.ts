import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readSources } from './sources';

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
