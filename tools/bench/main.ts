import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildDataset, linkablePlaces } from '../../src/lib/data/dataset';
import { geoNamesCities } from '../../src/lib/server/geonames';
import { DataError, formatIssues } from '../../src/lib/core/errors';
import { buildAliasIndex } from '../../src/lib/geoparse/match';
import {
	gzipKb,
	timeBaseline,
	timeDataBuild,
	timeGeoparser,
	timeIndexSizes,
	timeSiteBuild,
	withPreview,
	type IndexSizeTiming
} from './measure';
import { measureBrowser, measureTransfer } from './browser';
import { benchReport, formatTable, type SiteFigures, type TableRow } from './report';
import { generateCorpus, type SyntheticCorpus } from './synthetic';
import { geodataDir, readSources } from '../../src/lib/server/sources';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The scale site is built here (relative to the project), for the browser figures to load. */
const SITE_OUT = 'build-bench';
/** The default corpus, built the same way, for `transfer_kb_gz` (the goal is about the default corpus). */
const DEFAULT_SITE_OUT = 'build-bench-default';
/** Where `vite preview` serves each built site while the browser measures it. */
const PREVIEW_PORT = Number(process.env.BENCH_PORT ?? 4199);

const USAGE = `usage: npm run bench -- [--json] [--articles N] [--places N] [--seed S]
       [--baseline-sample N] [--runs N] [--index-sizes N,N,...] [--out DIR] [--skip-site] [--help]
  --json               print only the JSON report on stdout (progress goes to stderr)
  --articles N         synthetic articles (default 10000)
  --places N           places in all, the real ones included (default 2000)
  --seed S             generator seed (default 1); the same seed writes the same corpus
  --baseline-sample N  articles the compromise baseline is timed on, a seeded sample (default 1000; 0 = all)
  --runs N             timed passes of the geoparser over every article (default 3)
  --index-sizes N,...  also time the geoparser on the same texts with indexes of the first N places
                       (passes interleaved), to see what the number of aliases costs; e.g. 500,2000
  --out DIR            write the corpus to DIR and keep it (default: a temporary folder, removed after)
  --skip-site          do not build the sites (${SITE_OUT}/, ${DEFAULT_SITE_OUT}/) nor measure them in a browser`;

interface Options {
	help: boolean;
	json: boolean;
	articles: number;
	places: number;
	seed: number;
	baselineSample: number;
	runs: number;
	indexSizes: number[];
	out?: string;
	skipSite: boolean;
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
			runs: { type: 'string', default: '3' },
			'index-sizes': { type: 'string', default: '' },
			out: { type: 'string' },
			'skip-site': { type: 'boolean', default: false }
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
		articles: whole('articles', values.articles, 1),
		places: whole('places', values.places, 0),
		seed: whole('seed', values.seed, 0),
		baselineSample: whole('baseline-sample', values['baseline-sample'], 0),
		runs: whole('runs', values.runs, 1),
		indexSizes: values['index-sizes']
			.split(',')
			.filter(Boolean)
			.map((n) => whole('index-sizes', n, 1)),
		out: values.out,
		skipSite: values['skip-site']
	};
}

const log = (message: string) => process.stderr.write(`${message}\n`);

/** Writes the corpus as a geodata folder: the place files at its top, the articles under `articles/`. */
function writeCorpus(dir: string, corpus: SyntheticCorpus): void {
	mkdirSync(join(dir, 'articles'), { recursive: true });
	for (const f of [...corpus.placeFiles, ...corpus.articles])
		writeFileSync(join(dir, f.file), f.text, 'utf8');
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

	const load = loadavg()[0]!;
	const dir = options.out ? resolve(options.out) : mkdtempSync(join(tmpdir(), 'idlib-bench-'));
	if (options.out && existsSync(dir) && readdirSync(dir).length) {
		console.error(`bench: ${dir} is not empty; give --out a new or empty folder`);
		return 2;
	}
	const realDir = geodataDir();
	const { sources, issues } = readSources(realDir);
	if (issues.length) throw new DataError(issues);
	const real = { placeFiles: sources.placeFiles, dataset: buildDataset(sources) };

	log(`bench: generating ${options.articles} articles and ${options.places} places (seed ${options.seed})`);
	const start = performance.now();
	const corpus = generateCorpus(real, options);
	writeCorpus(dir, corpus);
	const generateSeconds = (performance.now() - start) / 1000;
	log(`bench: wrote the corpus to ${dir} in ${fixed(generateSeconds)} s`);

	try {
		log('bench: building the published data (read, validate, geoparse, link, serialise)');
		const data = timeDataBuild(dir);
		const { places, articles } = data.dataset;
		const texts = articles.map((a) => a.body);
		// The geoparser as the build runs it: every curated place and every automatic one from GeoNames.
		const linkable = linkablePlaces(
			places.filter((p) => p.curation !== 'automatic'),
			undefined,
			geoNamesCities(),
			[]
		);

		log(`bench: timing the geoparser over ${texts.length} articles (${options.runs} passes)`);
		const geoparse = timeGeoparser(linkable, texts, options.runs);
		const sampled = options.baselineSample > 0 && options.baselineSample < texts.length;
		log(
			`bench: timing the compromise baseline on ${sampled ? `a sample of ${options.baselineSample}` : 'all'} articles`
		);
		const baseline = timeBaseline(texts, buildAliasIndex(places), options.baselineSample, options.seed);

		let indexSizes: IndexSizeTiming[] = [];
		if (options.indexSizes.length) {
			log(`bench: timing the geoparser with indexes of ${options.indexSizes.join(', ')} places`);
			indexSizes = timeIndexSizes(places, texts, options.indexSizes, Math.max(options.runs, 5));
		}

		log('bench: reading the F1 scores from npm run eval');
		const scores = evalScores();

		let siteSeconds: number | undefined;
		let site: SiteFigures | undefined;
		if (!options.skipSite) {
			log(`bench: building the scale site into ${SITE_OUT}/`);
			siteSeconds = await timeSiteBuild(dir, SITE_OUT, (chunk) => process.stderr.write(chunk));
			log(`bench: building the default corpus into ${DEFAULT_SITE_OUT}/ for its transfer size`);
			await timeSiteBuild(realDir, DEFAULT_SITE_OUT, (chunk) => process.stderr.write(chunk));
			log('bench: measuring what the default explorer fetches before its map is first idle');
			const transfer = await withPreview(DEFAULT_SITE_OUT, PREVIEW_PORT, (baseUrl) =>
				measureTransfer({ baseUrl })
			);
			log('bench: measuring the scale explorer in headless Chromium');
			const browser = await withPreview(SITE_OUT, PREVIEW_PORT, (baseUrl) => measureBrowser({ baseUrl }));
			site = { transfer_kb_gz: transfer, browser };
		}

		const report = benchReport(
			{
				articles: articles.length,
				places: places.length,
				geoparseArticlesPerSecond: geoparse.articlesPerSecond,
				baselineArticlesPerSecond: baseline.articlesPerSecond,
				indexBuildSeconds: data.seconds
			},
			site
		);
		if (options.json) {
			console.log(JSON.stringify(report, null, 2));
			return 0;
		}

		const mentions = articles.reduce((n, a) => n + a.mentions.length, 0);
		const linked = new Set(articles.flatMap((a) => a.mentions.map((m) => m.place))).size;
		const f1 = (system: string, set: string) =>
			scores.find((r) => r.system === system && r.set === set && r.unit === 'mentions')?.f1;
		const speedup = geoparse.articlesPerSecond / baseline.articlesPerSecond;
		const rows: TableRow[] = [
			[
				'corpus.articles',
				String(report.corpus.articles),
				`synthetic, seed ${options.seed}: ${mb(geoparse.chars)} M characters of body text, ${mentions} mentions`
			],
			[
				'corpus.places',
				String(report.corpus.places),
				`${real.dataset.places.length} real + ${corpus.generated.length} generated, ${geoparse.aliases} aliases; ${linked} places named`
			],
			['generate_s', fixed(generateSeconds), 'generate and write the corpus (not a goal)'],
			[
				'index_build_s',
				fixed(report.index_build_s, 2),
				'read, validate, geoparse, link, publish and serialise the data'
			],
			[
				'data_kb_gz',
				fixed(gzipKb(data.placesJson) + gzipKb(data.articlesJson)),
				`places.geojson + articles.json, gzip -9 (raw ${fixed((data.placesJson.length + data.articlesJson.length) / 1000, 0)} kB)`
			],
			[
				'geoparse_articles_per_s',
				fixed(report.geoparse_articles_per_s),
				`alias matcher, median of ${geoparse.runs} passes over all articles: ${mb(geoparse.chars / geoparse.seconds)} M chars/s; trie built in ${fixed(geoparse.indexMs, 0)} ms`
			],
			[
				'baseline_articles_per_s',
				fixed(report.baseline_articles_per_s),
				`compromise nlp(text).places() with offsets, linked (geoparse/baseline.ts), ${
					sampled
						? `on a seeded sample of ${baseline.articles} of ${baseline.of} articles`
						: 'on all articles'
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
		rows.push(
			siteSeconds === undefined
				? ['site_build_s', '-', 'skipped (--skip-site)']
				: ['site_build_s', fixed(siteSeconds), `npm run build of the scale corpus into ${SITE_OUT}/`]
		);
		if (report.browser && report.transfer_kb_gz !== undefined) {
			const b = report.browser;
			const goal = (ok: boolean) => (ok ? 'met' : 'NOT met');
			rows.push(
				[
					'transfer_kb_gz',
					fixed(report.transfer_kb_gz),
					`default corpus, gzip -9, before the map's first idle; goal <= 600: ${goal(report.transfer_kb_gz <= 600)}`
				],
				[
					'browser.first_map_render_ms',
					fixed(b.first_map_render_ms, 0),
					`scale build, navigation to the first idle; goal <= 2500: ${goal(b.first_map_render_ms <= 2500)}`
				],
				[
					'browser.filter_p95_ms',
					fixed(b.filter_p95_ms),
					`date-range change to the next render, p95 of 60; goal <= 16: ${goal(b.filter_p95_ms <= 16)}`
				],
				[
					'browser.filter_idle_p95_ms',
					fixed(b.filter_idle_p95_ms),
					'the same date changes to the next idle and frame (all drawn), p95 of 60'
				],
				[
					'browser.playback_step_p95_ms',
					fixed(b.playback_step_p95_ms),
					'a playback step (a month on) to the next idle and frame, p95 of 60'
				],
				[
					'browser.click_to_panel_p95_ms',
					fixed(b.click_to_panel_p95_ms),
					`click on a place to its excerpts shown, p95 of 60; goal <= 100: ${goal(b.click_to_panel_p95_ms <= 100)}`
				],
				['browser.js_heap_mb', fixed(b.js_heap_mb), 'JS heap after loading the scale explorer']
			);
		} else rows.push(['browser', '-', 'skipped (--skip-site)']);
		console.log(
			`Scale benchmark, ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${availableParallelism()} CPUs, load average ${load.toFixed(1)} at the start\n`
		);
		console.log(formatTable(rows));
		return 0;
	} catch (e) {
		if (e instanceof DataError) {
			console.error(`bench: the synthetic corpus is invalid:\n${formatIssues(e.issues)}`);
			return 1;
		}
		throw e;
	} finally {
		if (!options.out) rmSync(dir, { recursive: true, force: true });
	}
}

main(process.argv.slice(2)).then(
	(code) => process.exit(code),
	(e) => {
		console.error(e);
		process.exit(1);
	}
);
