import type { Page } from '@playwright/test';
import { expect, exposeMap, mapReady, pointAtMapCentre, test } from './fixtures';

/** Saraqeb's GeoNames position; the hash below centres the map on it. */
const SARAQEB: [number, number] = [36.80591, 35.86447];
const AT_SARAQEB = '#9/35.86447/36.80591';

interface Rect {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** Whether two boxes share any area (touching edges do not). */
function overlap(a: Rect, b: Rect): boolean {
	return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Where a position is on the screen: the map's own projection, moved by the map's place on the page. */
async function onScreen(page: Page, at: [number, number]): Promise<{ x: number; y: number }> {
	return page.evaluate((at) => {
		const map = window.__explorerBench!.map;
		const p = map.project(at);
		const box = map.getContainer().getBoundingClientRect();
		return { x: box.left + p.x, y: box.top + p.y };
	}, at);
}

/** Resolves once the map has stopped moving and drawn what it shows. */
async function settled(page: Page): Promise<void> {
	await page.evaluate(async () => {
		const map = window.__explorerBench!.map;
		await new Promise((r) => requestAnimationFrame(r));
		if (map.isMoving() || !map.loaded()) await new Promise((r) => map.once('idle', r));
	});
}

/** Waits until Saraqeb is drawn under the map's centre (the corpus symbols are placed a little after `load`). */
async function saraqebDrawn(page: Page): Promise<void> {
	await expect
		.poll(
			() =>
				page.evaluate(() => {
					const map = window.__explorerBench?.map;
					if (!map) return [];
					const c = map.project(map.getCenter());
					return map
						.queryRenderedFeatures([
							[c.x - 6, c.y - 6],
							[c.x + 6, c.y + 6]
						])
						.map((f) => (f.properties as { placeId?: string }).placeId);
				}),
			{ timeout: 20_000 }
		)
		.toContain('saraqeb');
}

/** The boxes of everything laid over the map, by name, leaving out what is not shown. */
async function controls(page: Page): Promise<Record<string, Rect>> {
	const selectors: Record<string, string> = {
		attribution: '.maplibregl-ctrl-attrib',
		scale: '.maplibregl-ctrl-scale',
		zoom: '.maplibregl-ctrl-group',
		search: '.search',
		chronology: '.chronology-toggle',
		sidebarToggle: '.sidebar-toggle',
		hint: '[data-testid="hidden-layer-hint"]'
	};
	const out: Record<string, Rect> = {};
	for (const [name, selector] of Object.entries(selectors)) {
		const el = page.locator(selector).first();
		if ((await el.count()) && (await el.isVisible())) out[name] = (await el.boundingBox())!;
	}
	return out;
}

function expectNoOverlaps(boxes: Record<string, Rect>): void {
	const names = Object.keys(boxes);
	for (const [i, a] of names.entries())
		for (const b of names.slice(i + 1))
			expect(overlap(boxes[a]!, boxes[b]!), `${a} overlaps ${b}`).toBe(false);
}

/** A finger dragged from `from` by (`dx`, `dy`) in steps, through the browser's own touch input. */
async function swipe(page: Page, from: { x: number; y: number }, dx: number, dy: number): Promise<void> {
	const cdp = await page.context().newCDPSession(page);
	const at = (k: number) => [{ x: from.x + (dx * k) / 10, y: from.y + (dy * k) / 10, id: 1 }];
	await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
	for (let k = 1; k <= 10; k++) {
		await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(k) });
		await page.waitForTimeout(16);
	}
	await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
	await cdp.detach();
}

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

	test('a tapped place is moved above the sheet that opens over it, and no tooltip is left', async ({
		page
	}) => {
		await exposeMap(page);
		await page.goto(`/${AT_SARAQEB}`);
		await mapReady(page);
		await saraqebDrawn(page);
		const before = await onScreen(page, SARAQEB);
		await page.touchscreen.tap(before.x, before.y);
		const sheet = page.locator('.panel-slot');
		await expect(sheet.getByRole('region', { name: 'Saraqeb' })).toBeVisible();
		await settled(page);
		const map = (await page.getByTestId('map').boundingBox())!;
		const top = (await sheet.boundingBox())!.y;
		await expect
			.poll(async () => {
				const p = await onScreen(page, SARAQEB);
				return p.y > map.y + 20 && p.y < top - 20 && p.x > 20 && p.x < 370;
			})
			.toBe(true);
		// In the middle of what the sheet leaves.
		const p = await onScreen(page, SARAQEB);
		expect(Math.abs(p.y - (map.y + top) / 2)).toBeLessThan(4);
		await expect(page.getByRole('tooltip')).toHaveCount(0);
	});

	test('nothing over the map overlaps, with the sheet open or not', async ({ page }) => {
		await page.goto(`/${AT_SARAQEB}`);
		await mapReady(page);
		const open = await controls(page);
		expect(Object.keys(open)).toEqual(
			expect.arrayContaining(['attribution', 'scale', 'zoom', 'sidebarToggle'])
		);
		expectNoOverlaps(open);
		await page.goto('/?place=saraqeb');
		await mapReady(page);
		const sheet = (await page.locator('.panel-slot').boundingBox())!;
		const boxes = await controls(page);
		expectNoOverlaps(boxes);
		for (const name of ['attribution', 'scale', 'zoom']) {
			expect(overlap(boxes[name]!, sheet), `${name} under the sheet`).toBe(false);
			expect(boxes[name]!.y + boxes[name]!.height).toBeLessThanOrEqual(sheet.y);
		}
	});

	test('the sheet closes by its close button, by Escape and by a swipe down its grip', async ({ page }) => {
		await page.goto('/?place=saraqeb');
		await mapReady(page);
		const panel = page.getByRole('region', { name: 'Saraqeb' });
		await expect(panel).toBeVisible();
		await panel.getByRole('button', { name: 'Close Saraqeb' }).click();
		await expect(panel).toBeHidden();
		await expect(page).not.toHaveURL(/place=/);

		await page.goto('/?place=saraqeb');
		await mapReady(page);
		await expect(panel).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(panel).toBeHidden();

		await page.goto('/?place=saraqeb');
		await mapReady(page);
		await expect(panel).toBeVisible();
		const grip = (await page.getByTestId('sheet-grip').boundingBox())!;
		const start = { x: grip.x + grip.width / 2, y: grip.y + grip.height / 2 };
		// A short drag puts the sheet back; a long one closes it.
		await swipe(page, start, 0, 40);
		await expect(panel).toBeVisible();
		expect((await page.locator('.panel-slot').boundingBox())!.y).toBeCloseTo(grip.y, -1);
		await swipe(page, start, 0, 200);
		await expect(panel).toBeHidden();
		await expect(page).not.toHaveURL(/place=/);
	});

	test('the sheet’s own list still scrolls', async ({ page }) => {
		await page.goto('/?place=saraqeb');
		await mapReady(page);
		const panel = page.getByRole('region', { name: 'Saraqeb' });
		await expect(panel.locator('.excerpts blockquote').first()).toBeVisible();
		const box = (await panel.boundingBox())!;
		await swipe(page, { x: box.x + box.width / 2, y: box.y + box.height - 40 }, 0, -250);
		await expect.poll(() => panel.evaluate((el) => el.scrollTop)).toBeGreaterThan(50);
		await expect(panel).toBeVisible();
	});

	test('the sidebar closes by its close button, by Escape and by a swipe to the left', async ({ page }) => {
		await page.goto('/');
		await mapReady(page);
		const toggle = page.getByRole('button', { name: 'Dates, layers & places' });
		const sidebar = page.locator('#sidebar');
		await toggle.click();
		await expect(sidebar).toBeVisible();
		await sidebar.getByRole('button', { name: 'Close ×' }).click();
		await expect(sidebar).toBeHidden();
		await expect(toggle).toHaveAttribute('aria-expanded', 'false');

		await toggle.click();
		await expect(sidebar).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(sidebar).toBeHidden();

		await toggle.click();
		await expect(sidebar).toBeVisible();
		const heading = (await sidebar.getByRole('heading', { name: 'Play through time' }).boundingBox())!;
		await swipe(page, { x: 300, y: heading.y + heading.height / 2 }, -200, 5);
		await expect(sidebar).toBeHidden();
	});

	test('a place chosen from the sidebar is shown on the map above its sheet', async ({ page }) => {
		await exposeMap(page);
		await page.goto('/');
		await mapReady(page);
		await page.getByRole('button', { name: 'Dates, layers & places' }).click();
		await page.locator('.place-list [data-place="saraqeb"]').click();
		await expect(page.locator('#sidebar')).toBeHidden();
		await expect(page.getByRole('region', { name: 'Saraqeb' })).toBeVisible();
		await settled(page);
		const map = (await page.getByTestId('map').boundingBox())!;
		const top = (await page.locator('.panel-slot').boundingBox())!.y;
		await expect
			.poll(async () => Math.abs((await onScreen(page, SARAQEB)).y - (map.y + top) / 2), { timeout: 10_000 })
			.toBeLessThan(4);
	});

	test('hints speak of touch, not keys', async ({ page }) => {
		await page.goto('/');
		await mapReady(page);
		await page.getByRole('button', { name: 'Dates, layers & places' }).click();
		const sidebar = page.locator('#sidebar');
		await expect(sidebar.getByText('“Earlier” and “Later” move the range by its length')).toBeVisible();
		await expect(sidebar.getByText(/Alt\+/).filter({ visible: true })).toHaveCount(0);
		await expect(sidebar.getByText('Alt+P plays or pauses.')).toBeHidden();
	});
});

test.describe('on a wide screen', () => {
	test('a place chosen from the list lands in the middle of the map the panel leaves', async ({ page }) => {
		await exposeMap(page);
		await page.goto('/');
		await mapReady(page);
		await page.locator('.place-list [data-place="saraqeb"]').click();
		await expect(page.getByRole('region', { name: 'Saraqeb' })).toBeVisible();
		await settled(page);
		const map = (await page.getByTestId('map').boundingBox())!;
		const panel = (await page.locator('.panel-slot').boundingBox())!;
		expect(map.x + map.width).toBeLessThanOrEqual(panel.x + 1);
		await expect
			.poll(
				async () => {
					const p = await onScreen(page, SARAQEB);
					return Math.hypot(p.x - (map.x + map.width / 2), p.y - (map.y + map.height / 2));
				},
				{ timeout: 10_000 }
			)
			.toBeLessThan(4);
		expectNoOverlaps(await controls(page));
	});

	test('a place whose layer is off says so, and one click shows the layer', async ({ page }) => {
		await page.goto('/?layers=areas,highway');
		await mapReady(page);
		await page.locator('.place-list [data-place="saraqeb"]').click();
		const hint = page.getByTestId('hidden-layer-hint');
		await expect(hint).toContainText('Saraqeb is not drawn: Towns, cities and sites are switched off.');
		expectNoOverlaps(await controls(page));
		await hint.getByRole('button', { name: 'Show them' }).click();
		await expect(hint).toBeHidden();
		await expect(page.getByRole('checkbox', { name: 'Towns, cities and sites' })).toBeChecked();
		await expect(page).toHaveURL(/layers=[^&]*places/);
		// A place on a layer that is on says nothing.
		await page.locator('.place-list [data-place="saraqeb"]').click();
		await expect(hint).toBeHidden();
	});

	test('the hover tooltip goes when the place is clicked and its panel opens', async ({ page }) => {
		await page.goto(`/#10/35.86447/36.80591`);
		await mapReady(page);
		const tooltip = await pointAtMapCentre(page, 'Saraqeb');
		await page.mouse.down();
		await page.mouse.up();
		await expect(page.getByRole('region', { name: 'Saraqeb' })).toBeVisible();
		await expect(tooltip).toBeHidden();
	});

	test('hints speak of keys where there is a mouse', async ({ page }) => {
		await page.goto('/');
		await mapReady(page);
		const sidebar = page.locator('#sidebar');
		await expect(sidebar.getByText('Alt+←/→ moves the range by its length')).toBeVisible();
		await expect(sidebar.locator('.player .hint')).toContainText(
			'keeping its length. Alt+P plays or pauses.'
		);
		await expect(sidebar.getByText('“Earlier” and “Later” move the range')).toBeHidden();
	});

	test('nothing over the map overlaps on a wide screen', async ({ page }) => {
		await page.goto('/?place=saraqeb');
		await mapReady(page);
		expectNoOverlaps(await controls(page));
		await page.goto('/');
		await mapReady(page);
		expectNoOverlaps(await controls(page));
	});
});
