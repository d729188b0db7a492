import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './src/lib/server/bench/chromium';

/**
 * Browser tests run against the built static site served by `vite preview`, in the same Chromium the
 * browser benchmark uses (see `chromiumLaunchOptions`: CHROMIUM_PATH picks the binary).
 */

/** E2E_PORT lets several checkouts run their browser tests side by side. */
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
	testDir: 'tests/e2e',
	timeout: 60_000,
	expect: { timeout: 15_000 },
	fullyParallel: false,
	workers: 1,
	retries: 0,
	reporter: [['list']],
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		viewport: { width: 1280, height: 800 },
		launchOptions: chromiumLaunchOptions()
	},
	webServer: {
		command: `npx vite preview --port ${port} --strictPort --host 127.0.0.1`,
		url: `http://127.0.0.1:${port}`,
		reuseExistingServer: false,
		timeout: 60_000
	}
});
