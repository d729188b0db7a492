import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import {
	ARTICLE_SHARD_INDEX_PATH,
	articleShardPath,
	type ArticleShard,
	type ArticleShardIndex,
	type ShardArticle
} from '../../src/lib/data/article-shards';

/** Console noise from software WebGL that says nothing about the app. */
const HARMLESS = [/GPU stall due to ReadPixels/, /GL Driver Message/];

/**
 * Every test collects page errors, console errors and requests that leave the origin, and fails on
 * any of them at the end, so a broken script or a stray network call cannot pass unnoticed.
 */
export const test = base.extend<{ watch: { errors: string[]; external: string[] } }>({
	watch: [
		async ({ page, baseURL }, use) => {
			const errors: string[] = [];
			const external: string[] = [];
			page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
			page.on('console', (m) => {
				if (m.type() === 'error' && !HARMLESS.some((h) => h.test(m.text())))
					errors.push(`console: ${m.text()}`);
			});
			page.on('request', (r) => {
				const url = r.url();
				if (!url.startsWith(baseURL!) && !/^(data|blob):/.test(url)) external.push(url);
			});
			await use({ errors, external });
			expect(errors, 'page errors').toEqual([]);
			expect(external, 'requests beyond the origin').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

/** The two sizes the interface specs run at: a laptop and a phone. */
export const VIEWPORTS = [
	{ name: 'desktop', viewport: { width: 1280, height: 800 } },
	{ name: 'phone', viewport: { width: 390, height: 844 } }
];

/** Waits until MapLibre has loaded the style and the corpus layers. */
export async function mapReady(page: Page): Promise<void> {
	await expect(page.getByTestId('map')).toHaveAttribute('data-loaded', 'true', { timeout: 30_000 });
}

/** Clicks the centre of the map canvas (where a `#zoom/lat/lng` hash puts that point). */
export async function clickMapCentre(page: Page): Promise<void> {
	const box = await page.locator('.maplibregl-canvas').boundingBox();
	if (!box) throw new Error('no map canvas');
	await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/**
 * Points at the centre of the map canvas until a place there answers with its tooltip (with `name`,
 * when given), and returns the tooltip. `mapReady` is MapLibre's `load`, which can come before the
 * corpus symbols are placed; a click finds a place only once they are, and the tooltip is the first sign
 * of it in the page (the map answers the pointer from the same rendered features a click queries).
 */
export async function pointAtMapCentre(page: Page, name?: string | RegExp): Promise<Locator> {
	const box = await page.locator('.maplibregl-canvas').boundingBox();
	if (!box) throw new Error('no map canvas');
	const x = box.x + box.width / 2;
	const y = box.y + box.height / 2;
	const tooltip = page.getByRole('tooltip');
	let nudge = 0;
	await expect(async () => {
		// The map looks under the pointer only when it moves, so each try moves it by a pixel.
		nudge = 1 - nudge;
		await page.mouse.move(x + nudge, y);
		if (name === undefined) await expect(tooltip).toBeVisible({ timeout: 250 });
		else await expect(tooltip).toHaveText(name, { timeout: 250 });
	}).toPass({ timeout: 15_000 });
	return tooltip;
}

/**
 * Resolves once the page has drawn two more frames. A map click is handled synchronously and a
 * selection reaches the DOM within a microtask, so after two frames anything a click would have shown
 * is there: this is how a test checks that a click showed nothing.
 */
export async function nextFrames(page: Page): Promise<void> {
	await page.evaluate(
		() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())))
	);
}

/** Records Content-Security-Policy violations as the page reports them; call the result to read them. */
export async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
	await page.addInitScript(() => {
		const w = window as unknown as { __csp: string[] };
		w.__csp = [];
		document.addEventListener('securitypolicyviolation', (e) => {
			w.__csp.push(`${e.violatedDirective}: ${e.blockedURI}`);
		});
	});
	return () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}

/** The serious and critical axe findings on the page (the map canvas aside), one line each. */
export async function seriousViolations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page }).exclude('.maplibregl-canvas').analyze();
	return results.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * Asks the page to put its MapLibre map on `window.__explorerBench` (see `src/app.d.ts`), so a test can
 * ask what the map drew. Call before `page.goto`.
 */
export async function exposeMap(page: Page): Promise<void> {
	await page.addInitScript(() => {
		window.__explorerExposeMap = true;
	});
}

/** What the map has drawn once it is idle: the texts of the symbols placed on `layers`, by place id. */
export async function drawnLabels(page: Page, layers: string[]): Promise<Record<string, string>> {
	return page.evaluate(async (layers) => {
		const map = window.__explorerBench?.map;
		if (!map) throw new Error('the page did not expose its map (call exposeMap before goto)');
		if (!map.loaded() || !map.areTilesLoaded()) await new Promise((r) => map.once('idle', r));
		const out: Record<string, string> = {};
		for (const f of map.queryRenderedFeatures({ layers })) {
			const p = f.properties as { placeId?: string; text?: string; name?: string };
			if (p.placeId) out[p.placeId] = p.text ?? p.name ?? '';
		}
		return out;
	}, layers);
}

/**
 * Every article the site publishes, read from its shards (`data/articles/shards.json`, then each shard
 * that has a file) and put in the published order (oldest first, by published, then id, as
 * `ARTICLE_ORDER` says), so `articles[i]` is the `i`th published (its key, the `position` the files
 * give it, is `articleKeys(articles).keys[i]`). The site has no one file of them all; a spec that wants them all reads what a user of the data would.
 */
export async function shardedArticles(request: APIRequestContext): Promise<ShardArticle[]> {
	const index = (await (await request.get(ARTICLE_SHARD_INDEX_PATH)).json()) as ArticleShardIndex;
	const articles: ShardArticle[] = [];
	let files = 0;
	for (let n = 0; n < 2 ** index.bits; n++) {
		const response = await request.get(articleShardPath(n));
		if (response.status() === 404) continue;
		expect(response.ok(), articleShardPath(n)).toBe(true);
		const shard = (await response.json()) as ArticleShard;
		expect(shard.shard).toBe(n);
		articles.push(...shard.articles);
		files++;
	}
	expect(files, 'shard files').toBe(index.files);
	expect(articles, 'articles in the shards').toHaveLength(index.articles);
	return articles.sort((a, b) => a.published.localeCompare(b.published) || a.id.localeCompare(b.id));
}
