import { gzipSync } from 'node:zlib';
import { expect, exposeMap, test } from './fixtures';

/**
 * The bound on what the explorer fetches before its map is first idle (gzip KB), whatever the
 * corpus's size: `npm run bench` measures the same at scale (`tools/bench/browser.ts`, `measureTransfer`).
 */
const FIRST_SCREEN_KB = 600;

/** What the first screen leaves to later: it must not be among the requests before the first idle. */
const LATER = [
	/\/data\/place-details\.json$/,
	/\/data\/month-counts\.json$/,
	/\/basemap\/(land|syria|borders)\.packed\.json$/,
	/\/basemap\/world-/,
	/\/basemap\/towns\.geojson$/,
	/\/data\/search\//,
	/noto-sans-latin-400-normal.*\.woff2$/
];

test('the first screen fetches at most 600 KB gzip before the map is first idle, and nothing it does not draw', async ({
	page
}) => {
	await exposeMap(page);
	const responses: Promise<{ url: string; started: number; bytes: number }>[] = [];
	page.on('requestfinished', (request) => {
		responses.push(
			(async () => {
				// What the page fetches in its idle time (the search's code) can finish after the test has
				// read its figures and ended, when its body can no longer be read: it counts for nothing here.
				const body = (await (await request.response())?.body().catch(() => undefined)) ?? Buffer.alloc(0);
				// The preview server sends bodies as they are: each counts at its gzip size, a font (already
				// compressed) at its own.
				const bytes = Math.min(body.length, gzipSync(body, { level: 9 }).length);
				return { url: request.url(), started: request.timing().startTime, bytes };
			})()
		);
	});
	await page.goto('/');
	await page.waitForFunction(() => window.__explorerBench?.firstIdleAt !== undefined, undefined, {
		timeout: 60_000
	});
	const idleAt = await page.evaluate(() => performance.timeOrigin + window.__explorerBench!.firstIdleAt!);
	await page.waitForLoadState('networkidle');
	const before = (await Promise.all(responses)).filter((r) => r.started <= idleAt);
	const kb = before.reduce((sum, r) => sum + r.bytes, 0) / 1024;
	const listing = before
		.sort((a, b) => b.bytes - a.bytes)
		.map((r) => `${(r.bytes / 1024).toFixed(1)} KB ${new URL(r.url).pathname}`)
		.join('\n');
	expect(kb, `what the first screen fetched:\n${listing}`).toBeLessThanOrEqual(FIRST_SCREEN_KB);
	const early = before.map((r) => new URL(r.url).pathname).filter((p) => LATER.some((l) => l.test(p)));
	expect(early, 'fetched before the first idle, though the first screen does not draw it').toEqual([]);
	// What waits for the idle map does come after it.
	for (const file of ['/data/place-details.json', '/data/month-counts.json'])
		await expect
			.poll(async () => (await Promise.all(responses)).some((r) => r.url.endsWith(file)), { message: file })
			.toBe(true);
});

test('a date range in the address fetches the counts by month at once, before the map is first idle', async ({
	page
}) => {
	await exposeMap(page);
	const started: number[] = [];
	page.on('requestfinished', (r) => {
		if (r.url().endsWith('/data/month-counts.json')) started.push(r.timing().startTime);
	});
	await page.goto('/?from=2020-02-01&to=2020-02-29');
	await page.waitForFunction(() => window.__explorerBench?.firstIdleAt !== undefined, undefined, {
		timeout: 60_000
	});
	const idleAt = await page.evaluate(() => performance.timeOrigin + window.__explorerBench!.firstIdleAt!);
	await expect.poll(() => started.length).toBe(1);
	expect(started[0]).toBeLessThan(idleAt);
});
