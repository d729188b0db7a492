import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import type { Page } from '@playwright/test';
import config from '../../svelte.config.js';
import { headerPolicy, IMMUTABLE_CACHE, policyOf, type Directives } from '../../src/lib/server/headers';
import { liveSite, publishSite, stagingFolder } from '../../src/lib/server/publish';
import { expect, mapReady, pointAtMapCentre, test, watchCsp } from './fixtures';
import { DEPLOYER_HEADER, NGINX, nginxArgs, nginxPaths } from './nginx';

/**
 * The site as Debian's nginx serves it with the shipped configuration (`build.nginx/`, stock
 * mime.types, a deployer's own `add_header` in the server block): project `nginx` in
 * playwright.config.ts, on E2E_PORT + 20.
 */

const PORT = Number(process.env.E2E_PORT ?? 4173) + 20;
const { swapOut, swapPort } = nginxPaths(PORT);
const READER = '/articles/2020-02-07-russians-head-to-turkey-for-talks-on-syrias';
/** The same article in the shard reader, which renders it in the browser from `data/articles/<n>.json`. */
const SHARD_READER = '/read?id=2020-02-07-russians-head-to-turkey-for-talks-on-syrias';
const AT_SARAQEB = '#10/35.86447/36.80591';
const POLICY = headerPolicy((config.kit?.csp?.directives ?? {}) as Directives);

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? files(path) : [path];
	});
}

/** The site's own files, as URL paths (compressed copies and the host header file aside). */
const SITE = files('build')
	.map((f) => `/${relative('build', f)}`)
	.filter((p) => !/\.(gz|br)$/.test(p) && p !== '/_headers');

/** The types the site's files must be served as, by extension: a new kind of file must be added here. */
const TYPES: Record<string, RegExp> = {
	'.html': /^text\/html/,
	'.js': /^(application|text)\/javascript/,
	'.mjs': /^(application|text)\/javascript/,
	'.css': /^text\/css/,
	'.csv': /^text\/csv/,
	'.json': /^application\/json/,
	'.geojson': /^application\/geo\+json/,
	'.svg': /^image\/svg\+xml/,
	'.woff2': /^font\/woff2$/
};

const SECURITY: [string, string][] = [
	['content-security-policy', POLICY],
	['x-content-type-options', 'nosniff'],
	['referrer-policy', 'no-referrer'],
	['x-frame-options', 'DENY'],
	[DEPLOYER_HEADER[0].toLowerCase(), DEPLOYER_HEADER[1]]
];

/** Publishes a copy of the built site `siteOut` at the swap server's root, as `npm run build` would. */
function deployCopyOf(siteOut: string): string {
	const live = liveSite(siteOut);
	if (!live) throw new Error(`${siteOut} is not a published site: run the build first`);
	const staging = stagingFolder(swapOut);
	cpSync(live, staging, { recursive: true });
	return publishSite(staging, swapOut).site;
}

/**
 * Loads the explorer at Saraqeb afresh (from another page: from `/` a new hash would only scroll) and
 * waits until the map has drawn its places.
 */
async function explorerDraws(page: Page): Promise<void> {
	await page.goto('about:blank');
	await page.goto(`/${AT_SARAQEB}`);
	await mapReady(page);
	await pointAtMapCentre(page, 'Saraqeb');
}

test('nginx accepts the shipped configuration with stock mime.types and no warning', () => {
	const result = spawnSync(NGINX, nginxArgs(PORT, '-t'), { encoding: 'utf8' });
	expect(result.stderr).toContain('test is successful');
	expect(result.stderr).not.toMatch(/\[(warn|emerg|alert|crit)\]/);
});

test('the map draws, its worker is served as JavaScript and runs, and no policy is violated', async ({
	page
}, testInfo) => {
	const violations = await watchCsp(page);
	const worker = page.waitForResponse(/maplibre-gl-worker\.[^/]*\.mjs$/);
	await explorerDraws(page);
	const response = await worker;
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toMatch(TYPES['.mjs']!);
	expect(page.workers().length).toBeGreaterThan(0);
	expect(await violations()).toEqual([]);
	await page.screenshot({ path: testInfo.outputPath('nginx-map.png') });
	await page.goto(READER);
	await expect(page.locator('mark').first()).toBeVisible();
	expect(await violations()).toEqual([]);
	await page.goto(SHARD_READER);
	await expect(page.locator('mark').first()).toBeVisible();
	expect(await violations()).toEqual([]);
});

/**
 * The site's pages, by their addresses: every page but the share pages of places, of which a few stand
 * for all (they are one route, with no script at all).
 */
const PAGES = (() => {
	const all = SITE.filter((p) => p.endsWith('.html')).map((p) =>
		p.replace(/\.html$/, '').replace(/(^|\/)index$/, '$1')
	);
	const shares = all.filter((p) => p.startsWith('/places/'));
	return all.filter((p) => !p.startsWith('/places/') || shares.indexOf(p) < 3);
})();

test('every page boots under the header policy and its own, with no violation', async ({ page }) => {
	test.slow();
	expect(PAGES).toContain('/');
	expect(PAGES).toContain('/about');
	expect(PAGES.filter((p) => p.startsWith('/articles/')).length).toBeGreaterThan(2);
	const violations = await watchCsp(page);
	for (const path of PAGES) {
		const response = await page.goto(path, { waitUntil: 'load' });
		expect(response?.status(), path).toBe(200);
		expect(response?.headers()['content-security-policy'], path).toBe(POLICY);
		const html = await (await page.request.get(path)).text();
		if (path.startsWith('/places/')) {
			// A share page runs no script: it forwards to the explorer, which must boot there.
			expect(html, path).not.toContain('<script');
			await page.waitForURL(/\?place=/);
			await mapReady(page);
		} else {
			expect(html, path).toContain('kit.start(');
			// The start-up script ran: it imports the app's start module.
			await expect
				.poll(
					() =>
						page.evaluate(() =>
							performance.getEntriesByType('resource').some((e) => /\/entry\/start\./.test(e.name))
						),
					{ message: path }
				)
				.toBe(true);
		}
		expect(await violations(), path).toEqual([]);
	}
});

test('every page, by either of its addresses, carries the policy and the security headers', async ({
	request
}) => {
	for (const path of ['/', '/index.html', READER, `${READER}.html`, SHARD_READER, '/no-such-page']) {
		const response = await request.get(path);
		expect(response.status(), path).toBe(path === '/no-such-page' ? 404 : 200);
		const headers = response.headers();
		for (const [name, value] of SECURITY) expect(headers[name], `${path}: ${name}`).toBe(value);
		expect(headers['permissions-policy'], path).toMatch(/camera=\(\)/);
		if (response.ok()) {
			expect(headers['content-type'], path).toMatch(/^text\/html/);
			expect(headers['cache-control'], path).toBe('no-cache');
		}
	}
});

test('hashed files are cached for a year, everything else is revalidated', async ({ request }) => {
	const immutable = SITE.filter((p) => p.startsWith('/_app/immutable/'));
	expect(immutable.length).toBeGreaterThan(5);
	for (const path of immutable) {
		const response = await request.get(path);
		expect(response.status(), path).toBe(200);
		expect(response.headers()['cache-control'], path).toBe(IMMUTABLE_CACHE);
		expect(response.headers()['content-security-policy'], path).toBe(POLICY);
		expect(response.headers()[DEPLOYER_HEADER[0].toLowerCase()], path).toBe(DEPLOYER_HEADER[1]);
	}
	for (const path of ['/_app/version.json', '/data/explorer.json', '/basemap/land.packed.json']) {
		expect((await request.get(path)).headers()['cache-control'], path).toBe('no-cache');
	}
	const missing = await request.get('/_app/immutable/chunks/no-such-file.js');
	expect(missing.status()).toBe(404);
	expect(missing.headers()['cache-control']).toBeUndefined();
});

test('every kind of file the build emits is served with its type', async ({ request }) => {
	const byExtension = new Map<string, string>();
	for (const path of SITE) if (!byExtension.has(extname(path))) byExtension.set(extname(path), path);
	for (const [ext, path] of byExtension) {
		expect(TYPES[ext], `a served type for ${ext} files (${path})`).toBeDefined();
		const response = await request.get(path);
		expect(response.headers()['content-type'], path).toMatch(TYPES[ext]!);
	}
});

test('precompressed copies are sent as they are to a client that accepts them', async ({ request }) => {
	const worker = SITE.find((p) => p.endsWith('.mjs'))!;
	const gz = statSync(join('build', `${worker}.gz`)).size;
	const zipped = await request.get(worker, { headers: { 'Accept-Encoding': 'gzip' } });
	expect(zipped.headers()['content-encoding']).toBe('gzip');
	expect(Number(zipped.headers()['content-length'])).toBe(gz);
	expect(zipped.headers()['vary']).toMatch(/Accept-Encoding/i);
	expect(await zipped.body()).toEqual(readFileSync(join('build', worker)));
	const plain = await request.get(worker, { headers: { 'Accept-Encoding': 'identity' } });
	expect(plain.headers()['content-encoding']).toBeUndefined();
	expect(Number(plain.headers()['content-length'])).toBe(statSync(join('build', worker)).size);
});

test('the first screen moves under 0.8 MB', async ({ page }) => {
	let bytes = 0;
	page.on('requestfinished', async (request) => {
		// A request of the page's idle time can finish after the test has ended: its sizes are gone then.
		const sizes = await request.sizes().catch(() => undefined);
		if (sizes) bytes += sizes.responseBodySize + sizes.responseHeadersSize;
	});
	await explorerDraws(page);
	await page.waitForLoadState('networkidle');
	console.log(`first screen under nginx: ${(bytes / 1e6).toFixed(2)} MB`);
	expect(bytes).toBeLessThan(800_000);
});

test('the header and configuration files are not served', async ({ request }) => {
	expect(files('build').filter((f) => /\.(conf|nginx)$|nginx/.test(f))).toEqual([]);
	for (const path of [
		'/_headers',
		'/_redirects',
		'/nginx-headers.conf',
		'/build.nginx/site.conf',
		'/.sites'
	]) {
		const response = await request.get(path);
		expect(response.status(), path).toBe(404);
		expect(response.headers()['content-security-policy'], path).toBe(POLICY);
	}
});

test('a missing path gets the site’s own 404 page, which says so under both policies', async ({
	page,
	watch
}) => {
	const violations = await watchCsp(page);
	const response = await page.goto('/no-such-page');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	await expect(page.getByRole('link', { name: 'Open the explorer’s map' })).toBeVisible();
	expect(await violations()).toEqual([]);
	// The browser logs the page's own 404 status as a console error: that one is expected.
	const logged = watch.errors.filter((e) => /status of 404/.test(e));
	expect(logged).toHaveLength(1);
	watch.errors.splice(watch.errors.indexOf(logged[0]!), 1);
});

test('the header policy is the same for builds of different content', () => {
	const main = readFileSync('build/index.html', 'utf8');
	const hostile = readFileSync('build-hostile/index.html', 'utf8');
	expect(policyOf(main)).not.toBe(policyOf(hostile));
	expect(readFileSync('build/_headers', 'utf8')).toBe(readFileSync('build-hostile/_headers', 'utf8'));
	expect(readFileSync('build.nginx/site.conf', 'utf8')).toBe(
		readFileSync('build-hostile.nginx/site.conf', 'utf8')
	);
	expect(readFileSync('build.nginx/site.conf', 'utf8')).toContain(`"${POLICY}"`);
});

test.describe('a deploy under a running nginx', () => {
	const base = `http://127.0.0.1:${swapPort}`;
	test.use({ baseURL: base });

	test('a rebuild swapped in boots at once, with no reload of nginx', async ({ page }) => {
		const violations = await watchCsp(page);
		deployCopyOf('build');
		await explorerDraws(page);
		deployCopyOf('build-hostile');
		await page.goto('/');
		await mapReady(page);
		expect(await page.request.get('/').then((r) => r.text())).toBe(
			readFileSync('build-hostile/index.html', 'utf8')
		);
		deployCopyOf('build');
		await explorerDraws(page);
		expect(await violations()).toEqual([]);
	});

	test('a page that loaded its HTML just before a swap still gets its own scripts', async ({ page }) => {
		const before = deployCopyOf('build');
		let after: string | undefined;
		await page.route(/\/_app\/immutable\//, async (route) => {
			after ??= deployCopyOf('build-hostile');
			await route.continue();
		});
		await page.goto('/');
		await mapReady(page);
		expect(after).toBeDefined();
		expect(after).not.toBe(before);
		expect(liveSite(swapOut)).toBe(after);
	});
});
