import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tools/chromium';

/**
 * Browser tests run against the built static site served by `vite preview`, in the same Chromium the
 * browser benchmark uses (see `chromiumLaunchOptions`: CHROMIUM_PATH picks the binary).
 */

/** E2E_PORT lets several checkouts run their browser tests side by side. */
const port = Number(process.env.E2E_PORT ?? 4173);

/**
 * The hostile-text site (`npm run build:hostile`: the corpus in tests/fixtures/hostile built into
 * build-hostile/) is served ten ports above the main one, so it follows E2E_PORT too.
 */
const hostilePort = port + 10;

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
			testIgnore: /hostile\.spec\.ts$/,
			use: { baseURL: `http://127.0.0.1:${port}` }
		},
		{
			name: 'hostile',
			testMatch: /hostile\.spec\.ts$/,
			use: { baseURL: `http://127.0.0.1:${hostilePort}` }
		}
	],
	webServer: [preview(port, 'build'), preview(hostilePort, 'build-hostile')]
});
