import type { Locator, Page } from '@playwright/test';
import { expect, exposeMap, mapReady, seriousViolations, test } from './fixtures';

const ARTICLE_ID = '2020-02-07-russians-head-to-turkey-for-talks-on-syrias';
const SARAQEB_EVENT = 'saraqeb-entered-2020-02-06';

/** The map is handed to the test (`BenchHook.svelte`) so it can read the feature state of a place. */
test.beforeEach(async ({ page }) => {
	await exposeMap(page);
});

/** Whether the map rings a place as pointed at by a list. */
async function pointed(page: Page, id: string): Promise<boolean> {
	return page.evaluate(
		(place) => window.__explorerBench?.map.getFeatureState({ source: 'places', id: place })?.pointed === true,
		id
	);
}

/** Presses Tab until `target` has focus, in at most `most` presses. */
async function tabTo(page: Page, target: Locator, most: number): Promise<void> {
	for (let presses = 1; presses <= most; presses++) {
		await page.keyboard.press('Tab');
		if (await target.evaluate((el) => el === document.activeElement)) return;
	}
	throw new Error(`${target} not reached in ${most} Tab presses`);
}

test('keyboard: open the chronology, narrow to 6–7 February 2020, point at Saraqeb and open it', async ({
	page
}) => {
	await page.goto('/');
	await mapReady(page);
	await page.keyboard.press('Alt+Shift+C');
	const chronology = page.getByRole('region', { name: 'Chronology' });
	await expect(chronology.getByRole('heading', { level: 2 })).toBeFocused();
	await expect(page).toHaveURL(/[?&]chronology=newest/);
	await expect(page.getByRole('button', { name: 'Chronology', exact: true })).toHaveAttribute(
		'aria-expanded',
		'true'
	);

	await page.getByLabel('From', { exact: true }).fill('2020-02-06');
	await page.getByLabel('To', { exact: true }).fill('2020-02-07');
	await expect(page).toHaveURL(/from=2020-02-06&to=2020-02-07&chronology=newest/);
	// Three reviewed events and the events found in the text (their number follows the extractor).
	await expect(chronology).toContainText(
		/6 February 2020 to 7 February 2020: \d+ events( \(\d+ found automatically\))?, 1 article/
	);

	const entry = chronology.locator(`[data-event="${SARAQEB_EVENT}"]`);
	await expect(entry).toContainText('6 February 2020');
	await expect(entry).toContainText('Entered');
	await expect(entry).toContainText('Entered by Russian-backed Syrian government forces');
	await expect(entry.locator('.source')).toContainText('Source: Reuters, 7 February 2020');
	await expect(entry.getByRole('link', { name: 'Read the sentence' })).toHaveAttribute(
		'href',
		new RegExp(`/articles/${ARTICLE_ID}#e-${SARAQEB_EVENT}$`)
	);
	// The article of the range is listed too, by its title.
	await expect(chronology.getByRole('link', { name: /Russians head to Turkey for talks/ })).toBeVisible();

	// Newest first: 7 February before 6 February; the toggle turns it round.
	const dates = () => chronology.locator('.entries > li time:first-of-type').allTextContents();
	expect((await dates())[0]).toBe('7 February 2020');
	await chronology.getByRole('heading', { level: 2 }).focus();
	const button = entry.getByRole('button', { name: 'Saraqeb' });
	await tabTo(page, button, 20);
	await expect.poll(() => pointed(page, 'saraqeb')).toBe(true);
	// The sentence link is in the same entry; the next stop is the next entry, Hatay's.
	await page.keyboard.press('Tab');
	await expect.poll(() => pointed(page, 'saraqeb')).toBe(true);
	await page.keyboard.press('Tab');
	await expect.poll(() => pointed(page, 'hatay-province')).toBe(true);
	expect(await pointed(page, 'saraqeb')).toBe(false);
	await page.keyboard.press('Shift+Tab');
	await page.keyboard.press('Shift+Tab');
	await expect(button).toBeFocused();
	await expect.poll(() => pointed(page, 'saraqeb')).toBe(true);

	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/[?&]place=saraqeb/);
	const panel = page.getByRole('region', { name: 'Saraqeb' });
	await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
	await expect(chronology).toBeVisible();
	// Escape closes the place and returns to the entry, then closes the chronology.
	await page.keyboard.press('Escape');
	await expect(panel).toBeHidden();
	await expect(button).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(chronology).toBeHidden();
	await expect(page.getByRole('button', { name: 'Chronology', exact: true })).toBeFocused();
	await expect(page).not.toHaveURL(/chronology=/);
	await expect.poll(() => pointed(page, 'saraqeb')).toBe(false);
});

test('an event’s link opens the reader at its sentence, labelled with the event', async ({ page }) => {
	await page.goto('/?from=2020-02-06&to=2020-02-07&chronology=oldest');
	await mapReady(page);
	const chronology = page.getByRole('region', { name: 'Chronology' });
	await expect(chronology.getByRole('button', { name: 'Oldest first' })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	const entry = chronology.locator(`[data-event="${SARAQEB_EVENT}"]`);
	await entry.getByRole('link', { name: 'Read the sentence' }).click();
	await expect(page).toHaveURL(new RegExp(`/articles/${ARTICLE_ID}#e-${SARAQEB_EVENT}$`));
	const marker = page.locator('.event-marker:target');
	await expect(marker).toHaveAttribute('id', `e-${SARAQEB_EVENT}`);
	await expect(marker).toBeInViewport();
	await expect(marker).toHaveText(/Entered · 6 February 2020/);
	const sentence = page.locator('.event-sentence', { has: marker });
	await expect(sentence).toContainText(
		'where on Thursday Russian-led Syrian forces entered the strategic town of Saraqeb'
	);
	const events = page.getByRole('complementary').locator('.events');
	await expect(events).toContainText('Entered by Russian-backed Syrian government forces');
	expect(await seriousViolations(page), 'axe on the reader with an event').toEqual([]);
});

test('hovering an article entry rings the places it names; the open state and order are in the URL', async ({
	page
}) => {
	await page.goto('/?from=2020-02-07&to=2020-02-07&chronology=junk');
	await mapReady(page);
	await expect(page.getByTestId('chronology')).toHaveCount(0);
	await page.getByRole('button', { name: 'Chronology', exact: true }).click();
	const chronology = page.getByRole('region', { name: 'Chronology' });
	await chronology.getByRole('button', { name: 'Oldest first' }).click();
	await expect(page).toHaveURL(/chronology=oldest/);
	const article = chronology.locator('.entries > li.article').first();
	await article.hover();
	await expect.poll(() => pointed(page, 'ankara')).toBe(true);
	await expect.poll(() => pointed(page, 'saraqeb')).toBe(true);
	await page.mouse.move(5, 5);
	await expect.poll(() => pointed(page, 'ankara')).toBe(false);
	expect(await seriousViolations(page), 'axe with the chronology open').toEqual([]);

	await page.reload();
	await mapReady(page);
	await expect(chronology.getByRole('button', { name: 'Oldest first' })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
});

test('the place panel lists its events newest first with their sources', async ({ page }) => {
	await page.goto('/?place=saraqeb');
	await mapReady(page);
	const panel = page.getByRole('region', { name: 'Saraqeb' });
	const events = panel.locator('.event-entry');
	await expect(events.first()).toBeVisible();
	const days = await events
		.locator('.when time')
		.evaluateAll((els) => els.map((e) => e.getAttribute('datetime')));
	expect(days).toEqual([...days].sort().reverse());
	const reuters = panel.locator(`[data-event="${SARAQEB_EVENT}"]`);
	await expect(reuters.getByRole('link', { name: 'Read the sentence' })).toBeVisible();
	const outside = events.filter({ has: page.locator('a.outlet') }).first();
	await expect(outside.locator('a.outlet')).toHaveAttribute('rel', 'noopener noreferrer external');
	await expect(outside.locator('a.outlet')).toHaveAttribute('href', /^https?:\/\//);
});

test('the place panel marks its reviewed events outside the selected dates', async ({ page }) => {
	await page.goto('/?place=saraqeb&from=2020-02-01&to=2020-02-29');
	await mapReady(page);
	const panel = page.getByRole('region', { name: 'Saraqeb' });
	const events = panel.locator('.event-entry');
	await expect(events.first()).toBeVisible();
	const marks = await events.evaluateAll((els) =>
		els.map((e) => [
			e.querySelector('time')!.getAttribute('datetime')!,
			e.classList.contains('outside-dates')
		])
	);
	expect(marks.length).toBeGreaterThan(1);
	for (const [day, outside] of marks) expect(outside, String(day)).toBe(!String(day).startsWith('2020-02'));
	const outsideCount = marks.filter(([, outside]) => outside).length;
	expect(outsideCount).toBeGreaterThan(0);
	// Those in the dates come first, newest first, then the rest of the place's history.
	const flags = marks.map(([, outside]) => outside);
	expect(flags).toEqual([...flags].sort((a, b) => Number(a) - Number(b)));
	const inside = marks.filter(([, outside]) => !outside).map(([day]) => String(day));
	expect(inside).toEqual([...inside].sort().reverse());
	await expect(panel.getByRole('heading', { name: 'Before and after the dates' })).toBeVisible();
	await expect(panel.getByTestId('events-outside')).toHaveText(`(${outsideCount} outside the dates)`);
	await expect(events.filter({ hasText: 'outside the dates' })).toHaveCount(outsideCount);
	expect(await seriousViolations(page), 'axe with events outside the dates').toEqual([]);

	await page.goto('/?place=saraqeb');
	await mapReady(page);
	await expect(panel.locator('.event-entry').first()).toBeVisible();
	await expect(panel.locator('.outside-dates')).toHaveCount(0);
	await expect(panel.getByTestId('events-outside')).toHaveCount(0);
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

	test('on a phone the chronology is a bottom sheet that leaves the zoom buttons free', async ({ page }) => {
		await page.goto('/?from=2020-02-06&to=2020-02-07');
		await mapReady(page);
		await page.getByRole('button', { name: 'Chronology', exact: true }).tap();
		const chronology = page.getByRole('region', { name: 'Chronology' });
		await expect(chronology).toBeVisible();
		const box = (await chronology.boundingBox())!;
		expect(box.y).toBeGreaterThan(300);
		expect(box.width).toBeGreaterThan(380);
		await expect(chronology.locator(`[data-event="${SARAQEB_EVENT}"]`)).toBeVisible();
		const zoom = page.locator('.maplibregl-ctrl-zoom-in');
		const z = (await zoom.boundingBox())!;
		const hit = await page.evaluate(
			([x, y]) => document.elementFromPoint(x!, y!)?.closest('.maplibregl-ctrl-zoom-in') !== null,
			[z.x + z.width / 2, z.y + z.height / 2]
		);
		expect(hit, 'the zoom-in button is not covered').toBe(true);
		await chronology.getByRole('button', { name: 'Saraqeb' }).tap();
		const panel = page.getByRole('region', { name: 'Saraqeb' });
		await expect(panel).toBeVisible();
		await panel.getByRole('button', { name: 'Close Saraqeb' }).tap();
		await expect(chronology).toBeVisible();
	});
});
