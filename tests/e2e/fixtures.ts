import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

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
