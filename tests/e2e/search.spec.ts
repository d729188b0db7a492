import type { Page } from '@playwright/test';
import { expect, mapReady, seriousViolations, test, VIEWPORTS } from './fixtures';

/**
 * The search box against the seed corpus's sharded index: "tanks" is in one article only (Reuters, 7
 * February 2020: "…Ankara had sent about 20 tanks to Hatay…"), "Sarakib" is a spelling of Saraqeb that
 * no alias has, and "zeppelins" is in no article.
 */
const ARTICLE = /Russians head to Turkey for talks/;
const SENTENCE =
	'Turkey’s state-run Anadolu news agency reported on Thursday that Ankara had sent about 20 tanks';

/** Whether the sentence starting with `start` is drawn inside the window (the reader scrolled to it). */
function sentenceOnScreen(page: Page, start: string) {
	return page.evaluate((start) => {
		const walker = document.createTreeWalker(document.querySelector('.body')!, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const at = node.textContent!.indexOf(start.slice(0, 40));
			if (at < 0) continue;
			const range = document.createRange();
			range.setStart(node, at);
			range.setEnd(node, at + 40);
			const rect = range.getBoundingClientRect();
			return rect.top >= 0 && rect.bottom <= window.innerHeight;
		}
		return false;
	}, start);
}

for (const { name, viewport } of VIEWPORTS) {
	test.describe(`at ${viewport.width}x${viewport.height} (${name})`, () => {
		test.use({ viewport });

		test('an article result shows its sentence with the word marked, and opens the reader there', async ({
			page
		}) => {
			await page.goto('/');
			await mapReady(page);
			const box = page.getByRole('searchbox', { name: 'Search places and articles' });
			await box.fill('TANKS');
			const articles = page.getByRole('list', { name: 'Articles, newest first' });
			const link = articles.getByRole('link');
			await expect(link).toHaveCount(1);
			await expect(link).toContainText(ARTICLE);
			await expect(link.locator('.detail')).toHaveText('Article · Reuters, 2020-02-07');
			await expect(link.locator('.sentence')).toContainText(SENTENCE);
			await expect(link.locator('.sentence mark')).toHaveText('tanks');
			await expect(link.locator('.sentence')).toBeInViewport();
			expect(await seriousViolations(page), 'axe with the results open').toEqual([]);

			await link.click();
			await expect(page).toHaveURL(/\/articles\/2020-02-07-russians-head-to-turkey-for-talks-on-syrias/);
			await expect(page.getByRole('heading', { level: 1 })).toContainText(ARTICLE);
			await expect.poll(() => sentenceOnScreen(page, SENTENCE)).toBe(true);
		});

		test('a place query lists the place first, by any spelling, and choosing it selects it', async ({
			page
		}) => {
			await page.goto('/');
			await mapReady(page);
			const box = page.getByRole('searchbox', { name: 'Search places and articles' });
			for (const spelling of ['Saraqeb', 'sarāqib', 'Sarakib']) {
				await box.fill(spelling);
				const first = page.locator('.search .results').locator('a, button').first();
				await expect(first).toHaveText(/^Saraqeb/);
			}
			await page.keyboard.press('ArrowDown');
			await page.keyboard.press('Enter');
			const panel = page.getByRole('region', { name: 'Saraqeb' });
			await expect(panel).toBeVisible();
			await expect(page).toHaveURL(/[?&]place=saraqeb/);
		});

		test('a word in no article finds no article, and nothing is fetched but its shard', async ({ page }) => {
			const asked: string[] = [];
			page.on('request', (r) => {
				const path = new URL(r.url()).pathname;
				if (path.startsWith('/data/search/')) asked.push(path);
			});
			await page.goto('/');
			await mapReady(page);
			const box = page.getByRole('searchbox', { name: 'Search places and articles' });
			await box.fill('zeppelins');
			await expect(page.locator('.search .none')).toHaveText('No match for “zeppelins”.');
			await box.fill('tanks zeppelins');
			await expect(page.locator('.search .none')).toHaveText('No match for “tanks zeppelins”.');
			expect(asked.filter((p) => p.includes('/docs/') || p.includes('/postings/'))).toEqual([]);
		});

		test('keyboard: down into the articles, Escape back to a cleared box, Enter on a result reads it', async ({
			page
		}) => {
			await page.goto('/');
			await mapReady(page);
			const box = page.getByRole('searchbox', { name: 'Search places and articles' });
			await box.focus();
			await page.keyboard.type('Idlib offensive');
			const items = page.locator('.search .results').locator('ul a, ul button, button.more');
			await expect(
				page.getByRole('list', { name: 'Articles, newest first' }).getByRole('link').first()
			).toBeVisible();
			// The places are indexed in the page's idle time and may come after the articles, above them:
			// the list is counted once both are in.
			await expect(page.locator('.search .results')).not.toContainText('Indexing places…');
			await expect(page.getByRole('list', { name: 'Places' }).getByRole('button').first()).toBeVisible();
			const count = await items.count();
			for (let i = 0; i < count; i++) {
				await page.keyboard.press('ArrowDown');
				await expect(items.nth(i)).toBeFocused();
			}
			await page.keyboard.press('Escape');
			await expect(box).toBeFocused();
			await expect(box).toHaveValue('');

			await page.keyboard.type('tanks');
			const link = page.getByRole('list', { name: 'Articles, newest first' }).getByRole('link');
			await expect(link).toBeVisible();
			await page.keyboard.press('ArrowDown');
			await expect(link).toBeFocused();
			await page.keyboard.press('Enter');
			await expect(page.getByRole('heading', { level: 1 })).toContainText(ARTICLE);
			await expect.poll(() => sentenceOnScreen(page, SENTENCE)).toBe(true);
		});
	});
}

test('the outlet filter narrows the articles found', async ({ page }) => {
	await page.goto('/?outlets=sputnik');
	await mapReady(page);
	const box = page.getByRole('searchbox', { name: 'Search places and articles' });
	await box.fill('tanks');
	await expect(page.locator('.search .none')).toHaveText(
		'No match for “tanks” (articles of the chosen outlets only).'
	);
	await box.fill('Idlib');
	const articles = page.getByRole('list', { name: 'Articles, newest first' }).getByRole('link');
	await expect(articles).toHaveCount(1);
	await expect(articles).toContainText('Sputnik International');
});
