/**
 * A data build that adds articles to a built folder (`npm run build:files -- --add`, `npm run build --
 * --add`): it reads the saved state of the build before (`build-state.json`, `build-inputs.json` and
 * `site.json` beside `data/`), loads only the new Markdown articles and store files, computes their
 * records, and runs every delta writer in order, each reading only the published files it adds to:
 *
 * - the counts (`corpus-tally.ts`), the search docs files and keys (`delta-docs.ts`), the day files,
 *   the chronology's parts, the places' panels and the article shards, which take in only what the
 *   new articles touch;
 * - the term shards and postings of the new articles' words (`delta-search.ts`), which read back every
 *   position of each word they hold, and the term shards of those words' first letters;
 * - the events (`delta-events.ts`): the months and places the new events fall in, read back and cut
 *   again; `events.json` and `events.csv`, the published files copied with the new events appended
 *   when every new event sorts after the last published one (read from `events.json`'s end), else
 *   made again, the published `events.json` streamed through with the new events merged in
 *   (`jsonItems`: an event at a time, never the whole file);
 * - `places.geojson` (the places and how many articles name each), made again from the counts
 *   without reading the published file: it grows with the places, not the articles;
 * - `explorer.json`, `search/index.json` and `site.json`, made again from the counts.
 *
 * The files are those a build from nothing into the same folder (`writeDataFiles`) gives, to the
 * byte: `tests/unit/data-delta.test.ts` compares the whole folder. When it cannot add (another input
 * changed, an article older than the newest day, a new outlet or automatic place, keys or shards of
 * other bits, a saved state missing or of another form), it says why and writes nothing; the caller
 * then takes the full path. It writes every file beside the folder first and only then moves the
 * changed ones in from a journal, removing `build-inputs.json` first and moving it in last, so a run
 * cut short leaves a journal the next run finishes (`cut-short.ts`) or no state a later one would add
 * to.
 */
import {
	appendFileSync,
	constants,
	copyFileSync,
	existsSync,
	mkdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { BufferedFile } from './buffered-file';
import { syncAll, syncPath } from './durable';
import { DataError, type DataIssue } from '../core/errors';
import type { Article } from '../corpus/article';
import { isArticleSource, type EventRecord } from '../events/schema';
import { sortEvents, validateEvents } from '../events/validate';
import { keyBits } from '../data/article-keys';
import { shardBits, type ArticleShardIndex, type ShardArticle } from '../data/article-shards';
import { CHRONOLOGY_TABLE_PATH, type ChronologyTable } from '../data/explorer-data';
import {
	cannotAdd,
	countArticles,
	CorpusTally,
	tallyFiles,
	type CorpusTallyJson
} from '../data/corpus-tally';
import { datasetPlaces, placesCollection, prepareDataset, publishedArticle } from '../data/dataset';
import { addedChronology } from '../data/delta-chronology';
import { addedDays, type DayArticle } from '../data/delta-days';
import { addedDocs, addedKeys, type DocsBefore } from '../data/delta-docs';
import {
	addedMonths,
	addedPlaceEvents,
	eventOrder,
	type EventsHead,
	type MonthEntry
} from '../data/delta-events';
import { addedPanel, type PanelEntryText } from '../data/delta-panel';
import { addedSearch } from '../data/delta-search';
import { addedShards } from '../data/delta-shards';
import { EVENT_CSV_COLUMNS, eventCsvRow, publishEvent, type PublishedEvent } from '../data/events';
import type { SiteText } from '../data/excerpts-only';
import type { ExtractedEventRecord } from '../data/extracted-files';
import { withoutReviewed } from '../data/extracted';
import type { PlacePageTable } from '../data/explorer-data';
import { CHRONOLOGY_PART, chronologyNumbers, explorerFile, PAGE_SIZE, panelEntry } from '../data/publish';
import { extractedRecord } from '../data/publish-extracted';
import { readerEvent, readerPage, type ReaderPage } from '../data/reader';
import {
	articleTerms,
	shardFile,
	type PostingsFile,
	type SearchDocChunk,
	type SearchManifest,
	type TermShard
} from '../data/search-shards';
import { TABLE_PART } from '../data/page-cut';
import type { Place } from '../places/schema';
import { BUILD_INPUTS, buildInputs, newInputs, publishingCode, type BuildInputs } from './build-inputs';
import { bulkFileArticles } from './bulk-store';
import { BUILD_STATE, previousPostingsCut, SITE_FACTS, type SiteFacts } from './data-files';
import { geoNamesCities } from './geonames';
import { appendJsonItems, jsonItems, lastJsonItem } from './json-items';
import { cutPoint, finishCutShort, runJournal, writeJournal } from './cut-short';
import { citedArticles } from './pipeline';
import { recordCacheDir } from './record-cache';
import { openCache, workerRecords } from './records';
import { placeShare } from './share';
import { geodataDir, readSources } from './sources';

/** How a build adding articles runs. */
export interface DeltaOptions {
	/** The data folder (default `geodataDir()`). */
	dir?: string;
	/** What the files carry of each article's text (default `full`). */
	text?: SiteText;
	/** Worker threads for the new articles' records (default 0: this thread). */
	workers?: number;
	/** Rows of a place's table a table part is cut to (default `TABLE_PART`). */
	tablePart?: number;
}

/** What a build adding articles did. */
export interface DeltaSummary {
	/** Articles added. */
	added: number;
	/** Files written (changed or new) and removed, and the bytes written. */
	written: number;
	removed: number;
	bytes: number;
	/** Bytes of published files and saved state read. */
	read: number;
	/** Input files only touched: their time differs from the saved one, their bytes do not. */
	touched: number;
	/** What a build cut short had left at the folder, put right before this one read it. */
	repaired: string[];
	/**
	 * `events.json` and `events.csv`: untouched (no new event), the new events appended to the
	 * published files, or both made again.
	 */
	events: 'unchanged' | 'appended' | 'rewritten';
	seconds: number;
}

const collate = new Intl.Collator().compare;

/** The reads and writes of one run: published files read (and counted), files to write and remove. */
class Delta {
	read = 0;
	touched = 0;
	/** How `events.json` and `events.csv` were made: unchanged, appended to, or made again. */
	events: 'unchanged' | 'appended' | 'rewritten' = 'unchanged';
	readonly files = new Map<string, string>();
	/** Files written a piece at a time into `tmp` (too large to make as one string). */
	readonly streamed = new Set<string>();
	readonly removed = new Set<string>();
	/** The folder beside `out` the files are written into before they are moved in. */
	readonly tmp: string;

	constructor(readonly out: string) {
		this.tmp = `${out}.delta-${process.pid}`;
	}

	/** A file written a piece at a time, into `tmp`, moved in with the others. */
	stream(rel: string): BufferedFile {
		const path = join(this.tmp, rel);
		mkdirSync(dirname(path), { recursive: true });
		this.streamed.add(rel);
		return new BufferedFile(path);
	}

	/** The items of the array a published file opens with `prefix`, each as its text (counted read). */
	*items(rel: string, prefix: string): Generator<string> {
		const path = join(this.out, rel);
		if (!existsSync(path)) throw new Refusal(`${rel} is missing`);
		try {
			for (const item of jsonItems(path, prefix)) {
				this.read += Buffer.byteLength(item) + 1;
				yield item;
			}
		} catch (e) {
			if (e instanceof Refusal) throw e;
			throw new Refusal(e instanceof Error ? e.message : String(e));
		}
	}

	/** A file under the folder written to, when it exists. */
	text(rel: string): string | undefined {
		const path = join(this.out, rel);
		if (!existsSync(path)) return undefined;
		const text = readFileSync(path, 'utf8');
		this.read += Buffer.byteLength(text);
		return text;
	}

	json<T>(rel: string): T | undefined {
		const text = this.text(rel);
		return text === undefined ? undefined : (JSON.parse(text) as T);
	}

	put(rel: string, text: string): void {
		this.files.set(rel, text);
		this.removed.delete(rel);
	}

	putAll(files: ReadonlyMap<string, string>, prefix = ''): void {
		for (const [rel, text] of files) this.put(`${prefix}${rel}`, text);
	}

	remove(rels: Iterable<string>): void {
		for (const rel of rels) if (!this.files.has(rel)) this.removed.add(rel);
	}
}

/** What the duplicate check reads of a published article shard. */
interface ShardFile {
	articles: { id: string }[];
}

/** The reason a run cannot add, thrown inside `addDataFiles` and given back as its answer. */
class Refusal extends Error {}

/** `value`, or a refusal saying why there is none. */
function must<T>(value: T | string): T {
	if (typeof value === 'string') throw new Refusal(value);
	return value;
}

/**
 * Adds the new articles of the data folder to the files `writeDataFiles` wrote into `out`; gives
 * why it cannot instead (then nothing was written, and the caller builds from nothing).
 */
export async function addDataFiles(out: string, options: DeltaOptions = {}): Promise<DeltaSummary | string> {
	const start = performance.now();
	const repaired = finishCutShort(out);
	const delta = new Delta(out);
	rmSync(delta.tmp, { recursive: true, force: true });
	try {
		const added = await collect(delta, options);
		const { written, bytes } = apply(delta);
		return {
			added,
			written,
			removed: delta.removed.size,
			bytes,
			read: delta.read,
			touched: delta.touched,
			repaired,
			events: delta.events,
			seconds: (performance.now() - start) / 1000
		};
	} catch (e) {
		if (e instanceof Refusal) return [...repaired, e.message].join('; ');
		throw e;
	} finally {
		rmSync(delta.tmp, { recursive: true, force: true });
	}
}

/** The new articles, their records and the checks across them, or a refusal. */
async function loadNew(dir: string, fresh: { markdown: string[]; stores: string[] }, workers: number) {
	const { sources, issues } = readSources(dir, { bulk: false });
	if (issues.length) throw new DataError(issues);
	const storeIssues: DataIssue[] = [];
	const stored: Article[] = [];
	for (const rel of fresh.stores) {
		const path = join(dir, rel);
		stored.push(...bulkFileArticles(path, relative(process.cwd(), path) || path, storeIssues));
	}
	if (storeIssues.length) throw new DataError(storeIssues);
	if (stored.length) sources.bulkArticles = stored;
	const prepared = prepareDataset(sources, geoNamesCities());
	const markdown = new Set(fresh.markdown.map((rel) => resolve(dir, rel)));
	const isNew = (a: Article) => a.row !== undefined || markdown.has(resolve(a.file));
	const articles = prepared.articles.filter(isNew);
	const cache = openCache(recordCacheDir(), prepared);
	let records;
	try {
		({ records } = await workerRecords({ ...prepared, articles }, cache, workers, { part: true }));
	} finally {
		cache?.close();
	}
	// The reviewed events, validated against the articles they cite, which must be Markdown ones.
	const cited = citedArticles(prepared.eventFiles);
	const citedTexts = prepared.articles.filter((a) => cited.has(a.id));
	for (const id of cited)
		if (!citedTexts.some((a) => a.id === id))
			throw new Refusal(`a reviewed event cites ${id}, an article of the store this build does not read`);
	const { events: reviewed, issues: eventIssues } = validateEvents(
		prepared.eventFiles,
		prepared.curated,
		citedTexts
	);
	if (eventIssues.length) throw new DataError(eventIssues);
	return { prepared, articles, records, reviewed, citedTexts };
}

/** Runs every writer into `delta`; gives the number of articles added. */
async function collect(delta: Delta, options: DeltaOptions): Promise<number> {
	const dir = options.dir ?? geodataDir();
	const text = options.text ?? 'full';
	if (text !== 'full') throw new Refusal('an excerpts-only build is built from nothing');
	const inputs = delta.json<BuildInputs>(BUILD_INPUTS);
	const state = delta.json<CorpusTallyJson>(BUILD_STATE);
	const facts = delta.json<SiteFacts>(SITE_FACTS);
	if (!inputs && state)
		throw new Refusal(`${delta.out} has no ${BUILD_INPUTS}, which a build writes last: one was cut short`);
	if (!inputs || !state || !facts)
		throw new Refusal(`no saved state (${BUILD_INPUTS}, ${BUILD_STATE}, ${SITE_FACTS}) in ${delta.out}`);
	// Only the inputs whose size or time differs from the saved ones are read and hashed.
	const now = buildInputs(dir, text, publishingCode(), inputs);
	const fresh = must(newInputs(inputs, now));
	delta.touched = fresh.touched.length;
	const index = delta.json<SearchManifest>('data/search/index.json');
	if (!index || index.articles !== state.articles || facts.span.articles !== state.articles)
		throw new Refusal('the saved state is not that of the published files');
	if (!state.articles) throw new Refusal('the build before has no article');
	if (!fresh.markdown.length && !fresh.stores.length) {
		delta.put(BUILD_INPUTS, JSON.stringify(now));
		return 0;
	}
	const loaded = await loadNew(dir, fresh, options.workers ?? 0);
	const { prepared, records, reviewed } = loaded;

	// The places: a new automatic place would renumber the places of every count file.
	const named = new Set(facts.places.map((p) => p.id));
	for (const r of records) for (const m of r.mentions) named.add(m.place);
	const places = datasetPlaces(prepared.candidates, named);
	if (places.length !== facts.places.length || places.some((p, i) => p.id !== facts.places[i]!.id))
		throw new Refusal('a new article names an automatic place the build before did not publish');
	const placeById = new Map(places.map((p) => [p.id, p]));
	const placeIndex = new Map(places.map((p, i) => [p.id, i]));

	// The new articles as published, in the published order, with the events they are the source of.
	const rows = loaded.articles
		.map((a, i) => ({
			article: publishedArticle(a, records[i]!),
			found: withoutReviewed(records[i]!.events, reviewed)
		}))
		.sort((x, y) => collate(x.article.published, y.article.published) || collate(x.article.id, y.article.id));
	const articles = rows.map((r) => r.article);

	// The counts.
	const tally = CorpusTally.fromJSON(state);
	const older = cannotAdd(tally, articles);
	if (older) throw new Refusal(older);
	const counted: DayArticle[] = [];
	const owned: string[][] = [];
	const outlets = countArticles(tally, articles, places, prepared.outlets, (a, outlet, listed, own) => {
		counted.push({ published: a.published, datePrecision: a.datePrecision, outlet, listed });
		owned.push(own);
	});
	const bits = keyBits(tally.busiest);
	if (bits !== index.keyBits) throw new Refusal(`the keys' bits go from ${index.keyBits} to ${bits}`);
	delta.putAll(tallyFiles(tally, places, outlets));

	// Keys and docs files.
	const before: DocsBefore = { last: state.last, lastDayCount: state.lastDayCount, keyBits: bits };
	const docs = (n: number) => delta.json<SearchDocChunk>(`data/search/docs/${n}.json`);
	const keys = must(addedKeys(before, articles, docs));
	for (const [n, file] of must(addedDocs(before, articles, docs)))
		delta.put(`data/search/docs/${n}.json`, JSON.stringify(file));

	// Day files and chronology parts.
	const explorerBefore = delta.json<{ outlets: { id: string }[]; extractedMonths: MonthEntry[] }>(
		'data/explorer.json'
	);
	if (!explorerBefore) throw new Refusal('data/explorer.json is missing');
	const days = must(
		addedDays(explorerBefore.outlets, outlets, counted, places, (m) => delta.json(`data/days/${m}.json`))
	);
	for (const [month, file] of days) delta.put(`data/days/${month}.json`, JSON.stringify(file));
	const partsTable = delta.json<ChronologyTable>(CHRONOLOGY_TABLE_PATH.slice(1));
	if (!partsTable) throw new Refusal('data/chronology/parts.json is missing');
	const chronology = must(
		addedChronology(
			partsTable,
			articles.map((article, i) => ({
				article,
				key: keys[i]!,
				outlet: counted[i]!.outlet,
				places: [...owned[i]!].sort((x, y) => placeIndex.get(x)! - placeIndex.get(y)!)
			})),
			(month, part) => delta.text(`data/chronology/${month}/${part}.json`)
		)
	);
	delta.putAll(chronology.files);
	delta.put(CHRONOLOGY_TABLE_PATH.slice(1), JSON.stringify(chronology.table));

	// Panels.
	const tablePart = options.tablePart ?? TABLE_PART;
	const panelEntries = new Map<string, PanelEntryText[]>();
	articles.forEach((a, i) => {
		for (const id of counted[i]!.listed) {
			const json = JSON.stringify(panelEntry(placeById.get(id)!, keys[i]!, a, counted[i]!.outlet));
			const list = panelEntries.get(id) ?? [];
			list.push({ key: keys[i]!, json });
			panelEntries.set(id, list);
		}
	});
	const heads = new Map<string, { table: PlacePageTable }>();
	for (const [id, list] of panelEntries) {
		const head = delta.json<{ entries: unknown[]; table?: PlacePageTable }>(`data/places/${id}/head.json`);
		const files = must(
			addedPanel(
				id,
				head,
				(n) => delta.json(`data/places/${id}/table-${n}.json`),
				list,
				bits,
				PAGE_SIZE,
				tablePart
			)
		);
		delta.putAll(files, `data/places/${id}/`);
		heads.set(id, JSON.parse(files.get('head.json')!) as { table: PlacePageTable });
	}

	// Reader entries, article shards and the new curated articles' reader pages.
	const outletOf = (i: number) => counted[i]!.outlet;
	const pages: ReaderPage[] = rows.map(({ article, found }) =>
		readerPage(
			article,
			placeById,
			sortEvents([...found]).flatMap((e) => readerEvent(e, placeById) ?? [])
		)
	);
	const shardIndex = delta.json<ArticleShardIndex>('data/articles/shards.json');
	if (!shardIndex) throw new Refusal('data/articles/shards.json is missing');
	const entries = pages.map((page): ShardArticle => {
		const entry: Partial<ReaderPage> = { ...page };
		delete entry.description;
		return entry as ShardArticle;
	});
	/** The touched shards as published, kept to look for the new ids in them. */
	const heldShards = new Map<number, string | undefined>();
	const shards = must(
		addedShards(shardIndex, shardBits(tally.shardBytes), entries, (n) => {
			const text = delta.text(`data/articles/${n}.json`);
			heldShards.set(n, text);
			return text;
		})
	);
	for (const [n, text] of heldShards) {
		const ids = new Set(text === undefined ? [] : (JSON.parse(text) as ShardFile).articles.map((a) => a.id));
		const twice = articles.find((a) => ids.has(a.id));
		if (twice)
			throw new DataError([
				{ file: `data/articles/${n}.json`, field: '(id)', message: `duplicate article id "${twice.id}"` }
			]);
	}
	delta.putAll(shards.files);
	delta.put('data/articles/shards.json', JSON.stringify(shards.index));

	// Search: term shards, postings and the index.
	const words = new Map<string, number[]>();
	articles.forEach((a, i) => {
		for (const word of articleTerms(a, outletOf(i))) {
			const list = words.get(word);
			if (list) list.push(keys[i]!);
			else words.set(word, [keys[i]!]);
		}
	});
	const search = must(
		addedSearch(
			{
				index,
				shard: (file) => delta.json<TermShard>(`data/search/terms/${file}.json`),
				postings: (name, file) => delta.json(`data/search/postings/${name}/${file}.json`),
				previous: (name) => previousPostingsCut(delta.out, name, index.keyBits)
			},
			words,
			tally.articles
		)
	);
	delta.putAll(search.files);
	delta.remove(search.removed);

	// Events.
	const freshEvents: { published: PublishedEvent; record: ExtractedEventRecord }[] = [];
	rows.forEach(({ article, found }, i) => {
		for (const e of found) {
			const published = publishEvent(e, article);
			freshEvents.push({ published, record: extractedRecord(published, () => outletOf(i))! });
		}
	});
	freshEvents.sort((x, y) => eventOrder(x.published, y.published));
	// `events.json` and `events.csv`: when every new event sorts after the last published one, each
	// is the published file with the new events after its own, so both are copied and appended to;
	// otherwise both are made again, the published events streamed through and the new ones merged in.
	delta.events = appendsEvents(
		delta,
		freshEvents.map((e) => e.published)
	);
	if (delta.events === 'rewritten') {
		const json = delta.stream('data/events.json');
		const csv = delta.stream('data/events.csv');
		json.write('{"events":[');
		csv.write(EVENT_CSV_COLUMNS.join(','));
		let written = 0;
		const put = (text: string, e: PublishedEvent) => {
			json.write(written++ ? `,${text}` : text);
			csv.write(`\r\n${eventCsvRow(e)}`);
		};
		let pending = 0;
		try {
			for (const text of delta.items('data/events.json', '{"events":[')) {
				const e = JSON.parse(text) as PublishedEvent;
				for (; pending < freshEvents.length && eventOrder(freshEvents[pending]!.published, e) < 0; pending++)
					put(JSON.stringify(freshEvents[pending]!.published), freshEvents[pending]!.published);
				put(text, e);
			}
			for (; pending < freshEvents.length; pending++)
				put(JSON.stringify(freshEvents[pending]!.published), freshEvents[pending]!.published);
			json.write(']}');
			csv.write('\r\n');
		} finally {
			json.close();
			csv.close();
		}
	}
	const freshRecords = freshEvents.map((e) => e.record);
	const months = must(
		addedMonths(explorerBefore.extractedMonths, freshRecords, (month, page) =>
			delta.json(`data/events/months/${month}/${page}.json`)
		)
	);
	delta.putAll(months.files);
	delta.remove(months.removed);
	const placeRecords = new Map<string, ExtractedEventRecord[]>();
	for (const r of freshRecords)
		for (const id of r.places) {
			const list = placeRecords.get(id) ?? [];
			list.push(r);
			placeRecords.set(id, list);
		}
	const sealedEvents = new Map<string, { sealed: number; first?: number }>();
	for (const place of places) {
		const list = placeRecords.get(place.id) ?? [];
		const dir = `data/events/places/${place.id}`;
		const listed = tally.mentions.has(place.id) || (!!place.partOf && tally.mentions.has(place.partOf));
		// A place listed before has its head, which no new event changes.
		if (!list.length && (!listed || existsSync(join(delta.out, dir, 'head.json')))) continue;
		const head = delta.json<EventsHead>(`${dir}/head.json`);
		const files = must(addedPlaceEvents(place.id, head, (n) => delta.json(`${dir}/${n}.json`), list));
		delta.putAll(files.files);
		delta.remove(files.removed);
		sealedEvents.set(place.id, { sealed: files.sealed, first: files.first });
	}

	// `places.geojson`: the places and their counts, made again from the tally, the file not read.
	delta.put(
		'data/places.geojson',
		JSON.stringify(placesCollection(places, tally.articleCounts(), tally.mentions))
	);

	// `explorer.json` and `site.json`.
	const reviewedSorted = reviewedEvents(reviewed, loaded.citedTexts);
	const { firstMonth, monthCount } = tally.span();
	delta.put(
		'data/explorer.json',
		JSON.stringify(
			explorerFile({
				places,
				mentionCounts: tally.mentions,
				reviewed: reviewedSorted,
				outlets,
				firstMonth,
				monthCount,
				outletMonths: tally.outletRows(outlets),
				counts: tally.placeRows(places),
				extractedMonths: months.months,
				pageSize: PAGE_SIZE,
				chronologyPart: CHRONOLOGY_PART,
				chronologyParts: chronologyNumbers(chronology.table, firstMonth, monthCount)
			})
		)
	);
	const about = facts.about;
	const examplePanel = bestSealed(
		places,
		about.exampleSealedPlace,
		heads,
		(id) => delta.json<{ table: PlacePageTable }>(`data/places/${id}/head.json`)?.table,
		(id, n) =>
			(
				JSON.parse(
					delta.files.get(`data/places/${id}/table-${n}.json`) ??
						delta.text(`data/places/${id}/table-${n}.json`)!
				) as { pages: number[] }
			).pages[0]!
	);
	const exampleEvents = bestEvents(places, about, sealedEvents, (id) =>
		delta.json<EventsHead>(`data/events/places/${id}/head.json`)
	);
	const last = tally.last!;
	const newShards = [...shards.files.keys()].map((p) =>
		Number(p.replace(/^data\/articles\/(\d+)\.json$/, '$1'))
	);
	const firstShard = Math.min(Number(about.exampleArticleShard ?? Infinity), ...newShards);
	const names = (file: PostingsFile) => search.pages.filter(([, f]) => f === file).map(([name]) => name);
	const least = (old: string | undefined, more: string[]) =>
		[...(old === undefined ? [] : [old]), ...more].sort()[0];
	const busiest = [...tally.mentions].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))[0]?.[0];
	const monthsWith = months.months.filter((m) => m[1] > 0).map((m) => m[0]);
	const next: SiteFacts = {
		text,
		span: { articles: tally.articles, first: tally.first, last },
		places: places.map((p) => placeShare(p, tally.named.get(p.id))),
		curated: [...facts.curated, ...pages.filter((_, i) => articles[i]!.curated)],
		about: {
			figures: {
				...about.figures,
				articles: tally.articles,
				outlets: tally.outletNames.length,
				first: tally.first,
				last,
				extracted: about.figures.extracted + freshRecords.length
			},
			examplePlace: busiest,
			exampleSealedPlace: examplePanel?.place,
			exampleSealedPage: examplePanel?.page,
			exampleSealedEventsPlace: exampleEvents?.place,
			exampleSealedEventsPage: exampleEvents?.page,
			exampleArticleMonth: last.slice(0, 7),
			exampleChronologyPart: chronology.table.months[last.slice(0, 7)]?.parts[0],
			exampleOutlet: outlets[0]?.id,
			exampleArticleShard: Number.isFinite(firstShard) ? String(firstShard) : undefined,
			exampleMonth: monthsWith.sort(collate)[0],
			exampleShard: search.index.shards[0] === undefined ? undefined : shardFile(search.index.shards[0]),
			exampleDocs: about.exampleDocs,
			examplePostings: least(about.examplePostings, names('head')),
			exampleSealedPostings: least(about.exampleSealedPostings, names(0))
		}
	};
	delta.put(SITE_FACTS, JSON.stringify(next));
	delta.put(BUILD_STATE, JSON.stringify(tally.toJSON()));
	delta.put(BUILD_INPUTS, JSON.stringify(now));
	return articles.length;
}

/**
 * How `events.json` and `events.csv` take in `fresh` (in `eventOrder`): unchanged when there is no
 * new event; appended when all sort after the last published event, read from `events.json`'s end
 * (`lastJsonItem`): each file is then the published one, copied beside the folder (a clone where
 * the file system makes one), with the new events written before `events.json`'s closing brackets
 * (`appendJsonItems`) and after `events.csv`'s last row; otherwise rewritten (the caller makes
 * both again). The copies keep the published files as they were: `npm run build -- --add` starts
 * from hard links to them, and a reader of the folder sees each file whole until the journal's
 * rename puts the new one in its place.
 */
function appendsEvents(delta: Delta, fresh: readonly PublishedEvent[]): Delta['events'] {
	const csvPath = join(delta.out, 'data/events.csv');
	const jsonPath = join(delta.out, 'data/events.json');
	if (!existsSync(csvPath) || !existsSync(jsonPath))
		throw new Refusal('data/events.csv or events.json is missing');
	if (!fresh.length) return 'unchanged';
	let last: string | undefined;
	try {
		last = lastJsonItem(jsonPath, '{"events":[');
	} catch (e) {
		throw new Refusal(e instanceof Error ? e.message : String(e));
	}
	if (last !== undefined) {
		delta.read += Buffer.byteLength(last);
		if (eventOrder(JSON.parse(last) as PublishedEvent, fresh[0]!) >= 0) return 'rewritten';
	}
	for (const rel of ['data/events.json', 'data/events.csv']) {
		delta.stream(rel).close();
		copyFileSync(join(delta.out, rel), join(delta.tmp, rel), constants.COPYFILE_FICLONE);
	}
	try {
		appendJsonItems(
			join(delta.tmp, 'data/events.json'),
			'{"events":[',
			fresh.map((e) => JSON.stringify(e))
		);
	} catch (e) {
		throw new Refusal(e instanceof Error ? e.message : String(e));
	}
	appendFileSync(join(delta.tmp, 'data/events.csv'), fresh.map((e) => `${eventCsvRow(e)}\r\n`).join(''));
	return 'appended';
}

/** The reviewed events as the full build publishes them (`explorer.json`'s), in the order of events. */
function reviewedEvents(reviewed: readonly EventRecord[], cited: readonly Article[]): PublishedEvent[] {
	const byId = new Map(cited.map((a) => [a.id, a]));
	const out = reviewed.map((e) => {
		if (!isArticleSource(e.source)) return publishEvent(e, undefined);
		const a = byId.get(e.source.article)!;
		return publishEvent(e, publishedArticle(a, { mentions: [] }));
	});
	return sortEvents(out);
}

/** A place and its oldest sealed page: the About page's example. */
interface Example {
	place: string;
	page: number;
}

/** The sealed pages of a place's panel by its head's table: the rows of its parts, then its own. */
function sealedOf(table: PlacePageTable | undefined): number {
	return table ? table.parts.numbers.length * table.parts.size + table.pages.length : 0;
}

/**
 * The place with the most sealed panel pages (the first in the places' order among equals), as the
 * full build picks it: the example before or one of the places the new articles touched.
 */
function bestSealed(
	places: readonly Place[],
	before: string | undefined,
	touched: ReadonlyMap<string, { table: PlacePageTable }>,
	published: (id: string) => PlacePageTable | undefined,
	partFirst: (id: string, part: number) => number
): Example | undefined {
	const order = new Map(places.map((p, i) => [p.id, i]));
	const tableOf = (id: string) => touched.get(id)?.table ?? published(id);
	let best: { id: string; sealed: number } | undefined;
	for (const id of new Set([...(before ? [before] : []), ...touched.keys()])) {
		const sealed = sealedOf(tableOf(id));
		if (!sealed) continue;
		if (!best || sealed > best.sealed || (sealed === best.sealed && order.get(id)! < order.get(best.id)!))
			best = { id, sealed };
	}
	if (!best) return undefined;
	const table = tableOf(best.id)!;
	const page = table.parts.numbers.length ? partFirst(best.id, table.parts.numbers[0]!) : table.pages[0]!;
	return { place: best.id, page };
}

/** `bestSealed` for the places' pages of events. */
function bestEvents(
	places: readonly Place[],
	about: SiteFacts['about'],
	touched: ReadonlyMap<string, { sealed: number; first?: number }>,
	published: (id: string) => EventsHead | undefined
): Example | undefined {
	const order = new Map(places.map((p, i) => [p.id, i]));
	const of = (id: string) => {
		const t = touched.get(id);
		if (t) return t;
		const spans = published(id)?.pages ?? [];
		return { sealed: Math.max(0, spans.length - 1), first: spans[0]?.page };
	};
	const before = about.exampleSealedEventsPlace;
	let best: { id: string; sealed: number; first?: number } | undefined;
	for (const id of new Set([...(before ? [before] : []), ...touched.keys()])) {
		const { sealed, first } = of(id);
		if (!sealed) continue;
		if (!best || sealed > best.sealed || (sealed === best.sealed && order.get(id)! < order.get(best.id)!))
			best = { id, sealed, first };
	}
	return best ? { place: best.id, page: best.first! } : undefined;
}

/** The summary in words: "100 articles added to build: 480 files written (14.0 MB), 2 removed, …". */
export function describeDelta(d: DeltaSummary, out: string): string {
	const touched = d.touched
		? `; ${d.touched} input ${d.touched === 1 ? 'file' : 'files'} touched, the bytes unchanged`
		: '';
	const repaired = d.repaired.map((r) => `${r}; `).join('');
	if (!d.added) return `${repaired}no new articles: ${out} holds the data folder's articles${touched}`;
	return (
		`${repaired}${d.added} ${d.added === 1 ? 'article' : 'articles'} added to ${out}: ${d.written} files written (${(d.bytes / 1e6).toFixed(1)} MB), ` +
		`${d.removed} removed, ${(d.read / 1e6).toFixed(1)} MB read, events ${d.events}, ` +
		`in ${d.seconds.toFixed(1)} s${touched}`
	);
}

/**
 * Writes every file of `delta` beside its folder, then moves each one whose bytes differ over the
 * folder's (one rename a file: a reader sees the old file or the new) and removes the files it drops,
 * from a journal (`runJournal`): `build-inputs.json` is removed before the journal is written and is
 * its last move, so a run cut short leaves either no saved inputs or a journal the next run finishes.
 */
function apply(delta: Delta): { written: number; bytes: number } {
	const { tmp } = delta;
	const inputs = delta.files.get(BUILD_INPUTS);
	const moved: string[] = [];
	let bytes = 0;
	const same = (target: string, size: number, bytes: () => Buffer) =>
		existsSync(target) && statSync(target).size === size && readFileSync(target).equals(bytes());
	for (const [rel, text] of delta.files) {
		if (rel === BUILD_INPUTS) continue;
		const buffer = Buffer.from(text);
		if (same(join(delta.out, rel), buffer.length, () => buffer)) continue;
		const path = join(tmp, rel);
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(path, buffer);
		moved.push(rel);
		bytes += buffer.length;
	}
	for (const rel of delta.streamed) {
		const path = join(tmp, rel);
		const size = statSync(path).size;
		if (same(join(delta.out, rel), size, () => readFileSync(path))) continue;
		moved.push(rel);
		bytes += size;
	}
	const inputsPath = join(delta.out, BUILD_INPUTS);
	const unchanged =
		inputs !== undefined &&
		existsSync(inputsPath) &&
		readFileSync(inputsPath, 'utf8') === inputs &&
		!moved.length &&
		!delta.removed.size;
	if (unchanged) return { written: 0, bytes: 0 };
	if (inputs !== undefined) {
		mkdirSync(tmp, { recursive: true });
		writeFileSync(join(tmp, BUILD_INPUTS), inputs);
		moved.push(BUILD_INPUTS);
		bytes += Buffer.byteLength(inputs);
	}
	// The written files and their folders are on the disk before the journal names them, and the
	// removal of `build-inputs.json` with the journal (`writeJournal` syncs the folder).
	syncAll(moved.map((rel) => join(tmp, rel)));
	const folders = new Set<string>();
	for (const rel of moved)
		for (let dir = dirname(join(tmp, rel)); dir.length >= tmp.length; dir = dirname(dir)) folders.add(dir);
	syncAll(folders);
	syncPath(dirname(tmp));
	rmSync(inputsPath, { force: true });
	const journal = { from: basename(tmp), moves: moved, removes: [...delta.removed] };
	writeJournal(delta.out, journal);
	cutPoint('delta:journal');
	runJournal(delta.out, journal);
	return { written: moved.length, bytes };
}
