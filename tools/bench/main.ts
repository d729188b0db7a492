import { execFileSync } from 'node:child_process';
import {
	existsSync,
	lstatSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	realpathSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildDataset, linkablePlaces } from '../../src/lib/data/dataset';
import type { Article } from '../../src/lib/corpus/article';
import type { DataIssue } from '../../src/lib/core/errors';
import { BULK_DIR, writeBulkFile } from '../../src/lib/server/bulk-store';
import { validatePlaces, type SourceFile } from '../../src/lib/places/validate';
import { runMeasured, type ProcessFigures } from './process-figures';
import { geoNamesCities } from '../../src/lib/server/geonames';
import { DataError, formatIssues } from '../../src/lib/core/errors';
import { buildAliasIndex } from '../../src/lib/geoparse/match';
import { timeBaseline, timeGeoparser, timeIndexSizes, withPreview, type IndexSizeTiming } from './measure';
import { measureBrowser, measureSearches, measureTransfer, SEARCH_RUNS } from './browser';
import {
	benchReport,
	besideFloor,
	formatGrowth,
	formatTable,
	GROWTH_FIGURES,
	nearPlaceArticles,
	parseSizes,
	verdict,
	type BenchReport,
	type BuildFigures,
	type GenerationFigures,
	type PublishedFigures,
	type SiteFigures,
	type StepFigures,
	type TableRow
} from './report';
import { streamCorpus, type RealCorpus } from './synthetic';
import { geodataDir, readSources } from '../../src/lib/server/sources';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The scale site is built here (relative to the project), for the browser figures to load. */
const SITE_OUT = 'build-bench';
/** The default corpus, built the same way, for `transfer_kb_gz` (the goal is about the default corpus). */
const DEFAULT_SITE_OUT = 'build-bench-default';
/** Where `vite preview` serves each built site while the browser measures it. */
const PREVIEW_PORT = Number(process.env.BENCH_PORT ?? 4199);

const USAGE = `usage: npm run bench -- [--json] [--articles N[,N...]] [--places N] [--seed S]
       [--baseline-sample N] [--geoparse-sample N] [--runs N] [--loads N] [--index-sizes N,N,...]
       [--out DIR] [--skip-site] [--generate-only] [--help]
  --json               print only the JSON report on stdout (progress goes to stderr): one size's
                       report, or {"sizes": [...]} for several
  --articles N,...     synthetic articles (default 10000); several sizes (e.g. 10000,100000 or
                       10k,100k,1m) are generated, built and measured in turn, and printed side by side
  --places N           places in all, the real ones included (default 2000)
  --seed S             generator seed (default 1); the same seed writes the same corpus
  --baseline-sample N  articles the compromise baseline is timed on, a seeded sample (default 1000; 0 = all)
  --geoparse-sample N  articles the geoparser is timed on, the first N (default 10000; 0 = all)
  --runs N             timed passes of the geoparser over its articles (default 3)
  --loads N            cold loads of the explorer and of the floor page for the first idle (default 3)
  --index-sizes N,...  also time the geoparser on the same texts with indexes of the first N places
                       (passes interleaved), to see what the number of aliases costs; e.g. 500,2000
  --out DIR            write the corpus to DIR and keep it (default: a temporary folder, removed after);
                       with several sizes, each goes to DIR/<size>
  --skip-site          do not build the sites (${SITE_OUT}/, ${DEFAULT_SITE_OUT}/) nor measure them in a browser
  --generate-only      only generate and write the corpus, and print its time and peak memory`;

interface Options {
	help: boolean;
	json: boolean;
	sizes: number[];
	places: number;
	seed: number;
	baselineSample: number;
	geoparseSample: number;
	runs: number;
	loads: number;
	indexSizes: number[];
	out?: string;
	skipSite: boolean;
	generateOnly: boolean;
}

function parseOptions(argv: string[]): Options {
	const { values } = parseArgs({
		args: argv,
		options: {
			help: { type: 'boolean', default: false },
			json: { type: 'boolean', default: false },
			articles: { type: 'string', default: '10000' },
			places: { type: 'string', default: '2000' },
			seed: { type: 'string', default: '1' },
			'baseline-sample': { type: 'string', default: '1000' },
			'geoparse-sample': { type: 'string', default: '10000' },
			runs: { type: 'string', default: '3' },
			loads: { type: 'string', default: '3' },
			'index-sizes': { type: 'string', default: '' },
			out: { type: 'string' },
			'skip-site': { type: 'boolean', default: false },
			'generate-only': { type: 'boolean', default: false }
		},
		strict: true
	});
	const whole = (name: string, text: string, min: number) => {
		const n = Number(text);
		if (!Number.isInteger(n) || n < min)
			throw new Error(`--${name} must be a whole number >= ${min}, got "${text}"`);
		return n;
	};
	return {
		help: values.help,
		json: values.json,
		sizes: parseSizes(values.articles),
		places: whole('places', values.places, 0),
		seed: whole('seed', values.seed, 0),
		baselineSample: whole('baseline-sample', values['baseline-sample'], 0),
		geoparseSample: whole('geoparse-sample', values['geoparse-sample'], 0),
		runs: whole('runs', values.runs, 1),
		loads: whole('loads', values.loads, 1),
		indexSizes: values['index-sizes']
			.split(',')
			.filter(Boolean)
			.map((n) => whole('index-sizes', n, 1)),
		out: values.out,
		skipSite: values['skip-site'],
		generateOnly: values['generate-only']
	};
}

const log = (message: string) => process.stderr.write(`${message}\n`);

/** How long writing the corpus took, how big it is, and the most memory the process held meanwhile. */
interface Generation {
	seconds: number;
	bytes: number;
	peakRssMb: number;
	generatedPlaces: number;
	/** Mentions the generator planted (the geoparser's expected finds). */
	planted: number;
	/** The first `--geoparse-sample` bodies, which the geoparser and its baseline are timed on. */
	texts: string[];
	/** The place files written, as the data build reads them. */
	placeFiles: SourceFile[];
}

/** Articles per bulk store file the benchmark writes: one file's columns are what the writer holds. */
export const BENCH_FILE_ROWS = 20_000;

/**
 * The first articles stay Markdown files (`articles/<id>.md`), so the site has curated articles with
 * their prerendered reader pages beside the bulk ones that the shard reader shows.
 */
export const BENCH_CURATED = 6;

/**
 * Generates the corpus and writes it as a geodata folder: the place files at its top, the first
 * `BENCH_CURATED` articles as Markdown under `articles/`, the rest in the bulk store
 * (`bulk/<n>.parquet`, `BENCH_FILE_ROWS` rows a file, through `writeBulkFile`), a file at a time as
 * the generator makes them, so memory stays flat whatever the number of articles; the peak resident
 * memory is sampled while it runs.
 */
function writeCorpus(dir: string, real: RealCorpus, options: Options, articles: number): Generation {
	const start = performance.now();
	let peak = process.memoryUsage().rss;
	const stream = streamCorpus(real, { seed: options.seed, places: options.places, articles });
	mkdirSync(join(dir, 'articles'), { recursive: true });
	let bytes = 0;
	for (const f of stream.placeFiles) {
		writeFileSync(join(dir, f.file), f.text, 'utf8');
		bytes += Buffer.byteLength(f.text);
	}
	const sample = options.geoparseSample > 0 ? options.geoparseSample : Infinity;
	const texts: string[] = [];
	let planted = 0;
	let rows: Omit<Article, 'file' | 'row'>[] = [];
	let files = 0;
	const flush = () => {
		if (!rows.length) return;
		const path = join(dir, BULK_DIR, `${String(files++).padStart(5, '0')}.parquet`);
		writeBulkFile(path, rows);
		bytes += statSync(path).size;
		rows = [];
		peak = Math.max(peak, process.memoryUsage().rss);
	};
	let n = 0;
	for (const a of stream.articles()) {
		if (texts.length < sample) texts.push(a.body);
		planted += a.planted.length;
		if (n < BENCH_CURATED) {
			writeFileSync(join(dir, a.file), a.text, 'utf8');
			bytes += Buffer.byteLength(a.text);
		} else {
			const { datePrecision = 'day', ...fm } = a.frontMatter;
			rows.push({ ...fm, datePrecision, id: a.id, body: a.body });
			if (rows.length === BENCH_FILE_ROWS) flush();
		}
		if (++n % 50_000 === 0)
			log(
				`bench: ${n} of ${articles} articles written (${((performance.now() - start) / 1000).toFixed(0)} s)`
			);
	}
	flush();
	peak = Math.max(peak, process.memoryUsage().rss);
	return {
		seconds: (performance.now() - start) / 1000,
		bytes,
		peakRssMb: peak / 2 ** 20,
		generatedPlaces: stream.generated.length,
		planted,
		texts,
		placeFiles: stream.placeFiles
	};
}

/** The published site's files (following `build-bench`'s symlink), with and without compressed copies. */
function publishedFigures(siteOut: string): PublishedFigures {
	const root = realpathSync(resolve(ROOT, siteOut));
	const figures: PublishedFigures = {
		bytes: 0,
		files: 0,
		bytes_without_copies: 0,
		files_without_copies: 0,
		headers_bytes: 0
	};
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) walk(path);
			else if (entry.isFile()) {
				const size = lstatSync(path).size;
				figures.bytes += size;
				figures.files += 1;
				if (!/\.(gz|br)$/.test(entry.name)) {
					figures.bytes_without_copies += size;
					figures.files_without_copies += 1;
				}
				if (dir === root && entry.name === '_headers') figures.headers_bytes = size;
			}
		}
	};
	walk(root);
	return figures;
}

interface EvalRow {
	system: string;
	set: string;
	unit: string;
	f1: number;
}

/** The F1 scores `npm run eval` prints: the benchmark reports them beside the speeds, never recomputes them. */
function evalScores(): EvalRow[] {
	const out = execFileSync(process.execPath, ['--import', 'tsx', 'tools/eval/main.ts', '--json'], {
		cwd: ROOT,
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'inherit']
	});
	return (JSON.parse(out) as { results: EvalRow[] }).results;
}

const mb = (chars: number) => (chars / 1e6).toFixed(1);
const fixed = (n: number, digits = 1) => n.toFixed(digits);

/** What one size measured, for its JSON report and its table (only the generation with `--generate-only`). */
interface SizeRun {
	report?: BenchReport;
	generation: GenerationFigures;
	rows: TableRow[];
}

/** Measured once per run and shown with every size: the default corpus's first screen, the F1 scores. */
interface Shared {
	scores?: EvalRow[];
	defaultTransfer?: number;
}

async function measureSize(
	articlesWanted: number,
	real: RealCorpus,
	realDir: string,
	options: Options,
	shared: Shared
): Promise<SizeRun | undefined> {
	const keep = options.out !== undefined;
	const dir = keep
		? resolve(options.sizes.length > 1 ? join(options.out!, String(articlesWanted)) : options.out!)
		: mkdtempSync(join(tmpdir(), 'idlib-bench-'));
	if (keep && existsSync(dir) && readdirSync(dir).length)
		throw new Error(`${dir} is not empty; give --out a new or empty folder`);

	log(`bench: generating ${articlesWanted} articles and ${options.places} places (seed ${options.seed})`);
	const generation = writeCorpus(dir, real, options, articlesWanted);
	log(
		`bench: wrote the corpus (${mb(generation.bytes)} MB) to ${dir} in ${fixed(generation.seconds)} s, peak memory ${fixed(generation.peakRssMb, 0)} MB`
	);
	const generationFigures: GenerationFigures = {
		articles: articlesWanted,
		seconds: Math.round(generation.seconds * 10) / 10,
		bytes: generation.bytes,
		peak_rss_mb: Math.round(generation.peakRssMb)
	};
	const cacheDirs: string[] = [];
	try {
		if (options.generateOnly) {
			const rows: TableRow[] = [
				['corpus.articles', String(articlesWanted), `synthetic, seed ${options.seed}, in ${dir}`],
				[
					'generate_s',
					fixed(generation.seconds),
					`${mb(generation.bytes)} MB written, one article at a time`
				],
				[
					'generate_peak_rss_mb',
					fixed(generation.peakRssMb, 0),
					'resident memory of the process, sampled while writing'
				]
			];
			return { generation: generationFigures, rows };
		}

		const cache = keep ? `${dir}.records` : join(dir, '..', `${basename(dir)}.records`);
		// A compression cache of its own beside the record cache, removed with it: the site build is timed cold.
		const compressCache = `${cache.replace(/\.records$/, '')}.compressed`;
		const buildEnv = { ...process.env, GEODATA_DIR: dir, RECORD_CACHE: cache, COMPRESS_CACHE: compressCache };
		log('bench: npm run build:data (read, validate, geoparse, link and cache every record)');
		const dataStep = await runMeasured('build:data', 'npm', ['run', 'build:data'], buildEnv, (chunk) =>
			process.stderr.write(chunk)
		);
		cacheDirs.push(cache, compressCache);
		const texts = generation.texts;
		// The geoparser as the build runs it: every place of the corpus's files and every automatic one from GeoNames.
		const placeIssues: DataIssue[] = [];
		const { places } = validatePlaces(generation.placeFiles, geoNamesCities());
		const linkable = linkablePlaces(places, undefined, geoNamesCities(), placeIssues);

		log(`bench: timing the geoparser over ${texts.length} articles (${options.runs} passes)`);
		const geoparse = timeGeoparser(linkable, texts, options.runs);
		const sampled = options.baselineSample > 0 && options.baselineSample < texts.length;
		log(
			`bench: timing the compromise baseline on ${sampled ? `a sample of ${options.baselineSample}` : 'all'} articles`
		);
		const baseline = timeBaseline(texts, buildAliasIndex(linkable), options.baselineSample, options.seed);

		let indexSizes: IndexSizeTiming[] = [];
		if (options.indexSizes.length) {
			log(`bench: timing the geoparser with indexes of ${options.indexSizes.join(', ')} places`);
			indexSizes = timeIndexSizes(places, texts, options.indexSizes, Math.max(options.runs, 5));
		}

		if (!shared.scores) {
			log('bench: reading the F1 scores from npm run eval');
			shared.scores = evalScores();
		}
		const scores = shared.scores;

		let build: BuildFigures | undefined;
		let site: SiteFigures | undefined;
		let replayedChanges: { date: number; step: number } | undefined;
		if (!options.skipSite) {
			log(`bench: npm run build of the scale site into ${SITE_OUT}/`);
			const siteStep = await runMeasured(
				'the site build',
				'npm',
				['run', 'build'],
				{ ...buildEnv, SITE_OUT, VITE_BENCH: '1' },
				(chunk) => process.stderr.write(chunk)
			);
			build = {
				site_build_s: siteStep.seconds,
				published: publishedFigures(SITE_OUT),
				step: stepFigures(siteStep)
			};
			if (shared.defaultTransfer === undefined) {
				log(`bench: building the default corpus into ${DEFAULT_SITE_OUT}/ for its transfer size`);
				await runMeasured(
					'the default site build',
					'npm',
					['run', 'build'],
					{ ...process.env, SITE_OUT: DEFAULT_SITE_OUT, GEODATA_DIR: realDir, VITE_BENCH: '1' },
					(chunk) => process.stderr.write(chunk)
				);
				log('bench: measuring what the default explorer fetches before its map is first idle');
				shared.defaultTransfer = await withPreview(DEFAULT_SITE_OUT, PREVIEW_PORT, (baseUrl) =>
					measureTransfer({ baseUrl })
				);
			}
			const published = join(realpathSync(resolve(ROOT, SITE_OUT)), 'data');
			const hasSearchJson =
				existsSync(join(published, 'search', 'index.json')) || existsSync(join(published, 'search.json'));
			log('bench: measuring the scale explorer and the floor page in headless Chromium');
			site = await withPreview(SITE_OUT, PREVIEW_PORT, async (baseUrl) => {
				const scaleTransfer = await measureTransfer({ baseUrl });
				const run = await measureBrowser({ baseUrl, loads: options.loads });
				replayedChanges = run.changes;
				const search = hasSearchJson ? await measureSearches({ baseUrl, log }) : undefined;
				return {
					transfer_kb_gz: shared.defaultTransfer!,
					scale_transfer_kb_gz: scaleTransfer,
					browser: run.browser,
					floor: run.floor,
					search
				};
			});
		}

		const report = benchReport(
			{
				articles: articlesWanted,
				places: places.length,
				geoparseArticlesPerSecond: geoparse.articlesPerSecond,
				baselineArticlesPerSecond: baseline.articlesPerSecond,
				indexBuildSeconds: dataStep.seconds,
				dataBuild: stepFigures(dataStep)
			},
			site,
			build
		);
		report.generation = generationFigures;

		const f1 = (system: string, set: string) =>
			scores.find((r) => r.system === system && r.set === set && r.unit === 'mentions')?.f1;
		const speedup = geoparse.articlesPerSecond / baseline.articlesPerSecond;
		const rows: TableRow[] = [
			[
				'corpus.articles',
				String(report.corpus.articles),
				`synthetic, seed ${options.seed}: ${generation.planted} place names planted; ${BENCH_CURATED} as Markdown, the rest in the bulk store; geoparser timed on ${texts.length} (${mb(geoparse.chars)} M characters)`
			],
			[
				'corpus.places',
				String(report.corpus.places),
				`${real.dataset.places.length} real + ${generation.generatedPlaces} generated; ${linkable.length} linkable with GeoNames, ${geoparse.aliases} aliases`
			],
			[
				'generate_s',
				fixed(generation.seconds),
				`generate and write the corpus, ${mb(generation.bytes)} MB, peak memory ${fixed(generation.peakRssMb, 0)} MB (not a goal)`
			],
			[
				'index_build_s',
				fixed(report.index_build_s, 1),
				`npm run build:data: ${fixed(dataStep.cpuSeconds, 0)} s CPU, peak memory ${fixed(dataStep.peakRssMb, 0)} MB (the process tree, sampled)`
			],
			[
				'geoparse_articles_per_s',
				fixed(report.geoparse_articles_per_s),
				`alias matcher, median of ${geoparse.runs} passes: ${mb(geoparse.chars / geoparse.seconds)} M chars/s; trie built in ${fixed(geoparse.indexMs, 0)} ms`
			],
			[
				'baseline_articles_per_s',
				fixed(report.baseline_articles_per_s),
				`compromise nlp(text).places() with offsets, linked (geoparse/baseline.ts), ${
					sampled ? `on a seeded sample of ${baseline.articles} of ${baseline.of} articles` : 'on all of them'
				}`
			],
			['speed-up', `${fixed(speedup)}x`, `goal >= 10x: ${speedup >= 10 ? 'met' : 'NOT met'}`],
			...indexSizes.map((t): TableRow => [
				`geoparse_s, ${t.places} places`,
				fixed(t.seconds, 2),
				`${t.aliases} aliases, ${t.mentions} mentions, ${mb(t.charsPerSecond)} M chars/s (same texts, median of interleaved passes)`
			])
		];
		for (const set of ['corpus', 'unseen']) {
			const ours = f1('alias matcher', set);
			const theirs = f1('compromise places()', set);
			if (ours === undefined || theirs === undefined) continue;
			rows.push([
				`F1 ${set}`,
				`${fixed(ours, 3)} vs ${fixed(theirs, 3)}`,
				`npm run eval, mentions, alias matcher vs compromise: ${ours > theirs ? 'better' : 'NOT better'}`
			]);
		}
		if (report.site_build_s !== undefined && report.published) {
			const p = report.published;
			rows.push(
				[
					'site_build_s',
					fixed(report.site_build_s),
					`npm run build into ${SITE_OUT}/: ${fixed(report.site_build?.cpu_s ?? 0, 0)} s CPU, peak memory ${fixed(report.site_build?.peak_rss_mb ?? 0, 0)} MB`
				],
				[
					'published',
					`${fixed(p.bytes / 1e6)} MB`,
					`${p.files} files; without the .gz/.br copies ${fixed(p.bytes_without_copies / 1e6)} MB in ${p.files_without_copies} files`
				],
				[
					'_headers',
					`${p.headers_bytes} B`,
					'the static hosts’ header file: the same whatever the number of pages'
				]
			);
		} else rows.push(['site_build_s', '-', 'skipped (--skip-site)']);
		if (report.browser && report.transfer_kb_gz !== undefined) {
			const b = report.browser;
			const f = report.floor;
			const goal = (figure: string) => {
				const check = report.goals?.find((g) => g.figure === figure);
				return check ? verdict(check) : 'no goal checked';
			};
			rows.push(
				[
					'transfer_kb_gz',
					fixed(report.transfer_kb_gz),
					`default corpus (${real.dataset.articles.length} articles), gzip -9, before the map's first idle; ${goal('first screen, default corpus')}`
				],
				[
					'scale_transfer_kb_gz',
					report.scale_transfer_kb_gz === undefined ? '-' : fixed(report.scale_transfer_kb_gz),
					`this corpus, the same way; ${goal('first screen, this corpus')}`
				],
				[
					'browser.first_map_render_ms',
					besideFloor(b.first_map_render_ms, f?.first_idle_ms),
					`navigation to the first idle, median of ${options.loads} cold loads each; ${goal('first idle / floor')}`
				],
				[
					'browser.filter_p95_ms',
					fixed(b.filter_p95_ms),
					'date-range change to the next render (can still show the old state), p95 of 60'
				],
				[
					'browser.filter_idle_p95_ms',
					besideFloor(b.filter_idle_p95_ms, f?.filter_idle_p95_ms, 1),
					`date change to the next idle and frame, p95 of 60; floor: the same feature-state changes (${replayedChanges?.date ?? 0}); ${goal('date change to idle / floor')}`
				],
				[
					'browser.playback_step_p95_ms',
					besideFloor(b.playback_step_p95_ms, f?.playback_step_p95_ms, 1),
					`a playback step (a month on) to the next idle and frame, p95 of 60; floor: the same (${replayedChanges?.step ?? 0})`
				],
				[
					'browser.click_to_panel_p95_ms',
					fixed(b.click_to_panel_p95_ms),
					`click on a place to its first page of articles listed, p95 of 60; ${goal('click to panel p95')}`
				],
				[
					'browser.busiest_click_to_panel_p95_ms',
					fixed(b.busiest_click_to_panel_p95_ms),
					`the same on the 10 places most articles name, each opened once (the busiest in ${b.busiest_articles} articles); ${goal('busiest places, click to panel p95')}`
				],
				[
					'browser.place_50k_click_to_panel_p95_ms',
					fixed(b.place_50k_click_to_panel_p95_ms),
					nearPlaceArticles(b.place_50k_articles)
						? `the same on the place nearest 50,000 articles (${b.place_50k_articles}), opened 10 times on fresh pages; ${goal('place of 50,000 articles, click to panel p95')}`
						: `no place is near 50,000 articles: the same on the nearest (${b.place_50k_articles} articles), opened 10 times on fresh pages; no goal checked`
				],
				['browser.js_heap_mb', fixed(b.js_heap_mb), 'JS heap after loading the scale explorer']
			);
			rows.push(
				report.search
					? [
							'search.first_query',
							`${fixed(report.search.first_query_kb_gz)} KB, ${fixed(report.search.first_query_ms, 0)} ms`,
							`"ceasefire" entered as the box is focused, to the first article result painted (the search code's load, the places' index in slices, the box's 120 ms pause, the index's files, the drawing${report.search.first_query_after_pause_ms !== undefined ? `; ${fixed(report.search.first_query_after_pause_ms, 0)} ms of it from the query going to the index after the pause` : ''}), median of ${SEARCH_RUNS} cold pages: ${goal('search first query transfer')}; ${goal('search first query time')}`
						]
					: ['search.first_query', '-', `not measured (${hasSearchJsonNote(report)})`]
			);
		} else rows.push(['browser', '-', 'skipped (--skip-site)']);
		return { report, generation: generationFigures, rows };
	} finally {
		if (!keep) {
			rmSync(dir, { recursive: true, force: true });
			for (const cache of cacheDirs) rmSync(cache, { recursive: true, force: true });
		}
	}
}

/** A measured step as the report carries it. */
function stepFigures(p: ProcessFigures): StepFigures {
	return { s: p.seconds, cpu_s: p.cpuSeconds, peak_rss_mb: p.peakRssMb };
}

function hasSearchJsonNote(report: BenchReport): string {
	return report.published
		? 'the site publishes no search index (data/search/index.json), or no result showed'
		: 'no site built';
}

async function main(argv: string[]): Promise<number> {
	let options: Options;
	try {
		options = parseOptions(argv);
	} catch (e) {
		console.error(`bench: ${(e as Error).message}\n${USAGE}`);
		return 2;
	}
	if (options.help) {
		console.log(USAGE);
		return 0;
	}
	if (options.generateOnly && !options.out) {
		console.error('bench: --generate-only needs --out DIR to keep the corpus');
		return 2;
	}

	const load = loadavg()[0]!;
	const realDir = geodataDir();
	const { sources, issues } = readSources(realDir);
	if (issues.length) throw new DataError(issues);
	const real: RealCorpus = { placeFiles: sources.placeFiles, dataset: buildDataset(sources) };

	const shared: Shared = {};
	const runs: SizeRun[] = [];
	try {
		for (const size of options.sizes) {
			const run = await measureSize(size, real, realDir, options, shared);
			if (run) runs.push(run);
		}
	} catch (e) {
		if (e instanceof DataError) {
			console.error(`bench: the synthetic corpus is invalid:\n${formatIssues(e.issues)}`);
			return 1;
		}
		if (e instanceof Error && /is not empty/.test(e.message)) {
			console.error(`bench: ${e.message}`);
			return 2;
		}
		throw e;
	}

	if (options.json) {
		const reports = runs.map((r) => r.report ?? { generation: r.generation });
		console.log(JSON.stringify(reports.length === 1 ? reports[0] : { sizes: reports }, null, 2));
		return 0;
	}
	console.log(
		`Scale benchmark, ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${availableParallelism()} CPUs, load average ${load.toFixed(1)} at the start`
	);
	for (const run of runs) {
		console.log(`\n${run.generation.articles.toLocaleString('en-US')} articles\n`);
		console.log(formatTable(run.rows));
	}
	if (runs.length > 1 && !options.generateOnly) {
		console.log('\nHow it grows\n');
		console.log(
			formatGrowth(
				runs.flatMap((r) => (r.report ? [r.report] : [])),
				GROWTH_FIGURES
			)
		);
	}
	return 0;
}

main(process.argv.slice(2)).then(
	(code) => process.exit(code),
	(e) => {
		console.error(e);
		process.exit(1);
	}
);
