import { defineConfig } from '@playwright/test';

/**
 * Browser tests run against the built static site served by `vite preview`. Chromium comes from the
 * system (Debian's package at /usr/bin/chromium) because Playwright's own browser download is not
 * available everywhere; set CHROMIUM_PATH to use another browser binary, or an empty value for
 * Playwright's bundled one.
 */
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
	testDir: 'tests/e2e',
	timeout: 60_000,
	expect: { timeout: 15_000 },
	fullyParallel: false,
	workers: 1,
	retries: 0,
	reporter: [['list']],
	use: {
		baseURL: 'http://127.0.0.1:4173',
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
		command: 'npx vite preview --port 4173 --strictPort --host 127.0.0.1',
		url: 'http://127.0.0.1:4173',
		reuseExistingServer: false,
		timeout: 60_000
	}
});
