/**
 * Browser figures for the benchmark, measured in headless Chromium against a built site that a server
 * (e.g. `vite preview`) is serving at `baseUrl`. The site must be built with `VITE_BENCH=1`: only then
 * does the page put its map on `window.__explorerBench` (with the time of its first `idle`), which is
 * how these functions know when the map is ready and how they project places to screen points.
 *
 * - first render: navigation start to the map's first `idle` with the corpus layers, the median of
 *   cold loads (a new browser context each);
 * - date change: a change made through the timeline's date fields (the control a person uses, which
 *   writes the URL) until the map's next `render`; each change starts from an idle map. The first
 *   `render` can still show the old state (a source being re-tiled draws later), so the same changes
 *   are also timed to the map's next `idle` and then the next animation frame, when everything the
 *   change alters is on screen;
 * - playback step: a click on the player's "Step forward" (the range moves a month on, as playback
 *   moves it) until the map's next `idle` and then the next animation frame: the same definition as
 *   the date change to `idle`, so the two figures compare;
 * - click to panel: a mouse click on a place's screen position on the canvas until the panel shows
 *   that place's excerpts, painted (the first animation frame after they are in the page). As with a
 *   person's mouse, the pointer arrives first (the place shows its name and hover ring) and the click
 *   comes once the map has settled. Timed on places in a shuffled order, and apart on the places most
 *   articles name, each opened once on a fresh page (nothing of theirs cached): the panel must show the
 *   newest page of a place's articles as fast whatever their number;
 * - heap: used JS heap after the first idle and a garbage collection;
 * - transfer: gzip size of every response to a request made before the first idle;
 * - search: a word entered into the search box the moment it is focused (as a paste would) to the
 *   first article result painted, and the gzip size of every response to a request made meanwhile.
 *   That time holds what focusing starts (the search code's load, the manifest, the places' index in
 *   slices), the box's 120 ms pause after typing, the index's files and the drawing; the same run
 *   also times the article search alone, from its `article-search` mark (the query going to the
 *   index once the pause is over) to the same paint.
 *
 * Beside the first idle, the date changes and the playback steps, the same run measures the floor: a
 * bare MapLibre page doing the same (floor.ts).
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { dayNumber, daysInMonth, isoDay } from '../../src/lib/core/dates';
import type { ExplorerData } from '../../src/lib/data/explorer-data';
import { readExplorerFile } from '../../src/lib/data/explorer-file';
import { monthOfOrdinal, monthOrdinal } from '../../src/lib/data/month-counts';
import { chromiumLaunchOptions } from '../chromium';
import {
	captureScene,
	floorFirstIdle,
	openFloorPage,
	recordedChanges,
	recordStateCalls,
	replayOn,
	type StateChange
} from './floor';
import { mulberry32 } from './random';
import { SEARCH_ISSUED_MARK } from '../../src/lib/view/article-search';
import { PLACE_ARTICLES, type FloorFigures, type SearchFigures } from './report';

export interface BrowserMetrics {
	first_map_render_ms: number;
	filter_p95_ms: number;
	click_to_panel_p95_ms: number;
	js_heap_mb: number;
	/** Date change to the map's `idle` and the next frame (p95). */
	filter_idle_p95_ms: number;
	/** One playback step to the map's `idle` and the next frame (p95). */
	playback_step_p95_ms: number;
	/** Click to the first page of articles listed, on the places most articles name, each opened once (p95). */
	busiest_click_to_panel_p95_ms: number;
	/** How many articles the busiest place clicked is named in (its total in `explorer.json`). */
	busiest_articles: number;
	/**
	 * Click to the first page of articles listed on the clickable place whose total is nearest
	 * `PLACE_ARTICLES` (the issue's place of 50,000 articles), opened on fresh pages (p95).
	 */
	place_50k_click_to_panel_p95_ms: number;
	/** That place's total of articles in `explorer.json`: how near 50,000 the figure was timed. */
	place_50k_articles: number;
}

const VIEWPORT = { width: 1280, height: 800 };
const READY_TIMEOUT = 120_000;

/** The `p`-th percentile (0–100) by the nearest-rank method. */
export function percentile(values: readonly number[], p: number): number {
	if (values.length === 0) throw new RangeError('no values');
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

function siteUrl(baseUrl: string, path: string): string {
	return `${baseUrl.replace(/\/+$/, '')}${path}`;
}

async function withBrowser<T>(run: (browser: Browser) => Promise<T>): Promise<T> {
	const browser = await chromium.launch(chromiumLaunchOptions());
	try {
		return await run(browser);
	} finally {
		await browser.close();
	}
}

/** Opens the explorer and waits for the map's first idle; returns its time after navigation start. */
async function openExplorer(page: Page, baseUrl: string): Promise<number> {
	await page.goto(siteUrl(baseUrl, '/'));
	try {
		await page.waitForFunction(() => window.__explorerBench?.firstIdleAt !== undefined, undefined, {
			timeout: READY_TIMEOUT,
			polling: 50
		});
	} catch (e) {
		const exposed = await page.evaluate(() => window.__explorerBench !== undefined);
		throw new Error(
			exposed
				? `the map never became idle: ${(e as Error).message}`
				: 'the page does not expose its map: build the site with VITE_BENCH=1',
			{ cause: e }
		);
	}
	return page.evaluate(() => window.__explorerBench!.firstIdleAt!);
}

async function usedHeapMb(page: Page): Promise<number> {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('HeapProfiler.collectGarbage');
	const { usedSize } = await cdp.send('Runtime.getHeapUsage');
	await cdp.detach();
	return usedSize / 1024 / 1024;
}

/** The published index, read the way the page reads it (for date spans and places to click). */
async function explorerData(baseUrl: string): Promise<ExplorerData> {
	const res = await fetch(siteUrl(baseUrl, '/data/explorer.json'));
	if (!res.ok) throw new Error(`/data/explorer.json: HTTP ${res.status}`);
	return readExplorerFile(await res.json());
}

/** The page while `recordStateCalls` (floor.ts) records its feature-state calls. */
type RecordingWindow = Window & { __benchStateLog?: unknown[] };

/**
 * When a timed change counts as drawn: at the map's next `render`, or at its next `idle` (every
 * source re-tiled and the new state drawn) and then the next animation frame.
 */
type Until = 'render' | 'idle';

/**
 * One date change through the timeline's date field (`From` or `To`), timed in the page from the
 * field's change event until the map has drawn it (`until`). Resolves to `null` when the change left
 * every place as it was, so the map had nothing to draw.
 */
async function timeDateChange(
	page: Page,
	field: 'From' | 'To',
	value: string,
	until: Until,
	mark: StateChange['kind'] = 'date'
): Promise<number | null> {
	return page.evaluate(
		async ({ field, value, until, mark }) => {
			const map = window.__explorerBench!.map;
			if (!map.loaded() || map.isMoving()) await new Promise((r) => map.once('idle', r));
			const label = [...document.querySelectorAll('.timeline label')].find((l) =>
				l.textContent?.trim().startsWith(field)
			);
			const input = label?.querySelector('input');
			if (!input) throw new Error(`no "${field}" date field`);
			return new Promise<number | null>((resolve) => {
				let rendered = false;
				let done = false;
				const t0 = performance.now();
				map.once('render', () => {
					rendered = true;
					if (until !== 'render') return;
					done = true;
					resolve(performance.now() - t0);
				});
				if (until === 'idle')
					map.once('idle', () =>
						requestAnimationFrame(() => {
							done = true;
							resolve(rendered ? performance.now() - t0 : null);
						})
					);
				(window as RecordingWindow).__benchStateLog?.push(mark);
				input.value = value;
				input.dispatchEvent(new Event('change', { bubbles: true }));
				setTimeout(() => {
					if (!done) resolve(null);
				}, 5000);
			});
		},
		{ field, value, until, mark }
	);
}

/** Called after each change the explorer made (timed or not), before the next: the floor's turn. */
type AfterChange = () => Promise<void>;

/**
 * The first and last day of the months the corpus spans (`explorer.json` counts articles by month), as
 * day numbers; empty with no articles.
 */
function corpusDays(data: ExplorerData): number[] {
	if (!data.firstMonth || data.monthCount === 0) return [];
	const last = monthOfOrdinal(monthOrdinal(data.firstMonth) + data.monthCount - 1);
	const end = daysInMonth(Number(last.slice(0, 4)), Number(last.slice(5, 7)));
	return [dayNumber(`${data.firstMonth}-01`), dayNumber(`${last}-${String(end).padStart(2, '0')}`)];
}

async function measureDateChanges(
	page: Page,
	data: ExplorerData,
	changes: number,
	until: Until,
	after: AfterChange = async () => {}
): Promise<number[]> {
	const days = corpusDays(data);
	if (days.length === 0) throw new Error('the corpus has no articles to filter');
	const first = days[0]!;
	const last = days[days.length - 1]!;
	const random = mulberry32(20260101);
	const samples: number[] = [];
	let from = first;
	let to = last;
	for (let attempt = 0; samples.length < changes && attempt < changes * 4; attempt++) {
		const span = Math.max(1, last - first);
		const length = 7 + Math.floor(random() * Math.min(365, span));
		let field: 'From' | 'To';
		if (attempt % 2 === 0) {
			field = 'From';
			from = first + Math.floor(random() * Math.max(1, to - first + 1));
		} else {
			field = 'To';
			to = Math.min(last, from + length);
		}
		const ms = await timeDateChange(page, field, isoDay(field === 'From' ? from : to), until);
		await after();
		if (ms !== null) samples.push(ms);
	}
	if (samples.length < changes)
		throw new Error(`only ${samples.length} of ${changes} date changes changed anything on the map`);
	return samples;
}

/**
 * Playback steps as a person makes them: the range is set to the data's first month through the date
 * fields (not timed), then the player's "Step forward" button moves it a month at a time, each step
 * timed from the click to the map's next `idle` and the next frame (as `timeDateChange` with
 * `idle`). At the end of the data it starts from the first month again. A step that changes nothing
 * on the map is not counted.
 */
async function measurePlaybackSteps(
	page: Page,
	data: ExplorerData,
	steps: number,
	after: AfterChange = async () => {}
): Promise<number[]> {
	const days = corpusDays(data);
	if (days.length === 0) throw new Error('the corpus has no articles to play through');
	const firstMonth = isoDay(days[0]!).slice(0, 7);
	const lastDay = isoDay(days[days.length - 1]!);
	const samples: number[] = [];
	const restart = async () => {
		const [y, m] = firstMonth.split('-').map(Number) as [number, number];
		const end = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
		await timeDateChange(page, 'From', `${firstMonth}-01`, 'idle', 'setup');
		await after();
		await timeDateChange(page, 'To', end, 'idle', 'setup');
		await after();
	};
	await restart();
	for (let attempt = 0; samples.length < steps && attempt < steps * 4; attempt++) {
		const result = await page.evaluate(async (lastDay) => {
			const map = window.__explorerBench!.map;
			if (!map.loaded() || map.isMoving()) await new Promise((r) => map.once('idle', r));
			const from = document.querySelector<HTMLInputElement>('.timeline input[type=date]')?.value ?? '';
			const button = document.querySelector<HTMLButtonElement>('.player button[aria-label^="Step forward"]');
			if (!button) throw new Error('no "Step forward" button');
			const next = new Date(`${from}T00:00:00Z`);
			next.setUTCMonth(next.getUTCMonth() + 1);
			if (!from || next.toISOString().slice(0, 10) > lastDay) return 'end' as const;
			return new Promise<number | null>((resolve) => {
				let rendered = false;
				let done = false;
				const t0 = performance.now();
				map.once('render', () => (rendered = true));
				map.once('idle', () =>
					requestAnimationFrame(() => {
						done = true;
						resolve(rendered ? performance.now() - t0 : null);
					})
				);
				(window as RecordingWindow).__benchStateLog?.push('step');
				button.click();
				setTimeout(() => {
					if (!done) resolve(null);
				}, 5000);
			});
		}, lastDay);
		if (result === 'end') await restart();
		else {
			await after();
			if (result !== null) samples.push(result);
		}
	}
	if (samples.length < steps)
		throw new Error(`only ${samples.length} of ${steps} playback steps changed anything on the map`);
	return samples;
}

interface ClickTarget {
	id: string;
	lng: number;
	lat: number;
}

/** Points that some article mentions, in the published order of places. */
function namedPoints(data: ExplorerData): (ClickTarget & { total: number })[] {
	return data.places.features.flatMap((f, i) => {
		const total = data.totals[i] ?? 0;
		return f.geometry.type === 'Point' && total > 0
			? [{ id: f.id, lng: f.geometry.coordinates[0]!, lat: f.geometry.coordinates[1]!, total }]
			: [];
	});
}

/**
 * `points` by how near their total of articles is to `target`, nearest first; of two as near, the one
 * with more articles (the harder to open), then by id, so the choice is the same from run to run.
 */
export function byNearness<T extends { id: string; total: number }>(
	points: readonly T[],
	target: number
): T[] {
	return [...points].sort(
		(a, b) =>
			Math.abs(a.total - target) - Math.abs(b.total - target) ||
			b.total - a.total ||
			(a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
	);
}

/** Points that some article mentions, in a fixed shuffled order. */
function clickTargets(data: ExplorerData): ClickTarget[] {
	const random = mulberry32(7);
	const out: ClickTarget[] = namedPoints(data);
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[out[i], out[j]] = [out[j]!, out[i]!];
	}
	return out;
}

/**
 * Centres the map on a place (not timed) and returns its screen point when it is the only clickable
 * place there, so the click opens its panel rather than the overlap chooser.
 */
async function aimAt(page: Page, c: ClickTarget): Promise<{ x: number; y: number } | null> {
	return page.evaluate(async ({ id, lng, lat }) => {
		const map = window.__explorerBench!.map;
		map.jumpTo({ center: [lng, lat], zoom: 11 });
		await new Promise((r) => map.once('idle', r));
		const p = map.project([lng, lat]);
		const layers = ['places-circle', 'posts-icon', 'air-bases-icon'].filter(
			(l) => map.getLayer(l) && map.getLayoutProperty(l, 'visibility') !== 'none'
		);
		const hits = map.queryRenderedFeatures(
			[
				[p.x - 8, p.y - 8],
				[p.x + 8, p.y + 8]
			],
			{ layers }
		);
		const ids = new Set(hits.map((f) => String(f.properties.placeId)));
		const box = map.getCanvas().getBoundingClientRect();
		const inside = p.x > 20 && p.y > 20 && p.x < box.width - 20 && p.y < box.height - 20;
		if (!inside || ids.size !== 1 || !ids.has(id)) return null;
		return { x: box.left + p.x, y: box.top + p.y };
	}, c);
}

/** Where the page keeps the pending click measurement between the set-up and the click. */
type ProbeWindow = Window & { __clickProbe?: Promise<number> };

async function timeClick(page: Page, id: string, at: { x: number; y: number }): Promise<number> {
	// Armed before the click, in its own round trip, so the listener is there when the click lands. No
	// named functions inside: a TypeScript runner may wrap them in helpers the page does not have.
	await page.evaluate((id) => {
		(window as ProbeWindow).__clickProbe = new Promise<number>((resolve, reject) => {
			let t0: number | undefined;
			window.addEventListener('click', (e) => void (t0 = e.timeStamp), { capture: true, once: true });
			// The panel's first page of articles: an observation post's articles may name only "the
			// observation posts", whose sentences are the group's, so an entry need not quote one.
			const selector = `[data-testid=place-panel][data-place="${CSS.escape(id)}"] ol.articles > li`;
			const observer = new MutationObserver(() => {
				if (t0 === undefined || !document.querySelector(selector)) return;
				observer.disconnect();
				requestAnimationFrame(() => resolve(performance.now() - t0!));
			});
			observer.observe(document.body, { childList: true, subtree: true });
			setTimeout(() => {
				observer.disconnect();
				reject(new Error(`the panel of "${id}" did not list its articles`));
			}, 10_000);
		});
	}, id);
	await page.mouse.click(at.x, at.y);
	return page.evaluate(() => (window as ProbeWindow).__clickProbe!);
}

/**
 * Aims at a place, brings the pointer there as a person's mouse would, and times the click; null when
 * the place cannot be clicked on its own.
 */
async function clickPlace(page: Page, c: ClickTarget): Promise<number | null> {
	const at = await aimAt(page, c);
	if (!at) return null;
	await page.mouse.move(at.x, at.y);
	await page.waitForTimeout(100);
	await page.evaluate(async () => {
		const map = window.__explorerBench!.map;
		if (!map.loaded()) await new Promise((r) => map.once('idle', r));
	});
	return timeClick(page, c.id, at);
}

/**
 * Clicks distinct places while there are any; a small corpus then goes round again (the excerpts of a
 * place opened before come from the page's cache, as they would for a person).
 */
async function measureClicks(page: Page, data: ExplorerData, clicks: number): Promise<number[]> {
	const samples: number[] = [];
	const clickable: ClickTarget[] = [];
	const click = async (c: ClickTarget) => {
		const ms = await clickPlace(page, c);
		if (ms === null) return false;
		samples.push(ms);
		return true;
	};
	for (const c of clickTargets(data)) {
		if (samples.length >= clicks) break;
		if (await click(c)) clickable.push(c);
	}
	// Two or more places are needed to go round again: clicking the open place changes nothing.
	for (let k = 0; samples.length < clicks && clickable.length > 1; k++) {
		await click(clickable[k % clickable.length]!);
	}
	if (samples.length < clicks)
		throw new Error(`only ${samples.length} places could be clicked on their own (wanted ${clicks})`);
	return samples;
}

/**
 * The places most articles name, busiest first, that can be clicked on their own, each clicked once
 * on a page that has not opened them yet (a page that opened one before would serve it from its
 * cache). One place outside them is opened first, untimed, so the first panel the page ever shows
 * (its code, the places' details file) is not counted against the busiest.
 */
async function measureBusiestClicks(
	page: Page,
	data: ExplorerData,
	places: number
): Promise<{ samples: number[]; articles: number }> {
	const busiest = namedPoints(data).sort((a, b) => b.total - a.total || (a.id < b.id ? -1 : 1));
	for (const c of busiest.slice(places).reverse()) if ((await clickPlace(page, c)) !== null) break;
	const samples: number[] = [];
	let articles = 0;
	for (const c of busiest) {
		if (samples.length >= places) break;
		const ms = await clickPlace(page, c);
		if (ms === null) continue;
		samples.push(ms);
		articles = Math.max(articles, c.total);
	}
	if (samples.length === 0) throw new Error('none of the busiest places could be clicked on its own');
	return { samples, articles };
}

/**
 * The clickable place whose total is nearest `target` articles (`byNearness`), opened `opens` times,
 * each time on a new browser context (nothing cached, as for a person who has not opened it) once the
 * explorer is idle and after one other place was opened untimed (as `measureBusiestClicks` does, so
 * the first panel's own costs are not counted). One place opened again and again, because the figure
 * is the issue's: a place of that size, whatever the others.
 */
async function measureTargetClicks(
	browser: Browser,
	baseUrl: string,
	data: ExplorerData,
	target: number,
	opens: number
): Promise<{ samples: number[]; articles: number }> {
	const candidates = byNearness(namedPoints(data), target);
	const samples: number[] = [];
	let chosen: (ClickTarget & { total: number }) | undefined;
	let other: ClickTarget | undefined;
	while (samples.length < opens) {
		const context = await browser.newContext({ viewport: VIEWPORT });
		try {
			const page = await context.newPage();
			await openExplorer(page, baseUrl);
			// Another place first, untimed: the farthest from the target that can be clicked.
			if (other) await clickPlace(page, other);
			else
				for (const c of [...candidates].reverse())
					if ((await clickPlace(page, c)) !== null) {
						other = c;
						break;
					}
			if (!chosen) {
				for (const c of candidates) {
					if (c === other) continue;
					const ms = await clickPlace(page, c);
					if (ms === null) continue;
					chosen = c;
					samples.push(ms);
					break;
				}
				if (!chosen) throw new Error(`no place near ${target} articles could be clicked on its own`);
				continue;
			}
			const ms = await clickPlace(page, chosen);
			if (ms === null) throw new Error(`"${chosen.id}" could be clicked once and then not`);
			samples.push(ms);
		} finally {
			await context.close();
		}
	}
	return { samples, articles: chosen!.total };
}

/** The median of a non-empty sample. */
export function median(values: readonly number[]): number {
	return percentile(values, 50);
}

/** The explorer's figures and, measured in the same browser and run, the floor's. */
export interface BrowserRun {
	browser: BrowserMetrics;
	floor: FloorFigures;
	/** The feature-state changes the floor replayed, for a reader of the run to look at. */
	changes: { date: number; step: number };
}

/** The map source holding the places (src/lib/map/layers.ts `PLACES_SOURCE`). */
const PLACES_SOURCE = 'places';

/**
 * First idle, date-change, playback-step and click latencies (p95), and the JS heap after loading;
 * beside them the floor's (floor.ts): the first idle of a bare MapLibre page with the same base map
 * and places, and the same feature-state changes repainted there.
 *
 * The first idle is the median of `loads` cold loads (each in a new browser context, nothing
 * cached), the explorer's and the floor's taking turns, so a change in the machine's load falls on
 * both alike.
 */
export async function measureBrowser(opts: {
	baseUrl: string;
	changes?: number;
	clicks?: number;
	steps?: number;
	loads?: number;
	/** How many of the places most articles name are clicked (default 10). */
	busiest?: number;
	/** How many times the place nearest 50,000 articles is opened, each on a fresh page (default 10). */
	placeOpens?: number;
}): Promise<BrowserRun> {
	const changes = opts.changes ?? 60;
	const clicks = opts.clicks ?? 60;
	const steps = opts.steps ?? 60;
	const loads = Math.max(1, opts.loads ?? 3);
	const data = await explorerData(opts.baseUrl);
	return withBrowser(async (browser) => {
		const context = await browser.newContext({ viewport: VIEWPORT });
		const page = await context.newPage();
		const firsts = [await openExplorer(page, opts.baseUrl)];
		const heap = await usedHeapMb(page);
		const scene = await captureScene(page, PLACES_SOURCE);
		const floorFirsts = [await floorFirstIdle(browser, opts.baseUrl, scene, VIEWPORT)];
		for (let i = 1; i < loads; i++) {
			const cold = await browser.newContext({ viewport: VIEWPORT });
			firsts.push(await openExplorer(await cold.newPage(), opts.baseUrl));
			await cold.close();
			floorFirsts.push(await floorFirstIdle(browser, opts.baseUrl, scene, VIEWPORT));
		}

		const filter = await measureDateChanges(page, data, changes, 'render');
		await page.goto(siteUrl(opts.baseUrl, '/'));
		await openExplorer(page, opts.baseUrl);
		// The floor page starts from the state the explorer had at its first idle, and repaints each
		// change right after the explorer made it, so both meet the machine in the same state.
		await recordStateCalls(page);
		const floor = await openFloorPage(browser, opts.baseUrl, scene, VIEWPORT);
		const replayed: { date: number[]; step: number[] } = { date: [], step: [] };
		const after = async () => {
			const times = await replayOn(floor, await recordedChanges(page));
			replayed.date.push(...times.date);
			replayed.step.push(...times.step);
		};
		const filterIdle = await measureDateChanges(page, data, changes, 'idle', after);
		const step = await measurePlaybackSteps(page, data, steps, after);
		await floor.context().close();
		await page.goto(siteUrl(opts.baseUrl, '/'));
		await openExplorer(page, opts.baseUrl);
		const busiest = await measureBusiestClicks(page, data, opts.busiest ?? 10);
		const click = await measureClicks(page, data, clicks);
		await context.close();
		const place = await measureTargetClicks(
			browser,
			opts.baseUrl,
			data,
			PLACE_ARTICLES,
			opts.placeOpens ?? 10
		);
		if (replayed.date.length === 0 || replayed.step.length === 0)
			throw new Error('the explorer made no feature-state change for the floor to repaint');
		return {
			browser: {
				first_map_render_ms: median(firsts),
				filter_p95_ms: percentile(filter, 95),
				click_to_panel_p95_ms: percentile(click, 95),
				js_heap_mb: heap,
				filter_idle_p95_ms: percentile(filterIdle, 95),
				playback_step_p95_ms: percentile(step, 95),
				busiest_click_to_panel_p95_ms: percentile(busiest.samples, 95),
				busiest_articles: busiest.articles,
				place_50k_click_to_panel_p95_ms: percentile(place.samples, 95),
				place_50k_articles: place.articles
			},
			floor: {
				first_idle_ms: median(floorFirsts),
				filter_idle_p95_ms: percentile(replayed.date, 95),
				playback_step_p95_ms: percentile(replayed.step, 95)
			},
			changes: { date: replayed.date.length, step: replayed.step.length }
		};
	});
}

/** A word of the real reporting, so every corpus built from it (the synthetic ones too) has it. */
const SEARCH_WORD = 'ceasefire';

/**
 * The first use of the search box on a cold explorer: after the map's first idle and the network's
 * quiet, the box is focused and a word entered at once, in one task, so what focusing starts always
 * falls inside the time (focusing apart from typing, the search code's load finished before or after
 * the input by chance, and one query's time spread from 206 to 769 ms). Timed from the input to the
 * first article result painted, and from the searcher's `SEARCH_ISSUED_MARK` to that paint; every
 * response to a request made in between counted (gzip). Undefined when no article result shows
 * within 30 s (the reason is logged through `log`).
 */
export async function measureSearch(opts: {
	baseUrl: string;
	log?: (message: string) => void;
}): Promise<SearchFigures | undefined> {
	return withBrowser(async (browser) => {
		const context = await browser.newContext({ viewport: VIEWPORT });
		try {
			const page = await context.newPage();
			await openExplorer(page, opts.baseUrl);
			await page.waitForLoadState('networkidle');
			const input = page.locator('[role=search] input').first();
			if ((await input.count()) === 0) {
				opts.log?.('bench: the explorer has no search box; search figures left out');
				return undefined;
			}
			const pending: Promise<number>[] = [];
			let counting = true;
			page.on('request', (request) => {
				if (!counting) return;
				pending.push(
					request.response().then(async (response) => (response ? gzipBytes(await response.body()) : 0))
				);
			});
			const times = await page.evaluate(
				async ({ word, mark }) => {
					const box = document.querySelector<HTMLInputElement>('[role=search] input')!;
					return new Promise<{ ms: number; afterPause?: number } | null>((resolve) => {
						box.focus();
						const t0 = performance.now();
						const observer = new MutationObserver(() => {
							if (
								!document.querySelector(
									'[role=search] a[href*="articles/"], [role=search] a[href*="read?id="]'
								)
							)
								return;
							observer.disconnect();
							requestAnimationFrame(() => {
								const painted = performance.now();
								const issued = performance.getEntriesByName(mark, 'mark').at(-1)?.startTime;
								resolve({
									ms: painted - t0,
									...(issued !== undefined && issued >= t0 ? { afterPause: painted - issued } : {})
								});
							});
						});
						observer.observe(document.body, { childList: true, subtree: true });
						box.value = word;
						box.dispatchEvent(new Event('input', { bubbles: true }));
						setTimeout(() => {
							observer.disconnect();
							resolve(null);
						}, 30_000);
					});
				},
				{ word: SEARCH_WORD, mark: SEARCH_ISSUED_MARK }
			);
			counting = false;
			const bytes = (await Promise.all(pending)).reduce((a, b) => a + b, 0);
			if (times === null) {
				opts.log?.(`bench: no article result for "${SEARCH_WORD}" within 30 s; search figures left out`);
				return undefined;
			}
			return {
				first_query_kb_gz: bytes / 1024,
				first_query_ms: times.ms,
				...(times.afterPause !== undefined ? { first_query_after_pause_ms: times.afterPause } : {})
			};
		} finally {
			await context.close();
		}
	});
}

/**
 * Cold first queries timed per run: one query's time spread from 206 to 769 ms on one 2,000-article
 * site at load 3–4 (2 December 2026), so a single sample could not tell a change from chance.
 */
export const SEARCH_RUNS = 5;

/**
 * The median time and transfer of several first queries, each on a cold page, each figure's median on
 * its own; the time after the pause only when every sample has it.
 */
export function medianSearch(samples: readonly SearchFigures[]): SearchFigures {
	const afterPause = samples.flatMap((s) => s.first_query_after_pause_ms ?? []);
	return {
		...(afterPause.length === samples.length
			? { first_query_after_pause_ms: percentile(afterPause, 50) }
			: {}),
		first_query_kb_gz: percentile(
			samples.map((s) => s.first_query_kb_gz),
			50
		),
		first_query_ms: percentile(
			samples.map((s) => s.first_query_ms),
			50
		)
	};
}

/**
 * `measureSearch` on `runs` cold pages, and their median (`medianSearch`); undefined when any run
 * found no article result (its reason is logged).
 */
export async function measureSearches(
	opts: { baseUrl: string; log?: (message: string) => void },
	runs = SEARCH_RUNS
): Promise<SearchFigures | undefined> {
	const samples: SearchFigures[] = [];
	for (let i = 0; i < runs; i++) {
		const one = await measureSearch(opts);
		if (!one) return undefined;
		samples.push(one);
	}
	return medianSearch(samples);
}

/** Bytes a response would take gzipped (level 9); already-compressed bodies (fonts) count as they are. */
export function gzipBytes(body: Buffer): number {
	return Math.min(body.length, gzipSync(body, { level: 9 }).length);
}

/**
 * Kilobytes (gzip) of everything the page fetched before its map was first idle, worker requests
 * included, with an empty cache. Bodies are gzipped here because a preview server may not compress.
 */
export async function measureTransfer(opts: { baseUrl: string }): Promise<number> {
	return withBrowser(async (browser) => {
		const context = await browser.newContext({ viewport: VIEWPORT });
		const page = await context.newPage();
		const finished: Promise<{ started: number; bytes: number }>[] = [];
		let listening = true;
		page.on('requestfinished', (request) => {
			if (!listening) return;
			finished.push(
				(async () => {
					const response = await request.response();
					const body = response ? await response.body() : Buffer.alloc(0);
					return { started: request.timing().startTime, bytes: gzipBytes(body) };
				})()
			);
		});
		const idleAt = await openExplorer(page, opts.baseUrl);
		const idleWall = await page.evaluate((t) => performance.timeOrigin + t, idleAt);
		await page.waitForLoadState('networkidle');
		// What the page loads in its idle time after the first idle (the search) may still be on its way:
		// none of it counts, and its bodies are not read once the context is closing.
		listening = false;
		const all = await Promise.all(finished);
		await context.close();
		const bytes = all.filter((r) => r.started <= idleWall).reduce((sum, r) => sum + r.bytes, 0);
		return bytes / 1024;
	});
}
