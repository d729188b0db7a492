import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { parseCsv as parseRfc4180 } from '../../src/lib/core/csv';
import { EVENT_CSV_COLUMNS } from '../../src/lib/data/events-csv';
import { eventInRange } from '../../src/lib/view/chronology';
import { expect, exposeMap, mapReady, seriousViolations, shardedArticles, test, watchCsp } from './fixtures';

/**
 * Taking the view away: the downloads of what the map shows, Share, Copy citation and the About page,
 * at a desktop and a phone size. Downloads are parsed and held to what the map itself draws (its
 * feature state) and to the timeline's count.
 */

/** Splits a download into rows of fields by the project's CSV rule; the byte-order mark must lead. */
function parseCsv(text: string): string[][] {
	expect(text.charCodeAt(0), 'UTF-8 byte-order mark').toBe(0xfeff);
	return parseRfc4180(text.slice(1));
}

/** A CSV's rows as objects keyed by its header. */
function records(text: string): Record<string, string>[] {
	const [header, ...rows] = parseCsv(text);
	for (const r of rows) expect(r).toHaveLength(header!.length);
	return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]!])));
}

async function content(download: Download): Promise<string> {
	return readFile((await download.path())!, 'utf8');
}

/** Clicks a download button and returns the file it saves. */
async function save(page: Page, name: RegExp): Promise<Download> {
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('region', { name: 'Download' }).getByRole('button', { name }).click()
	]);
	return download;
}

/** What the map holds for each place: its feature state's count, and whether it is in the view. */
async function mapCounts(page: Page, ids: string[]) {
	return page.evaluate(async (ids) => {
		const map = window.__explorerBench?.map;
		if (!map) throw new Error('the page did not expose its map');
		const b = map.getBounds();
		return {
			bounds: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()],
			counts: Object.fromEntries(
				ids.map((id) => [id, Number(map.getFeatureState({ source: 'places', id }).count ?? 0)])
			)
		};
	}, ids);
}

/** Opens the side bar where it is a sheet of its own (on a phone). */
async function openSidebar(page: Page) {
	const toggle = page.getByRole('button', { name: 'Dates, layers & places' });
	if (await toggle.isVisible()) await toggle.click();
	await expect(page.getByRole('region', { name: 'Download' })).toBeVisible();
}

for (const viewport of [
	{ width: 1280, height: 800 },
	{ width: 390, height: 844 }
]) {
	test.describe(`at ${viewport.width}x${viewport.height}`, () => {
		test.use({ viewport });

		test('the places on screen download as CSV and GeoJSON with the counts the map shows', async ({
			page
		}) => {
			await exposeMap(page);
			await page.goto('/?from=2020-02-01&to=2020-02-29#7.5/35.8/36.6');
			await mapReady(page);
			await openSidebar(page);
			const box = page.getByRole('region', { name: 'Download' });
			await expect(box).toContainText(/\d+ places? in view with articles in range/);
			const inView = Number((await box.locator('.scope').textContent())!.match(/\d+/)![0]);
			expect(inView).toBeGreaterThan(3);

			const csv = await save(page, /Places · CSV/);
			expect(csv.suggestedFilename()).toBe('idlib-places-2020-02-01-to-2020-02-29.csv');
			const rows = records(await content(csv));
			expect(rows).toHaveLength(inView);
			expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
			const { bounds, counts } = await mapCounts(
				page,
				rows.map((r) => r.id!)
			);
			const [west, south, east, north] = bounds as [number, number, number, number];
			for (const r of rows) {
				expect(Number(r.articles_in_range), r.id).toBe(counts[r.id!]);
				expect(Number(r.articles_in_range), r.id).toBeGreaterThan(0);
				if (r.geometry_type === 'Point') {
					const [lon, lat] = [Number(r.lon), Number(r.lat)];
					expect(lon >= west && lon <= east && lat >= south && lat <= north, `${r.id} in view`).toBe(true);
				}
			}
			const saraqeb = rows.find((r) => r.id === 'saraqeb')!;
			expect(saraqeb).toMatchObject({ name: 'Saraqeb', kind: 'town', geometry_type: 'Point' });
			await expect(page.locator('.place-list [data-place="saraqeb"] .count')).toHaveText(
				new RegExp(`^${saraqeb.articles_in_range}`)
			);
			// A capital far outside the view is not on screen, whatever its count.
			expect(rows.map((r) => r.id)).not.toContain('ankara');

			const geo = await save(page, /Places · GeoJSON/);
			expect(geo.suggestedFilename()).toBe('idlib-places-2020-02-01-to-2020-02-29.geojson');
			const json = JSON.parse(await content(geo));
			expect(json.type).toBe('FeatureCollection');
			expect(json.explorer).toMatchObject({ from: '2020-02-01', to: '2020-02-29' });
			expect(json.explorer.url).toBe(page.url());
			expect(json.features.map((f: { id: string }) => f.id)).toEqual(rows.map((r) => r.id));
			for (const f of json.features) {
				expect(f.properties.articles_in_range).toBe(counts[f.id]);
				expect(['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon']).toContain(
					f.geometry.type
				);
			}
			await expect(box.getByRole('status')).toContainText(`${rows.length} places`);
		});

		test('the articles in range download as CSV, one row per article with links and places', async ({
			page,
			baseURL
		}) => {
			await page.goto('/?from=2020-02-01&to=2020-02-29');
			await mapReady(page);
			await openSidebar(page);
			const shown = Number(
				(await page.locator('.timeline .summary').textContent())!.match(/(\d+) of \d+ articles/)![1]
			);
			expect(shown).toBeGreaterThan(0);
			const download = await save(page, /articles? in range · CSV/);
			expect(download.suggestedFilename()).toBe('idlib-articles-2020-02-01-to-2020-02-29.csv');
			const rows = records(await content(download));
			expect(rows).toHaveLength(shown);
			const published = await shardedArticles(page.request);
			for (const r of rows) {
				expect(r.published! >= '2020-02-01' && r.published! <= '2020-02-29', r.id).toBe(true);
				expect(r.reader_url).toBe(`${baseURL}/articles/${r.id}`);
				const a = published.find((p) => p.id === r.id)!;
				expect(r.original_url).toBe(a.url ?? '');
				const named = [...new Set(a.mentions.filter((m) => m.role !== 'dateline').map((m) => m.place))];
				expect(r.place_ids!.split(';').filter(Boolean).sort()).toEqual(named.sort());
				expect(Number(r.place_count)).toBe(named.length);
				expect(r.place_names!.split('; ').filter(Boolean)).toHaveLength(named.length);
			}
			const reader = await page.request.get(rows[0]!.reader_url!);
			expect(reader.ok()).toBe(true);
		});

		test('the events in range download as events.csv’s rows, reviewed and found in the text', async ({
			page
		}) => {
			const range = { from: '2020-02-06', to: '2020-02-07' };
			await page.goto(`/?from=${range.from}&to=${range.to}`);
			await mapReady(page);
			await openSidebar(page);
			const button = page
				.getByRole('region', { name: 'Download' })
				.getByRole('button', { name: /events? in range · CSV/ });
			// Until the months the range cuts are read, the page knows how many at most.
			await expect(button).toHaveText(/^Up to \d+ events in range · CSV$/);
			const most = Number((await button.textContent())!.match(/\d+/)![0]);
			const download = await save(page, /events? in range · CSV/);
			expect(download.suggestedFilename()).toBe('idlib-events-2020-02-06-to-2020-02-07.csv');
			const text = await content(download);
			const [header, ...rows] = parseCsv(text);
			expect(header).toEqual([...EVENT_CSV_COLUMNS]);
			expect(text.endsWith('\r\n')).toBe(true);

			// The rows are the published events.csv's rows of the events whose days meet the range, in its
			// order, cell for cell.
			const published = await page.request.get('/data/events.csv');
			expect(published.ok()).toBe(true);
			const [, ...all] = parseRfc4180(await published.text());
			const column = (name: string) => EVENT_CSV_COLUMNS.indexOf(name as never);
			const [date, precision, id] = [column('date'), column('date_precision'), column('id')];
			const inRange = (r: string[]) =>
				eventInRange({ date: r[date]!, datePrecision: r[precision] as 'day' }, range);
			const expected = all.filter(inRange);
			expect(rows).toEqual(expected);
			expect(rows.length).toBeLessThanOrEqual(most);
			expect(rows.every(inRange)).toBe(true);
			expect(all.length - expected.length, 'events outside the range left out').toBeGreaterThan(0);

			const saraqeb = rows.find((r) => r[id] === 'saraqeb-entered-2020-02-06')!;
			expect(saraqeb[column('places')]).toBe('saraqeb');
			expect(saraqeb[column('extracted')]).toBe('false');
			expect(saraqeb[column('source_text')]).toContain('Saraqeb');
			const dates = rows.map((r) => r[date]!);
			expect(dates).toEqual([...dates].sort());
			await expect(page.getByRole('region', { name: 'Download' }).getByRole('status')).toHaveText(
				`Saved idlib-events-2020-02-06-to-2020-02-07.csv: ${rows.length} events.`
			);
			// The months read, the count is exact.
			await expect(button).toHaveText(`${rows.length} events in range · CSV`);
		});

		test('the events download takes a month-dated event into a range it touches, and the outlet filter', async ({
			page
		}) => {
			const ids = async (query: string) => {
				await page.goto(`/?from=2018-09-03&to=2018-09-05${query}`);
				await mapReady(page);
				await openSidebar(page);
				const download = await save(page, /events? in range · CSV/);
				return records(await content(download)).map((r) => [r.id, r.extracted, r.source_outlet]);
			};
			// Found in the text: "September 2018" (a month) meets 3–5 September; 2 September does not.
			expect(await ids('')).toEqual([
				['sochi-agreement-x2y2lu1', 'true', 'Sputnik International'],
				['tehran-talks-x44lfxs', 'true', 'Asharq Al-Awsat']
			]);
			expect(await ids('&outlets=asharq-al-awsat')).toEqual([
				['tehran-talks-x44lfxs', 'true', 'Asharq Al-Awsat']
			]);
		});

		test('Share copies the address of the view, from the keyboard too', async ({ page, context }) => {
			await context.grantPermissions(['clipboard-read', 'clipboard-write']);
			await page.goto('/?place=saraqeb&from=2020-02-06&to=2020-02-07#9/35.86/36.8');
			await mapReady(page);
			const share = page.getByRole('button', { name: /^Share/ });
			await share.focus();
			await page.keyboard.press('Enter');
			await expect(page.locator('header.top').getByRole('status')).toHaveText('Link copied');
			const copied = await page.evaluate(() => navigator.clipboard.readText());
			expect(copied).toBe(page.url());
			// On a phone the camera first eases Saraqeb above its sheet, so the centre is the one the map
			// came to rest at: what matters is that the copy is the address as it is now.
			expect(copied).toMatch(/\?place=saraqeb&from=2020-02-06&to=2020-02-07#9\/35\.\d+\/36\.\d+$/);
		});

		test('Copy citation copies the sentence, its source and a link to it in the reader', async ({
			page,
			context,
			baseURL
		}) => {
			await context.grantPermissions(['clipboard-read', 'clipboard-write']);
			await page.goto('/?place=saraqeb&from=2020-02-07&to=2020-02-07');
			await mapReady(page);
			const panel = page.getByRole('region', { name: 'Saraqeb' });
			const first = panel.locator('.excerpts > li').first();
			await expect(first.locator('blockquote')).toBeVisible();
			const quote = ((await first.locator('blockquote').textContent()) ?? '').replace(/\s+/g, ' ').trim();
			const article = panel.locator('.articles article').first();
			const title = (await article.locator('h4').textContent())!.trim();
			const meta = (await article.locator('.meta').textContent())!.replace(/\s+/g, ' ');
			const [outlet, date] = meta.split(' · ').map((s) => s.trim());
			await first.getByRole('button', { name: 'Copy citation' }).click();
			await expect(first.getByRole('status')).toHaveText('Citation copied');
			const copied = await page.evaluate(() => navigator.clipboard.readText());
			const href = await first.getByRole('link', { name: 'Read at this mention' }).getAttribute('href');
			const url = new URL(href!, baseURL).href;
			expect(copied).toBe(`“${quote}” ${outlet}, “${title}”, ${date}. ${url}`);
			expect(url).toMatch(/\/articles\/[a-z0-9-]+#m-\d+$/);
			// The link leads to that very mention in the reader.
			await page.goto(url);
			const anchor = page.locator(`[id="${url.split('#')[1]}"]`);
			await expect(anchor).toHaveText(/Saraqeb/);
			expect(quote).toContain((await anchor.textContent())!.trim());
		});

		test('without a clipboard the citation is shown selected to copy by hand', async ({ page }) => {
			await page.addInitScript(() => {
				Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
			});
			await page.goto('/?place=saraqeb&from=2020-02-07&to=2020-02-07');
			await mapReady(page);
			const first = page.getByRole('region', { name: 'Saraqeb' }).locator('.excerpts > li').first();
			await first.getByRole('button', { name: 'Copy citation' }).click();
			const field = first.getByRole('textbox');
			await expect(field).toBeVisible();
			await expect(field).toBeFocused();
			await expect(field).toHaveValue(/Saraqeb.*\/articles\/[a-z0-9-]+#m-\d+$/);
			const selected = await field.evaluate(
				(el: HTMLTextAreaElement) => el.selectionEnd - el.selectionStart === el.value.length
			);
			expect(selected, 'the whole citation is selected').toBe(true);
			// Escape closes the box and gives the focus back, and leaves the panel open.
			await page.keyboard.press('Escape');
			await expect(field).toBeHidden();
			await expect(first.getByRole('button', { name: 'Copy citation' })).toBeFocused();
			await expect(page.getByRole('region', { name: 'Saraqeb' })).toBeVisible();
		});

		test('the About page is linked, lists every published file, and passes axe under the CSP', async ({
			page
		}) => {
			const violations = await watchCsp(page);
			await page.goto('/');
			await mapReady(page);
			await openSidebar(page);
			await page.getByRole('link', { name: /About the data/ }).click();
			await expect(page).toHaveURL(/\/about$/);
			await expect(page.getByRole('heading', { level: 1, name: 'About the data' })).toBeVisible();
			const files = page.locator('section.file h3 a');
			// data/search/postings/<word>/… (head and sealed pages) has no link: no word of six articles is in
			// the 64 that need a postings file; nor the sealed pages data/places/<place>/<n>.json and data/events/places/<place>/<n>.json:
			// no place of six articles has the 40 articles or 100 events that seal one.
			await expect(files).toHaveCount(17);
			for (const path of [
				'data/places.geojson',
				'data/articles/shards.json',
				'data/articles/<n>.json',
				'data/explorer.json',
				'data/month-counts.json',
				'data/events.json',
				'data/events.csv',
				'data/places/<place>/head.json',
				'data/chronology/<yyyy-mm>/<n>.json',
				'data/days/<yyyy-mm>.json',
				'data/outlets/<outlet>.json',
				'data/events/reviewed.json',
				'data/events/places/<place>/head.json',
				'data/events/months/<yyyy-mm>/<n>.json',
				'data/search/index.json',
				'data/search/terms/<shard>.json',
				'data/search/docs/<n>.json'
			]) {
				const link = files.filter({ hasText: path });
				await expect(link).toHaveCount(1);
				const res = await page.request.get(new URL((await link.getAttribute('href'))!, page.url()).href);
				expect(res.status(), path).toBe(200);
			}
			await expect(
				page.getByRole('table', { name: 'features[] (id: the place id; geometry; properties)' })
			).toContainText('mentionCount');
			await expect(page.getByRole('table', { name: 'Places CSV columns' })).toContainText(
				'articles_in_range'
			);
			await expect(page.getByRole('table', { name: 'Events CSV columns (as events.csv)' })).toContainText(
				'source_text'
			);
			await expect(page.locator('#sources')).toBeVisible();
			await expect(page.locator('section[aria-labelledby="sources"]')).toContainText('CC BY 4.0');
			await expect(page.locator('section[aria-labelledby="sources"]')).toContainText('public domain');
			await expect(page.locator('section[aria-labelledby="sources"]')).toContainText(
				'belong to their outlets'
			);
			// The policy first: axe itself runs code the policy reports.
			expect(await violations()).toEqual([]);
			expect(await seriousViolations(page)).toEqual([]);
			await page.getByRole('link', { name: '← Back to the map' }).click();
			await mapReady(page);
		});
	});
}
