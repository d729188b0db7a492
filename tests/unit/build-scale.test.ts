/**
 * The build's per-article stage computed four ways on one fixture folder (a synthetic corpus written
 * like `geodata/`): in the main thread, on worker threads, from the record cache, and in parts merged
 * from a split. All four must give the same dataset, to the byte.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assembleDataset, buildDataset, type Dataset } from '../../src/lib/data/dataset';
import { geoNamesCities } from '../../src/lib/server/geonames';
import { prepareData } from '../../src/lib/server/pipeline';
import { packText, readPack, RecordCache } from '../../src/lib/server/record-cache';
import { RECORD_FORMAT } from '../../src/lib/server/record-keys';
import { cachedRecords, openCache, workerRecords } from '../../src/lib/server/records';
import { mergeParts, partFileName, partFiles, writePart } from '../../src/lib/server/records-part';
import { readSources } from '../../src/lib/server/sources';
import { generateCorpus } from '../../tools/bench/synthetic';

const GEODATA = join(import.meta.dirname, '..', '..', 'geodata');
let root: string;
let corpus: string;
let serial: Dataset;
const json = (d: Dataset) => JSON.stringify(d);

beforeAll(() => {
	root = mkdtempSync(join(tmpdir(), 'build-scale-'));
	corpus = join(root, 'geodata');
	const { sources } = readSources(GEODATA);
	const real = { placeFiles: sources.placeFiles, dataset: buildDataset(sources) };
	const generated = generateCorpus(real, { seed: 5, articles: 160, places: 300 });
	mkdirSync(join(corpus, 'articles'), { recursive: true });
	for (const f of [...generated.placeFiles, ...generated.articles])
		writeFileSync(join(corpus, f.file), f.text, 'utf8');
	serial = buildDataset(readSources(corpus).sources, geoNamesCities());
}, 120_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the per-article stage', { timeout: 60_000 }, () => {
	it('gives on two worker threads exactly the records of the main thread', async () => {
		const prepared = prepareData(corpus);
		const { records, stats } = await workerRecords(prepared, undefined, 2, { threshold: 0 });
		expect(stats).toMatchObject({ articles: 160, cached: 0, computed: 160, workers: 2 });
		expect(json(assembleDataset(prepared, records))).toBe(json(serial));
		expect(serial.articles.some((a) => a.mentions.length)).toBe(true);
		expect(serial.events.some((e) => e.extracted)).toBe(true);
	});

	it('computes in a rebuild only the articles added or changed since the last build', async () => {
		const cacheDir = join(root, 'cache');
		const prepared = prepareData(corpus);
		const first = await workerRecords(prepared, openCache(cacheDir, prepared), 2, { threshold: 0 });
		expect(first.stats).toMatchObject({ cached: 0, computed: 160 });

		const again = cachedRecords(prepared, openCache(cacheDir, prepared));
		expect(again.stats).toMatchObject({ cached: 160, computed: 0 });
		expect(json(assembleDataset(prepared, again.records))).toBe(json(serial));

		const grown = join(root, 'grown');
		mkdirSync(join(grown, 'articles'), { recursive: true });
		for (const f of readSources(corpus).sources.placeFiles) copyFileSync(f.file, join(grown, f.file.split('/').pop()!));
		const [firstFile, secondFile, ...rest] = readSources(corpus).sources.articleFiles;
		for (const f of rest) copyFileSync(f.file, join(grown, 'articles', f.file.split('/').pop()!));
		const copy = (name: string, text: string) => writeFileSync(join(grown, 'articles', name), text);
		copy(firstFile!.file.split('/').pop()!, firstFile!.text.replace(/^title: .*$/m, 'title: A new title'));
		copy(secondFile!.file.split('/').pop()!, `${secondFile!.text}\nOne more paragraph about Aleppo.\n`);
		copy('2020-03-01-an-added-article.md', rest[0]!.text);

		const grownPrepared = prepareData(grown);
		const rebuilt = cachedRecords(grownPrepared, openCache(cacheDir, grownPrepared));
		expect(rebuilt.stats).toMatchObject({ articles: 161, cached: 159, computed: 2 });
		const fresh = buildDataset(readSources(grown).sources, geoNamesCities());
		expect(json(assembleDataset(grownPrepared, rebuilt.records))).toBe(json(fresh));
	});

	it('computes everything again when the places change', () => {
		const cacheDir = join(root, 'cache-places');
		const prepared = prepareData(corpus);
		cachedRecords(prepared, openCache(cacheDir, prepared));
		const renamed = {
			...prepared,
			candidates: prepared.candidates.map((p, i) => (i === 0 ? { ...p, name: `${p.name} (renamed)` } : p))
		};
		expect(cachedRecords(renamed, openCache(cacheDir, renamed)).stats).toMatchObject({ cached: 0, computed: 160 });
	});
});

describe('a split build', { timeout: 60_000 }, () => {
	it('merges parts computed apart into the records of the single-machine build', async () => {
		const prepared = prepareData(corpus);
		const parts = join(root, 'parts');
		const sizes: number[] = [];
		for (let index = 1; index <= 3; index++) {
			const { path, stats } = await writePart(prepared, { index, count: 3 }, parts, undefined, index === 2 ? 2 : 0, 0);
			expect(path).toBe(join(parts, partFileName({ index, count: 3 })));
			sizes.push(stats.computed);
			expect(stats.workers).toBe(index === 2 ? 2 : 0);
		}
		expect(sizes.reduce((a, b) => a + b)).toBe(160);
		expect(Math.min(...sizes)).toBeGreaterThan(0);

		const cache = openCache(join(root, 'merged'), prepared)!;
		const result = mergeParts(prepared, partFiles([parts]), cache);
		expect(result).toEqual({ parts: 3, records: 160, covered: 160, articles: 160, missingShards: [] });
		const built = cachedRecords(prepared, openCache(join(root, 'merged'), prepared));
		expect(built.stats).toMatchObject({ cached: 160, computed: 0 });
		expect(json(assembleDataset(prepared, built.records))).toBe(json(serial));
	});

	it('names the parts not given, and refuses a part computed for other places or code', async () => {
		const prepared = prepareData(corpus);
		const parts = join(root, 'parts-some');
		await writePart(prepared, { index: 2, count: 4 }, parts, undefined, 0);
		const cache = openCache(join(root, 'merged-some'), prepared)!;
		const result = mergeParts(prepared, partFiles([parts]), cache);
		expect(result.missingShards).toEqual(['1/4', '3/4', '4/4']);
		expect(result.covered).toBe(result.records);
		expect(result.covered).toBeLessThan(160);

		const path = join(parts, partFileName({ index: 2, count: 4 }));
		const { entries } = readPack(path);
		const foreign = join(root, 'foreign.jsonl');
		writeFileSync(foreign, packText({ format: RECORD_FORMAT, context: 'f'.repeat(64), shard: '2/4' }, entries));
		expect(() => mergeParts(prepared, [foreign], new RecordCache(join(root, 'x'), cache.context))).toThrow(
			/foreign\.jsonl was computed for other places or other code/
		);
		expect(readFileSync(path, 'utf8').split('\n')[0]).toContain('"shard":"2/4"');
	});
});
