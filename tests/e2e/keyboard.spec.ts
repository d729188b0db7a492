import type { Locator, Page } from '@playwright/test';
import { clickMapCentre, expect, mapReady, pointAtMapCentre, test } from './fixtures';

const ARTICLE = 'Russians head to Turkey for talks on Syria’s Idlib offensive: minister';
const ARTICLE_URL = /\/articles\/2020-02-07-russians-head-to-turkey-for-talks-on-syrias$/;

/** The focused element shows it: it matches `:focus-visible` and draws an outline. */
async function expectFocusVisible(page: Page): Promise<void> {
	const focus = await page.evaluate(() => {
		const el = document.activeElement;
		if (!el || el === document.body) return { element: 'body', visible: false, outline: 'none' };
		const style = getComputedStyle(el);
		return {
			element: `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}"`,
			visible: el.matches(':focus-visible'),
			outline: parseFloat(style.outlineWidth) > 0 ? style.outlineStyle : 'none'
		};
	});
	expect(focus.visible, `${focus.element} matches :focus-visible`).toBe(true);
	expect(focus.outline, `${focus.element} has an outline`).not.toBe('none');
}

/** Presses Tab (checking each stop shows its focus) until `target` has focus, in at most `most` presses. */
async function tabTo(page: Page, target: Locator, most: number): Promise<number> {
	for (let presses = 1; presses <= most; presses++) {
		await page.keyboard.press('Tab');
		await expectFocusVisible(page);
		if (await target.evaluate((el) => el === document.activeElement)) return presses;
	}
	throw new Error(`${target} not reached in ${most} Tab presses`);
}

/** Presses `key` until `target` has focus, in at most `most` presses. */
async function pressTo(page: Page, key: string, target: Locator, most: number): Promise<void> {
	for (let presses = 1; presses <= most; presses++) {
		await page.keyboard.press(key);
		await expectFocusVisible(page);
		if (await target.evaluate((el) => el === document.activeElement)) return;
	}
	throw new Error(`${target} not reached in ${most} ${key} presses`);
}

test('keyboard only: search, read, follow a mention to the map, and back again', async ({ page }) => {
	await page.goto('/');
	await mapReady(page);

	const box = page.getByRole('searchbox', { name: 'Search places and articles' });
	expect(await tabTo(page, box, 3), 'Tab presses from the top to the search box').toBeLessThanOrEqual(3);
	await page.keyboard.type('tanks');
	const results = page.locator('.search .results');
	const result = results.getByRole('link', { name: new RegExp(ARTICLE.slice(0, 30)) });
	await expect(result).toBeVisible();
	await pressTo(page, 'ArrowDown', result, 8);
	await page.keyboard.press('Enter');

	await expect(page).toHaveURL(ARTICLE_URL);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(ARTICLE);
	// The result opens the reader at its sentence (a text fragment: the browser scrolls to it and
	// keyboard navigation goes on from its end), so Shift+Tab reaches the sentence's own mention of Hatay.
	const sentence = page.locator('.body p', { hasText: '20 tanks to Hatay' });
	await expect(sentence).toBeInViewport();
	const mention = sentence.locator('a.mention[data-place="hatay-province"]');
	await pressTo(page, 'Shift+Tab', mention, 4);
	await page.keyboard.press('Enter');

	await expect(page).toHaveURL(/\/\?place=hatay-province$/);
	await mapReady(page);
	const panel = page.getByRole('region', { name: 'Hatay Province' });
	const heading = panel.getByRole('heading', { level: 2 });
	await expect(heading).toBeFocused();
	await expectFocusVisible(page);
	await expect(page).toHaveTitle(/^Hatay Province — /);

	await tabTo(page, panel.getByRole('link', { name: ARTICLE }), 6);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(ARTICLE_URL);

	const back = page.getByRole('link', { name: '← Back to the map' });
	expect(await tabTo(page, back, 1)).toBe(1);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/\?place=hatay-province/);
	await mapReady(page);
	await expect(heading).toBeFocused();
	await expectFocusVisible(page);

	await page.keyboard.press('Escape');
	await expect(panel).toBeHidden();
	await expectFocusVisible(page);
});

test('keyboard in the search: arrows move through results, Escape returns, Tab away closes them', async ({
	page
}) => {
	await page.goto('/');
	await mapReady(page);
	const box = page.getByRole('searchbox', { name: 'Search places and articles' });
	await tabTo(page, box, 3);
	await page.keyboard.type('Idlib');
	const items = page.locator('.search .results').locator('a, button');
	await expect(items.nth(1)).toBeVisible();
	// The places are indexed in the page's idle time and may come after the articles; a result keeps
	// the focus when they come in above it, so press only once they are listed first.
	await expect(page.getByRole('list', { name: 'Places' }).getByRole('button').first()).toBeVisible();

	await page.keyboard.press('ArrowDown');
	await expect(items.nth(0)).toBeFocused();
	await page.keyboard.press('ArrowDown');
	await expect(items.nth(1)).toBeFocused();
	await expectFocusVisible(page);
	await page.keyboard.press('ArrowUp');
	await page.keyboard.press('ArrowUp');
	await expect(box).toBeFocused();

	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('Escape');
	await expect(box).toBeFocused();
	await expect(box).toHaveValue('');
	await expect(page.locator('.search .results')).toHaveCount(0);

	await page.keyboard.type('Saraqeb');
	await expect(items.first()).toBeVisible();
	// Tab through the results and past the last: article results may still be arriving, so count the
	// presses until the focus leaves the search rather than counting the results first.
	for (let presses = 0; presses < 20; presses++) {
		await page.keyboard.press('Tab');
		if (await page.evaluate(() => !document.activeElement?.closest('.search'))) break;
	}
	await expect(page.locator('.search .results')).toHaveCount(0);
	await expectFocusVisible(page);

	await box.focus();
	await expect(items.first()).toBeVisible();
	await page.keyboard.press('Enter');
	const panel = page.getByRole('region', { name: 'Saraqeb' });
	await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();

	await box.focus();
	await page.keyboard.type('tanks');
	// Places are listed first; the article comes once its index has loaded, and the arrows reach it.
	const article = page
		.locator('.search .results')
		.getByRole('link', { name: new RegExp(ARTICLE.slice(0, 30)) });
	await expect(article).toBeVisible();
	await pressTo(page, 'ArrowDown', article, 8);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(ARTICLE_URL);
});

test('the skip link goes past dates, layers and places to the open panel, or to the place list', async ({
	page
}) => {
	await page.goto('/?place=saraqeb');
	await mapReady(page);
	const skip = page.getByRole('button', { name: 'Skip to the selected place' });
	await page.keyboard.press('Tab');
	await expect(skip).toBeFocused();
	await expect(skip).toBeInViewport();
	await expectFocusVisible(page);
	await page.keyboard.press('Enter');
	const panel = page.getByRole('region', { name: 'Saraqeb' });
	await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(panel.getByRole('button', { name: 'Close Saraqeb' })).toBeFocused();

	await page.goto('/');
	await mapReady(page);
	await page.keyboard.press('Tab');
	await expect(page.getByRole('button', { name: 'Skip to the place list' })).toBeFocused();
	await page.keyboard.press('Enter');
	const places = page.getByRole('navigation', { name: 'Places' });
	await expect(places.getByRole('heading', { level: 2 })).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(places.getByRole('button').first()).toBeFocused();
	await expectFocusVisible(page);
});

/**
 * Walks the whole Tab order of the current page once, checking every stop shows its focus, and returns
 * how many stops there were. A date input's day, month and year are one stop.
 */
async function walkTabOrder(page: Page, most: number): Promise<number> {
	const seen: string[] = [];
	for (let i = 0; i < most; i++) {
		await page.keyboard.press('Tab');
		const key = await page.evaluate((n) => {
			const el = document.activeElement as HTMLElement | null;
			if (!el || el === document.body) return 'end';
			el.dataset.tabStop ??= String(n);
			return el.dataset.tabStop;
		}, i);
		if (key === 'end' || (seen.includes(key) && seen.at(-1) !== key)) return seen.length;
		if (seen.at(-1) === key) continue;
		seen.push(key);
		await expectFocusVisible(page);
	}
	throw new Error(`more than ${most} Tab stops`);
}

test('every Tab stop on the explorer and the reader shows its focus', async ({ page }) => {
	await page.goto('/?place=saraqeb');
	await mapReady(page);
	expect(await walkTabOrder(page, 200)).toBeGreaterThan(20);
	await page.goto('/articles/2020-02-07-russians-head-to-turkey-for-talks-on-syrias');
	expect(await walkTabOrder(page, 200)).toBeGreaterThan(20);
});

test('the chooser for overlapping places works from the keyboard and Escape closes only it', async ({
	page
}) => {
	await page.goto('/?place=saraqeb#8/36.302/36.834');
	await mapReady(page);
	await pointAtMapCentre(page);
	await clickMapCentre(page);
	const menu = page.getByRole('menu', { name: 'Places here' });
	await expect(menu).toBeVisible();
	const items = menu.getByRole('menuitem');
	await expect(items.first()).toBeFocused();
	await page.keyboard.press('ArrowDown');
	await expect(items.nth(1)).toBeFocused();
	await expectFocusVisible(page);
	await page.keyboard.press('ArrowUp');
	await page.keyboard.press('ArrowUp');
	await expect(items.last()).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(menu).toBeHidden();
	await expect(page.locator('.maplibregl-canvas')).toBeFocused();
	await expect(page.getByRole('region', { name: 'Saraqeb' })).toBeVisible();

	await clickMapCentre(page);
	await expect(items.first()).toBeFocused();
	const name = (await items.first().textContent())!.trim().split(/\s+/)[0]!;
	await page.keyboard.press('Enter');
	await expect(page.getByRole('region', { name: new RegExp(name) })).toBeVisible();
});
