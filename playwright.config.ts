import { defineConfig } from '@playwright/test';

/**
 * Browser tests run against the built static site served by `vite preview`. Chromium comes from the
 * system (Debian's package at /usr/bin/chromium) because Playwright's own browser download is not
 * available everywhere; set CHROMIUM_PATH to use another browser binary, or an empty value for
 * Playwright's bundled one.
 */
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

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
		launchOptions: {
			executablePath: executablePath || undefined,
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run'
			]
		}
	},
	webServer: {
		command: `npx vite preview --port ${port} --strictPort --host 127.0.0.1`,
		url: `http://127.0.0.1:${port}`,
		reuseExistingServer: false,
		timeout: 60_000
	}
});
