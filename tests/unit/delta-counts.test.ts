import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cannotAdd, countArticles, CorpusTally, tallyFiles } from '../../src/lib/data/corpus-tally';
import { addedDays, type DayArticle } from '../../src/lib/data/delta-days';
import { addedChronology } from '../../src/lib/data/delta-chronology';
import { addedDocs, addedKeys } from '../../src/lib/data/delta-docs';
import { addedPanel } from '../../src/lib/data/delta-panel';
import { PAGE_SIZE, panelEntry } from '../../src/lib/data/publish';
import { addedShards } from '../../src/lib/data/delta-shards';
import { shardBits, type ArticleShardIndex, type ShardArticle } from '../../src/lib/data/article-shards';
import { readerPages, type ReaderPage } from '../../src/lib/data/reader';
import { BUILD_STATE, writeDataFiles } from '../../src/lib/server/data-files';
import { loadDataset } from '../../src/lib/server/pipeline';

const scratch = mkdtempSync(join(tmpdir(), 'delta-counts-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const MONTHS = ['January', 'February', 'March', 'April', 'May'];

/** Writes one Markdown article, naming Saraqeb (and Idlib every third day), into `dir`. */
function article(dir: string, id: string, day: string, outlet: string, i: number): void {
	const also = i % 3 ? '' : ' Shelling was reported in Idlib.';
	const body = `Government forces entered Saraqeb on ${day.slice(8)} ${MONTHS[Number(day.slice(5, 7)) - 1]}.${also}`;
	writeFileSync(
		join(dir, 'articles', `${id}.md`),
		`---\ntitle: Report ${i}\noutlet: ${outlet}\npublished: ${day}\n---\n\n${body}\n`
	);
}

/**
 * An invented corpus of its own with the `valid` fixture's places: 60 articles on consecutive days
 * from 1 January 2019 by three outlets (two on 11 January); then the same with 20 newer articles, one of
 * them on the first corpus's newest day (an id after that day's). (A new outlet is counted in
 * `corpus-tally.test.ts`; here it would renumber every day file, which `addedDays` refuses.)
 */
/** The outlet of the first corpus's `i`-th article: three outlets. */
const outletOf = (i: number) => (i % 10 === 5 ? 'A New Wire' : i % 4 ? 'Fixture News' : 'Other Daily');

function corpora(): { before: string; after: string; added: string[] } {
	const before = join(scratch, 'before');
	mkdirSync(join(before, 'articles'), { recursive: true });
	writeFileSync(join(before, 'places.geojson'), readFileSync(join(FIXTURES, 'valid', 'places.geojson')));
	const day = (n: number) => new Date(Date.UTC(2019, 0, 1 + n)).toISOString().slice(0, 10);
	for (let i = 0; i < 60; i++) article(before, `${day(i)}-report-${i}`, day(i), outletOf(i), i);
	// A day of two articles, so the keys have a bit of rank (`keyBits` 1) and the newest day room for one more.
	article(before, `${day(10)}-second`, day(10), 'Fixture News', 10);
	const after = join(scratch, 'after');
	cpSync(before, after, { recursive: true });
	const added: string[] = [];
	for (let i = 59; i < 79; i++) {
		const id = `${day(i)}-z-late-${i}`;
		article(after, id, day(i), i % 2 ? 'A New Wire' : 'Fixture News', i);
		added.push(id);
	}
	return { before, after, added };
}

describe('the whole-corpus counts of a build that adds articles', () => {
	it('are, from the saved state and the new articles alone, what a build from nothing writes', async () => {
		process.env.RECORD_CACHE = 'off';
		const { before, after, added } = corpora();
		const first = join(scratch, 'first');
		const whole = join(scratch, 'whole');
		// Table parts of 1 row, so that the places' tables seal parts at this size.
		await writeDataFiles(first, { dir: before, workers: 0, round: 7, tablePart: 1 });
		await writeDataFiles(whole, { dir: after, workers: 0, round: 7, tablePart: 1 });

		const tally = CorpusTally.fromJSON(JSON.parse(readFileSync(join(first, BUILD_STATE), 'utf8')));
		const dataset = loadDataset(after);
		const fresh = dataset.articles.filter((a) => added.includes(a.id));
		expect(fresh).toHaveLength(20);
		const counted: DayArticle[] = [];
		const owned: string[][] = [];
		const outlets = countArticles(
			tally,
			fresh,
			dataset.places,
			dataset.outlets ?? [],
			(a, outlet, listed, own) => {
				counted.push({ published: a.published, datePrecision: a.datePrecision, outlet, listed });
				owned.push(own);
			}
		);
		expect(JSON.stringify(tally.toJSON())).toBe(readFileSync(join(whole, BUILD_STATE), 'utf8'));
		const files = tallyFiles(tally, dataset.places, outlets);
		expect([...files.keys()].sort()).toEqual([
			'data/month-counts.json',
			'data/outlets/a-new-wire.json',
			'data/outlets/fixture-news.json',
			'data/outlets/other-daily.json'
		]);
		for (const [path, text] of files) expect(text, path).toBe(readFileSync(join(whole, path), 'utf8'));

		// The day files: the months of the new articles, the newest one read as published.
		const explorerOutlets = (out: string) =>
			JSON.parse(readFileSync(join(out, 'data/explorer.json'), 'utf8')).outlets as { id: string }[];
		const dayText = (out: string, month: string) => {
			const path = join(out, 'data/days', `${month}.json`);
			return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
		};
		const days = addedDays(
			explorerOutlets(first),
			outlets,
			counted,
			dataset.places,
			(m) => JSON.parse(dayText(first, m) ?? 'null') ?? undefined
		);
		if (typeof days === 'string') throw new Error(days);
		const months = readdirSync(join(whole, 'data/days'))
			.map((f) => f.replace('.json', ''))
			.filter((m) => dayText(whole, m) !== dayText(first, m));
		expect([...days.keys()].sort()).toEqual(months.sort());
		expect(months.some((m) => dayText(first, m) !== undefined)).toBe(true);
		for (const [m, file] of days) expect(JSON.stringify(file), m).toBe(dayText(whole, m));
		expect(addedDays(explorerOutlets(first).slice(1), outlets, counted, [], () => undefined)).toMatch(
			/new outlet/
		);

		// The search docs files: only those the new articles fill or add, each the full build's own.
		const index = JSON.parse(readFileSync(join(first, 'data/search/index.json'), 'utf8'));
		const saved = JSON.parse(readFileSync(join(first, BUILD_STATE), 'utf8'));
		const docsDir = (out: string) => join(out, 'data/search/docs');
		const read = (out: string, n: number) =>
			existsSync(join(docsDir(out), `${n}.json`))
				? readFileSync(join(docsDir(out), `${n}.json`), 'utf8')
				: undefined;
		const docs = addedDocs(
			{ last: saved.last, lastDayCount: saved.lastDayCount, keyBits: index.keyBits },
			fresh,
			(n) => JSON.parse(read(first, n) ?? 'null') ?? undefined
		);
		if (typeof docs === 'string') throw new Error(docs);
		const changed = readdirSync(docsDir(whole))
			.map((f) => Number(f.replace('.json', '')))
			.filter((n) => read(whole, n) !== read(first, n));
		expect([...docs.keys()].sort((x, y) => x - y)).toEqual(changed.sort((x, y) => x - y));
		expect(changed.some((n) => read(first, n) !== undefined)).toBe(true);
		for (const [n, file] of docs) expect(JSON.stringify(file), `docs ${n}`).toBe(read(whole, n));
		// The chronology's parts of the new articles' months, and its table.
		const keys = addedKeys(
			{ last: saved.last, lastDayCount: saved.lastDayCount, keyBits: index.keyBits },
			fresh,
			(n) => JSON.parse(read(first, n) ?? 'null') ?? undefined
		);
		if (typeof keys === 'string') throw new Error(keys);
		const placeIndex = new Map(dataset.places.map((p, i) => [p.id, i]));
		const partsJson = (out: string) => readFileSync(join(out, 'data/chronology/parts.json'), 'utf8');
		const partText = (out: string, month: string, part: number) => {
			const path = join(out, 'data/chronology', month, `${part}.json`);
			return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
		};
		const chronology = addedChronology(
			JSON.parse(partsJson(first)),
			fresh.map((article, i) => ({
				article,
				key: keys[i]!,
				outlet: counted[i]!.outlet,
				places: [...owned[i]!].sort((x, y) => placeIndex.get(x)! - placeIndex.get(y)!)
			})),
			(month, part) => partText(first, month, part)
		);
		if (typeof chronology === 'string') throw new Error(chronology);
		expect(JSON.stringify(chronology.table)).toBe(partsJson(whole));
		const partsChanged = readdirSync(join(whole, 'data/chronology'))
			.filter((m) => m !== 'parts.json')
			.flatMap((m) =>
				readdirSync(join(whole, 'data/chronology', m)).map(
					(f) => [m, Number(f.replace('.json', ''))] as const
				)
			)
			.filter(([m, n]) => partText(whole, m, n) !== partText(first, m, n))
			.map(([m, n]) => `data/chronology/${m}/${n}.json`);
		expect([...chronology.files.keys()].sort()).toEqual(partsChanged.sort());
		expect(partsChanged.length).toBeGreaterThan(0);
		for (const [path, text] of chronology.files)
			expect(text, path).toBe(readFileSync(join(whole, path), 'utf8'));

		// The places' panels: each touched place's head, new sealed pages and new table parts.
		const placeById = new Map(dataset.places.map((p) => [p.id, p]));
		const panelEntries = new Map<string, { key: number; json: string }[]>();
		fresh.forEach((a, i) => {
			for (const id of counted[i]!.listed) {
				const entry = JSON.stringify(panelEntry(placeById.get(id)!, keys[i]!, a, counted[i]!.outlet));
				const list = panelEntries.get(id) ?? [];
				list.push({ key: keys[i]!, json: entry });
				panelEntries.set(id, list);
			}
		});
		const placeFile = (out: string, rel: string) => {
			const path = join(out, 'data/places', rel);
			return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
		};
		const panelFiles = new Map<string, string>();
		for (const [id, list] of panelEntries) {
			const files = addedPanel(
				id,
				JSON.parse(placeFile(first, `${id}/head.json`) ?? 'null') ?? undefined,
				(n) => JSON.parse(placeFile(first, `${id}/table-${n}.json`) ?? 'null') ?? undefined,
				list,
				index.keyBits,
				PAGE_SIZE,
				1
			);
			if (typeof files === 'string') throw new Error(files);
			for (const [name, text] of files) panelFiles.set(`${id}/${name}`, text);
		}
		const placesChanged = readdirSync(join(whole, 'data/places'), { recursive: true })
			.map(String)
			.filter((rel) => rel.endsWith('.json'))
			.filter((rel) => placeFile(whole, rel) !== placeFile(first, rel));
		expect([...panelFiles.keys()].sort()).toEqual(placesChanged.sort());
		expect(placesChanged.filter((rel) => /table-\d+\.json$/.test(rel)).length).toBeGreaterThan(0);
		expect(placesChanged.filter((rel) => /\/\d+\.json$/.test(rel)).length).toBeGreaterThan(0);
		for (const [rel, text] of panelFiles) expect(text, rel).toBe(placeFile(whole, rel));

		// The article shards: each touched one is the published file with the new entries at its end.
		const page = readerPages(dataset);
		const entries = fresh.map((a): ShardArticle => {
			const entry: Partial<ReaderPage> = { ...page(a.id)! };
			delete entry.description;
			return entry as ShardArticle;
		});
		const shardText = (out: string, n: number) => {
			const path = join(out, 'data/articles', `${n}.json`);
			return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
		};
		const shardIndex = (out: string) =>
			JSON.parse(readFileSync(join(out, 'data/articles/shards.json'), 'utf8')) as ArticleShardIndex;
		const shards = addedShards(shardIndex(first), shardBits(tally.shardBytes), entries, (n) =>
			shardText(first, n)
		);
		if (typeof shards === 'string') throw new Error(shards);
		expect(shards.index).toEqual(shardIndex(whole));
		const touched = readdirSync(join(whole, 'data/articles'))
			.filter((f) => f !== 'shards.json')
			.map((f) => Number(f.replace('.json', '')))
			.filter((n) => shardText(whole, n) !== shardText(first, n));
		expect([...shards.files.keys()].sort()).toEqual(touched.map((n) => `data/articles/${n}.json`).sort());
		for (const [path, text] of shards.files) expect(text, path).toBe(readFileSync(join(whole, path), 'utf8'));
		expect(addedShards(shardIndex(first), shardIndex(first).bits + 1, entries, () => undefined)).toMatch(
			/every article moves shard/
		);

		const early = { ...fresh[0]!, id: '0-early' };
		expect(
			addedDocs(
				{ last: saved.last, lastDayCount: saved.lastDayCount, keyBits: index.keyBits },
				[{ ...early, published: saved.last }],
				(n) => JSON.parse(read(first, n) ?? 'null') ?? undefined
			)
		).toMatch(/sorts before/);
		expect(
			addedDocs(
				{ last: saved.last, lastDayCount: saved.lastDayCount, keyBits: index.keyBits },
				[fresh[0]!, { ...fresh[0]!, id: `${fresh[0]!.id}-b` }],
				(n) => JSON.parse(read(first, n) ?? 'null') ?? undefined
			)
		).toMatch(/more articles than 2\^keyBits/);
	});

	it('refuses an article older than the newest day counted', () => {
		const tally = new CorpusTally();
		tally.day('2019-03-01', 1);
		tally.add({ published: '2019-03-01', outlet: 'x', own: [], listed: [] });
		expect(cannotAdd(tally, [{ published: '2019-03-01' }, { published: '2019-04-01' }])).toBeUndefined();
		expect(cannotAdd(tally, [{ published: '2019-02-28' }])).toMatch(/older than the build's newest day/);
		expect(() =>
			countArticles(
				tally,
				[{ id: 'a', published: '2019-02-01', outlet: 'x', body: '', mentions: [] }],
				[],
				[]
			)
		).toThrow(/built from nothing/);
	});
});
