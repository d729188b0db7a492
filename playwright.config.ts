import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tools/chromium';

/**
 * Browser tests run against the built static site served by `vite preview` and by nginx, in the same Chromium the
 * browser benchmark uses (see `chromiumLaunchOptions`: CHROMIUM_PATH picks the binary).
 */

/** E2E_PORT lets several checkouts run their browser tests side by side. */
const port = Number(process.env.E2E_PORT ?? 4173);

/**
 * The hostile-text site (`npm run build:hostile`: the corpus in tests/fixtures/hostile built into
 * build-hostile/) is served ten ports above the main one, so it follows E2E_PORT too.
 */
const hostilePort = port + 10;

/**
 * The bulk-store site (`npm run build:bulk`: tests/fixtures/bulk, curated Markdown plus a Parquet file
 * of bulk articles, built into build-bulk/) twelve ports above the main one, for the shard reader.
 */
const bulkPort = port + 12;

/**
 * Debian's nginx (NGINX_PATH) serving `build/` with the configuration the build ships, twenty ports
 * above; the swap tests' second server listens one port above it (tests/e2e/nginx.ts).
 */
const nginxPort = port + 20;

/**
 * E2E_PROJECTS (comma-separated project names, e.g. `site` or `site,bulk`) limits the run to those
 * projects and starts only their servers, so a single spec can run without building every site first
 * (the hostile and bulk sites need their own builds). Unset, every project runs, as `npm test` does.
 */
const chosen = process.env.E2E_PROJECTS?.split(',')
	.map((p) => p.trim())
	.filter(Boolean);
const wanted = (project: string) => !chosen || chosen.includes(project);
for (const p of chosen ?? []) {
	if (!['site', 'nginx', 'hostile', 'bulk'].includes(p)) throw new Error(`E2E_PROJECTS: no project '${p}'`);
}

/** `vite preview` of one built site; SITE_OUT picks the site as in svelte.config.js. */
function preview(at: number, siteOut: string) {
	return {
		command: `npx vite preview --port ${at} --strictPort --host 127.0.0.1`,
		url: `http://127.0.0.1:${at}`,
		env: { SITE_OUT: siteOut },
		reuseExistingServer: false,
		timeout: 60_000
	};
}

export default defineConfig({
	testDir: 'tests/e2e',
	timeout: 60_000,
	expect: { timeout: 15_000 },
	fullyParallel: false,
	workers: 1,
	retries: 0,
	reporter: [['list']],
	use: {
		viewport: { width: 1280, height: 800 },
		launchOptions: chromiumLaunchOptions()
	},
	projects: [
		{
			name: 'site',
			testIgnore: /(hostile|nginx|bulk)\.spec\.ts$/,
			use: { baseURL: `http://127.0.0.1:${port}` }
		},
		{
			name: 'nginx',
			testMatch: /nginx\.spec\.ts$/,
			use: { baseURL: `http://127.0.0.1:${nginxPort}` }
		},
		{
			name: 'hostile',
			testMatch: /hostile\.spec\.ts$/,
			use: { baseURL: `http://127.0.0.1:${hostilePort}` }
		},
		{
			name: 'bulk',
			testMatch: /bulk\.spec\.ts$/,
			use: { baseURL: `http://127.0.0.1:${bulkPort}` }
		}
	].filter((p) => wanted(p.name)),
	webServer: [
		{ project: 'site', server: preview(port, 'build') },
		{ project: 'hostile', server: preview(hostilePort, 'build-hostile') },
		{ project: 'bulk', server: preview(bulkPort, 'build-bulk') },
		{
			project: 'nginx',
			server: {
				command: `node --import tsx tests/e2e/nginx-serve.ts ${nginxPort}`,
				url: `http://127.0.0.1:${nginxPort}`,
				reuseExistingServer: false,
				timeout: 30_000,
				gracefulShutdown: { signal: 'SIGTERM' as const, timeout: 5_000 }
			}
		}
	]
		.filter((s) => wanted(s.project))
		.map((s) => s.server)
});
