/** What the browser part of the benchmark measures on the built scale site. */
export interface BrowserFigures {
	first_map_render_ms: number;
	/** A date change to the map's next `render`. */
	filter_p95_ms: number;
	click_to_panel_p95_ms: number;
	js_heap_mb: number;
	/** The same date changes to the map's next `idle` and the next frame: everything drawn. */
	filter_idle_p95_ms: number;
	/** A playback step to the map's next `idle` and the next frame, as `filter_idle_p95_ms`. */
	playback_step_p95_ms: number;
}

/** The figures measured in Node: the corpus, the geoparser against its baseline, the data build. */
export interface CoreFigures {
	articles: number;
	places: number;
	geoparseArticlesPerSecond: number;
	baselineArticlesPerSecond: number;
	indexBuildSeconds: number;
}

/** The figures measured in a browser on the built site, and what it transfers. */
export interface SiteFigures {
	transfer_kb_gz: number;
	browser: BrowserFigures;
}

/**
 * `npm run bench -- --json`: the shape is fixed by the issue, and its key order kept; figures added
 * since come after the ones it fixed.
 */
export interface BenchReport {
	corpus: { articles: number; places: number };
	geoparse_articles_per_s: number;
	baseline_articles_per_s: number;
	index_build_s: number;
	transfer_kb_gz?: number;
	browser?: BrowserFigures;
}

function round(value: number, digits: number): number {
	const f = 10 ** digits;
	return Math.round(value * f) / f;
}

/**
 * Assembles the JSON report. The transfer size and the browser figures come from a browser run on the
 * built site; without one they are left out rather than filled with anything that was not measured.
 */
export function benchReport(core: CoreFigures, site?: SiteFigures): BenchReport {
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
			playback_step_p95_ms: round(site.browser.playback_step_p95_ms, 1)
		};
	}
	return report;
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
