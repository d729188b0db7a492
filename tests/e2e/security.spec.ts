import { expect, mapReady, seriousViolations, test, watchCsp } from './fixtures';

const READER = '/articles/2020-02-07-russians-head-to-turkey-for-talks-on-syrias';

test('the explorer and the reader run under the CSP with no violation', async ({ page }) => {
	const violations = await watchCsp(page);
	const policy = await (await page.request.get('/')).text();
	expect(policy).toMatch(/http-equiv="content-security-policy"/);
	expect(policy).not.toMatch(/unsafe-eval/);
	await page.goto('/?place=saraqeb');
	await mapReady(page);
	await expect(page.getByRole('region', { name: 'Saraqeb' })).toBeVisible();
	expect(await violations()).toEqual([]);
	await page.goto(READER);
	await expect(page.locator('mark').first()).toBeVisible();
	expect(await violations()).toEqual([]);
});

/**
 * The map first loads the cut of the bundled Noto Sans that holds the base map's Latin letters
 * (`label-font-latin.woff2`, see `basemap.ts`) and the whole bundled file only for a letter the cut lacks;
 * either is the bundled font, not one of the system's.
 */
test('the bundled label font is what the map draws with', async ({ page }) => {
	const fonts: string[] = [];
	page.on('request', (r) => {
		if (/(noto-sans-latin[^/]*|\/label-font-latin)\.woff2/.test(r.url())) fonts.push(r.url());
	});
	await page.goto('/#9/35.9/36.7');
	await mapReady(page);
	await expect.poll(() => fonts.length).toBeGreaterThan(0);
});

test('accessibility: no serious or critical axe violations', async ({ page }) => {
	await page.goto('/');
	await mapReady(page);
	expect(await seriousViolations(page), 'explorer').toEqual([]);
	await page.goto('/?place=idlib-city');
	await mapReady(page);
	await expect(page.getByRole('region', { name: 'Idlib' })).toBeVisible();
	expect(await seriousViolations(page), 'explorer with a place open').toEqual([]);
	await page.goto(READER);
	expect(await seriousViolations(page), 'reader').toEqual([]);
});
