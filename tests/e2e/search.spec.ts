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

		test('a result reached with the arrows keeps the focus, in sight, when the places come in above it', async ({
			page
		}) => {
			// The page's idle callbacks and background tasks (where the places are indexed) wait until
			// released, so the articles are listed first, as on a slow phone.
			await page.addInitScript(() => {
				const held: (() => void)[] = [];
				let holding = true;
				const w = window as unknown as {
					releaseIdle: () => void;
					requestIdleCallback: (cb: IdleRequestCallback, o?: IdleRequestOptions) => number;
					scheduler?: { postTask: (task: () => unknown, o?: { priority?: string }) => Promise<unknown> };
				};
				const idle = w.requestIdleCallback.bind(window);
				w.requestIdleCallback = (cb, o) => {
					if (!holding) return idle(cb, o);
					held.push(() => idle(cb, o));
					return 0;
				};
				const scheduler = w.scheduler;
				if (scheduler) {
					const post = scheduler.postTask.bind(scheduler);
					scheduler.postTask = (task, o) =>
						holding && o?.priority === 'background'
							? new Promise((resolve) => held.push(() => resolve(post(task, o))))
							: post(task, o);
				}
				w.releaseIdle = () => {
					holding = false;
					for (const run of held.splice(0)) run();
				};
			});
			await page.goto('/');
			await mapReady(page);
			const box = page.getByRole('searchbox', { name: 'Search places and articles' });
			await box.focus();
			await page.keyboard.type('Idlib');
			const results = page.locator('.search .results');
			const articles = page.getByRole('list', { name: 'Articles, newest first' }).getByRole('link');
			await expect(articles.nth(2)).toBeVisible();
			// The places' row is held above the articles while they are indexed.
			await expect(results.locator('.slot')).toHaveText('Indexing places…');
			await expect(page.getByRole('list', { name: 'Places' })).toHaveCount(0);
			await page.keyboard.press('ArrowDown');
			await expect(articles.nth(0)).toBeFocused();
			await page.keyboard.press('ArrowDown');
			await expect(articles.nth(1)).toBeFocused();
			const second = await articles.nth(1).getAttribute('href');

			await page.evaluate(() => (window as unknown as { releaseIdle: () => void }).releaseIdle());
			const places = page.getByRole('list', { name: 'Places' }).getByRole('button');
			await expect(places.first()).toBeVisible();
			await expect(results.locator('.slot')).toHaveCount(0);
			// The same article keeps the focus and stays in sight; the arrows go on from it.
			const focused = page.locator(':focus');
			await expect(focused).toHaveAttribute('href', second!);
			await expect(focused).toBeInViewport();
			await page.keyboard.press('ArrowDown');
			await expect(articles.nth(2)).toBeFocused();
			await page.keyboard.press('ArrowUp');
			await page.keyboard.press('ArrowUp');
			await expect(articles.nth(0)).toBeFocused();
			// Up from the first article is the last place, above it.
			await page.keyboard.press('ArrowUp');
			await expect(places.last()).toBeFocused();
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
