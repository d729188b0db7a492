import type { Page } from '@playwright/test';
import { expect, exposeMap, mapReady, seriousViolations, test, VIEWPORTS } from './fixtures';

/**
 * The filter by outlet on the seed corpus: six articles from five outlets. Sputnik International's one
 * article (19 February 2020) names Idlib Governorate and the Hmeymim air base but not Saraqeb, which
 * only Reuters' article of 7 February 2020 names; Idlib Governorate is named by five articles.
 */

/** The feature state the map holds for a place. */
async function mapState(page: Page, id: string) {
	return page.evaluate((id) => {
		const map = window.__explorerBench?.map;
		if (!map) throw new Error('the page did not expose its map');
		const s = map.getFeatureState({ source: 'places', id });
		return { count: s.count as number, active: s.active as boolean };
	}, id);
}

/** The filter, after opening the sidebar where it is folded away (on a phone). */
async function outletFilter(page: Page) {
	const toggle = page.getByRole('button', { name: 'Dates, layers & places' });
	if ((await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) !== 'true')
		await toggle.click();
	const filter = page.getByRole('group', { name: 'Outlets' });
	await filter.scrollIntoViewIfNeeded();
	return filter;
}

/**
 * Opens every group of the place list that shows only its first entries: a place no chosen outlet
 * names sorts by name among many others, past the short list.
 */
async function showAllPlaces(page: Page) {
	const more = page.locator('.place-list button.more[aria-expanded="false"]');
	while ((await more.count()) > 0) await more.first().click();
}

for (const { name, viewport } of VIEWPORTS) {
	test.describe(`at ${viewport.width}x${viewport.height} (${name})`, () => {
		test.use({ viewport });

		test('one outlet alone changes the map, the counts and the panel, and survives a reload', async ({
			page
		}) => {
			await exposeMap(page);
			await page.goto('/');
			await mapReady(page);
			await expect.poll(() => mapState(page, 'saraqeb')).toEqual({ count: 1, active: true });
			expect(await mapState(page, 'idlib-governorate')).toEqual({ count: 5, active: true });

			const filter = await outletFilter(page);
			await expect(filter).toContainText('All 5 outlets in these dates');
			// Grouped by the curated kind, with the article counts of the range.
			await expect(filter.getByRole('group', { name: 'Wire agencies' })).toContainText('Reuters');
			const stateMedia = filter.getByRole('group', { name: 'State media of a party to the conflict' });
			await expect(stateMedia.getByRole('checkbox')).toHaveCount(2);
			await expect(stateMedia.locator('[data-outlet="sputnik"]')).toContainText(
				'Sputnik International (Russia)'
			);
			await expect(filter.locator('[data-outlet="asharq-al-awsat"] .count')).toHaveText('2 articles');

			await filter.getByRole('button', { name: 'Only Sputnik International' }).click();
			await expect(page).toHaveURL(/[?&]outlets=sputnik(&|#|$)/);
			await expect(filter.getByRole('checkbox', { name: /Sputnik International/ })).toBeChecked();
			await expect(filter.getByRole('checkbox', { name: /Reuters/ })).not.toBeChecked();
			await expect(filter).toContainText('1 of 5 outlets in these dates shown');
			await expect(page.locator('.timeline .summary')).toHaveText('1 of 6 articles');
			// The counts: the place list and the map's feature state (size and fading follow the count).
			await showAllPlaces(page);
			await expect(page.locator('.place-list [data-place="saraqeb"] .count')).toHaveText(/^0/);
			await expect(page.locator('.place-list [data-place="idlib-governorate"] .count')).toHaveText(/^1/);
			await expect.poll(() => mapState(page, 'saraqeb')).toEqual({ count: 0, active: false });
			expect(await mapState(page, 'idlib-governorate')).toEqual({ count: 1, active: true });
			expect(await mapState(page, 'hmeymim-air-base')).toEqual({ count: 1, active: true });

			// The panel lists Sputnik's article only, and says what the filter hides.
			await page.locator('.place-list [data-place="idlib-governorate"]').click();
			const panel = page.getByRole('region', { name: 'Idlib Governorate' });
			const heading = panel.getByRole('heading', { level: 3, name: /articles? in range/ });
			await expect(heading).toContainText('1 article in range');
			await expect(panel.getByTestId('other-outlets')).toHaveText('(4 more from outlets not chosen)');
			await expect(panel.locator('.articles .meta bdi').first()).toHaveText('Sputnik International');
			await expect(panel.locator('.articles > li')).toHaveCount(1);
			await expect(page).toHaveURL(/place=idlib-governorate/);

			await page.reload();
			await mapReady(page);
			await expect(page).toHaveURL(/[?&]outlets=sputnik(&|#|$)/);
			await expect(heading).toContainText('1 article in range');
			await expect(panel.locator('.articles .meta bdi').first()).toHaveText('Sputnik International');
			await expect.poll(() => mapState(page, 'saraqeb')).toEqual({ count: 0, active: false });
			expect(await mapState(page, 'hmeymim-air-base')).toEqual({ count: 1, active: true });

			// Back to every outlet (the panel closed first: on a phone it covers the sidebar).
			await page.keyboard.press('Escape');
			await expect(panel).toBeHidden();
			const again = await outletFilter(page);
			await expect(again.getByRole('checkbox', { name: /Reuters/ })).not.toBeChecked();
			await again.getByRole('button', { name: 'Show all' }).click();
			await expect(page).not.toHaveURL(/outlets=/);
			await expect(again.getByRole('checkbox', { name: /Reuters/ })).toBeChecked();
			await expect.poll(() => mapState(page, 'saraqeb')).toEqual({ count: 1, active: true });
			expect(await seriousViolations(page), 'axe with the outlet filter shown').toEqual([]);
		});
	});
}

test('an outlet the data does not know is ignored; absent or unknown is every outlet', async ({ page }) => {
	await exposeMap(page);
	await page.goto('/?outlets=atlantis,%3Cscript%3E');
	await mapReady(page);
	const filter = await outletFilter(page);
	await expect(filter).toContainText('All 5 outlets in these dates');
	await expect(page.locator('.timeline .summary')).toHaveText('All 6 articles');
	await expect.poll(() => mapState(page, 'saraqeb')).toEqual({ count: 1, active: true });
	await page.goto('/?outlets=reuters,atlantis');
	await mapReady(page);
	await expect(filter.getByRole('checkbox', { name: /Reuters/ })).toBeChecked();
	await expect(filter.getByRole('checkbox', { name: /Iran Daily/ })).not.toBeChecked();
});

test('the keyboard checks, unchecks and narrows; the date range narrows the list', async ({ page }) => {
	await page.goto('/?from=2020-02-01&to=2020-02-29');
	await mapReady(page);
	const filter = await outletFilter(page);
	// Only the outlets with articles in February 2020 are listed.
	await expect(filter.getByRole('checkbox')).toHaveCount(3);
	await expect(filter).toContainText('All 3 outlets in these dates');
	const reuters = filter.getByRole('checkbox', { name: /Reuters/ });
	await reuters.focus();
	await page.keyboard.press('Space');
	await expect(reuters).not.toBeChecked();
	// From every outlet, unchecking one keeps all the others, those outside the dates too.
	await expect(page).toHaveURL(/outlets=asharq-al-awsat,iran-daily,sputnik,the-national/);
	await page.keyboard.press('Tab');
	await expect(filter.getByRole('button', { name: 'Only Reuters' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/outlets=reuters(&|#|$)/);
	await expect(page.locator('.timeline .summary')).toHaveText('1 of 6 articles');
	// Iran Daily is left unchecked but stays listed, so the choice can be undone from here.
	await expect(filter.getByRole('checkbox', { name: /Iran Daily/ })).not.toBeChecked();
});

test('the chronology and the search follow the filter', async ({ page }) => {
	await page.goto('/?outlets=sputnik&chronology=newest');
	await mapReady(page);
	const chronology = page.getByTestId('chronology');
	await expect(chronology.locator('p.outlet').first()).toHaveText('Sputnik International');
	await expect(chronology.locator('p.outlet')).toHaveCount(1);

	const search = page.getByRole('searchbox', { name: 'Search places and articles' });
	await search.fill('Guler');
	await expect(page.getByText('No match for “Guler” (articles of the chosen outlets only).')).toBeVisible();
	await search.fill('Lavrov');
	const results = page.getByRole('list', { name: 'Articles, newest first' });
	await expect(results.getByRole('link')).toHaveCount(1);
	await expect(results.getByRole('link')).toContainText('Sputnik International');
	await expect(page.getByText('Articles of the chosen outlets only')).toBeVisible();

	await page.goto('/');
	await mapReady(page);
	await search.fill('Guler');
	await expect(page.getByRole('list', { name: 'Articles, newest first' }).getByRole('link')).toContainText(
		'Asharq Al-Awsat'
	);
});
