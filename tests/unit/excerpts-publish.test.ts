import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publishPlaces, type Dataset } from '../../src/lib/data/dataset';
import { eventsCsv, publishEvents } from '../../src/lib/data/events';
import { excerptsOnly } from '../../src/lib/data/excerpts-only';
import { readExplorerFile, readMonthCountsFile } from '../../src/lib/data/explorer-file';
import {
	publishChronologyParts,
	publishExplorerData,
	publishMonthCountsFile,
	publishPlacePages
} from '../../src/lib/data/publish';
import { articleFacts, publishDayCounts, publishOutletCounts } from '../../src/lib/data/publish-counts';
import { buildSearchShards, shardFile } from '../../src/lib/data/search-shards';
import { readerPages } from '../../src/lib/data/reader';
import { publishArticleShards } from '../../src/lib/data/article-shards';
import { loadDataset } from '../../src/lib/server/pipeline';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'excerpts');
const withheld = JSON.parse(readFileSync(join(DIR, 'withheld.json'), 'utf8')) as {
	sentences: string[];
	words: string[];
	kept: string[];
};

/**
 * Every file the build publishes from a dataset, by name, as the routes under `src/routes/data/` and
 * `src/routes/articles/` serialise them (a reader page's HTML is its data rendered as text): a
 * prerendered page for each curated article, and the article shards the shard reader reads.
 */
function publishedFiles(dataset: Dataset): Map<string, string> {
	const files = new Map<string, string>();
	files.set('data/places.geojson', JSON.stringify(publishPlaces(dataset)));
	files.set('data/explorer.json', JSON.stringify(publishExplorerData(dataset)));
	files.set('data/month-counts.json', JSON.stringify(publishMonthCountsFile(dataset)));
	const search = buildSearchShards(dataset.articles);
	files.set('data/search/index.json', JSON.stringify(search.manifest));
	for (const p of search.manifest.shards) {
		const shard = search.shard(shardFile(p))!;
		files.set(`data/search/terms/${shardFile(p)}.json`, JSON.stringify(shard));
	}
	for (const [name, file] of search.pages())
		files.set(`data/search/postings/${name}/${file}.json`, JSON.stringify(search.postings(name, file)));
	for (const n of search.docFiles) files.set(`data/search/docs/${n}.json`, JSON.stringify(search.docs(n)));
	const events = publishEvents(dataset);
	files.set('data/events.json', JSON.stringify(events));
	files.set('data/events.csv', eventsCsv(events));
	const facts = articleFacts(dataset);
	const places = publishPlacePages(dataset, facts);
	for (const { place, page } of places.keys)
		files.set(
			`data/places/${place}/${page}.json`,
			JSON.stringify(page === 'head' ? places.head(place) : places.page(place, page))
		);
	const chronology = publishChronologyParts(dataset, facts);
	for (const { month, part } of chronology.keys)
		files.set(`data/chronology/${month}/${part}.json`, JSON.stringify(chronology.part(month, part)));
	files.set('data/chronology/parts.json', JSON.stringify(chronology.table));
	const days = publishDayCounts(dataset, facts);
	for (const month of days.months) files.set(`data/days/${month}.json`, JSON.stringify(days.file(month)));
	const outlets = publishOutletCounts(dataset, facts);
	for (const id of outlets.ids) files.set(`data/outlets/${id}.json`, JSON.stringify(outlets.file(id)));
	const reader = readerPages(dataset);
	for (const a of dataset.articles)
		if (a.curated) files.set(`articles/${a.id}`, JSON.stringify(reader(a.id)));
	const shards = publishArticleShards(dataset, reader);
	files.set('data/articles/shards.json', JSON.stringify(shards.index));
	for (const n of shards.keys) files.set(`data/articles/${n}.json`, JSON.stringify(shards.shard(n)));
	return files;
}

/** Every key and string value of a parsed JSON value, so a sentence is found whatever JSON escaped in it. */
function strings(value: unknown): string[] {
	if (typeof value === 'string') return [value];
	if (Array.isArray(value)) return value.flatMap(strings);
	if (value && typeof value === 'object')
		return Object.entries(value).flatMap(([k, v]) => [k, ...strings(v)]);
	return [];
}

/** Each file that holds a needle (case folded), as `file: needle`; events.csv is read as it is. */
function holding(files: Map<string, string>, needles: string[]): string[] {
	const found: string[] = [];
	for (const [name, raw] of files) {
		const text = (name.endsWith('.csv') ? raw : strings(JSON.parse(raw)).join('\n')).toLowerCase();
		for (const n of needles) if (text.includes(n.toLowerCase())) found.push(`${name}: ${n}`);
	}
	return found;
}

describe('an excerpts-only build of the fixture corpus', () => {
	const full = loadDataset(DIR);
	const files = publishedFiles(excerptsOnly(full));

	it('publishes no sentence outside the excerpts, in any file, nor any word only they hold', () => {
		expect(files.size).toBeGreaterThan(10);
		expect(holding(files, [...withheld.sentences, ...withheld.words])).toEqual([]);
	});

	it('publishes the sentences that name places and report reviewed events', () => {
		const articles = [...files]
			.filter(([name]) => /^data\/articles\/\d+\.json$/.test(name))
			.map(([, text]) => text)
			.join('\n');
		for (const s of withheld.kept) expect(articles).toContain(s);
		const reader = files.get('articles/2020-02-07-forces-enter-saraqeb')!;
		for (const s of withheld.kept.slice(0, 4)) expect(reader).toContain(s);
		expect(files.get('data/events.json')).toContain('The town fell to government forces at dawn.');
		// The bulk store's article has no page of its own: its excerpt is in a shard.
		const bulk = full.articles.find((a) => !a.curated)!;
		expect(files.has(`articles/${bulk.id}`)).toBe(false);
		const shards = [...files].filter(([name]) => /^data\/articles\/\d+\.json$/.test(name));
		expect(shards.some(([, text]) => text.includes('Artillery struck Saraqeb before noon.'))).toBe(true);
	});

	it('keeps the map’s data: the same places, dates and links from articles to places', () => {
		const before = readExplorerFile(JSON.parse(JSON.stringify(publishExplorerData(full))));
		const after = readExplorerFile(JSON.parse(files.get('data/explorer.json')!));
		expect(after.totals).toEqual(before.totals);
		expect(after.monthTotals).toEqual(before.monthTotals);
		const months = readMonthCountsFile(JSON.parse(files.get('data/month-counts.json')!), after);
		expect(months).toEqual(
			readMonthCountsFile(JSON.parse(JSON.stringify(publishMonthCountsFile(full))), before)
		);
		expect(after.places.features.map((f) => f.id)).toEqual(before.places.features.map((f) => f.id));
		const withoutOffsets = (events: typeof before.events) =>
			events.map((e) => ({ ...e, source: { ...e.source, start: undefined, end: undefined } }));
		expect(withoutOffsets(after.events)).toEqual(withoutOffsets(before.events));
	});

	it('would be caught: the full-text build holds every withheld sentence', () => {
		const all = publishedFiles(full);
		const found = holding(all, [...withheld.sentences, ...withheld.words]);
		for (const s of withheld.sentences)
			expect(found.some((f) => /^data\/articles\/\d+\.json: /.test(f) && f.endsWith(`: ${s}`))).toBe(true);
		for (const w of withheld.words)
			expect(found.some((f) => f.startsWith('data/search/terms/') && f.endsWith(`: ${w}`))).toBe(true);
		for (const s of withheld.sentences)
			expect(found.some((f) => f.startsWith('data/search/docs/') && f.endsWith(`: ${s}`))).toBe(true);
		expect(found).toContain('data/articles/0.json: The glimmerwold bridge stayed closed all week.');
	});
});
