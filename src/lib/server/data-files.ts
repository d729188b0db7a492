/**
 * Every file under `data/` the site publishes, written from the corpus in rounds, so the memory of the
 * build does not grow with the articles' text: the data build (`buildDataInRounds`) hands each round's
 * articles and records over, and they go to disk at once, grouped by publication day; then:
 *
 * 1. each day's articles are read back, put in the published order (`ARTICLE_ORDER`: by day, then id),
 *    cut to their excerpts in an excerpts-only build, and appended to one file of the whole corpus in
 *    that order, which gives each its key (`article-keys.ts`: its day and rank, the bits set by the
 *    busiest day); the outlets are resolved in the order they appear;
 * 2. that file is read once, an article at a time: what depends on one article or one month (the
 *    chronology's parts, the day counts, the search index's docs files, the panel entries of each place
 *    it is listed under, the events it is the source of) is written or appended to a file per key
 *    (`spill.ts`); its article shard's entry is appended to the shard's published file itself
 *    (`JoinedFiles`: the entries arrive in the order the shard lists them), and what `explorer.json` and `month-counts.json` count
 *    (per place and per outlet by month) is added up: a few numbers per place and month;
 * 3. the events, grouped by the month of their date, are put in order a month at a time
 *    (`data/events.json`, `events.csv`, the extracted events' month files), and each place's in its
 *    own file;
 * 4. each place's panel pages and pages of events are read back from their files a page at a time,
 *    newest first; the search index's words a first letter at a time.
 *
 * The files are the ones the same functions make from a whole dataset in memory (`data/publish.ts` and
 * its siblings), to the byte: `tests/unit/data-files.test.ts` holds the two to it. Besides `data/`, the
 * folder gets `site.json` (`SiteFacts`): the little the prerendered pages say about the corpus.
 *
 * What the build still holds grows with the corpus only by a few numbers an article at most: the ids
 * (for duplicates, in the data build), the record cache's index, one day's articles at a time, and in
 * step 4 the positions of one first letter's words (the search index) or one place's line offsets.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { BufferedFile } from './buffered-file';
import { dayNumber } from '../core/dates';
import type { Article } from '../corpus/article';
import { isArticleSource, type EventRecord } from '../events/schema';
import { sortEvents } from '../events/validate';
import { articleKey, DayRanks, keyBits } from '../data/article-keys';
import { CorpusTally, groupMembers, tallyFiles } from '../data/corpus-tally';
import { articleShardPath, shardBits, shardOf, type ArticleShardIndex } from '../data/article-shards';
import { datasetPlaces, placesCollection, publishedArticle, type PublishedArticle } from '../data/dataset';
import { eventCsvRow, EVENT_CSV_COLUMNS, publishEvent, type PublishedEvent } from '../data/events';
import { excerptArticle, excerptRanges, type SiteText } from '../data/excerpts-only';
import {
	EXTRACTED_PLACE_PAGE,
	type ExtractedEventRecord,
	type ExtractedPageSpan
} from '../data/extracted-files';
import { withoutReviewed } from '../data/extracted';
import { monthOfOrdinal, monthOrdinal } from '../data/month-counts';
import { resolveOutlets } from '../data/outlets';
import {
	CHRONOLOGY_PART,
	chronologyArticle,
	chronologyNumbers,
	explorerFile,
	PAGE_SIZE,
	panelEntry,
	publishPlaceDetails
} from '../data/publish';
import { DayCounter } from '../data/publish-counts';
import { extractedRecord, monthPages, pageSpan, type SpanFields } from '../data/publish-extracted';
import { readerEvent, readerPage, type ReaderPage } from '../data/reader';
import { CHRONOLOGY_TABLE_PATH, type ChronologyTable, type MonthArticle } from '../data/explorer-data';
import { deltaEncode } from '../data/delta';
import {
	cutEvents,
	cutList,
	cutParts,
	cutTable,
	previousCut,
	previousParts,
	readPreviousCut,
	TABLE_PART,
	type EventSpanCut,
	type ListFile,
	type PreviousCut,
	type PreviousPlaceCut
} from '../data/page-cut';
import {
	articleTerms,
	SEARCH_DOC_BITS,
	SEARCH_INLINE,
	SEARCH_PAGE,
	SEARCH_VERSION,
	searchDoc,
	shardFile,
	termFiles,
	type SearchDoc
} from '../data/search-shards';
import type { Place } from '../places/schema';
import { buildInputs, BUILD_INPUTS } from './build-inputs';
import { BUILD_ROUND, buildDataInRounds, type RoundsSummary } from './pipeline';
import { workerCount } from './record-pool';
import { cutPoint, finishCutShort } from './cut-short';
import { replaceChanged, type Replaced } from './replace-changed';
import { placeShare, type CorpusSpan, type PlaceShare } from './share';
import { geodataDir } from './sources';
import { fileLines, joinReversed, JoinedFiles, LineFile, Spill, writeBytes } from './spill';

/** The file beside `data/` that holds the `SiteFacts`; it is not published. */
export const SITE_FACTS = 'site.json';

/**
 * The file beside `data/` that saves the whole-corpus counts (`CorpusTallyJson`,
 * `data/corpus-tally.ts`), for a later build that adds articles without counting the others again.
 */
export const BUILD_STATE = 'build-state.json';

/** What the prerendered pages say about the corpus (`site.json` beside `data/`). */
export interface SiteFacts {
	text: SiteText;
	span: CorpusSpan;
	/** Every place's share page (`/places/<id>`), in the dataset's order of places. */
	places: PlaceShare[];
	/** The reader page of every curated article (`/articles/<id>`), oldest first. */
	curated: ReaderPage[];
	/** What the About page counts and which real files it links as examples of each pattern. */
	about: AboutFacts;
}

/** The About page's figures and example files (see `src/routes/about/+page.server.ts`). */
export interface AboutFacts {
	figures: {
		places: number;
		automatic: number;
		articles: number;
		outlets: number;
		first?: string;
		last?: string;
		reviewed: number;
		extracted: number;
	};
	examplePlace?: string;
	/** The place with the most sealed pages of excerpts (`data/places/<id>/<n>.json`), when any has one. */
	exampleSealedPlace?: string;
	/** The number of that place's oldest sealed page (not always 0 once a page has split). */
	exampleSealedPage?: number;
	/** The place with the most sealed pages of events found in the text, when any has one. */
	exampleSealedEventsPlace?: string;
	/** The number of that place's oldest sealed page of events. */
	exampleSealedEventsPage?: number;
	exampleArticleMonth?: string;
	/** The number of that month's oldest chronology part (0 unless a later build split it). */
	exampleChronologyPart?: number;
	exampleOutlet?: string;
	exampleArticleShard?: string;
	exampleMonth?: string;
	exampleShard?: string;
	/** The first docs file's number (`data/search/docs/<n>.json`: they are numbered by key). */
	exampleDocs?: string;
	/** The first word's postings folder (`data/search/postings/<word>/head.json`), when any word has one. */
	examplePostings?: string;
	/** The first word's postings folder with a sealed page (`…/0.json`), when any word has one. */
	exampleSealedPostings?: string;
}

/** What `writeDataFiles` did. */
export interface DataFilesSummary {
	data: RoundsSummary;
	/** Files written under `data/`. */
	files: number;
	/** How many of the folder's files (`site.json` too) this run changed, added and removed. */
	replaced: Replaced;
	/** What a build cut short had left at the folder, put right before this one read it. */
	repaired: string[];
	seconds: number;
	/** Seconds each step took, in order: the data build (with the articles going to disk), then steps 1–4. */
	steps: Record<string, number>;
	/**
	 * CPU seconds (user and system, every thread of the process) of each step: on a shared machine the
	 * wall time says how loaded it was, this what the step costs.
	 */
	cpu: Record<string, number>;
}

/** The order articles are published in (`ARTICLE_ORDER`) and events (`sortEvents`) compare strings by. */
const collate = new Intl.Collator().compare;

/** Files under one folder, each written whole or appended to through a buffer. */
class Output {
	files = 0;
	private readonly made = new Set<string>();

	constructor(readonly root: string) {}

	private folder(path: string): void {
		const dir = dirname(path);
		if (this.made.has(dir)) return;
		mkdirSync(dir, { recursive: true });
		this.made.add(dir);
	}

	/** Writes `text` as the file `rel` (a path under the root). */
	text(rel: string, text: string): void {
		writeFileSync(this.path(rel), text);
	}

	json(rel: string, value: unknown): void {
		this.text(rel, JSON.stringify(value));
	}

	/** Writes the file `rel` from its pieces in order: text, and bytes copied as they are. */
	pieces(rel: string, pieces: readonly (string | Uint8Array)[]): void {
		writeBytes(
			this.path(rel),
			pieces.map((p) => (typeof p === 'string' ? Buffer.from(p) : p))
		);
	}

	/** A file written a piece at a time, for one too large to make as one string. */
	stream(rel: string): BufferedFile {
		return new BufferedFile(this.path(rel));
	}

	/** The full path of the file `rel`, counted and with its folder made, for a caller that writes it itself. */
	path(rel: string): string {
		const path = join(this.root, rel);
		this.folder(path);
		this.files++;
		return path;
	}
}

/** How the files are written. */
export interface DataFilesOptions {
	/** The data folder (default `geodataDir()`). */
	dir?: string;
	/** What the files carry of each article's text (default `full`). */
	text?: SiteText;
	/** Worker threads of the data build (default `workerCount()`). */
	workers?: number;
	/** Articles a round of the data build holds (default `BUILD_ROUND`). */
	round?: number;
	/**
	 * The folder of the generation published before (its `data/`), whose places' page tables the
	 * panel pages keep their cut from (`page-cut.ts`); default the folder written to, `false` to cut
	 * every list from nothing.
	 */
	previous?: string | false;
	/** Rows of a place's table a table part is cut to (default `TABLE_PART`; tests make it small). */
	tablePart?: number;
}

/**
 * Runs the data build and writes `data/**` and `site.json` into the folder `out`, which it changes
 * only once every file is written: they go to a folder beside it first (`<out>.tmp-<pid>`), and the
 * working files to another (`<out>.work-<pid>`), both removed whatever happens, so a failed build
 * leaves `out` as it was and no half-written file anywhere. Then the written folder takes `out`'s
 * place (`replaceChanged`): a file the new articles did not touch keeps its inode and time, and a build
 * cut short leaves `out` whole, the old folder or the new. What a build cut short left at `out`
 * (`finishCutShort`) is put right first.
 */
export async function writeDataFiles(out: string, options: DataFilesOptions = {}): Promise<DataFilesSummary> {
	const start = performance.now();
	const repaired = finishCutShort(out);
	const tmp = `${out}.tmp-${process.pid}`;
	const work = `${out}.work-${process.pid}`;
	rmSync(tmp, { recursive: true, force: true });
	rmSync(work, { recursive: true, force: true });
	try {
		const output = new Output(tmp);
		const steps: Record<string, number> = {};
		const cpu: Record<string, number> = {};
		let mark = start;
		let cpuMark = process.cpuUsage();
		const step = (name: string) => {
			const now = performance.now();
			const used = process.cpuUsage(cpuMark);
			steps[name] = (now - mark) / 1000;
			cpu[name] = (used.user + used.system) / 1e6;
			mark = now;
			cpuMark = process.cpuUsage();
		};
		const previous = options.previous === undefined ? out : options.previous || undefined;
		const data = await writeAll(output, work, { ...options, previous }, step);
		cutPoint('data:staged');
		const replaced = replaceChanged(tmp, out);
		step('replace');
		const seconds = (performance.now() - start) / 1000;
		return { data, files: output.files, replaced, repaired, seconds, steps, cpu };
	} finally {
		rmSync(work, { recursive: true, force: true });
		rmSync(tmp, { recursive: true, force: true });
	}
}

async function writeAll(
	output: Output,
	work: string,
	options: DataFilesOptions,
	step: (name: string) => void
): Promise<RoundsSummary> {
	const text = options.text ?? 'full';
	const dir = options.dir ?? geodataDir();
	const previous = options.previous || undefined;
	// What this build reads, taken before reading it: a file changed while the build runs is seen as changed.
	const inputs = buildInputs(dir, text);

	// Each round's articles go to disk by publication day as the data build hands them over.
	const days = new Spill(join(work, 'days'));
	const named = new Set<string>();
	const summary = await buildDataInRounds(
		dir,
		options.workers ?? workerCount(),
		options.round ?? BUILD_ROUND,
		(batch: readonly Article[], records) =>
			batch.forEach((a, i) => {
				const record = records[i]!;
				for (const m of record.mentions) named.add(m.place);
				days.add(a.published, JSON.stringify([publishedArticle(a, record), record.events]));
			})
	);
	days.flush();
	step('data build');
	const { prepared, reviewed } = summary;
	const places = datasetPlaces(prepared.candidates, named);
	const placeById = new Map(places.map((p) => [p.id, p]));
	const placeIndex = new Map(places.map((p, i) => [p.id, i]));
	const members = groupMembers(places);
	const reviewedBy = new Map<string, EventRecord[]>();
	for (const e of reviewed)
		if (isArticleSource(e.source)) {
			const list = reviewedBy.get(e.source.article);
			if (list) list.push(e);
			else reviewedBy.set(e.source.article, [e]);
		}

	// Step 1: the published order, a day at a time, into one file.
	const ordered = join(work, 'articles.jsonl');
	const orderedFile = new BufferedFile(ordered);
	/** What the files that count the whole corpus are made of, saved as `build-state.json`. */
	const tally = new CorpusTally();
	/** Each article's reviewed events as published (their offsets moved in an excerpts-only build), by article id. */
	const reviewedOf = new Map<string, EventRecord[]>();
	let count = 0;
	for (const day of days.keys().sort(collate)) {
		const rows = [...days.lines(day)].map(
			(line) => [...(JSON.parse(line) as [PublishedArticle, EventRecord[]]), line] as const
		);
		days.drop(day);
		tally.day(day, rows.length);
		rows.sort((x, y) => collate(x[0].id, y[0].id));
		for (const [article, events, line] of rows) {
			let a = article;
			let found = withoutReviewed(events, reviewed);
			let mine = reviewedBy.get(a.id) ?? [];
			if (text === 'excerpts') {
				const ranges = mine.map((e) => e.source as { start: number; end: number });
				const excerpt = excerptArticle(article, excerptRanges(article, ranges));
				a = excerpt.article;
				const moved = (e: EventRecord): EventRecord[] => {
					if (!isArticleSource(e.source)) return [e];
					const r = excerpt.at(e.source.start, e.source.end);
					return r ? [{ ...e, source: { ...e.source, ...r } }] : [];
				};
				found = found.flatMap(moved);
				mine = mine.flatMap(moved);
			}
			if (mine.length) reviewedOf.set(a.id, mine);
			tally.order(a.outlet, a.body.length + 300 + a.mentions.length * 60);
			// The line as it was spilled when nothing in it changed: `JSON.stringify` would give it again.
			const same = a === article && found.length === events.length && found.every((e, i) => e === events[i]);
			orderedFile.write(same ? `${line}\n` : `${JSON.stringify([a, found])}\n`);
			count++;
		}
	}
	orderedFile.close();

	// The outlets in the order their first articles appear give the same ids as resolving every article.
	const outletNames = tally.outletNames.map((outlet) => ({ outlet }));
	const { outlets, outletOf } = resolveOutlets(outletNames, prepared.outlets);
	const outletIndex = new Map(outletNames.map((o, i) => [o.outlet, outletOf[i]!]));
	const bits = shardBits(tally.shardBytes);
	const keyBitCount = keyBits(tally.busiest);
	const docBits = Math.min(SEARCH_DOC_BITS, keyBitCount);
	step('order');

	// Step 2: one pass over the articles in the published order.
	const entries = new Spill(join(work, 'entries'));
	// The article shards go straight to their files: their entries arrive in the order each lists them.
	const shards = new JoinedFiles();
	/** Each shard's published file, by shard number, made (and counted) when its first entry comes. */
	const shardPaths = new Map<number, string>();
	const events = new Spill(join(work, 'events'));
	const words = new Spill(join(work, 'words'));
	const mentionCounts = tally.mentions;
	const curated: ReaderPage[] = [];
	const reviewedPublished: PublishedEvent[] = [];
	let first: string | undefined;
	let last: string | undefined;
	let firstOrdinal = 0;
	let month = '';
	let dayCounter: DayCounter | undefined;
	/** The month's articles as its chronology parts list them, cut when the month ends. */
	let chronology: MonthArticle[] = [];
	/** How each month was cut into parts, for `data/chronology/parts.json` and `explorer.json`. */
	const chronologyTable: ChronologyTable = { keyBits: keyBitCount, months: {} };
	const previousChronology = previousChronologyCut(previous);
	let docs: SearchDoc[] = [];
	let docChunk = -1;
	let firstDocs: number | undefined;
	let postings = new Map<string, number[]>();
	let postingCount = 0;

	/** The month's chronology parts (`cutParts`), keeping the spans the previous generation's had. */
	const writeParts = () => {
		if (!chronology.length) return;
		const keys = Float64Array.from(chronology, (a) => a.position);
		const files = cutParts(keys, CHRONOLOGY_PART, keyBitCount, previousChronology.get(month));
		for (const f of files) {
			const part = f.page as number;
			output.json(`data/chronology/${month}/${part}.json`, {
				month,
				part,
				articles: chronology.slice(f.from, f.to)
			});
		}
		chronologyTable.months[month] = {
			first: deltaEncode(files.map((f) => keys[f.from]!)),
			parts: files.map((f) => f.page as number)
		};
		chronology = [];
	};
	const endMonth = () => {
		writeParts();
		if (dayCounter) output.json(`data/days/${month}.json`, dayCounter.file(month, places));
	};
	const flushPostings = () => {
		for (const [word, list] of postings) words.add(String(word.codePointAt(0)), `${word}\t${list.join(',')}`);
		postings = new Map();
		postingCount = 0;
	};

	const writeDocs = () => {
		if (!docs.length) return;
		output.json(`data/search/docs/${docChunk}.json`, { chunk: docChunk, articles: docs });
		firstDocs ??= docChunk;
		docs = [];
	};
	let position = 0;
	const ranks = new DayRanks();
	for (const line of fileLines(ordered)) {
		const [a, found] = JSON.parse(line) as [PublishedArticle, EventRecord[]];
		const day = dayNumber(a.published);
		/** The article's key, which the files address it by. */
		const p = articleKey(day, ranks.next(day), keyBitCount);
		if (position++ === 0) {
			first = a.published;
			firstOrdinal = monthOrdinal(a.published);
		}
		last = a.published;
		const thisMonth = a.published.slice(0, 7);
		if (thisMonth !== month) {
			if (month) endMonth();
			month = thisMonth;
			dayCounter = new DayCounter(outlets.length);
		}
		const o = outletIndex.get(a.outlet)!;
		const outletId = outlets[o]!.id;

		const { own, listed } = tally.placesOf(a.mentions, members);
		tally.add({ published: a.published, outlet: outletId, own, listed });
		for (const id of listed) {
			const entry = panelEntry(placeById.get(id)!, p, a, outletId);
			entries.add(id, `${p}\t${JSON.stringify(entry)}`);
		}
		dayCounter!.add(a.datePrecision === 'month' ? 0 : Number(a.published.slice(8, 10)), o, [...listed]);
		const inOrder = [...own].sort((x, y) => placeIndex.get(x)! - placeIndex.get(y)!);
		chronology.push(chronologyArticle(a, p, outletId, inOrder));

		// The events it is the source of, in the order of events, for its reader page and the event files.
		const mine = reviewedOf.get(a.id) ?? [];
		const sourced = sortEvents([...mine, ...found]);
		const page = readerPage(
			a,
			placeById,
			sourced.flatMap((e) => readerEvent(e, placeById) ?? [])
		);
		if (a.curated) curated.push(page);
		const inShard: Partial<ReaderPage> = { ...page };
		delete inShard.description;
		const shard = shardOf(a.id, bits);
		let shardPath = shardPaths.get(shard);
		if (shardPath === undefined) {
			shardPath = output.path(articleShardPath(shard).slice(1));
			shardPaths.set(shard, shardPath);
		}
		shards.add(shardPath, `{"shard":${shard},"articles":[`, JSON.stringify(inShard), ']}');
		for (const e of mine) reviewedPublished.push(publishEvent(e, a));
		for (const e of found) {
			const published = publishEvent(e, a);
			const record = extractedRecord(published, () => outletId)!;
			events.add(
				e.date.slice(0, 7),
				`${e.date}\t${e.id}\t${JSON.stringify(published)}\t${JSON.stringify(record)}`
			);
		}

		if (p >> docBits !== docChunk) {
			writeDocs();
			docChunk = p >> docBits;
		}
		docs.push(searchDoc(a));
		for (const word of articleTerms(a, outletId)) {
			const list = postings.get(word);
			if (list) list.push(p);
			else postings.set(word, [p]);
			postingCount++;
		}
		if (postingCount > 4_000_000) flushPostings();
	}
	if (month) endMonth();
	writeDocs();
	flushPostings();
	rmSync(ordered, { force: true });
	for (const e of reviewed)
		if (!isArticleSource(e.source)) reviewedPublished.push(publishEvent(e, undefined));
	const reviewedSorted = sortEvents(reviewedPublished);
	step('articles');

	// Step 3: the events, a month of their dates at a time.
	const eventsJson = output.stream('data/events.json');
	const eventsCsv = output.stream('data/events.csv');
	eventsJson.write('{"events":[');
	eventsCsv.write(EVENT_CSV_COLUMNS.join(','));
	const placeEvents = new Spill(join(work, 'place-events'));
	const extractedMonths: [string, number, number][] = [];
	const reviewedByMonth = new Map<string, PublishedEvent[]>();
	for (const e of reviewedSorted) {
		const list = reviewedByMonth.get(e.date.slice(0, 7));
		if (list) list.push(e);
		else reviewedByMonth.set(e.date.slice(0, 7), [e]);
	}
	let anyEvent = false;
	let extractedCount = 0;
	let exampleMonth: string | undefined;
	for (const eventMonth of [...new Set([...events.keys(), ...reviewedByMonth.keys()])].sort(collate)) {
		const rows: { date: string; id: string; json: string; record?: string }[] = [];
		for (const line of events.lines(eventMonth)) {
			const [date, id, json, record] = line.split('\t') as [string, string, string, string];
			rows.push({ date, id, json, record });
		}
		events.drop(eventMonth);
		for (const e of reviewedByMonth.get(eventMonth) ?? [])
			rows.push({ date: e.date, id: e.id, json: JSON.stringify(e) });
		rows.sort((x, y) => collate(x.date, y.date) || collate(x.id, y.id));
		const records: ExtractedEventRecord[] = [];
		for (const row of rows) {
			eventsJson.write(`${anyEvent ? ',' : ''}${row.json}`);
			eventsCsv.write(`\r\n${eventCsvRow(JSON.parse(row.json) as PublishedEvent)}`);
			anyEvent = true;
			if (!row.record) continue;
			const record = JSON.parse(row.record) as ExtractedEventRecord;
			records.push(record);
			for (const id of record.places) placeEvents.add(id, row.record);
		}
		if (!records.length) continue;
		exampleMonth ??= eventMonth;
		extractedCount += records.length;
		const pages = monthPages(eventMonth, records);
		pages.forEach((list, page) =>
			output.json(`data/events/months/${eventMonth}/${page}.json`, { month: eventMonth, page, events: list })
		);
		extractedMonths.push([eventMonth, records.length, pages.length]);
	}
	eventsJson.write(']}');
	eventsJson.close();
	eventsCsv.write('\r\n');
	eventsCsv.close();
	output.json('data/events/reviewed.json', { events: reviewedSorted.filter((e) => !e.extracted) });
	step('events');

	// Step 4: each place's files, cut from the oldest end: its sealed pages, then its head.
	placeEvents.flush();
	let exampleSealedEvents: { place: string; pages: number; page: number } | undefined;
	for (const place of places) {
		const path = placeEvents.path(place.id);
		const listed = mentionCounts.has(place.id) || (!!place.partOf && mentionCounts.has(place.partOf));
		if (!path && !listed) continue;
		const file = path ? new LineFile(path) : undefined;
		try {
			/** What the cut and the pages' spans read of each event, in the file's order. */
			const events: SpanFields[] = [];
			for (let from = 0; from < (file?.count ?? 0); from += KEY_CHUNK)
				for (const line of file!.range(from, Math.min(file!.count, from + KEY_CHUNK))) {
					const { date, id, datePrecision } = JSON.parse(line) as ExtractedEventRecord;
					events.push({ date, id, datePrecision });
				}
			const files: ListFile[] = events.length
				? cutEvents(events, EXTRACTED_PLACE_PAGE, previousEventsCut(previous, place.id))
				: [{ page: 'head', from: 0, to: 0 }];
			const id = JSON.stringify(place.id);
			const spans: ExtractedPageSpan[] = [];
			/** The file's events, newest first, as the bytes they were spilled as; its span kept for the head's table. */
			const read = (f: ListFile) => {
				const page = f.page === 'head' ? undefined : f.page;
				spans.push(pageSpan(events.slice(f.from, f.to), page));
				return file && f.to > f.from ? joinReversed(file.bytes(f.from, f.to)) : '';
			};
			const dir = `data/events/places/${place.id}`;
			for (const f of files.slice(0, -1))
				output.pieces(`${dir}/${f.page}.json`, [`{"place":${id},"page":${f.page},"events":[`, read(f), ']}']);
			const head = read(files.at(-1)!);
			output.pieces(`${dir}/head.json`, [
				`{"place":${id},"events":[`,
				head,
				`],"pages":${JSON.stringify(spans)}}`
			]);
			const sealed = files.length - 1;
			if (sealed > (exampleSealedEvents?.pages ?? 0))
				exampleSealedEvents = { place: place.id, pages: sealed, page: files[0]!.page as number };
		} finally {
			file?.close();
		}
	}
	entries.flush();
	let exampleSealed: { place: string; pages: number; page: number } | undefined;
	for (const place of places) {
		const path = entries.path(place.id);
		if (!path) continue;
		const file = new LineFile(path);
		try {
			const keys = new Float64Array(file.count);
			for (let from = 0; from < keys.length; from += KEY_CHUNK)
				lineKeys(file.bytes(from, Math.min(keys.length, from + KEY_CHUNK)), keys, from);
			const before = previousPlaceCut(previous, place.id);
			const files = cutList(keys, PAGE_SIZE, keyBitCount, before?.list);
			const id = JSON.stringify(place.id);
			/** The file's entries, newest first, as the bytes they were spilled as (each after its key). */
			const read = (f: ListFile) => (f.to > f.from ? joinReversed(file.bytes(f.from, f.to), TAB) : '');
			for (const f of files.slice(0, -1))
				output.pieces(`data/places/${place.id}/${f.page}.json`, [
					`{"place":${id},"page":${f.page},"entries":[`,
					read(f),
					']}'
				]);
			const head = files.at(-1)!;
			const { table, parts } = cutTable(
				files,
				keys,
				PAGE_SIZE,
				keyBitCount,
				options.tablePart ?? TABLE_PART,
				before?.parts
			);
			for (const part of parts)
				output.json(`data/places/${place.id}/table-${part.part}.json`, { place: place.id, ...part });
			output.pieces(`data/places/${place.id}/head.json`, [
				`{"place":${id},"entries":[`,
				read(head),
				`],"table":${JSON.stringify(table)}}`
			]);
			const sealed = files.length - 1;
			if (sealed > (exampleSealed?.pages ?? 0))
				exampleSealed = { place: place.id, pages: sealed, page: files[0]!.page as number };
		} finally {
			file.close();
		}
	}

	step('place pages');

	// `places.geojson`: the places and their counts, a file that grows with the places only.
	output.json('data/places.geojson', placesCollection(places, tally.articleCounts(), mentionCounts));

	// The search index's term shards and postings, a first letter at a time; postings keep the cut of
	// the previous generation, whose keys are of its own bits.
	words.flush();
	const previousBits = previousKeyBits(previous);
	const prefixes: string[] = [];
	let examplePostings: string | undefined;
	let exampleSealedPostings: string | undefined;
	for (const head of words.keys()) {
		const lists = new Map<string, number[]>();
		for (const line of words.lines(head)) {
			const tab = line.indexOf('\t');
			const word = line.slice(0, tab);
			const list = line
				.slice(tab + 1)
				.split(',')
				.map(Number);
			const known = lists.get(word);
			if (known) for (const q of list) known.push(q);
			else lists.set(word, list);
		}
		words.drop(head);
		const terms = termFiles(lists, {
			keyBits: keyBitCount,
			previous: (name) => previousPostingsCut(previous, name, previousBits)
		});
		for (const prefix of terms.prefixes) {
			prefixes.push(prefix);
			output.json(`data/search/terms/${shardFile(prefix)}.json`, terms.shard(shardFile(prefix)));
		}
		for (const [name, file] of terms.pages()) {
			output.json(`data/search/postings/${name}/${file}.json`, terms.postings(name, file));
			if (file === 'head' && (examplePostings === undefined || name < examplePostings))
				examplePostings = name;
			if (file === 0 && (exampleSealedPostings === undefined || name < exampleSealedPostings))
				exampleSealedPostings = name;
		}
	}
	step('search terms');
	prefixes.sort();
	output.json('data/search/index.json', {
		version: SEARCH_VERSION,
		articles: count,
		keyBits: keyBitCount,
		docBits,
		page: SEARCH_PAGE,
		inline: SEARCH_INLINE,
		shards: prefixes
	});

	// The article shards, each one's entries in the published order.
	shards.close();
	const shardKeys = [...shardPaths.keys()].sort((x, y) => x - y);
	const index: ArticleShardIndex = { bits, files: shardKeys.length, articles: count };
	output.json('data/articles/shards.json', index);
	step('article shards');

	// What the first screen and the filters count.
	const parts = {
		places,
		mentionCounts,
		reviewed: reviewedSorted,
		outlets,
		firstMonth: count ? monthOfOrdinal(firstOrdinal) : '',
		monthCount: count ? monthOrdinal(last!) - firstOrdinal + 1 : 0,
		outletMonths: tally.outletRows(outlets),
		counts: tally.placeRows(places),
		extractedMonths,
		pageSize: PAGE_SIZE,
		chronologyPart: CHRONOLOGY_PART,
		chronologyParts: count
			? chronologyNumbers(
					chronologyTable,
					monthOfOrdinal(firstOrdinal),
					monthOrdinal(last!) - firstOrdinal + 1
				)
			: []
	};
	output.json(CHRONOLOGY_TABLE_PATH.slice(1), chronologyTable);
	const explorer = explorerFile(parts);
	output.json('data/explorer.json', explorer);
	output.json('data/place-details.json', publishPlaceDetails({ places }));
	for (const [path, text] of tallyFiles(tally, places, outlets)) output.text(path, text);

	const busiest = [...mentionCounts].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))[0]?.[0];
	const facts: SiteFacts = {
		text,
		span: { articles: count, first, last },
		places: places.map((p) => placeShare(p, tally.named.get(p.id))),
		curated,
		about: {
			figures: {
				places: places.length,
				automatic: places.filter((p: Place) => p.curation === 'automatic').length,
				articles: count,
				outlets: tally.outletNames.length,
				first,
				last,
				reviewed: reviewedSorted.length,
				extracted: extractedCount
			},
			examplePlace: busiest,
			exampleSealedPlace: exampleSealed?.place,
			exampleSealedPage: exampleSealed?.page,
			exampleSealedEventsPlace: exampleSealedEvents?.place,
			exampleSealedEventsPage: exampleSealedEvents?.page,
			exampleArticleMonth: last?.slice(0, 7),
			exampleChronologyPart: last ? chronologyTable.months[last.slice(0, 7)]?.parts[0] : undefined,
			exampleOutlet: outlets[0]?.id,
			exampleArticleShard: shardKeys[0]?.toString(),
			exampleMonth,
			exampleShard: prefixes[0] === undefined ? undefined : shardFile(prefixes[0]),
			exampleDocs: firstDocs?.toString(),
			examplePostings,
			exampleSealedPostings
		}
	};
	writeFileSync(join(output.root, SITE_FACTS), JSON.stringify(facts));
	writeFileSync(join(output.root, BUILD_STATE), JSON.stringify(tally.toJSON()));
	writeFileSync(join(output.root, BUILD_INPUTS), JSON.stringify(inputs));
	step('counts');
	return summary;
}

/** Lines of a place's file read at a time for their keys. */
const KEY_CHUNK = 4096;

/** The byte of a tab, which ends a spilled line's key. */
const TAB = 9;

/**
 * Puts into `keys` from `at` on the number each line of `lines` starts with (up to its tab): decimal
 * digits, read from the bytes without decoding the rest of the line.
 */
function lineKeys(lines: Buffer, keys: Float64Array, at: number): void {
	for (let start = 0; start < lines.length;) {
		const tab = lines.indexOf(TAB, start);
		const end = lines.indexOf(10, start);
		keys[at++] = Number(lines.toString('latin1', start, tab >= 0 && (tab < end || end < 0) ? tab : end));
		start = end < 0 ? lines.length : end + 1;
	}
}

/**
 * The cut of `place`'s panel list and of its table that the generation in `previous` published (its
 * head and table parts, `readPreviousCut`), or none: no folder given, no head, or a head or part of
 * another form. Then the list is cut from nothing.
 */
function previousPlaceCut(previous: string | undefined, place: string): PreviousPlaceCut | undefined {
	if (!previous) return undefined;
	const dir = join(previous, 'data', 'places', place);
	const read = (name: string): unknown => {
		const path = join(dir, name);
		return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined;
	};
	try {
		const head = read('head.json');
		return head === undefined ? undefined : readPreviousCut(head, (n) => read(`table-${n}.json`));
	} catch {
		return undefined;
	}
}

/**
 * Each month's cut of the chronology that the generation in `previous` published
 * (`data/chronology/parts.json`), as `previousPlaceCut`; none when it has no such table.
 */
function previousChronologyCut(previous: string | undefined): Map<string, PreviousCut> {
	if (!previous) return new Map();
	const path = join(previous, CHRONOLOGY_TABLE_PATH.slice(1));
	if (!existsSync(path)) return new Map();
	try {
		return previousParts(JSON.parse(readFileSync(path, 'utf8')));
	} catch {
		return new Map();
	}
}

/** The key bits of the generation in `previous` (its `search/index.json`), when it has them. */
function previousKeyBits(previous: string | undefined): number | undefined {
	const path = previous && join(previous, 'data', 'search', 'index.json');
	if (!path || !existsSync(path)) return undefined;
	try {
		const bits = (JSON.parse(readFileSync(path, 'utf8')) as { keyBits?: unknown }).keyBits;
		return Number.isInteger(bits) ? (bits as number) : undefined;
	} catch {
		return undefined;
	}
}

/**
 * The cut of the postings of the word whose folder is `name` that the generation in `previous`
 * published (its head's `pages` and `numbers`, keys of `bits`), as `previousPlaceCut`.
 */
export function previousPostingsCut(
	previous: string | undefined,
	name: string,
	bits: number | undefined
): PreviousCut | undefined {
	if (!previous || bits === undefined) return undefined;
	const path = join(previous, 'data', 'search', 'postings', name, 'head.json');
	if (!existsSync(path)) return undefined;
	try {
		const head = JSON.parse(readFileSync(path, 'utf8')) as { pages?: unknown; numbers?: unknown };
		return previousCut({ keyBits: bits, first: head.pages, pages: head.numbers });
	} catch {
		return undefined;
	}
}

/** The spans of `place`'s events that the generation in `previous` published, as `previousPlaceCut`. */
function previousEventsCut(previous: string | undefined, place: string): EventSpanCut[] | undefined {
	if (!previous) return undefined;
	const path = join(previous, 'data', 'events', 'places', place, 'head.json');
	if (!existsSync(path)) return undefined;
	try {
		const pages = (JSON.parse(readFileSync(path, 'utf8')) as { pages?: unknown }).pages;
		return Array.isArray(pages) ? (pages as EventSpanCut[]) : undefined;
	} catch {
		return undefined;
	}
}

/**
 * The file a path of the site (`/data/…`) names in a folder `writeDataFiles` wrote, when there is one:
 * what the dev server serves and what prerendering may link to.
 */
export function writtenFile(folder: string, path: string): string | undefined {
	let decoded: string;
	try {
		decoded = decodeURIComponent(path);
	} catch {
		return undefined;
	}
	if (!decoded.startsWith('/data/') || decoded.split('/').includes('..')) return undefined;
	const file = join(folder, decoded);
	return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/** The steps' times in words: "data build 34.6 s, order 20.1 s, …", each with its CPU seconds when given: "order 20.1 s (9.8 s CPU)". */
export function describeSteps(steps: Record<string, number>, cpu?: Record<string, number>): string {
	return Object.entries(steps)
		.map(([name, seconds]) => {
			const used = cpu?.[name];
			return `${name} ${seconds.toFixed(1)} s${used === undefined ? '' : ` (${used.toFixed(1)} s CPU)`}`;
		})
		.join(', ');
}
