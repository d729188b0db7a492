import { describe, expect, it } from 'vitest';
import { benchReport, formatTable } from './report';

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
				playback_step_p95_ms: 131.26
			}
		});
		expect(Object.keys(report)).toEqual([
			'corpus',
			'geoparse_articles_per_s',
			'baseline_articles_per_s',
			'index_build_s',
			'transfer_kb_gz',
			'browser'
		]);
		expect(report.transfer_kb_gz).toBe(1234.6);
		expect(Object.keys(report.browser!)).toEqual([
			'first_map_render_ms',
			'filter_p95_ms',
			'click_to_panel_p95_ms',
			'js_heap_mb',
			'filter_idle_p95_ms',
			'playback_step_p95_ms'
		]);
		expect(report.browser).toEqual({
			first_map_render_ms: 1500,
			filter_p95_ms: 20.3,
			click_to_panel_p95_ms: 45,
			js_heap_mb: 88.9,
			filter_idle_p95_ms: 120,
			playback_step_p95_ms: 131.3
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
