import type { Page } from '@playwright/test';
import { drawnLabels, expect, exposeMap, mapReady, test, VIEWPORTS } from './fixtures';

/** The event labels' layers: the selected place's and everyone else's. */
const EVENT_LABELS = ['events-label', 'events-label-broad', 'events-label-selected'];
/** The names of places in range, and of places out of range (drawn faded). */
const NAMES = ['places-label', 'places-label-faded'];

/** The opening view in February 2020, the month of the battle for Saraqeb. */
const FEBRUARY_2020 = '/?from=2020-02-01&to=2020-02-29';

/**
 * Shows or hides the event labels of every place but the selected one, and resolves once the map has
 * placed its labels again: a change of visibility makes MapLibre place every symbol afresh.
 */
async function showEventLabels(page: Page, shown: boolean): Promise<void> {
	await page.evaluate(async (shown) => {
		const map = window.__explorerBench!.map;
		const idle = new Promise((r) => map.once('idle', r));
		for (const id of ['events-label', 'events-label-broad'])
			map.setLayoutProperty(id, 'visibility', shown ? 'visible' : 'none');
		await idle;
	}, shown);
}

/** How many event labels the map was given for the range (`MapLabels`), drawn or not. */
async function eventLabelsGiven(page: Page): Promise<number> {
	return page.evaluate(() => {
		const source = window.__explorerBench!.map.getSource('labels');
		const data = source?.serialize().data as GeoJSON.FeatureCollection | undefined;
		return data?.features.filter((f) => f.properties?.role === 'event').length ?? 0;
	});
}

test.beforeEach(async ({ page }) => {
	await exposeMap(page);
});

for (const { name, viewport } of VIEWPORTS) {
	test.describe(`on a ${name}`, () => {
		test.use({ viewport });

		test('at the first screen Idlib, Saraqeb and Jisr al-Shughur are named, and no event label is drawn', async ({
			page
		}) => {
			await page.goto('/');
			await mapReady(page);
			await expect(async () => {
				const names = Object.values(await drawnLabels(page, NAMES));
				expect(names).toEqual(expect.arrayContaining(['Idlib', 'Saraqeb', 'Jisr al-Shughur']));
			}).toPass({ timeout: 15_000 });
			expect(await drawnLabels(page, EVENT_LABELS)).toEqual({});
			await page.screenshot({ path: test.info().outputPath(`first-screen-${name}.png`) });
		});

		test('in January 2018 Abu al-Duhur is labelled with its recapture that month, not its 2015 capture', async ({
			page
		}) => {
			await page.goto('/?from=2018-01-01&to=2018-01-31#8/35.8/36.9');
			await mapReady(page);
			await expect(async () => {
				const labels = await drawnLabels(page, EVENT_LABELS);
				expect(labels['abu-al-duhur-air-base']).toMatch(/^Syrian army and allies capture .*\(20 Jan 2018\)$/);
			}).toPass({ timeout: 15_000 });
		});

		test('in February 2020 the names in range keep their room, and most events in range are labelled, Saraqeb’s among them', async ({
			page
		}) => {
			await page.goto(FEBRUARY_2020);
			await mapReady(page);
			let drawn: Record<string, string> = {};
			await expect(async () => {
				drawn = await drawnLabels(page, EVENT_LABELS);
				expect(drawn.saraqeb).toMatch(/^Turkish-backed rebels say .*\(27 Feb 2020\)$/);
			}).toPass({ timeout: 15_000 });
			const given = await eventLabelsGiven(page);
			expect(given).toBeGreaterThanOrEqual(9);
			// The issue found 2 of about 9 labelled; more than half are now.
			expect(Object.keys(drawn).length).toBeGreaterThan(given / 2);

			const names = await drawnLabels(page, ['places-label']);
			expect(Object.values(names)).toEqual(expect.arrayContaining(['Idlib', 'Saraqeb']));
			await page.screenshot({ path: test.info().outputPath(`february-2020-${name}.png`) });
			// Without the event labels the same names in range are drawn: none of them gave way to an event.
			await showEventLabels(page, false);
			expect(Object.keys(await drawnLabels(page, ['places-label'])).sort()).toEqual(
				Object.keys(names).sort()
			);
			await showEventLabels(page, true);
		});

		test('in February 2020 a place no article of the month names is drawn faded, one in range in full', async ({
			page
		}) => {
			await page.goto(FEBRUARY_2020);
			await mapReady(page);
			await expect(async () => {
				expect(Object.keys(await drawnLabels(page, ['places-label-faded']))).toContain('jisr-al-shughur');
				expect(Object.keys(await drawnLabels(page, ['places-label']))).toContain('saraqeb');
			}).toPass({ timeout: 15_000 });
			// Each name is drawn once: a name in range has no faded copy beside it.
			const inRange = Object.keys(await drawnLabels(page, ['places-label']));
			const faded = Object.keys(await drawnLabels(page, ['places-label-faded']));
			expect(inRange.filter((id) => faded.includes(id))).toEqual([]);
		});

		test('the open place’s latest event is drawn, with dates and without', async ({ page }) => {
			await page.goto(`${FEBRUARY_2020}&place=saraqeb`);
			await mapReady(page);
			await expect(async () => {
				const selected = await drawnLabels(page, ['events-label-selected']);
				expect(selected.saraqeb).toMatch(/^Turkish-backed rebels say .*\(27 Feb 2020\)$/);
			}).toPass({ timeout: 15_000 });
			// With no dates chosen the open place still shows its latest event, up to today.
			await page.goto('/?place=abu-al-duhur-air-base');
			await mapReady(page);
			await expect(async () => {
				const selected = await drawnLabels(page, ['events-label-selected']);
				expect(Object.keys(selected)).toEqual(['abu-al-duhur-air-base']);
			}).toPass({ timeout: 15_000 });
		});
	});
}

test('after the range is stepped quickly through two years, every name drawn is of a place in the last range', async ({
	page
}) => {
	await page.goto('/?from=2018-01-01&to=2018-01-31');
	await mapReady(page);
	await expect(async () => {
		expect(Object.keys(await drawnLabels(page, ['places-label'])).length).toBeGreaterThan(0);
	}).toPass({ timeout: 15_000 });
	// Each click sets the names source anew while the previous data may still be on its way to the
	// worker: what is drawn at the end must be the last range's, not an earlier one's.
	const later = page.getByRole('button', { name: 'Later ▶' });
	for (let i = 0; i < 25; i++) await later.click({ delay: 0 });
	await expect(page).toHaveURL(/from=2020-02-01&to=2020-02-29/);
	await expect(async () => {
		const found = await page.evaluate(async () => {
			const map = window.__explorerBench!.map;
			if (!map.loaded() || !map.areTilesLoaded()) await new Promise((r) => map.once('idle', r));
			await new Promise((r) => requestAnimationFrame(r));
			const given = (map.getSource('labels')?.serialize().data as GeoJSON.FeatureCollection).features.filter(
				(f) => f.properties?.role === 'name'
			);
			const drawn = map
				.queryRenderedFeatures({ layers: ['places-label'] })
				.map((f) => String(f.properties.placeId));
			const inRange = (id: string) => Number(map.getFeatureState({ source: 'places', id }).count) > 0;
			return {
				drawn,
				outOfRange: drawn.filter((id) => !inRange(id)),
				givenOutOfRange: given.map((f) => String(f.properties?.placeId)).filter((id) => !inRange(id))
			};
		});
		expect(found.drawn).toEqual(expect.arrayContaining(['saraqeb']));
		expect(found.outOfRange).toEqual([]);
		expect(found.givenOutOfRange).toEqual([]);
	}).toPass({ timeout: 15_000 });
});
