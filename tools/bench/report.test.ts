import { describe, expect, it } from 'vitest';
import {
	benchReport,
	besideFloor,
	formatGrowth,
	formatTable,
	goalChecks,
	GROWTH_FIGURES,
	nearPlaceArticles,
	parseSizes,
	ratio,
	ratios,
	verdict,
	type BrowserFigures,
	type FloorFigures
} from './report';

const core = {
	articles: 10_000,
	places: 2_000,
	geoparseArticlesPerSecond: 1_886.04,
	baselineArticlesPerSecond: 35.87,
	indexBuildSeconds: 8.4567
};

describe('benchReport', () => {
	it('has the issue’s keys in the issue’s order, rounded, and leaves out what was not measured', () => {
		const report = benchReport(core);
		expect(Object.keys(report)).toEqual([
			'corpus',
			'geoparse_articles_per_s',
			'baseline_articles_per_s',
			'index_build_s'
		]);
		expect(report).toEqual({
			corpus: { articles: 10_000, places: 2_000 },
			geoparse_articles_per_s: 1_886,
			baseline_articles_per_s: 35.9,
			index_build_s: 8.46
		});
	});

	it('adds the transfer size and the browser figures when a browser run gives them', () => {
		const report = benchReport(core, {
			transfer_kb_gz: 1234.56,
			browser: {
				first_map_render_ms: 1500.04,
				filter_p95_ms: 20.26,
				click_to_panel_p95_ms: 45,
				js_heap_mb: 88.88,
				filter_idle_p95_ms: 120.04,
				playback_step_p95_ms: 131.26,
				busiest_click_to_panel_p95_ms: 61.04,
				busiest_articles: 5210,
				place_50k_click_to_panel_p95_ms: 48.06,
				place_50k_articles: 4980
			}
		});
		expect(Object.keys(report)).toEqual([
			'corpus',
			'geoparse_articles_per_s',
			'baseline_articles_per_s',
			'index_build_s',
			'transfer_kb_gz',
			'browser',
			'goals'
		]);
		expect(report.transfer_kb_gz).toBe(1234.6);
		expect(Object.keys(report.browser!)).toEqual([
			'first_map_render_ms',
			'filter_p95_ms',
			'click_to_panel_p95_ms',
			'js_heap_mb',
			'filter_idle_p95_ms',
			'playback_step_p95_ms',
			'busiest_click_to_panel_p95_ms',
			'busiest_articles',
			'place_50k_click_to_panel_p95_ms',
			'place_50k_articles'
		]);
		expect(report.browser).toEqual({
			first_map_render_ms: 1500,
			filter_p95_ms: 20.3,
			click_to_panel_p95_ms: 45,
			js_heap_mb: 88.9,
			filter_idle_p95_ms: 120,
			playback_step_p95_ms: 131.3,
			busiest_click_to_panel_p95_ms: 61,
			busiest_articles: 5210,
			place_50k_click_to_panel_p95_ms: 48.1,
			place_50k_articles: 4980
		});
	});
});

describe('formatTable', () => {
	it('left-aligns keys, right-aligns values and leaves no trailing spaces', () => {
		expect(
			formatTable([
				['a', '1.5', 'first'],
				['longer_key', '100.25', ''],
				['b', '7', 'last']
			])
		).toBe(['a              1.5  first', 'longer_key  100.25', 'b                7  last'].join('\n'));
	});
});

const browser: BrowserFigures = {
	first_map_render_ms: 2000,
	filter_p95_ms: 40,
	click_to_panel_p95_ms: 120,
	js_heap_mb: 12,
	filter_idle_p95_ms: 150,
	playback_step_p95_ms: 90,
	busiest_click_to_panel_p95_ms: 95,
	busiest_articles: 400,
	place_50k_click_to_panel_p95_ms: 70,
	place_50k_articles: 380
};
const floor: FloorFigures = { first_idle_ms: 1700, filter_idle_p95_ms: 100, playback_step_p95_ms: 80 };

describe('ratio and ratios', () => {
	it('divides by the floor to two decimals', () => {
		expect(ratio(150, 100)).toBe(1.5);
		expect(ratio(2000, 1700)).toBe(1.18);
		expect(ratios(browser, floor)).toEqual({ first_idle: 1.18, filter_idle: 1.5, playback_step: 1.13 });
	});

	it('gives no ratio for a floor that is not a positive number', () => {
		expect(ratio(10, 0)).toBeUndefined();
		expect(ratio(10, -1)).toBeUndefined();
		expect(ratio(10, NaN)).toBeUndefined();
		expect(ratios(browser, { ...floor, playback_step_p95_ms: 0 })).toBeUndefined();
	});
});

describe('goalChecks', () => {
	it('checks the ratios against 1.25, both clicks against 100 ms and the first screens against 600 KB', () => {
		const checks = goalChecks({ transfer_kb_gz: 580.04, scale_transfer_kb_gz: 640, browser, floor });
		expect(checks).toEqual([
			{ figure: 'first idle / floor', value: 1.18, limit: 1.25, unit: 'x floor', met: true },
			{ figure: 'date change to idle / floor', value: 1.5, limit: 1.25, unit: 'x floor', met: false },
			{ figure: 'click to panel p95', value: 120, limit: 100, unit: 'ms', met: false },
			{ figure: 'busiest places, click to panel p95', value: 95, limit: 100, unit: 'ms', met: true },
			{ figure: 'first screen, default corpus', value: 580, limit: 600, unit: 'KB', met: true },
			{ figure: 'first screen, this corpus', value: 640, limit: 600, unit: 'KB', met: false }
		]);
	});

	it('leaves out what was not measured, and adds search when it was', () => {
		const checks = goalChecks({
			transfer_kb_gz: 500,
			browser,
			search: { first_query_kb_gz: 310, first_query_ms: 120 }
		});
		expect(checks.map((c) => [c.figure, c.met])).toEqual([
			['click to panel p95', false],
			['busiest places, click to panel p95', true],
			['first screen, default corpus', true],
			['search first query transfer', false],
			['search first query time', true]
		]);
	});

	it('checks the place nearest 50,000 articles only when its total is within 10% of it', () => {
		const at = (articles: number) =>
			goalChecks({
				transfer_kb_gz: 500,
				browser: { ...browser, place_50k_articles: articles, place_50k_click_to_panel_p95_ms: 101.04 }
			}).find((c) => c.figure === 'place of 50,000 articles, click to panel p95');
		expect(at(380)).toBeUndefined();
		expect(at(44_999)).toBeUndefined();
		expect(at(55_001)).toBeUndefined();
		expect(at(45_000)).toEqual({
			figure: 'place of 50,000 articles, click to panel p95',
			value: 101,
			limit: 100,
			unit: 'ms',
			met: false
		});
		expect(at(55_000)?.met).toBe(false);
		expect(nearPlaceArticles(49_000)).toBe(true);
		expect(nearPlaceArticles(19_976)).toBe(false);
	});

	it('counts a figure equal to its limit as met', () => {
		const [first] = goalChecks({
			transfer_kb_gz: 1,
			browser: { ...browser, first_map_render_ms: 125 },
			floor: { ...floor, first_idle_ms: 100 }
		});
		expect(first).toMatchObject({ value: 1.25, met: true });
	});
});

describe('benchReport with a floor and a build', () => {
	it('carries the floor, the ratios, the published figures and the goals after the fixed keys', () => {
		const published = {
			bytes: 5e8,
			files: 30_000,
			bytes_without_copies: 3e8,
			files_without_copies: 10_000,
			headers_bytes: 570
		};
		const report = benchReport(
			core,
			{
				transfer_kb_gz: 590,
				scale_transfer_kb_gz: 591.26,
				browser,
				floor,
				search: { first_query_kb_gz: 99.94, first_query_ms: 150.06 }
			},
			{ site_build_s: 88.04, published }
		);
		expect(Object.keys(report)).toEqual([
			'corpus',
			'geoparse_articles_per_s',
			'baseline_articles_per_s',
			'index_build_s',
			'transfer_kb_gz',
			'browser',
			'site_build_s',
			'published',
			'scale_transfer_kb_gz',
			'floor',
			'ratios',
			'search',
			'goals'
		]);
		expect(report.site_build_s).toBe(88);
		expect(report.published).toEqual(published);
		expect(report.scale_transfer_kb_gz).toBe(591.3);
		expect(report.floor).toEqual(floor);
		expect(report.ratios).toEqual({ first_idle: 1.18, filter_idle: 1.5, playback_step: 1.13 });
		expect(report.search).toEqual({ first_query_kb_gz: 99.9, first_query_ms: 150.1 });
		expect(report.goals?.filter((g) => !g.met).map((g) => g.figure)).toEqual([
			'date change to idle / floor',
			'click to panel p95'
		]);
	});
});

describe('parseSizes', () => {
	it('reads one size or several, with thousands written out, with _ or as k and m', () => {
		expect(parseSizes('10000')).toEqual([10_000]);
		expect(parseSizes('10000,100000')).toEqual([10_000, 100_000]);
		expect(parseSizes('10k, 100K,1m,1_000')).toEqual([10_000, 100_000, 1_000_000, 1_000]);
	});

	it('refuses what is not a whole number of articles, naming it', () => {
		expect(() => parseSizes('0')).toThrow('"0"');
		expect(() => parseSizes('10,,20')).toThrow('separated by commas');
		expect(() => parseSizes('1.5k')).toThrow('"1.5k"');
		expect(() => parseSizes('-3')).toThrow('"-3"');
		expect(() => parseSizes('ten')).toThrow('"ten"');
		expect(() => parseSizes('')).toThrow();
	});
});

describe('besideFloor and verdict', () => {
	it('prints a figure with its floor and ratio, or alone without a floor', () => {
		expect(besideFloor(1850.4, 1610)).toBe('1,850 (floor 1,610, 1.15x)');
		expect(besideFloor(148.24, 120.01, 1)).toBe('148.2 (floor 120.0, 1.24x)');
		expect(besideFloor(95, undefined, 1)).toBe('95.0');
	});

	it('says the goal and whether it is met', () => {
		expect(verdict({ figure: 'x', value: 1.3, limit: 1.25, unit: 'x floor', met: false })).toBe(
			'goal <= 1.25x floor: NOT met'
		);
		expect(verdict({ figure: 'y', value: 80, limit: 100, unit: 'ms', met: true })).toBe(
			'goal <= 100 ms: met'
		);
	});
});

describe('formatGrowth', () => {
	it('puts each size in a column, with "-" for what a size did not measure', () => {
		const small = benchReport(
			{ ...core, articles: 6 },
			{ transfer_kb_gz: 590, scale_transfer_kb_gz: 590, browser, floor }
		);
		const large = benchReport({ ...core, articles: 100_000, indexBuildSeconds: 130.04 });
		const text = formatGrowth(
			[small, large],
			[
				{ label: 'data build, s', value: (r) => String(r.index_build_s) },
				{ label: 'first screen, KB', value: (r) => r.scale_transfer_kb_gz?.toFixed(1) }
			]
		);
		expect(text).toBe(
			[
				'articles              6  100,000',
				'data build, s      8.46   130.04',
				'first screen, KB  590.0        -'
			].join('\n')
		);
	});

	it('has a line for every figure the issue asks to see grow', () => {
		const labels = GROWTH_FIGURES.map((f) => f.label);
		for (const wanted of [
			'data build, s',
			'site build, s',
			'published, MB',
			'published files',
			'first screen, KB gzip',
			'  place nearest 50,000, ms',
			'  its articles'
		])
			expect(labels).toContain(wanted);
		expect(labels.filter((l) => l.trim() === 'floor, ms')).toHaveLength(3);
	});
});
