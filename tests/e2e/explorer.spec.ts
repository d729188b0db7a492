import { existsSync } from 'node:fs';
import {
	clickMapCentre,
	expect,
	mapReady,
	nextFrames,
	pointAtMapCentre,
	shardedArticles,
	test
} from './fixtures';
import { articleKeys } from '../../src/lib/data/article-keys';
import { readExplorerFile, readMonthCountsFile } from '../../src/lib/data/explorer-file';

/** Saraqeb's GeoNames position: a hash centred on it puts its marker in the middle of the canvas. */
const AT_SARAQEB = '#10/35.86447/36.80591';
const SARAQEB_EXCERPT = /Russian-led Syrian forces entered the strategic town of Saraqeb/;

test('click a place on the map canvas and read its excerpt', async ({ page }) => {
	await page.goto(`/${AT_SARAQEB}`);
	await mapReady(page);
	await pointAtMapCentre(page, 'Saraqeb');
	await clickMapCentre(page);
	const panel = page.getByRole('region', { name: 'Saraqeb' });
	await expect(panel).toBeVisible();
	await expect(panel.locator('.excerpts blockquote').first()).toContainText(SARAQEB_EXCERPT);
	await expect(panel.locator('mark.focus').first()).toHaveText('Saraqeb');
	await expect(page).toHaveURL(/[?&]place=saraqeb/);
});

test('narrowing the dates removes articles outside them (both ends inclusive)', async ({ page }) => {
	await page.goto('/?place=saraqeb&from=2020-02-07&to=2020-02-07');
	await mapReady(page);
	const panel = page.getByRole('region', { name: 'Saraqeb' });
	await expect(panel.getByRole('heading', { level: 3, name: /articles? in range/ })).toContainText(
		'1 article in range'
	);
	await page.getByRole('button', { name: 'Early 2018' }).click();
	await expect(page).toHaveURL(/from=2018-01-01&to=2018-03-31/);
	await expect(panel.getByRole('heading', { level: 3, name: /articles? in range/ })).toContainText(
		'0 articles in range'
	);
	await expect(panel).toContainText('No article in the selected dates mentions Saraqeb');
	await expect(page.locator('.place-list [data-place="saraqeb"] .count')).toHaveText(/^0/);
	await page.getByLabel('From', { exact: true }).fill('2020-02-08');
	await page.getByLabel('To', { exact: true }).fill('2020-02-19');
	await expect(page).toHaveURL(/from=2020-02-08&to=2020-02-19/);
	await expect(panel.getByRole('heading', { level: 3, name: /articles? in range/ })).toContainText(
		'0 articles'
	);
	await expect(panel).toContainText('1 more outside the dates');
});

test('a deep link opens the panel without a click and moves the map there', async ({ page }) => {
	await page.goto('/?place=idlib-city');
	await mapReady(page);
	const panel = page.getByRole('region', { name: 'Idlib' });
	await expect(panel).toBeVisible();
	await expect(panel).toContainText('east of Idlib city');
	await expect(page).toHaveTitle(/^Idlib — /);
	await expect(page).toHaveURL(/#\d+(\.\d+)?\/35\.9\d*\/36\.6\d*/, { timeout: 10_000 });
});

test('a post’s many names: its spellings at once, the phrases behind "more"', async ({ page }) => {
	await page.goto('/?place=turkish-observation-post-11-shir-mughar');
	await mapReady(page);
	const names = page.getByTestId('place-panel').locator('dd').first();
	await expect(names).toContainText('Shir Mughar observation post');
	const more = names.getByTestId('more-names');
	await expect(more.locator('summary')).toHaveText(/^\d+ more$/);
	await expect(more.locator('span')).toBeHidden();
	await more.locator('summary').click();
	await expect(more.locator('span')).toBeVisible();
	await expect(more.locator('span')).toContainText('post at Sher Mughar');
});

test('keyboard only: through the list to a panel and back', async ({ page }) => {
	await page.goto('/');
	await mapReady(page);
	const button = page.locator('.place-list [data-place="saraqeb"]');
	await button.focus();
	await page.keyboard.press('Enter');
	const panel = page.getByRole('region', { name: 'Saraqeb' });
	await expect(panel).toBeVisible();
	await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(panel.getByRole('button', { name: 'Close Saraqeb' })).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(panel).toBeHidden();
	await expect(button).toBeFocused();
	await expect(page).not.toHaveURL(/place=/);
});

test('hiding a layer updates the URL and stops its places answering clicks', async ({ page }) => {
	await page.goto(`/${AT_SARAQEB}`);
	await mapReady(page);
	// Saraqeb answers at the centre first, so that its silence below is the hidden layer's doing.
	const tooltip = await pointAtMapCentre(page, 'Saraqeb');
	await page.getByRole('checkbox', { name: 'Towns, cities and sites' }).uncheck();
	await page.getByRole('checkbox', { name: 'Areas (governorates, zones)' }).uncheck();
	await page.getByRole('checkbox', { name: 'Highways (M5, M4)' }).uncheck();
	await expect(page).toHaveURL(/layers=air-bases,observation-posts,basemap-towns/);
	const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	await expect(tooltip).toBeHidden();
	await clickMapCentre(page);
	await nextFrames(page);
	await expect(page.getByTestId('place-panel')).toHaveCount(0);
	await page.getByRole('checkbox', { name: 'Towns, cities and sites' }).check();
	await pointAtMapCentre(page, 'Saraqeb');
	await clickMapCentre(page);
	await expect(page.getByRole('region', { name: 'Saraqeb' })).toBeVisible();
});

test('read an article and follow a mention back to the map', async ({ page }) => {
	await page.goto('/?place=saraqeb');
	await mapReady(page);
	await page.getByRole('link', { name: 'Read at this mention' }).first().click();
	await expect(page).toHaveURL(/\/articles\/2020-02-07-russians-head-to-turkey-for-talks-on-syrias#m-\d+/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Russians head to Turkey for talks on Syria’s Idlib offensive: minister'
	);
	await expect(page.getByText('Reuters').first()).toBeVisible();
	await expect(page.locator('mark').first()).toBeVisible();
	await page.locator('a.mention[data-place="hatay-province"]').first().click();
	await mapReady(page);
	await expect(page.getByRole('region', { name: 'Hatay Province' })).toBeVisible();
	await expect(page.getByRole('region', { name: 'Hatay Province' })).toContainText('20 tanks to Hatay');
});

test('search finds a place by another spelling and an article by its words', async ({ page }) => {
	await page.goto('/');
	await mapReady(page);
	const box = page.getByRole('searchbox', { name: 'Search places and articles' });
	await box.fill('Khmeimim');
	await page
		.locator('.search')
		.getByRole('button', { name: /Hmeymim Air Base/ })
		.click();
	await expect(page.getByRole('region', { name: 'Hmeymim Air Base' })).toBeVisible();
	await box.fill('tanks');
	await page
		.locator('.search')
		.getByRole('link', { name: /Russians head to Turkey/ })
		.click();
	await expect(page).toHaveURL(/\/articles\/2020-02-07-/);
});

test('invalid URL values are ignored and the rest is honoured', async ({ page }) => {
	await page.goto('/?place=atlantis&from=sometime&to=2020-02-29&layers=junk,places#not/a/camera');
	await mapReady(page);
	await expect(page.getByTestId('place-panel')).toHaveCount(0);
	await expect(page.getByLabel('To', { exact: true })).toHaveValue('2020-02-29');
	await expect(page.getByLabel('From', { exact: true })).toHaveValue('');
	await expect(page.getByRole('checkbox', { name: 'Towns, cities and sites' })).toBeChecked();
	await expect(page.getByRole('checkbox', { name: 'Highways (M5, M4)' })).not.toBeChecked();
	await page.goto('/?place=<script>alert(1)</script>#%E0%A4%A');
	await mapReady(page);
	await expect(page.getByTestId('place-panel')).toHaveCount(0);
});

test('on a phone the panel is a bottom sheet', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/?place=saraqeb');
	await mapReady(page);
	const panel = page.getByRole('region', { name: 'Saraqeb' });
	await expect(panel).toBeVisible();
	const box = await panel.boundingBox();
	expect(box!.y).toBeGreaterThan(300);
	expect(box!.width).toBeGreaterThan(380);
	await page.getByRole('button', { name: 'Dates, layers & places' }).click();
	await expect(page.getByRole('navigation', { name: 'Places' })).toBeVisible();
});

test('the published data follow the contract', async ({ request }) => {
	// The articles are published in shards only: no monolith of them all.
	expect((await request.get('/data/articles.json')).status()).toBe(404);
	const articles = await shardedArticles(request);
	const places = await (await request.get('/data/places.geojson')).json();
	expect(articles).toHaveLength(6);
	expect(places.type).toBe('FeatureCollection');
	expect(places.format).toBe(2);
	const ids = new Set(places.features.map((f: { id: string }) => f.id));
	/** Per place, the articles linking it, counted from the shards: its `articleCount`. */
	const naming = new Map<string, Set<string>>();
	for (const a of articles) {
		for (const key of ['id', 'title', 'outlet', 'published', 'datePrecision', 'body', 'mentions']) {
			expect(a, key).toHaveProperty(key);
		}
		for (const m of a.mentions) {
			expect(a.body.slice(m.start, m.end)).toBe(m.surface);
			expect(ids.has(m.place)).toBe(true);
			// A dateline says where the story was filed: it does not link the article to the place.
			if (m.role === 'dateline') expect(a.body.slice(0, m.end)).not.toContain('\n');
			else naming.set(m.place, (naming.get(m.place) ?? new Set()).add(a.id));
		}
	}
	for (const f of places.features) expect(f.properties.articleCount, f.id).toBe(naming.get(f.id)?.size ?? 0);
});

test('the explorer files agree with the published data', async ({ request }) => {
	const articles = await shardedArticles(request);
	// Read as the page reads them (each file's own compact format, checked where it enters): the counts
	// of articles by place and month ([month step, count] pairs) are checked here against counting the
	// published articles one by one, and explorer.json's totals against their sums.
	const explorer = readExplorerFile(await (await request.get('/data/explorer.json')).json());
	const monthly = readMonthCountsFile(await (await request.get('/data/month-counts.json')).json(), explorer);
	const month = (day: string) => Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1;
	const first = month(explorer.firstMonth);
	const pairs = (flat: number[]) => {
		const out = new Map<number, number>();
		for (let i = 0, key = 0; i < flat.length; i += 2) out.set((key += flat[i]!), flat[i + 1]!);
		return out;
	};
	const total = monthly.outletMonths.flatMap((o: number[]) => [...pairs(o).values()]);
	expect(total.reduce((a: number, b: number) => a + b, 0)).toBe(articles.length);
	type Feature = { id: string; properties: { curation?: string; partOf?: string } };
	const names = (a: (typeof articles)[number], id: string) =>
		a.mentions.some((m) => m.place === id && m.role !== 'dateline');
	const listOf = (f: Feature) =>
		articles.flatMap((a, p) =>
			names(a, f.id) || (f.properties.partOf && names(a, f.properties.partOf)) ? [p] : []
		);
	explorer.places.features.forEach((f: Feature, i: number) => {
		const expected = new Map<number, number>();
		for (const p of listOf(f)) {
			const m = month(articles[p]!.published) - first;
			expected.set(m, (expected.get(m) ?? 0) + 1);
		}
		expect(pairs(monthly.counts[i] ?? []), f.id).toEqual(expected);
		expect(explorer.totals[i], f.id).toBe(listOf(f).length);
		expect(f.properties).not.toHaveProperty('articles');
		// Only an automatic place carries its sources: the panel shows the evidence for it.
		if (f.properties.curation !== 'automatic') expect(f.properties).not.toHaveProperty('sources');
	});

	// A place's head lists its newest articles, newest first (all of them under two pages), with the
	// table of its files (its newest rows, and its older table parts); each entry's position is its article's key (day and rank, article-keys.ts).
	const head = await (await request.get('/data/places/saraqeb/head.json')).json();
	const saraqeb = explorer.places.features.find((f: Feature) => f.id === 'saraqeb')!;
	const list = listOf(saraqeb);
	const { keys } = articleKeys(articles);
	const sealed = Math.max(0, Math.floor(list.length / explorer.pageSize) - 1);
	expect(head.entries.map((e: { position: number }) => e.position)).toEqual(
		list
			.slice(sealed * explorer.pageSize)
			.reverse()
			.map((p) => keys[p])
	);
	// A list this short keeps every row of its table in the head: no table part.
	expect(head.table.count).toBe(list.length);
	expect(head.table.first).toHaveLength(sealed + 1);
	expect(head.table.pages).toHaveLength(sealed);
	expect(head.table.parts.numbers).toEqual([]);
	expect(head.entries[0].article.id).toBe(articles[keys.indexOf(head.entries[0].position)]!.id);
	// A place no article names (Sarmada: only a removed photo caption did) has no counts and no
	// excerpt file; the page asks for none (see the next test), and this test reads the built site
	// rather than asking the server for a file it expects to be missing.
	const sarmada = explorer.places.features.findIndex((f: { id: string }) => f.id === 'sarmada');
	expect(monthly.counts[sarmada]).toEqual([]);
	expect(existsSync('build/data/places/saraqeb/head.json')).toBe(true);
	expect(existsSync('build/data/places/sarmada')).toBe(false);

	const search = await request.get('/data/search/index.json');
	expect(search.ok()).toBe(true);
	expect((await search.json()).articles).toBe(articles.length);
});

test('the first screen fetches neither the articles nor their excerpts or search index', async ({ page }) => {
	const fetched: string[] = [];
	page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
	// Once the map is idle the search box warms up (Search.svelte): its manifest, nothing else. Idle can
	// follow the map's load before the test sees the load, so the manifest is told apart by asking the
	// page, as it is requested, whether the map had loaded: never before.
	const manifestAfterLoad: (string | null)[] = [];
	await page.route('**/data/search/index.json', async (route) => {
		manifestAfterLoad.push(await page.getByTestId('map').getAttribute('data-loaded'));
		await route.continue();
	});
	await page.goto('/');
	await mapReady(page);
	const firstScreen = [...fetched];
	await page.waitForLoadState('networkidle');
	expect(fetched).toContain('/data/explorer.json');
	const deferred =
		/articles\.json|places\.geojson|\/data\/search\/|\/data\/(places|days|outlets|chronology)\//;
	const warmUp = (p: string) => p === '/data/search/index.json';
	expect(firstScreen.filter((p) => deferred.test(p) && !warmUp(p))).toEqual([]);
	expect(fetched.filter((p) => deferred.test(p) && !warmUp(p))).toEqual([]);
	expect(manifestAfterLoad.filter((loaded) => loaded !== 'true')).toEqual([]);
	expect(fetched.filter((p) => /countries\.geojson|latin-ext-400/.test(p))).toEqual([]);
});

test('a range that cuts a month fetches that month’s day counts, and the counts follow the days', async ({
	page
}) => {
	const fetched: string[] = [];
	page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
	// February 2020 whole: the counts by month are enough, fetched at once for the range in the address.
	await page.goto('/?from=2020-02-01&to=2020-02-29');
	await mapReady(page);
	// Ankara is named on 7 February and twice on the 19th.
	const ankara = page.locator('.place-list [data-place="ankara"] .count');
	await expect(ankara).toHaveText(/^3\b/);
	await page.waitForLoadState('networkidle');
	expect(fetched.filter((p) => p.startsWith('/data/days/'))).toEqual([]);
	// 7 February alone: the day file of February is fetched once, and Ankara counts that day's article.
	await page.getByLabel('From', { exact: true }).fill('2020-02-07');
	await page.getByLabel('To', { exact: true }).fill('2020-02-07');
	await expect(ankara).toHaveText(/^1\b/);
	await page.getByLabel('From', { exact: true }).fill('2020-02-06');
	await expect(page).toHaveURL(/from=2020-02-06/);
	await page.waitForLoadState('networkidle');
	expect(fetched.filter((p) => p.startsWith('/data/days/'))).toEqual(['/data/days/2020-02.json']);
});

test('while the counts by month cannot be had a range counts every date and says so; trying again counts it', async ({
	page,
	watch
}) => {
	let fail = true;
	await page.route('**/data/month-counts.json', (route) =>
		fail ? route.fulfill({ status: 503, body: 'unavailable' }) : route.continue()
	);
	await page.goto('/?from=2020-02-01&to=2020-02-29&place=ankara');
	await mapReady(page);
	const timeline = page.locator('.timeline');
	const alert = timeline.locator('.count-error[role="alert"]');
	await expect(alert).toContainText('/data/month-counts.json: HTTP 503');
	await expect(timeline.locator('.summary')).toHaveText(/^Counting the dates… \(6 articles in all\)$/);
	// Ankara's six articles at every date, and the panel says they are not the range's.
	const ankara = page.locator('.place-list [data-place="ankara"] .count');
	await expect(ankara).toHaveText(/^6\b/);
	const panel = page.getByRole('region', { name: 'Ankara' });
	await expect(panel.getByRole('heading', { level: 3 }).first()).toContainText('6 articles at all dates');
	fail = false;
	await alert.getByRole('button', { name: 'Try again' }).click();
	await expect(ankara).toHaveText(/^3\b/);
	await expect(timeline.locator('.summary')).toHaveText('3 of 6 articles');
	await expect(alert).toHaveCount(0);
	await expect(panel).toContainText('3 articles in range');
	// Asked for at once for the range, and again once the map was idle: each failure is reported.
	const expected = (e: string) => /status of 503/.test(e);
	expect(watch.errors.filter(expected).length, 'the browser reports the failed requests').toBeGreaterThan(0);
	watch.errors.splice(0, watch.errors.length, ...watch.errors.filter((e) => !expected(e)));
});

test('choosing an outlet fetches its counts per place, and only its articles count', async ({
	page,
	request
}) => {
	const explorer = readExplorerFile(await (await request.get('/data/explorer.json')).json());
	const outlet = explorer.outlets[0]!;
	const fetched: string[] = [];
	page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
	await page.goto(`/?outlets=${outlet.id}`);
	await mapReady(page);
	await page.waitForLoadState('networkidle');
	expect(fetched.filter((p) => p.startsWith('/data/outlets/'))).toEqual([`/data/outlets/${outlet.id}.json`]);
	const file = await (await request.get(`/data/outlets/${outlet.id}.json`)).json();
	const named = Object.keys(file.places);
	const counts = page.locator('.place-list [data-place] .count');
	await expect(counts.first()).toBeVisible();
	// Every place the list counts with articles is one the outlet's file names.
	const listed = await page
		.locator('.place-list [data-place]')
		.evaluateAll((rows) =>
			rows
				.filter((r) => /^[1-9]/.test(r.querySelector('.count')?.textContent?.trim() ?? ''))
				.map((r) => r.getAttribute('data-place'))
		);
	expect(listed.length).toBeGreaterThan(0);
	for (const id of listed) expect(named).toContain(id);
});

test('opening a place no article names asks for no excerpt file', async ({ page }) => {
	const asked: string[] = [];
	page.on('request', (r) => {
		const path = new URL(r.url()).pathname;
		if (path.startsWith('/data/places/')) asked.push(path);
	});
	await page.goto('/?place=sarmada');
	await mapReady(page);
	const panel = page.getByRole('region', { name: 'Sarmada' });
	await expect(panel).toBeVisible();
	await expect(panel).toContainText('0 articles in range');
	await expect(panel.getByRole('status')).toHaveCount(0);
	await page.waitForLoadState('networkidle');
	expect(asked).toEqual([]);
});

test('a place’s excerpts load when it is opened: first a loading note, then the excerpts', async ({
	page
}) => {
	let release!: () => void;
	const held = new Promise<void>((r) => (release = r));
	const asked: string[] = [];
	await page.route('**/data/places/saraqeb/*.json', async (route) => {
		asked.push(new URL(route.request().url()).pathname);
		await held;
		await route.continue();
	});
	await page.goto('/');
	await mapReady(page);
	await page.locator('.place-list [data-place="saraqeb"]').click();
	const panel = page.getByRole('region', { name: 'Saraqeb' });
	await expect(panel.getByRole('heading', { level: 3, name: /articles? in range/ })).toContainText(
		'1 article in range'
	);
	await expect(panel.getByRole('status')).toHaveText('Loading excerpts…');
	await expect(panel).toHaveAttribute('aria-busy', 'true');
	release();
	await expect(panel.locator('.excerpts blockquote').first()).toContainText(SARAQEB_EXCERPT);
	// Each excerpt's "Copy citation" has a status of its own (empty until it copies): the loading note is gone.
	await expect(panel.getByRole('status').filter({ hasText: 'Loading excerpts' })).toHaveCount(0);
	expect(asked).toEqual(['/data/places/saraqeb/head.json']);

	await page.locator('.place-list [data-place="idlib-city"]').click();
	await expect(
		page.getByRole('region', { name: 'Idlib' }).locator('.excerpts blockquote').first()
	).toBeVisible();
	await page.locator('.place-list [data-place="saraqeb"]').click();
	await expect(panel.locator('.excerpts blockquote').first()).toContainText(SARAQEB_EXCERPT);
	expect(asked, 'a place opened again comes from the cache').toHaveLength(1);
});

test('a failed excerpt request is shown, and trying again loads them', async ({ page, watch }) => {
	let fail = true;
	await page.route('**/data/places/hatay-province/*.json', (route) =>
		fail ? route.fulfill({ status: 503, body: 'unavailable' }) : route.continue()
	);
	await page.goto('/?place=hatay-province');
	await mapReady(page);
	const panel = page.getByRole('region', { name: 'Hatay Province' });
	await expect(panel.getByRole('alert')).toContainText('/data/places/hatay-province/head.json: HTTP 503');
	await expect(panel.locator('.excerpts blockquote')).toHaveCount(0);
	fail = false;
	await panel.getByRole('button', { name: 'Try again' }).click();
	await expect(panel).toContainText('20 tanks to Hatay');
	await expect(panel.getByRole('alert')).toHaveCount(0);
	const expected = (e: string) => /status of 503/.test(e);
	expect(watch.errors.filter(expected), 'the browser reports the failed request').toHaveLength(1);
	watch.errors.splice(0, watch.errors.length, ...watch.errors.filter((e) => !expected(e)));
});

test('search: places at once, articles once the few index files a query needs have come', async ({
	page
}) => {
	let release!: () => void;
	const held = new Promise<void>((r) => (release = r));
	const asked: string[] = [];
	await page.route('**/data/search/**', async (route) => {
		asked.push(new URL(route.request().url()).pathname);
		await held;
		await route.continue();
	});
	await page.goto('/');
	await mapReady(page);
	await page.waitForLoadState('networkidle');
	const box = page.getByRole('searchbox', { name: 'Search places and articles' });
	await box.focus();
	// The idle page (or else the focus) fetches the manifest, and nothing else of the index comes before a word is typed.
	await expect.poll(() => asked).toEqual(['/data/search/index.json']);
	await box.fill('saraq');
	const results = page.locator('.search');
	await expect(results.getByRole('button', { name: /Saraqeb/ })).toBeVisible();
	await box.fill('tanks');
	await expect(results.getByRole('status')).toHaveText('Searching articles…');
	await expect(results.getByRole('link')).toHaveCount(0);
	release();
	const link = results.getByRole('link', { name: /Russians head to Turkey/ });
	await expect(link).toBeVisible();
	await expect(results.getByRole('link')).toHaveCount(1);
	await expect(link.locator('mark')).toHaveText('tanks');
	await expect(results.getByRole('status')).toHaveCount(0);
	// The manifest, the shards of the words typed ("saraq" is no word: its shard says so) and one docs file.
	expect(asked.filter((p) => p.includes('/docs/'))).toHaveLength(1);
	expect(asked.filter((p) => p.includes('/postings/'))).toEqual([]);
	expect(asked.filter((p) => p === '/data/search/index.json')).toHaveLength(1);
});

test('places that overlap on screen can each be reached', async ({ page }) => {
	await page.goto('/#8/36.302/36.834');
	await mapReady(page);
	await pointAtMapCentre(page);
	await clickMapCentre(page);
	const menu = page.getByRole('menu', { name: 'Places here' });
	await expect(menu).toBeVisible();
	await expect(menu.getByRole('menuitem', { name: /^Sheikh Barakat mountain$/ })).toBeVisible();
	await menu.getByRole('menuitem', { name: /Qalaat Samaan/ }).click();
	await expect(page.getByRole('region', { name: /Qalaat Samaan/ })).toBeVisible();
});

test('hovering a place shows its name', async ({ page }) => {
	await page.goto(`/${AT_SARAQEB}`);
	await mapReady(page);
	const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	await expect(page.getByRole('tooltip')).toHaveText('Saraqeb');
});
