import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { readerPages } from '../../src/lib/data/reader';
import { loadDataset } from '../../src/lib/server/pipeline';
import { expect, mapReady, seriousViolations, test, watchCsp } from './fixtures';

/**
 * Whose text the reader shows and what a shared link previews: the reader names the publisher, the
 * date and the original with a rights note above the text; the reader, the explorer and a place's
 * share page carry their description and Open Graph tags in the HTML as served (link previews run no
 * script). At a desktop and a phone size.
 */
const dataset = loadDataset(join(import.meta.dirname, '..', '..', 'geodata'));
const reader = readerPages(dataset);
const ID = '2018-09-04-idlib-offensive-awaits-tehran-summit-russia-wont-indefinitely';
const article = reader(ID)!;
/** Reuters' story in the corpus was captured without its address. */
const NO_URL = reader('2020-02-07-russians-head-to-turkey-for-talks-on-syrias')!;

const meta = (page: Page, key: string) =>
	page.locator(`head meta[name="${key}"], head meta[property="${key}"]`);

for (const viewport of [
	{ width: 1280, height: 800 },
	{ width: 390, height: 844 }
]) {
	test.describe(`at ${viewport.width}x${viewport.height}`, () => {
		test.use({ viewport });

		test('the reader names the publisher, the date and the original above the text, and whose the text is', async ({
			page
		}) => {
			await page.goto(`/articles/${ID}`);
			const provenance = page.locator('.provenance');
			await expect(provenance).toContainText(`Published by ${article.outlet} · 4 September 2018`);
			const original = provenance.getByRole('link', { name: 'Read the original at english.aawsat.com' });
			await expect(original).toHaveAttribute('href', new URL(article.url!).href);
			await expect(original).toHaveAttribute('rel', 'noopener noreferrer external');
			await expect(provenance.locator('.rights')).toContainText(
				`The text belongs to its publisher, ${article.outlet}.`
			);
			// In the first screen, before the text: the original is one tap away without scrolling.
			const box = (await provenance.boundingBox())!;
			expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
			const body = (await page.locator('.body').boundingBox())!;
			expect(body.y).toBeGreaterThan(box.y);
			expect(await seriousViolations(page), 'axe on the reader').toEqual([]);

			await page.goto(`/articles/${NO_URL.id}`);
			await expect(page.locator('.provenance')).toContainText(
				`Published by ${NO_URL.outlet} · 7 February 2020`
			);
			await expect(page.locator('.provenance .source')).toHaveText(
				'The address of the original was not recorded.'
			);
			await expect(page.locator('.provenance .rights')).toContainText(
				`The text belongs to its publisher, ${NO_URL.outlet}.`
			);
		});

		test('the reader’s description and Open Graph tags are the article’s', async ({ page }) => {
			const html = await (await page.request.get(`/articles/${ID}`)).text();
			expect(html).toContain('property="og:title"');
			await page.goto(`/articles/${ID}`);
			expect(article.description).toMatch(/^Moscow is awaiting a tripartite summit in Tehran/);
			await expect(meta(page, 'description')).toHaveAttribute('content', article.description);
			await expect(meta(page, 'og:description')).toHaveAttribute('content', article.description);
			await expect(meta(page, 'og:title')).toHaveAttribute('content', article.title);
			await expect(meta(page, 'og:type')).toHaveAttribute('content', 'article');
			await expect(meta(page, 'og:site_name')).toHaveAttribute('content', 'Idlib explorer');
			await expect(meta(page, 'twitter:card')).toHaveAttribute('content', 'summary');
			await expect(meta(page, 'article:published_time')).toHaveAttribute('content', '2018-09-04');
			// No site address is configured for this build (SITE_URL), so no absolute og:url.
			await expect(meta(page, 'og:url')).toHaveCount(0);
		});

		test('the explorer’s shell carries its description and Open Graph tags, once', async ({ page }) => {
			const html = await (await page.request.get('/')).text();
			expect(html).toMatch(
				/<meta name="description" content="The places named in 6 news reports[^"]*\(2018–2025\)/
			);
			expect(html).toContain('<meta property="og:title" content="Idlib explorer: places in the news');
			await page.goto('/');
			await mapReady(page);
			await expect(meta(page, 'description')).toHaveCount(1);
			await expect(meta(page, 'og:type')).toHaveAttribute('content', 'website');
			if (viewport.width < 600) await page.getByRole('button', { name: 'Dates, layers & places' }).click();
			const box = (await page.getByRole('checkbox', { name: 'Towns, cities and sites' }).boundingBox())!;
			expect(box.width).toBeGreaterThanOrEqual(24);
			expect(box.height).toBeGreaterThanOrEqual(24);
		});

		test('a place’s share page previews the place and forwards to the explorer showing it', async ({
			page
		}) => {
			const violations = await watchCsp(page);
			const html = await (await page.request.get('/places/saraqeb')).text();
			expect(html).toContain('<meta property="og:title" content="Saraqeb — Idlib explorer"');
			expect(html).toMatch(/<meta name="description" content="[^"]*Named in \d+ articles? of the corpus/);
			expect(html).toMatch(/<meta http-equiv="refresh" content="0; url=[^"]*\?place=saraqeb"/);
			expect(html).not.toMatch(/<script/);
			await page.goto('/places/saraqeb');
			await page.waitForURL(/\?place=saraqeb/);
			await mapReady(page);
			await expect(page.getByRole('region', { name: 'Saraqeb' })).toBeVisible();
			expect(await violations()).toEqual([]);
		});
	});
}
