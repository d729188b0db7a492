import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { publishPlaces, type Dataset } from '../../src/lib/data/dataset';
import { eventsCsv, publishEvents } from '../../src/lib/data/events';
import { excerptsOnly, type SiteText } from '../../src/lib/data/excerpts-only';
import {
	publishChronologyParts,
	publishExplorerData,
	publishMonthCountsFile,
	publishPlaceDetails,
	publishPlacePages
} from '../../src/lib/data/publish';
import { articleFacts, publishDayCounts, publishOutletCounts } from '../../src/lib/data/publish-counts';
import {
	extractedRecords,
	publishExtractedMonths,
	publishExtractedPlaces
} from '../../src/lib/data/publish-extracted';
import { buildSearchShards, shardFile } from '../../src/lib/data/search-shards';
import { readerPages } from '../../src/lib/data/reader';
import type { PlaceHead } from '../../src/lib/data/explorer-data';
import { previousParts, readPreviousCut } from '../../src/lib/data/page-cut';
import { BUILD_INPUTS } from '../../src/lib/server/build-inputs';
import { publishArticleShards } from '../../src/lib/data/article-shards';
import {
	BUILD_STATE,
	describeSteps,
	SITE_FACTS,
	writeDataFiles,
	type SiteFacts
} from '../../src/lib/server/data-files';
import { loadDataset } from '../../src/lib/server/pipeline';
import { corpusSpan, placeShares } from '../../src/lib/server/share';

/**
 * Every `data/` file of a dataset held whole in memory, made by the publishing functions the way the
 * prerendered routes under `src/routes/data/` made them before the files were written in rounds: the
 * reference the build in rounds (`writeDataFiles`) must equal to the byte.
 */
function inMemoryFiles(dataset: Dataset, tablePart?: number): Map<string, string> {
	const files = new Map<string, string>();
	const facts = articleFacts(dataset);
	files.set('data/explorer.json', JSON.stringify(publishExplorerData(dataset, facts)));
	files.set('data/month-counts.json', JSON.stringify(publishMonthCountsFile(dataset, facts)));
	files.set('data/place-details.json', JSON.stringify(publishPlaceDetails(dataset)));
	files.set('data/places.geojson', JSON.stringify(publishPlaces(dataset)));
	const events = publishEvents(dataset);
	files.set('data/events.json', JSON.stringify(events));
	files.set('data/events.csv', eventsCsv(events));
	files.set(
		'data/events/reviewed.json',
		JSON.stringify({ events: events.events.filter((e) => !e.extracted) })
	);
	const records = extractedRecords(dataset);
	const extractedPlaces = publishExtractedPlaces(dataset, undefined, records);
	for (const { place, page } of extractedPlaces.keys)
		files.set(
			`data/events/places/${place}/${page}.json`,
			JSON.stringify(page === 'head' ? extractedPlaces.head(place) : extractedPlaces.page(place, page))
		);
	const months = publishExtractedMonths(dataset, records);
	for (const [month, , pages] of months.counts)
		for (let page = 0; page < pages; page++)
			files.set(`data/events/months/${month}/${page}.json`, JSON.stringify(months.month(month, page)));
	const places = publishPlacePages(dataset, facts, undefined, undefined, tablePart);
	for (const { place, page } of places.keys)
		files.set(
			`data/places/${place}/${page}.json`,
			JSON.stringify(page === 'head' ? places.head(place) : places.page(place, page))
		);
	for (const { place, part } of places.tableKeys)
		files.set(`data/places/${place}/table-${part}.json`, JSON.stringify(places.table(place, part)));
	const chronology = publishChronologyParts(dataset, facts);
	for (const { month, part } of chronology.keys)
		files.set(`data/chronology/${month}/${part}.json`, JSON.stringify(chronology.part(month, part)));
	files.set('data/chronology/parts.json', JSON.stringify(chronology.table));
	const days = publishDayCounts(dataset, facts);
	for (const month of days.months) files.set(`data/days/${month}.json`, JSON.stringify(days.file(month)));
	const outlets = publishOutletCounts(dataset, facts);
	for (const id of outlets.ids) files.set(`data/outlets/${id}.json`, JSON.stringify(outlets.file(id)));
	const ids = Array.from(facts.outlet, (o) => facts.outlets[o]!.id);
	const search = buildSearchShards(dataset.articles, {}, ids);
	files.set('data/search/index.json', JSON.stringify(search.manifest));
	for (const p of search.manifest.shards)
		files.set(`data/search/terms/${shardFile(p)}.json`, JSON.stringify(search.shard(shardFile(p))));
	for (const [name, file] of search.pages())
		files.set(`data/search/postings/${name}/${file}.json`, JSON.stringify(search.postings(name, file)));
	for (const n of search.docFiles) files.set(`data/search/docs/${n}.json`, JSON.stringify(search.docs(n)));
	const shards = publishArticleShards(dataset, readerPages(dataset));
	files.set('data/articles/shards.json', JSON.stringify(shards.index));
	for (const n of shards.keys) files.set(`data/articles/${n}.json`, JSON.stringify(shards.shard(n)));
	return files;
}

/** Every file under `dir`, by path relative to it. */
function filesUnder(dir: string, root = dir): Map<string, string> {
	const out = new Map<string, string>();
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) for (const [k, v] of filesUnder(path, root)) out.set(k, v);
		else out.set(relative(root, path), readFileSync(path, 'utf8'));
	}
	return out;
}

const scratch = mkdtempSync(join(tmpdir(), 'data-files-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

/**
 * A corpus of its own in which one place has enough articles and events found in the text for sealed
 * pages (`data/places/<id>/<n>.json`, `data/events/places/<id>/<n>.json`) besides their heads: the
 * fixture folders' corpora are too small for any. 110 one-line articles on consecutive days, each
 * reporting Saraqeb entered, with the `valid` fixture's places.
 */
function manyArticles(name = 'many-geodata'): string {
	const dir = join(scratch, name);
	mkdirSync(join(dir, 'articles'), { recursive: true });
	writeFileSync(join(dir, 'places.geojson'), readFileSync(join(FIXTURES, 'valid', 'places.geojson')));
	for (let i = 0; i < 110; i++) {
		const day = new Date(Date.UTC(2019, 0, 1 + i)).toISOString().slice(0, 10);
		const body = `Government forces entered Saraqeb on ${day.slice(8)} ${MONTHS[Number(day.slice(5, 7)) - 1]}.`;
		writeFileSync(
			join(dir, 'articles', `${day}-many-${i}.md`),
			`---\ntitle: Report ${i}\noutlet: Fixture News\npublished: ${day}\n---\n\n${body}\n`
		);
	}
	return dir;
}

const MONTHS = ['January', 'February', 'March', 'April'];

/** Writes a fixture's files in rounds of `round` articles, and makes the same from its dataset in memory. */
async function both(fixture: string, text: SiteText, round: number) {
	const dir =
		fixture === 'geodata'
			? join(import.meta.dirname, '..', '..', 'geodata')
			: fixture === 'many'
				? manyArticles()
				: join(FIXTURES, fixture);
	const out = join(scratch, `${fixture}-${text}-${round}`);
	process.env.RECORD_CACHE = 'off';
	const summary = await writeDataFiles(out, { dir, text, workers: 0, round });
	expect(Object.keys(summary.cpu)).toEqual(Object.keys(summary.steps));
	for (const used of Object.values(summary.cpu)) expect(used).toBeGreaterThanOrEqual(0);
	const full = loadDataset(dir);
	const dataset = text === 'excerpts' ? excerptsOnly(full) : full;
	const written = filesUnder(out);
	const facts = JSON.parse(written.get(SITE_FACTS)!) as SiteFacts;
	written.delete(SITE_FACTS);
	written.delete(BUILD_STATE);
	written.delete(BUILD_INPUTS);
	return { written, expected: inMemoryFiles(dataset), facts, dataset };
}

describe('the data files written in rounds', () => {
	for (const [fixture, text, round] of [
		['bulk', 'full', 3],
		['bulk', 'excerpts', 1000],
		['valid', 'full', 2],
		['geodata', 'full', 4],
		['excerpts', 'excerpts', 2],
		['many', 'full', 7]
	] as const)
		it(`are the in-memory files to the byte: ${fixture}, ${text} text, rounds of ${round}`, async () => {
			const { written, expected, facts, dataset } = await both(fixture, text, round);
			if (fixture === 'many')
				for (const sealed of ['data/places/saraqeb/3.json', 'data/events/places/saraqeb/0.json'])
					expect(written.has(sealed), sealed).toBe(true);
			expect([...written.keys()].sort()).toEqual([...expected.keys()].sort());
			for (const [name, body] of expected) expect(written.get(name), name).toBe(body);
			expect(facts.span).toEqual(corpusSpan(dataset));
			expect(facts.places).toEqual([...placeShares(dataset).values()]);
			const reader = readerPages(dataset);
			expect(facts.curated).toEqual(dataset.articles.filter((a) => a.curated).map((a) => reader(a.id)));
		});
});

describe('a build into a folder written before', () => {
	it('replaces only the files whose bytes changed, and removes the files it no longer writes', async () => {
		const out = join(scratch, 'again');
		process.env.RECORD_CACHE = 'off';
		const options = { dir: join(FIXTURES, 'valid'), workers: 0, round: 2 };
		const first = await writeDataFiles(out, options);
		expect(first.replaced).toMatchObject({ changed: 0, removed: 0, added: first.replaced.files });
		const before = filesUnder(out);
		const panel = [...before.keys()].find((name) => name.startsWith('data/places/'))!;
		const inode = statSync(join(out, panel)).ino;
		writeFileSync(join(out, 'data/explorer.json'), '{}');
		mkdirSync(join(out, 'data/stale'));
		writeFileSync(join(out, 'data/stale/0.json'), '[]');
		const second = await writeDataFiles(out, options);
		expect(second.replaced).toEqual({
			files: first.replaced.files,
			changed: 1,
			added: 0,
			removed: 1,
			bytes: Buffer.byteLength(before.get('data/explorer.json')!)
		});
		expect(filesUnder(out)).toEqual(before);
		expect(statSync(join(out, panel)).ino).toBe(inode);
	});
});

describe('a build after articles dated before the others', () => {
	it('keeps each panel page’s span: the old ones take them in and split, the rest stay to the byte', async () => {
		const dir = manyArticles('backdated-geodata');
		const out = join(scratch, 'backdated');
		process.env.RECORD_CACHE = 'off';
		const options = { dir, workers: 0, round: 16 };
		await writeDataFiles(out, options);
		const before = filesUnder(out);
		const headBefore = JSON.parse(before.get('data/places/saraqeb/head.json')!) as PlaceHead;
		expect(headBefore.table.pages).toEqual([0, 1, 2, 3]);
		// 25 reports from 2018, one a day: older than page 0's oldest, so page 0's span takes them.
		for (let i = 0; i < 25; i++) {
			const day = new Date(Date.UTC(2018, 5, 1 + i)).toISOString().slice(0, 10);
			writeFileSync(
				join(dir, 'articles', `${day}-late-${i}.md`),
				`---\ntitle: Late ${i}\noutlet: Fixture News\npublished: ${day}\n---\n\nShelling hit Saraqeb.\n`
			);
		}
		await writeDataFiles(out, options);
		const after = filesUnder(out);
		const head = JSON.parse(after.get('data/places/saraqeb/head.json')!) as PlaceHead;
		// Page 0 held 45, past 40: it split into pages 4 and 5 (20 and 25), listed first in key order.
		expect(head.table.pages).toEqual([4, 5, 1, 2, 3]);
		expect(after.has('data/places/saraqeb/0.json')).toBe(false);
		for (const page of [1, 2, 3].map((n) => `data/places/saraqeb/${n}.json`))
			expect(after.get(page), page).toBe(before.get(page));
		expect(head.entries).toEqual(headBefore.entries);
		// The same files as the in-memory publisher given the first build's table.
		const dataset = loadDataset(dir);
		const pages = publishPlacePages(dataset, articleFacts(dataset), undefined, (id) =>
			id === 'saraqeb' ? readPreviousCut(headBefore, () => undefined) : undefined
		);
		for (const n of [4, 5, 1])
			expect(after.get(`data/places/saraqeb/${n}.json`)).toBe(JSON.stringify(pages.page('saraqeb', n)));
		expect(after.get('data/places/saraqeb/head.json')).toBe(JSON.stringify(pages.head('saraqeb')));
		// The chronology's parts of 2019 stay to the byte (June 2018 is a month of its own), and the
		// table is the in-memory publisher's given the first build's.
		for (const [name, text] of before)
			if (name.startsWith('data/chronology/2019-')) expect(after.get(name), name).toBe(text);
		const previousChronology = previousParts(JSON.parse(before.get('data/chronology/parts.json')!));
		const chronology = publishChronologyParts(dataset, articleFacts(dataset), undefined, (m) =>
			previousChronology.get(m)
		);
		expect(after.get('data/chronology/parts.json')).toBe(JSON.stringify(chronology.table));
		expect(Object.keys(chronology.table.months)).toEqual([
			'2018-06',
			'2019-01',
			'2019-02',
			'2019-03',
			'2019-04'
		]);
		// Built from nothing, the same corpus is cut from the oldest end again.
		const fresh = join(scratch, 'backdated-fresh');
		await writeDataFiles(fresh, { ...options, previous: false });
		const table = (
			JSON.parse(readFileSync(join(fresh, 'data/places/saraqeb/head.json'), 'utf8')) as PlaceHead
		).table;
		expect(table.pages).toEqual([0, 1, 2, 3, 4]);
	});
});

describe('a place’s table in parts', () => {
	it('is the in-memory files to the byte, and newer articles add pages and parts and change no other', async () => {
		const dir = manyArticles('parts-geodata');
		const out = join(scratch, 'parts');
		process.env.RECORD_CACHE = 'off';
		// Table parts of one row: Saraqeb's four sealed pages give parts 0, 1 and 2 and a head of one row.
		const options = { dir, workers: 0, round: 16, tablePart: 1 };
		await writeDataFiles(out, options);
		const before = filesUnder(out);
		// The same corpus in a folder of its own: the dataset of `dir` is read once, after the change.
		const expected = inMemoryFiles(loadDataset(manyArticles('parts-geodata-same')), 1);
		const places = (files: Map<string, string>) =>
			[...files.keys()].filter((name) => name.startsWith('data/places/')).sort();
		expect(places(before)).toEqual(places(expected));
		for (const name of places(expected)) expect(before.get(name), name).toBe(expected.get(name));
		const headBefore = JSON.parse(before.get('data/places/saraqeb/head.json')!) as PlaceHead;
		expect(headBefore.table.parts.numbers).toEqual([0, 1, 2]);
		expect(headBefore.table.pages).toEqual([3]);
		// 40 reports after the others: pages 4 and 5 are sealed, and their rows parts 3 and 4.
		for (let i = 0; i < 40; i++) {
			const day = new Date(Date.UTC(2019, 3, 21 + i)).toISOString().slice(0, 10);
			writeFileSync(
				join(dir, 'articles', `${day}-newer-${i}.md`),
				`---\ntitle: Newer ${i}\noutlet: Fixture News\npublished: ${day}\n---\n\nShelling hit Saraqeb.\n`
			);
		}
		await writeDataFiles(out, options);
		const after = filesUnder(out);
		const head = JSON.parse(after.get('data/places/saraqeb/head.json')!) as PlaceHead;
		expect(head.table.parts.numbers).toEqual([0, 1, 2, 3, 4]);
		expect(head.table.pages).toEqual([5]);
		const saraqeb = (files: Map<string, string>) =>
			places(files).filter((name) => name.startsWith('data/places/saraqeb/'));
		const added = saraqeb(after).filter((name) => !before.has(name));
		expect(added.sort()).toEqual(
			['4', '5', 'table-3', 'table-4'].map((n) => `data/places/saraqeb/${n}.json`).sort()
		);
		for (const name of saraqeb(before))
			if (!name.endsWith('/head.json')) expect(after.get(name), name).toBe(before.get(name));
		// The same files as the in-memory publisher given the first build's head and parts.
		const dataset = loadDataset(dir);
		const previous = readPreviousCut(headBefore, (n) =>
			JSON.parse(before.get(`data/places/saraqeb/table-${n}.json`)!)
		);
		expect(previous?.parts?.pages).toEqual([0, 1, 2]);
		const pages = publishPlacePages(
			dataset,
			articleFacts(dataset),
			undefined,
			(id) => (id === 'saraqeb' ? previous : undefined),
			1
		);
		expect(after.get('data/places/saraqeb/head.json')).toBe(JSON.stringify(pages.head('saraqeb')));
		for (const n of [3, 4])
			expect(after.get(`data/places/saraqeb/table-${n}.json`)).toBe(
				JSON.stringify(pages.table('saraqeb', n))
			);
	});
});

describe('describeSteps', () => {
	it('names each step with its seconds, and its CPU seconds when given', () => {
		expect(describeSteps({ order: 20.14, articles: 3 })).toBe('order 20.1 s, articles 3.0 s');
		expect(describeSteps({ order: 20.14, articles: 3 }, { order: 9.81, articles: 2.96 })).toBe(
			'order 20.1 s (9.8 s CPU), articles 3.0 s (3.0 s CPU)'
		);
	});
});
