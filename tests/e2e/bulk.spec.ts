import { join } from 'node:path';
import { SITE_DESCRIPTION, SITE_TITLE } from '../../src/lib/core/site';
import { readerPages } from '../../src/lib/data/reader';
import { loadDataset } from '../../src/lib/server/pipeline';
import { readerPath } from '../../src/lib/view/reader-url';
import { expect, seriousViolations, test, watchCsp } from './fixtures';

/**
 * The shard reader on the bulk-store fixture (`npm run build:bulk`: tests/fixtures/bulk into
 * build-bulk/): an article of the bulk store has no prerendered page and is read at `/read?id=<id>`,
 * rendered from its shard with the same reader as a curated article's page (title, outlet, date, byline,
 * original, rights note, places, the mention the address's hash names highlighted); every link the
 * explorer makes to it goes there, and a curated article keeps its prerendered page. At a desktop and a
 * phone size.
 */
const dataset = loadDataset(join(import.meta.dirname, '..', 'fixtures', 'bulk'));
const page = readerPages(dataset);
const BULK = page('2020-02-08-bulk-shelling-near-saraqeb')!;
const ARABIC = page('2020-02-09-bulk-arabic-report')!;
const CURATED = dataset.articles.find((a) => a.curated)!;
/** The second mention of Saraqeb in the bulk article: far enough down to need the hash to reach it. */
const MENTION = BULK.mentions.findLastIndex((m) => m.place === 'saraqeb');

for (const viewport of [
	{ width: 1280, height: 800 },
	{ width: 390, height: 844 }
]) {
	test.describe(`at ${viewport.width}x${viewport.height}`, () => {
		test.use({ viewport });

		test('a bulk article opens at its reader address with its provenance, places and the mention of the hash', async ({
			page,
			request
		}) => {
			expect(BULK.curated).toBeUndefined();
			const violations = await watchCsp(page);
			const path = readerPath(BULK, { mention: MENTION });
			expect(path).toBe(`/read?id=${BULK.id}#m-${MENTION}`);
			// As served, and as a link preview (which runs no script) reads it, the one reader page stands
			// for the site: it cannot know which article its query names.
			const served = await (await request.get(path)).text();
			expect(served).toContain(`<title>${SITE_TITLE}</title>`);
			expect(served).toContain(`<meta property="og:title" content="${SITE_TITLE}"`);
			expect(served).toContain(`<meta name="description" content="${SITE_DESCRIPTION}"`);
			expect(served).toContain('Loading the article…');
			await page.goto(path);
			await expect(page.locator('h1')).toHaveText(BULK.title);
			// Once the article is here, the head is the article's, each tag once.
			await expect(page).toHaveTitle(`${BULK.title} — Idlib explorer`);
			await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', BULK.title);
			await expect(page.locator('meta[property="og:title"]')).toHaveCount(1);
			await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', BULK.description);
			await expect(page.locator('meta[name="description"]')).toHaveCount(1);
			await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
			await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
				'href',
				new URL(`/read?id=${BULK.id}`, page.url()).href
			);
			const provenance = page.locator('.provenance');
			await expect(provenance).toContainText('Published by Bulk Wire · 8 February 2020');
			await expect(provenance.locator('.byline')).toHaveText(BULK.byline!);
			const original = provenance.getByRole('link', { name: 'Read the original at bulk-wire.example' });
			await expect(original).toHaveAttribute('href', BULK.url!);
			await expect(provenance.locator('.rights')).toContainText(
				'The text belongs to its publisher, Bulk Wire.'
			);
			// The places it names, in order of first mention, each a link to the map.
			const places = page.locator('#places-title + ul > li > a');
			await expect(places).toHaveText(BULK.places.map((p) => p.name));
			await expect(places.first()).toHaveAttribute('href', `/?place=${BULK.places[0]!.id}`);
			// The mention the hash names is the target (highlighted) and scrolled into view.
			const target = page.locator(`#m-${MENTION}`);
			await expect(target).toHaveText('Saraqeb');
			await expect(target).toHaveClass(/targeted/);
			await expect(page.locator('.targeted')).toHaveCount(1);
			await expect(target).toBeInViewport();
			const outline = await target.evaluate((el) => getComputedStyle(el).outlineStyle);
			expect(outline).toBe('solid');
			// The crosshead of the text is a heading, the text is text.
			await expect(page.locator('.body h2')).toHaveText('Aid');
			expect(await seriousViolations(page), 'axe on the shard reader').toEqual([]);
			expect(await violations()).toEqual([]);
			// No prerendered page for a bulk article: a million of them would be a million files.
			expect((await request.get(`/articles/${BULK.id}`)).status()).toBe(404);
		});

		test('right-to-left titles and outlets stay isolated, and a month-only date says the month', async ({
			page
		}) => {
			await page.goto(readerPath(ARABIC));
			await expect(page.locator('h1 bdi')).toHaveText(ARABIC.title);
			await expect(page.locator('.outlet bdi')).toHaveText(ARABIC.outlet);
			await expect(page.locator('.provenance .meta')).toHaveText(
				`Published by ${ARABIC.outlet} · 9 February 2020`
			);
			await expect(page.locator('.provenance .source')).toHaveText(
				'The address of the original was not recorded.'
			);
			await page.goto(readerPath({ id: '2020-02-01-bulk-month-summary' }));
			await expect(page.locator('.provenance .meta')).toHaveText(
				'Published by Bulk Wire · February 2020 (month only)'
			);
			await page.getByText('How this date was established').click();
			await expect(page.locator('.evidence p')).toHaveText('The report covers February as a whole.');
		});

		test('the panel, the chronology and the search link each article to a reader that works', async ({
			page
		}) => {
			await page.goto('/?place=saraqeb');
			const panel = page.getByTestId('place-panel');
			const bulkLink = panel.locator('h4 a', { hasText: BULK.title });
			await expect(bulkLink).toHaveAttribute('href', readerPath(BULK));
			await expect(panel.locator('h4 a', { hasText: CURATED.title })).toHaveAttribute(
				'href',
				readerPath(CURATED)
			);
			expect(readerPath(CURATED)).toBe(`/articles/${CURATED.id}`);
			// "Read at this mention" of the bulk article's first excerpt goes to the shard reader at the mention.
			const toReader = panel.locator('article', { hasText: BULK.title }).locator('a.to-reader').first();
			await expect(toReader).toHaveAttribute(
				'href',
				/^\/read\?id=2020-02-08-bulk-shelling-near-saraqeb#m-\d+$/
			);
			await toReader.click();
			await expect(page).toHaveURL(/\/read\?id=2020-02-08-bulk-shelling-near-saraqeb#m-\d+$/);
			await expect(page.locator('h1')).toHaveText(BULK.title);
			const hash = new URL(page.url()).hash.slice(1);
			await expect(page.locator(`#${hash}`)).toHaveClass(/targeted/);
			await expect(page.locator(`#${hash}`)).toBeInViewport();

			await page.goto('/?chronology=newest');
			const chronology = page.getByRole('region', { name: 'Chronology' });
			await expect(chronology.locator('a', { hasText: BULK.title })).toHaveAttribute(
				'href',
				readerPath(BULK)
			);
			await expect(chronology.locator('a', { hasText: CURATED.title })).toHaveAttribute(
				'href',
				readerPath(CURATED)
			);

			await page.goto('/');
			const box = page.getByRole('searchbox', { name: 'Search places and articles' });
			await box.fill('tents');
			const hit = page.locator('.search a', { hasText: BULK.title });
			// The result opens the shard reader at the matching sentence (a text fragment).
			const href = readerPath(BULK).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
			await expect(hit).toHaveAttribute('href', new RegExp(`^${href}#:~:text=`));
			await box.press('Enter');
			await expect(page).toHaveURL(new RegExp(`/read\\?id=${BULK.id}(#.*)?$`));
			await expect(page.locator('h1')).toHaveText(BULK.title);
		});

		test('the shard reader also reads a curated article, and says so when an id is not in the corpus', async ({
			page
		}) => {
			await page.goto(`/read?id=${CURATED.id}`);
			await expect(page.locator('h1')).toHaveText(CURATED.title);
			// The page to share is its prerendered one, which a link preview can read.
			await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
				'href',
				new URL(`/articles/${CURATED.id}`, page.url()).href
			);
			await page.goto('/read?id=no-such-article');
			await expect(page.locator('h1')).toHaveText('Article not found');
			await expect(page.locator('main')).toContainText('There is no article with the id no-such-article');
			await expect(page).toHaveTitle('Article not found — Idlib explorer');
			await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', SITE_TITLE);
			await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
		});
	});
}
