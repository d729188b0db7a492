import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { loadDataset } from '../../src/lib/server/pipeline';
import {
	clickMapCentre,
	expect,
	mapReady,
	pointAtMapCentre,
	seriousViolations,
	test as base
} from './fixtures';

/**
 * The hostile-text site: tests/fixtures/hostile built into build-hostile/ (`npm run build:hostile`)
 * and served as the `hostile` project. Every title, outlet, byline, date note, body, place name, alias,
 * description and event label there carries markup, script, Svelte syntax, HTML entities, bidi
 * controls, zero-width characters, very long words, quotes or backslashes. Each must reach the screen
 * as the characters typed, run nothing and build no element.
 */
const { places, articles, events } = loadDataset(join(import.meta.dirname, '..', 'fixtures', 'hostile'));

const SCRIPT = '<script>window.__pwned=1</script>';
const IMG = '<img src=x onerror="window.__pwned=1">';
const SVELTE = "{@html '<b>x</b>'}";
const SVG = '"><svg onload="window.__pwned=1">';
const JS_LINK = '<a href="javascript:window.__pwned=1">Link Village</a>';
const ENTITIES = '&lt;b&gt;not bold&lt;/b&gt; &amp;amp;';
const BIDI = '\u202ereversed\u202c';
const ZERO_WIDTH = 'zero\u200bwidth\u200cand\u200djoiner';
const QUOTES = 'Quotes "double" \'single\' and backslashes \\ \\\\ \\n stay as typed.';

function place(id: string) {
	const p = places.find((x) => x.id === id);
	if (!p) throw new Error(`no place ${id} in the hostile fixture`);
	return p;
}
function article(id: string) {
	const a = articles.find((x) => x.id === id);
	if (!a) throw new Error(`no article ${id} in the hostile fixture`);
	return a;
}
const HEADLINE = article('2020-02-06-hostile-headline');
const ENTITIES_ARTICLE = article('2020-02-01-entities-and-direction');

/**
 * On top of the shared watch (page errors, off-origin requests): every dialog and every CSP violation
 * on any page of the test is recorded, and the test fails on either, or if a payload set
 * `window.__pwned`.
 */
const test = base.extend<{ guard: void }>({
	guard: [
		async ({ page }, use) => {
			const dialogs: string[] = [];
			const csp: string[] = [];
			page.on('dialog', (d) => {
				dialogs.push(`${d.type()}: ${d.message()}`);
				void d.dismiss();
			});
			await page.exposeFunction('__reportCsp', (line: string) => csp.push(line));
			await page.addInitScript(() => {
				document.addEventListener('securitypolicyviolation', (e) => {
					const w = window as unknown as { __reportCsp: (line: string) => void };
					w.__reportCsp(`${e.violatedDirective}: ${e.blockedURI} ${e.sample}`);
				});
			});
			await use();
			expect(dialogs, 'dialogs opened').toEqual([]);
			expect(csp, 'CSP violations').toEqual([]);
			expect(await page.evaluate(() => '__pwned' in window), 'window.__pwned was set').toBe(false);
		},
		{ auto: true }
	]
});

/**
 * Nothing from the corpus became markup: no element carries an inline handler, no script is the
 * payload's, no `<b>`, `<img src=x>`, `javascript:` link or element named after an alias exists, and
 * the only SVGs are the layer legend's and its swatches'.
 */
async function expectInert(page: Page): Promise<void> {
	const found = await page.evaluate(() => {
		const names = (sel: string) => [...document.querySelectorAll(sel)].map((e) => e.outerHTML.slice(0, 80));
		return {
			pwned: (window as unknown as { __pwned?: unknown }).__pwned,
			handlers: names('[onerror], [onload], [onclick], [onmouseover], [onfocus]'),
			payloadScripts: [...document.scripts]
				.filter((s) => s.textContent?.includes('window.__pwned=1') && !s.textContent.includes('\\u003C'))
				.map((s) => s.outerHTML.slice(0, 80)),
			elements: names('b, i, img[src="x"], tellscript, a[href^="javascript:" i], title:not(head > title)'),
			svgs: [...document.querySelectorAll('svg')]
				.filter((s) => !s.closest('fieldset.layers, .swatch'))
				.map((s) => s.outerHTML.slice(0, 80))
		};
	});
	expect(found).toEqual({ pwned: undefined, handlers: [], payloadScripts: [], elements: [], svgs: [] });
}

/** The exact text of an element, zero-width characters included (Playwright's matchers drop U+200B). */
async function text(locator: Locator): Promise<string> {
	return (await locator.textContent()) ?? '';
}

/** The exact texts of every element `locator` matches, joined by new lines. */
async function texts(locator: Locator): Promise<string> {
	return (await locator.allTextContents()).join('\n');
}

/** No horizontal scrolling inside `locator`: a long unbroken word must wrap, not widen the box. */
async function expectNoSideways(locator: Locator, what: string): Promise<void> {
	const { scroll, client } = await locator.evaluate((el) => ({
		scroll: el.scrollWidth,
		client: el.clientWidth
	}));
	expect(scroll, `${what} scrolls sideways`).toBeLessThanOrEqual(client + 1);
}

/** The outlet, address and sentence (or quote) of an event's source, as the fixture has them. */
function sourceOf(id: string) {
	const event = events.find((e) => e.id === id)!;
	const s = event.source;
	if ('article' in s) return { event, outlet: article(s.article).outlet, text: s.sentence, url: undefined };
	return { event, outlet: s.outlet, text: s.quote, url: s.url };
}

/** An event entry (chronology or panel) shows its label, outlet and sentence as the characters typed. */
async function expectEventAsText(entry: Locator, id: string): Promise<void> {
	const { event, outlet, text: sentence, url } = sourceOf(id);
	await expect(entry).toHaveCount(1);
	expect(await text(entry.locator('.label'))).toBe(event.label);
	expect(await text(entry.locator('.outlet'))).toBe(outlet);
	await expect.poll(() => text(entry.locator('blockquote'))).toBe(sentence);
	if (url) {
		const link = entry.locator('a.outlet');
		await expect(link).toHaveAttribute('href', new URL(url).href);
		await expect(link).toHaveAttribute('rel', 'noopener noreferrer external');
	} else {
		await expect(entry.getByRole('link', { name: 'Read the sentence' })).toHaveAttribute(
			'href',
			new RegExp(`#e-${id}$`)
		);
	}
}

test('every hostile place, opened from the place list by keyboard, shows its text as typed', async ({
	page
}) => {
	await page.goto('/');
	await mapReady(page);
	await expect(page.locator('.place-list [data-place]')).toHaveCount(places.length);
	await expectNoSideways(page.locator('#sidebar'), 'the sidebar');
	for (const p of places) {
		const button = page.locator(`.place-list [data-place="${p.id}"]`);
		expect(await text(button.locator('.name'))).toBe(p.name);
		await button.focus();
		await page.keyboard.press('Enter');
		const panel = page.getByTestId('place-panel');
		const heading = panel.getByRole('heading', { level: 2 });
		await expect(heading).toBeFocused();
		expect(await text(heading)).toBe(p.name);
		expect(await page.evaluate(() => document.title)).toBe(`${p.name} — Idlib explorer`);
		// The spellings come from data/place-details.json, fetched once the map was first idle.
		await expect(panel.locator('dd').first()).not.toHaveText('loading…');
		const aliases = await text(panel.locator('dd').first());
		for (const alias of p.aliases.filter((a) => a !== p.name)) expect(aliases).toContain(alias);
		if (p.nameAr) expect(await text(panel.locator('.name-ar'))).toBe(p.nameAr);
		if (p.description) expect(await text(panel.locator('.description'))).toBe(p.description);
		for (const event of events.filter((e) => e.places.includes(p.id)))
			await expectEventAsText(panel.locator(`[data-event="${event.id}"]`), event.id);
		for (const a of articles.filter((x) => x.mentions.some((m) => m.place === p.id))) {
			const link = panel.locator(`h4 a[href$="/articles/${a.id}"]`);
			expect(await text(link)).toBe(a.title);
			expect(await text(link.locator('xpath=ancestor::article').locator('.meta'))).toContain(a.outlet);
		}
		await expect(panel.locator('.excerpts blockquote').first()).toBeVisible();
		await expectNoSideways(panel, `the panel of ${p.id}`);
		await expectInert(page);
		await page.keyboard.press('Escape');
		await expect(panel).toBeHidden();
		await expect(button).toBeFocused();
	}
});

test('the excerpts in a panel keep markup, entities and controls as text', async ({ page }) => {
	await page.goto('/?place=jabal-entity');
	await mapReady(page);
	const quotes = await texts(page.getByTestId('place-panel').locator('.excerpts'));
	expect(quotes).toContain(`A ${JS_LINK} was painted, and ${ENTITIES} near Jabal Entity.`);
	expect(quotes).toContain('named in a report with &lt;i&gt;entities&lt;/i&gt; and a…');
	await page.goto('/?place=tell-script');
	await mapReady(page);
	const excerpts = page.getByTestId('place-panel').locator('.excerpts');
	expect(await texts(excerpts)).toContain(`Fighters reached <b>Tell Script</b> on Thursday ${SCRIPT} while`);
	await expect(excerpts.locator('mark', { hasText: 'Tell Script' }).first()).toBeVisible();
	await page.goto('/?place=reversed-zone');
	await mapReady(page);
	const panel = page.getByTestId('place-panel');
	expect(await texts(panel.locator('.excerpts'))).toContain(
		`The Reversed Zone (${BIDI}) had ${ZERO_WIDTH} text.`
	);
	// Names, titles and outlets in the panel and the place list are isolated from their neighbours.
	expect(await text(panel.locator('h2 bdi'))).toBe(place('reversed-zone').name);
	expect(await texts(panel.locator('.meta bdi'))).toContain(ENTITIES_ARTICLE.outlet);
	expect(await texts(panel.locator('h4 bdi'))).toContain(ENTITIES_ARTICLE.title);
	expect(await texts(page.locator('.name bdi'))).toContain(place('reversed-zone').name);
	await expectInert(page);
});

test('the map: hovering and clicking a hostile place, and the chooser for two at one spot', async ({
	page
}) => {
	const tell = place('tell-script');
	const [lng, lat] = tell.geometry!.coordinates as number[];
	await page.goto(`/#11/${lat}/${lng}`);
	await mapReady(page);
	const tooltip = await pointAtMapCentre(page);
	await expect(tooltip).toBeVisible();
	expect((await text(tooltip)).trim()).toBe(tell.name);
	await clickMapCentre(page);
	const heading = page.getByTestId('place-panel').getByRole('heading', { level: 2 });
	await expect(heading).toBeVisible();
	expect(await text(heading)).toBe(tell.name);
	await expectInert(page);

	const kafr = place('kafr-img');
	const hill = place('svg-hill');
	const [klng, klat] = kafr.geometry!.coordinates as number[];
	await page.goto(`/#12/${klat}/${klng}`);
	await mapReady(page);
	await pointAtMapCentre(page);
	await clickMapCentre(page);
	const menu = page.getByRole('menu', { name: 'Places here' });
	await expect(menu).toBeVisible();
	const items = await menu.getByRole('menuitem').allTextContents();
	expect(items.map((t) => t.trim())).toEqual(
		expect.arrayContaining([`${kafr.name} village`, `${hill.name} village`])
	);
	await expectInert(page);
	expect(await seriousViolations(page), 'axe with the chooser open').toEqual([]);
	await menu.getByRole('menuitem').filter({ hasText: 'Svg Hill' }).click();
	await expect.poll(() => text(heading)).toBe(hill.name);
	await expectInert(page);
});

test('search takes hostile text as a query and lists hostile names as text', async ({ page }) => {
	await page.goto('/');
	await mapReady(page);
	const box = page.getByRole('searchbox', { name: 'Search places and articles' });
	const results = page.locator('.search .results');

	await box.fill('script');
	await expect(results).toBeVisible();
	// Place results come at once, article results once the search index has loaded: wait for both.
	const labels = () => results.locator('.label').allTextContents();
	await expect.poll(labels).toContain(HEADLINE.title);
	expect(await labels()).toContain(place('tell-script').name);
	await expectInert(page);

	await box.fill(IMG);
	await expect(results.locator('.label').first()).toBeVisible();
	await expect.poll(labels).toContain(HEADLINE.title);
	expect(await labels()).toContain(place('tell-script').name);
	await expectInert(page);

	const nothing = `${SVG}zzqx`;
	await box.fill(nothing);
	const none = page.locator('.search .none');
	await expect(none).toBeVisible();
	expect(await text(none)).toBe(`No match for “${nothing}”.`);
	await expectInert(page);

	await box.fill('Entities');
	const entities = results.getByRole('link').first();
	await expect(entities).toBeVisible();
	expect(await text(entities.locator('.label'))).toBe(ENTITIES_ARTICLE.title);
	expect(await text(entities.locator('.detail'))).toBe(`Article · ${ENTITIES_ARTICLE.outlet}, 2020-02`);
	// Names and outlets are isolated, so a right-to-left run in one never takes in the date beside it.
	expect(await text(entities.locator('.detail bdi'))).toBe(ENTITIES_ARTICLE.outlet);
	expect(await text(entities.locator('.label bdi'))).toBe(ENTITIES_ARTICLE.title);
	await expectNoSideways(results, 'the result list');

	await box.fill('KafrVerylongunbrokenname');
	await expect(results.getByRole('button').first()).toBeVisible();
	await expectNoSideways(results, 'the result list with a long name');

	await box.fill('Headline');
	await box.press('Enter');
	await expect(page).toHaveURL(/\/articles\/2020-02-06-hostile-headline$/);
	expect(await text(page.getByRole('heading', { level: 1 }))).toBe(HEADLINE.title);
	expect(await text(page.locator('.masthead h1 bdi'))).toBe(HEADLINE.title);
	expect(await text(page.locator('.masthead .outlet bdi'))).toBe(HEADLINE.outlet);
	await expectInert(page);
});

test('the prerendered reader escapes every field in its HTML', async ({ request }) => {
	for (const a of articles) {
		const html = await (await request.get(`/articles/${a.id}`)).text();
		for (const raw of [
			'<script>window.__pwned',
			'<img src=x',
			'<svg onload',
			'<b>x</b>',
			'<b>Outlet',
			'</title><script>'
		])
			expect(html, `${a.id} has "${raw}" as markup`).not.toContain(raw);
		expect(html).not.toMatch(/<a\s[^>]*href="javascript:/i);
		expect(html).toMatch(/<title>[^<]*&lt;/);
	}
});

test('each place’s prerendered share page escapes its name and description', async ({ request }) => {
	for (const p of places) {
		const html = await (await request.get(`/places/${p.id}`)).text();
		for (const raw of ['<script>window.__pwned', '<img src=x', '<svg onload', '<b>'])
			expect(html, `/places/${p.id} has "${raw}" as markup`).not.toContain(raw);
		expect(html).toMatch(/<title>[^<]*<\/title>/);
	}
});

test('the reader shows every field of a hostile article as text', async ({ page }) => {
	const a = HEADLINE;
	await page.goto(`/articles/${a.id}`);
	expect(await page.evaluate(() => document.title)).toBe(`${a.title} — Idlib explorer`);
	expect(await text(page.getByRole('heading', { level: 1 }))).toBe(a.title);
	expect(await text(page.locator('.outlet'))).toBe(a.outlet);
	expect(await text(page.locator('.byline'))).toBe(a.byline);
	await page.getByText('How this date was established').click();
	expect(await text(page.locator('.evidence p'))).toBe(a.dateEvidence);
	const source = page.getByRole('link', { name: /Read the original/ });
	await expect(source).toHaveAttribute('href', new URL(a.url!).href);
	expect(await text(source)).toBe('Read the original at example.org');

	const body = page.locator('.body');
	const shown = await text(body);
	for (const piece of [SCRIPT, IMG, SVG, SVELTE, JS_LINK, ENTITIES, BIDI, ZERO_WIDTH, QUOTES, '<Tellscript>'])
		expect(shown, piece).toContain(piece);
	expect(await text(body.locator('h2'))).toBe(`Crosshead ${IMG} near Svg Hill`);
	const marks = await body.locator('a.mention').allTextContents();
	expect(marks).toEqual(a.mentions.map((m) => m.surface));
	await expectNoSideways(page.locator('html'), 'the reader page');
	await expectNoSideways(page.getByRole('complementary'), 'the list of places');
	await expectInert(page);
	expect(await seriousViolations(page), 'axe on the hostile reader').toEqual([]);

	const aside = await page.getByRole('complementary').getByRole('link').allTextContents();
	expect(aside).toContain(place('kafr-img').name);
	await page.locator('a.mention[data-place="svg-hill"]').first().click();
	await mapReady(page);
	const heading = page.getByTestId('place-panel').getByRole('heading', { level: 2 });
	await expect.poll(() => text(heading)).toBe(place('svg-hill').name);
	await expectInert(page);
});

test('the reader of a month-dated article with entities in its title', async ({ page }) => {
	const a = ENTITIES_ARTICLE;
	await page.goto(`/articles/${a.id}`);
	expect(await page.evaluate(() => document.title)).toBe(`${a.title} — Idlib explorer`);
	expect(await text(page.getByRole('heading', { level: 1 }))).toBe(a.title);
	expect(await text(page.locator('.outlet'))).toBe(a.outlet);
	await expect(page.locator('time')).toHaveText('February 2020 (month only)');
	expect(await text(page.locator('.body'))).toContain('&lt;i&gt;entities&lt;/i&gt;');
	await expectNoSideways(page.locator('html'), 'the reader page');
	await expectInert(page);
});

test('the chronology lists every hostile event and article as text', async ({ page }) => {
	await page.goto('/?chronology=newest');
	await mapReady(page);
	const chronology = page.getByRole('region', { name: 'Chronology' });
	const automatic = events.filter((e) => e.extracted).length;
	await expect(chronology).toContainText(
		`${events.length} events${automatic ? ` (${automatic} found automatically)` : ''}, ${articles.length} articles`
	);
	for (const event of events)
		await expectEventAsText(chronology.locator(`[data-event="${event.id}"]`), event.id);
	const titles = chronology.locator('.article-entry .title a');
	await expect(titles).toHaveCount(articles.length);
	expect((await titles.allTextContents()).sort()).toEqual(articles.map((a) => a.title).sort());
	expect((await chronology.locator('.article-entry .outlet').allTextContents()).sort()).toEqual(
		articles.map((a) => a.outlet).sort()
	);
	await expectNoSideways(chronology, 'the chronology');
	await expectInert(page);
	expect(await seriousViolations(page), 'axe on the hostile chronology').toEqual([]);
});

test('the reader labels a hostile event at its sentence and lists it as text', async ({ page }) => {
	const { event, text: sentence } = sourceOf('kafr-img-entered');
	await page.goto(`/articles/${HEADLINE.id}#e-${event.id}`);
	const marker = page.locator('.event-marker:target');
	await expect(marker).toBeVisible();
	await expect(marker).toHaveText(/Entered · 6 February 2020/);
	const shown = await text(page.locator('.event-sentence', { has: marker }));
	expect(shown.endsWith(sentence), shown).toBe(true);
	const aside = page.getByRole('complementary').locator('.events');
	// The aside lists the article's every event, the ones found automatically too: this one is among them.
	const labels = await aside
		.locator('.event-label')
		.evaluateAll((els) => els.map((e) => e.textContent ?? ''));
	expect(labels).toContain(event.label);
	expect(await aside.getByRole('link').allTextContents()).toEqual(
		expect.arrayContaining([place('kafr-img').name, place('tell-script').name])
	);
	await expectNoSideways(page.locator('html'), 'the reader page');
	await expectInert(page);
});
