/** What the browser part of the benchmark measures on the built scale site. */
export interface BrowserFigures {
	/** Navigation to the map's first `idle`: the median of cold loads (`first_idle_runs`). */
	first_map_render_ms: number;
	/** A date change to the map's next `render`. */
	filter_p95_ms: number;
	click_to_panel_p95_ms: number;
	js_heap_mb: number;
	/** The same date changes to the map's next `idle` and the next frame: everything drawn. */
	filter_idle_p95_ms: number;
	/** A playback step to the map's next `idle` and the next frame, as `filter_idle_p95_ms`. */
	playback_step_p95_ms: number;
	/** Click to panel on the places most articles name, each opened once on a fresh page (p95). */
	busiest_click_to_panel_p95_ms: number;
	/** The total articles of the busiest place clicked: what `busiest_click_to_panel_p95_ms` was timed at. */
	busiest_articles: number;
	/**
	 * Click to panel on the clickable place whose total is nearest `PLACE_ARTICLES`, opened on fresh
	 * pages (p95): the issue's own figure when that total is near it (`nearPlaceArticles`).
	 */
	place_50k_click_to_panel_p95_ms: number;
	/** That place's total of articles: what `place_50k_click_to_panel_p95_ms` was timed at. */
	place_50k_articles: number;
}

/** The issue's place: "a place with 50,000 articles opens its panel … in under 100 ms p95". */
export const PLACE_ARTICLES = 50_000;

/**
 * How far from `PLACE_ARTICLES` a place's total may be, as a share of it, for its figure to stand for
 * the issue's place: a small corpus has no place of 50,000 articles, and its nearest is no such place.
 */
export const PLACE_NEAR = 0.1;

/** Whether a place of `articles` stands for the issue's place of 50,000 (`PLACE_NEAR`). */
export function nearPlaceArticles(articles: number): boolean {
	return Math.abs(articles - PLACE_ARTICLES) <= PLACE_NEAR * PLACE_ARTICLES;
}

/**
 * What MapLibre alone costs on the same machine in the same run: a bare page with the explorer's base
 * map, its places and nothing else, loaded cold and given the same feature-state changes the explorer
 * made (see floor.ts). The explorer's figures are read against these.
 */
export interface FloorFigures {
	/** Navigation to the bare map's first `idle`, the median of as many cold loads as the explorer's. */
	first_idle_ms: number;
	/** The feature-state changes of the explorer's date changes, to `idle` and the next frame (p95). */
	filter_idle_p95_ms: number;
	/** The feature-state changes of the explorer's playback steps, the same way (p95). */
	playback_step_p95_ms: number;
}

/** The explorer's figure divided by the floor's: 1 means the explorer costs what MapLibre does. */
export interface Ratios {
	first_idle: number;
	filter_idle: number;
	playback_step: number;
}

/** The first use of the search box: what it fetched and how long until the results showed. */
export interface SearchFigures {
	first_query_kb_gz: number;
	/**
	 * A word entered into the box as it is focused, to the first article painted: what focusing starts,
	 * the box's 120 ms pause after typing, the index's files and the drawing. The goal's figure.
	 */
	first_query_ms: number;
	/** The query going to the index (the searcher's mark, after the pause) to the same paint. */
	first_query_after_pause_ms?: number;
}

/** What the site build published: every file of the served folder, compressed copies included. */
export interface PublishedFigures {
	bytes: number;
	files: number;
	/** The same without the `.gz` and `.br` copies. */
	bytes_without_copies: number;
	files_without_copies: number;
	/** The `_headers` file, which must not grow with the pages. */
	headers_bytes: number;
}

/** One goal of the issue, checked against what was measured. */
export interface GoalCheck {
	figure: string;
	value: number;
	/** The largest value that meets the goal, in the unit of `value`. */
	limit: number;
	unit: 'x floor' | 'ms' | 'KB';
	met: boolean;
}

/** A build step run as its own process (`tools/bench/process-figures.ts`): wall and CPU seconds, peak memory. */
export interface StepFigures {
	s: number;
	cpu_s: number;
	/** The most resident memory of the step's process tree at once, MB, sampled. */
	peak_rss_mb: number;
}

/** The figures measured in Node: the corpus, the geoparser against its baseline, the data build. */
export interface CoreFigures {
	articles: number;
	places: number;
	geoparseArticlesPerSecond: number;
	baselineArticlesPerSecond: number;
	indexBuildSeconds: number;
	/** `npm run build:data`, when it was run as its own process. */
	dataBuild?: StepFigures;
}

/** The figures measured in a browser on the built site, and what it transfers. */
export interface SiteFigures {
	/** The default corpus's first screen (gzip KB before the map is first idle). */
	transfer_kb_gz: number;
	/** The same for this size's site. */
	scale_transfer_kb_gz?: number;
	browser: BrowserFigures;
	floor?: FloorFigures;
	/** Measured only while the site publishes a search index (`data/search/index.json`). */
	search?: SearchFigures;
}

/** The site build of this size, and what it published. */
export interface BuildFigures {
	site_build_s: number;
	published: PublishedFigures;
	/** `npm run build` as its own process: its CPU time and peak memory beside the wall time. */
	step?: StepFigures;
}

/**
 * `npm run bench -- --json` for one size: the first keys are fixed by an earlier issue, and their
 * order kept; figures added since come after them, and a figure that was not measured is left out.
 */
export interface BenchReport {
	corpus: { articles: number; places: number };
	geoparse_articles_per_s: number;
	baseline_articles_per_s: number;
	index_build_s: number;
	transfer_kb_gz?: number;
	browser?: BrowserFigures;
	site_build_s?: number;
	published?: PublishedFigures;
	scale_transfer_kb_gz?: number;
	floor?: FloorFigures;
	ratios?: Ratios;
	search?: SearchFigures;
	goals?: GoalCheck[];
	generation?: GenerationFigures;
	/** `npm run build:data` and `npm run build`, each timed as its own process. */
	data_build?: StepFigures;
	site_build?: StepFigures;
}

/** Writing the synthetic corpus, one article at a time (not a goal: it shows that it scales). */
export interface GenerationFigures {
	articles: number;
	seconds: number;
	/** Bytes written: place files and article files. */
	bytes: number;
	/** The most resident memory the process held while writing, sampled every 1,000 articles. */
	peak_rss_mb: number;
}

/** The goals of issue 15, on these machines. */
export const GOALS = {
	/** The explorer's first idle, at most this many times the bare map's. */
	firstIdleRatio: 1.25,
	/** A date change to idle, at most this many times the same feature-state change on the bare map. */
	filterIdleRatio: 1.25,
	clickToPanelMs: 100,
	/** The first screen's transfer, gzip KB, whatever the corpus's size. */
	firstScreenKb: 600,
	searchFirstQueryKb: 300,
	searchFirstQueryMs: 300
} as const;

function round(value: number, digits: number): number {
	const f = 10 ** digits;
	return Math.round(value * f) / f;
}

/** `value / floor` to two decimals; a floor that is not a positive number gives no ratio. */
export function ratio(value: number, floor: number): number | undefined {
	if (!(floor > 0) || !Number.isFinite(value)) return undefined;
	return round(value / floor, 2);
}

function roundFields<T extends object>(figures: T, digits: number): T {
	return Object.fromEntries(
		Object.entries(figures).map(([k, v]) => [k, typeof v === 'number' ? round(v, digits) : v])
	) as T;
}

/** The explorer's figures over the floor's, when every floor figure is there to divide by. */
export function ratios(browser: BrowserFigures, floor: FloorFigures): Ratios | undefined {
	const first = ratio(browser.first_map_render_ms, floor.first_idle_ms);
	const filter = ratio(browser.filter_idle_p95_ms, floor.filter_idle_p95_ms);
	const step = ratio(browser.playback_step_p95_ms, floor.playback_step_p95_ms);
	if (first === undefined || filter === undefined || step === undefined) return undefined;
	return { first_idle: first, filter_idle: filter, playback_step: step };
}

/** Every goal that the measured figures can be checked against, in a fixed order. */
export function goalChecks(site: SiteFigures): GoalCheck[] {
	const checks: GoalCheck[] = [];
	const check = (figure: string, value: number | undefined, limit: number, unit: GoalCheck['unit']) => {
		if (value !== undefined) checks.push({ figure, value, limit, unit, met: value <= limit });
	};
	const r = site.floor && ratios(site.browser, site.floor);
	check('first idle / floor', r?.first_idle, GOALS.firstIdleRatio, 'x floor');
	check('date change to idle / floor', r?.filter_idle, GOALS.filterIdleRatio, 'x floor');
	check('click to panel p95', round(site.browser.click_to_panel_p95_ms, 1), GOALS.clickToPanelMs, 'ms');
	check(
		'busiest places, click to panel p95',
		round(site.browser.busiest_click_to_panel_p95_ms, 1),
		GOALS.clickToPanelMs,
		'ms'
	);
	if (nearPlaceArticles(site.browser.place_50k_articles))
		check(
			'place of 50,000 articles, click to panel p95',
			round(site.browser.place_50k_click_to_panel_p95_ms, 1),
			GOALS.clickToPanelMs,
			'ms'
		);
	check('first screen, default corpus', round(site.transfer_kb_gz, 1), GOALS.firstScreenKb, 'KB');
	if (site.scale_transfer_kb_gz !== undefined)
		check('first screen, this corpus', round(site.scale_transfer_kb_gz, 1), GOALS.firstScreenKb, 'KB');
	if (site.search) {
		check(
			'search first query transfer',
			round(site.search.first_query_kb_gz, 1),
			GOALS.searchFirstQueryKb,
			'KB'
		);
		check('search first query time', round(site.search.first_query_ms, 1), GOALS.searchFirstQueryMs, 'ms');
	}
	return checks;
}

/**
 * Assembles the JSON report of one size. The transfer sizes and the browser figures come from a
 * browser run on the built site; without one they are left out rather than filled with anything that
 * was not measured.
 */
export function benchReport(core: CoreFigures, site?: SiteFigures, build?: BuildFigures): BenchReport {
	const report: BenchReport = {
		corpus: { articles: core.articles, places: core.places },
		geoparse_articles_per_s: round(core.geoparseArticlesPerSecond, 1),
		baseline_articles_per_s: round(core.baselineArticlesPerSecond, 1),
		index_build_s: round(core.indexBuildSeconds, 2)
	};
	if (site) {
		report.transfer_kb_gz = round(site.transfer_kb_gz, 1);
		report.browser = {
			first_map_render_ms: round(site.browser.first_map_render_ms, 1),
			filter_p95_ms: round(site.browser.filter_p95_ms, 1),
			click_to_panel_p95_ms: round(site.browser.click_to_panel_p95_ms, 1),
			js_heap_mb: round(site.browser.js_heap_mb, 1),
			filter_idle_p95_ms: round(site.browser.filter_idle_p95_ms, 1),
			playback_step_p95_ms: round(site.browser.playback_step_p95_ms, 1),
			busiest_click_to_panel_p95_ms: round(site.browser.busiest_click_to_panel_p95_ms, 1),
			busiest_articles: site.browser.busiest_articles,
			place_50k_click_to_panel_p95_ms: round(site.browser.place_50k_click_to_panel_p95_ms, 1),
			place_50k_articles: site.browser.place_50k_articles
		};
	}
	if (build) {
		report.site_build_s = round(build.site_build_s, 1);
		report.published = { ...build.published };
	}
	if (site) {
		if (site.scale_transfer_kb_gz !== undefined)
			report.scale_transfer_kb_gz = round(site.scale_transfer_kb_gz, 1);
		if (site.floor) {
			report.floor = roundFields(site.floor, 1);
			const r = ratios(site.browser, site.floor);
			if (r) report.ratios = r;
		}
		if (site.search) report.search = roundFields(site.search, 1);
		report.goals = goalChecks(site);
	}
	if (core.dataBuild) report.data_build = roundFields(core.dataBuild, 1);
	if (build?.step) report.site_build = roundFields(build.step, 1);
	return report;
}

/**
 * The article counts of `--articles`: one number or several separated by commas ("10000,100000"), each
 * a whole number of at least 1, in the order given (each size is built and measured in turn).
 * Thousands may be written with `_` or as `k`/`m` ("100k", "1m").
 */
export function parseSizes(text: string): number[] {
	const parts = text.split(',').map((p) => p.trim());
	if (parts.some((p) => p === ''))
		throw new Error(`--articles needs numbers separated by commas, got "${text}"`);
	return parts.map((p) => {
		const m = /^(\d[\d_]*)([km]?)$/i.exec(p);
		const n = m
			? Number(m[1]!.replace(/_/g, '')) * ({ '': 1, k: 1e3, m: 1e6 }[m[2]!.toLowerCase()] ?? 1)
			: NaN;
		if (!Number.isSafeInteger(n) || n < 1)
			throw new Error(`--articles: "${p}" is not a whole number of articles >= 1`);
		return n;
	});
}

/** One line of the printed table: a figure's key, its value, and what it means. */
export type TableRow = [key: string, value: string, note: string];

/** Lays out rows in three aligned columns. */
export function formatTable(rows: readonly TableRow[]): string {
	const keyWidth = Math.max(...rows.map(([key]) => key.length));
	const valueWidth = Math.max(...rows.map(([, value]) => value.length));
	return rows
		.map(([key, value, note]) => `${key.padEnd(keyWidth)}  ${value.padStart(valueWidth)}  ${note}`.trimEnd())
		.join('\n');
}

/** A figure beside its floor and their ratio, as the table prints it: "1,850 (floor 1,610, 1.15x)". */
export function besideFloor(value: number, floor: number | undefined, digits = 0): string {
	const v = value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
	if (floor === undefined) return v;
	const f = floor.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
	const r = ratio(value, floor);
	return `${v} (floor ${f}${r === undefined ? '' : `, ${r.toFixed(2)}x`})`;
}

/** A goal's verdict for the table: "<= 1.25x floor: met". */
export function verdict(check: GoalCheck): string {
	const limit = check.unit === 'x floor' ? `${check.limit}x floor` : `${check.limit} ${check.unit}`;
	return `goal <= ${limit}: ${check.met ? 'met' : 'NOT met'}`;
}

/**
 * The figures of several sizes side by side, one column per size, so the table shows how each grows;
 * a figure one size did not measure shows as "-".
 */
export function formatGrowth(reports: readonly BenchReport[], figures: readonly GrowthFigure[]): string {
	const header: string[] = ['articles', ...reports.map((r) => r.corpus.articles.toLocaleString('en-US'))];
	const rows = figures.map((f) => [f.label, ...reports.map((r) => f.value(r) ?? '-')]);
	const all = [header, ...rows];
	const widths = header.map((_, c) => Math.max(...all.map((row) => row[c]!.length)));
	return all
		.map((row) =>
			row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ')
		)
		.join('\n');
}

/** A line of the growth table: its label and how to print it from one size's report. */
export interface GrowthFigure {
	label: string;
	value: (report: BenchReport) => string | undefined;
}

const num = (n: number | undefined, digits = 0) =>
	n === undefined
		? undefined
		: n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** The figures the growth table shows, in its order. */
export const GROWTH_FIGURES: readonly GrowthFigure[] = [
	{ label: 'data build, s', value: (r) => num(r.index_build_s, 1) },
	{ label: '  CPU, s', value: (r) => num(r.data_build?.cpu_s, 0) },
	{ label: '  peak memory, MB', value: (r) => num(r.data_build?.peak_rss_mb, 0) },
	{ label: 'site build, s', value: (r) => num(r.site_build_s, 1) },
	{ label: '  CPU, s', value: (r) => num(r.site_build?.cpu_s, 0) },
	{ label: '  peak memory, MB', value: (r) => num(r.site_build?.peak_rss_mb, 0) },
	{ label: 'published, MB', value: (r) => num(r.published && r.published.bytes / 1e6, 1) },
	{ label: 'published files', value: (r) => num(r.published?.files) },
	{ label: '_headers, bytes', value: (r) => num(r.published?.headers_bytes) },
	{ label: 'first screen, KB gzip', value: (r) => num(r.scale_transfer_kb_gz, 1) },
	{ label: 'search first query, KB gzip', value: (r) => num(r.search?.first_query_kb_gz, 1) },
	{ label: 'search first query, ms', value: (r) => num(r.search?.first_query_ms, 0) },
	{ label: '  after the pause, ms', value: (r) => num(r.search?.first_query_after_pause_ms, 0) },
	{ label: 'first idle, ms', value: (r) => num(r.browser?.first_map_render_ms) },
	{ label: '  floor, ms', value: (r) => num(r.floor?.first_idle_ms) },
	{ label: 'date change to idle p95, ms', value: (r) => num(r.browser?.filter_idle_p95_ms, 1) },
	{ label: '  floor, ms', value: (r) => num(r.floor?.filter_idle_p95_ms, 1) },
	{ label: 'playback step p95, ms', value: (r) => num(r.browser?.playback_step_p95_ms, 1) },
	{ label: '  floor, ms', value: (r) => num(r.floor?.playback_step_p95_ms, 1) },
	{ label: 'click to panel p95, ms', value: (r) => num(r.browser?.click_to_panel_p95_ms, 1) },
	{ label: '  busiest places, ms', value: (r) => num(r.browser?.busiest_click_to_panel_p95_ms, 1) },
	{ label: '  busiest place, articles', value: (r) => num(r.browser?.busiest_articles) },
	{
		label: '  place nearest 50,000, ms',
		value: (r) => num(r.browser?.place_50k_click_to_panel_p95_ms, 1)
	},
	{ label: '  its articles', value: (r) => num(r.browser?.place_50k_articles) },
	{ label: 'JS heap, MB', value: (r) => num(r.browser?.js_heap_mb, 1) }
];
