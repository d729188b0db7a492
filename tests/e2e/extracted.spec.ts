import type { Page, Request } from '@playwright/test';
import { expect, mapReady, seriousViolations, test } from './fixtures';

/**
 * The events found automatically in the articles' text: fetched in shards only when a place's panel or
 * the chronology lists them, and shown framed apart, marked "found automatically — not reviewed", with
 * their sentence and a link to it in the reader. What the extractor finds is read from the published
 * shards, so the test follows the extractor instead of restating its output.
 */

const PLACE = 'idlib-governorate';
const FEBRUARY = '/?from=2020-02-01&to=2020-02-29';

interface Shard {
	events: {
		id: string;
		date: string;
		places: string[];
		source: { article: string; outlet: string; sentence: string };
	}[];
}

/** Every request the page makes for an extracted-event shard or for the whole events file. */
function watchShards(page: Page): string[] {
	const seen: string[] = [];
	page.on('request', (r: Request) => {
		const path = new URL(r.url()).pathname;
		if (/^\/data\/events(\/(places|months)\/|\.json$)/.test(path)) seen.push(path);
	});
	return seen;
}

/** Opens a place from the place list (behind the sidebar's toggle on a phone). */
async function openFromList(page: Page, id: string): Promise<void> {
	const toggle = page.getByRole('button', { name: 'Dates, layers & places' });
	if (await toggle.isVisible()) await toggle.click();
	await page.locator(`.place-list [data-place="${id}"]`).click();
}

for (const viewport of [
	{ width: 1280, height: 800 },
	{ width: 390, height: 844 }
]) {
	test.describe(`at ${viewport.width}x${viewport.height}`, () => {
		test.use({ viewport });

		test('a place’s panel fetches its events found automatically only when opened, and marks them', async ({
			page,
			request
		}) => {
			const shards = watchShards(page);
			await page.goto(FEBRUARY);
			await mapReady(page);
			await expect(page.locator('.place-list [data-place]').first()).toBeAttached();
			expect(shards, 'nothing fetched before a place or the chronology is opened').toEqual([]);

			await openFromList(page, PLACE);
			const panel = page.getByTestId('place-panel');
			await expect(panel).toHaveAttribute('data-place', PLACE);
			const published: Shard = await (await request.get(`/data/events/places/${PLACE}/head.json`)).json();
			const february = published.events.filter((e) => e.date.startsWith('2020-02'));
			expect(
				february.length,
				'the corpus has events found automatically at Idlib in February 2020'
			).toBeGreaterThan(0);

			const section = panel.getByRole('region', { name: /found automatically — not reviewed/ });
			await expect(section.getByRole('heading', { level: 3 })).toHaveText(
				`${february.length} ${february.length === 1 ? 'event' : 'events'} found automatically — not reviewed`
			);
			const entries = section.locator('.event-entry');
			await expect(entries).toHaveCount(february.length);
			// Newest first, each framed apart and saying what it is in words.
			const shown = await entries.evaluateAll((els) => els.map((el) => el.getAttribute('data-event')));
			expect(shown).toEqual(february.map((e) => e.id));
			const first = entries.first();
			await expect(first).toHaveClass(/automatic/);
			expect(await first.evaluate((el) => getComputedStyle(el).borderTopStyle)).toBe('dashed');
			await expect(first).toContainText('Found automatically — not reviewed');
			const event = february[0]!;
			await expect(first.locator('blockquote')).toHaveText(event.source.sentence);
			await expect(first.locator('.source')).toContainText(`Source: ${event.source.outlet},`);
			// The reviewed events keep their look: no frame, no mark.
			const reviewed = panel.locator('.events').first().locator('.event-entry:not(.automatic)');
			if (await reviewed.count())
				expect(await reviewed.first().evaluate((el) => getComputedStyle(el).borderTopStyle)).toBe('none');

			expect(shards).toEqual([`/data/events/places/${PLACE}/head.json`]);
			expect(await seriousViolations(page), 'axe on the panel with events found automatically').toEqual([]);

			const link = first.getByRole('link', { name: 'Read the sentence' });
			await expect(link).toHaveAttribute(
				'href',
				new RegExp(`/articles/${event.source.article}#e-${event.id}$`)
			);
			await link.click();
			await expect(page).toHaveURL(new RegExp(`/articles/${event.source.article}#e-${event.id}$`));
			const marker = page.locator('.event-marker:target');
			await expect(marker).toHaveAttribute('id', `e-${event.id}`);
			await expect(marker).toBeInViewport();
		});

		test('the chronology lists the range’s events found automatically, fetching only the range’s months', async ({
			page,
			request
		}) => {
			const shards = watchShards(page);
			await page.goto(FEBRUARY);
			await mapReady(page);
			expect(shards).toEqual([]);
			await page.getByRole('button', { name: 'Chronology', exact: true }).click();
			const chronology = page.getByRole('region', { name: 'Chronology' });
			await expect(chronology).toBeVisible();

			const month: Shard = await (await request.get('/data/events/months/2020-02/0.json')).json();
			expect(month.events.length).toBeGreaterThan(0);
			await expect(chronology.locator('.summary')).toContainText(
				`(${month.events.length} found automatically)`
			);
			const automatic = chronology.locator('.entries > li.automatic');
			await expect(automatic).toHaveCount(month.events.length);
			for (const e of month.events) {
				const entry = chronology.locator(`.entries > li.automatic [data-event="${e.id}"]`);
				await expect(entry).toContainText('Found automatically — not reviewed');
				await expect(entry.locator('blockquote')).toHaveText(e.source.sentence);
				await expect(entry.getByRole('link', { name: 'Read the sentence' })).toHaveAttribute(
					'href',
					new RegExp(`/articles/${e.source.article}#e-${e.id}$`)
				);
			}
			// Only February's file (the fixture's month fits one): the months with events outside the range stay unfetched.
			expect(shards.filter((s) => s.startsWith('/data/events/months/'))).toEqual([
				'/data/events/months/2020-02/0.json'
			]);
			expect(shards).not.toContain('/data/events.json');
			expect(await seriousViolations(page), 'axe on the chronology with events found automatically').toEqual(
				[]
			);

			// A range with none: no automatic entry, and the chronology says so in its count.
			await page.goto('/?from=2019-05-01&to=2019-05-31&chronology=newest');
			await expect(page.getByRole('region', { name: 'Chronology' }).locator('.summary')).not.toContainText(
				'found automatically'
			);
		});
	});
}

test('a malformed shard loses its bad entries, not the panel', async ({ page, request }) => {
	const published: Shard & { place: string } = await (
		await request.get(`/data/events/places/${PLACE}/head.json`)
	).json();
	const [good, bad] = published.events;
	expect(bad, 'Idlib has at least two events found automatically').toBeDefined();
	await page.route(`**/data/events/places/${PLACE}/head.json`, (route) =>
		route.fulfill({
			contentType: 'application/json',
			body: JSON.stringify({ ...published, events: [good, { ...bad, date: 'soon' }, 'junk'] })
		})
	);
	await page.goto(`/?place=${PLACE}`);
	await mapReady(page);
	const section = page.getByRole('region', { name: /found automatically — not reviewed/ });
	await expect(section.locator('.event-entry')).toHaveCount(1);
	await expect(section.locator(`[data-event="${good!.id}"]`)).toBeVisible();
});
