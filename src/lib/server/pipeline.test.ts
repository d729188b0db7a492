import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DataError } from '../core/errors';
import { buildDataInRounds, citedArticles, loadDataset, prepareData, reviewedKindPlaces } from './pipeline';
import { RecordCache } from './record-cache';
import { recordKey } from './record-keys';
import { corpusContext } from './records';
import { readBulkFile } from './bulk-store';

const FIXTURE = 'tests/fixtures/bulk';
const dirs: string[] = [];
function temp(): string {
	const dir = mkdtempSync(join(tmpdir(), 'pipeline-'));
	dirs.push(dir);
	return dir;
}
const saved = process.env.RECORD_CACHE;
afterEach(() => {
	for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
	if (saved === undefined) delete process.env.RECORD_CACHE;
	else process.env.RECORD_CACHE = saved;
});

describe('buildDataInRounds', () => {
	it('caches, round by round, the records the whole-corpus pipeline computes', async () => {
		process.env.RECORD_CACHE = temp();
		const summary = await buildDataInRounds(FIXTURE, 0, 2);
		expect(summary.stats).toMatchObject({ articles: 4, cached: 0, computed: 4, workers: 0 });
		expect(summary.rounds).toBe(2);
		expect(summary.reviewedEvents).toBeGreaterThan(0);
		const prepared = prepareData(FIXTURE);
		const cache = new RecordCache(process.env.RECORD_CACHE, corpusContext(prepared)!);
		process.env.RECORD_CACHE = 'off';
		const whole = loadDataset(FIXTURE);
		for (const a of prepared.articles) {
			const published = whole.articles.find((p) => p.id === a.id)!;
			expect(cache.get(recordKey(a))?.mentions, a.id).toEqual(published.mentions);
		}
		cache.close();
		const named = new Set(whole.articles.flatMap((a) => a.mentions.map((m) => m.place)));
		expect(summary.placesNamed).toBe(named.size);
		expect(summary.unreviewedEvents).toBe(whole.events.filter((e) => e.extracted).length);
	});

	it('takes every record from the cache the second time', async () => {
		process.env.RECORD_CACHE = temp();
		await buildDataInRounds(FIXTURE, 0, 3);
		const again = await buildDataInRounds(FIXTURE, 0, 3);
		expect(again.stats).toMatchObject({ articles: 4, cached: 4, computed: 0 });
	});

	it('finds an id used by a Markdown article and a bulk row, across rounds', async () => {
		process.env.RECORD_CACHE = 'off';
		const dir = temp();
		cpSync(FIXTURE, dir, { recursive: true });
		const rows: string[] = [];
		readBulkFile(join(dir, 'bulk/articles.parquet'), 'x', [], (a) => rows.push(a.id));
		writeFileSync(
			join(dir, 'articles', `${rows[2]}.md`),
			'---\ntitle: Copy\noutlet: Example\npublished: 2020-02-01\n---\n\nSaraqeb was shelled.\n'
		);
		const error = await buildDataInRounds(dir, 0, 1).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(DataError);
		expect((error as DataError).issues).toContainEqual(
			expect.objectContaining({
				field: 'rows[2].id',
				message: expect.stringContaining(`duplicate article id "${rows[2]}"`)
			})
		);
	});
});

describe('citedArticles', () => {
	it('reads the articles reviewed events cite, passing over what does not parse', () => {
		const files = [
			{ text: JSON.stringify({ events: [{ source: { type: 'article', article: 'a' } }, { source: {} }] }) },
			{ text: '{ not json' },
			{
				text: JSON.stringify({
					events: [{ source: { type: 'outside', url: 'x' } }, { source: { article: 'b' } }]
				})
			}
		];
		expect([...citedArticles(files)]).toEqual(['a', 'b']);
	});
});

describe('reviewedKindPlaces', () => {
	it('reads the kind of each reviewed event with each of its places, passing over what does not parse', () => {
		const files = [
			{ text: JSON.stringify({ events: [{ kind: 'captured', places: ['a', 'b'] }, { kind: 'talks' }] }) },
			{ text: '[1, 2' },
			{ text: JSON.stringify({ events: [null, { kind: 'attacked', places: ['c', 3] }] }) }
		];
		expect([...reviewedKindPlaces(files)]).toEqual(['captured|a', 'captured|b', 'attacked|c']);
	});
});
