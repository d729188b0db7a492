import { execFileSync } from 'node:child_process';
import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * Validates `geodata/` (the same check as `npm run check:data`) before anything is built, so a broken
 * place or article stops `vite build` with every problem listed and no half-built site is written.
 * It runs as a child process to keep the data pipeline out of Vite's config bundle.
 */
function validateGeodata(): Plugin {
	return {
		name: 'validate-geodata',
		apply: 'build',
		buildStart() {
			if (this.environment?.name && this.environment.name !== 'client') return;
			try {
				execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/check-data.ts'], {
					stdio: ['ignore', 'ignore', 'inherit']
				});
			} catch {
				this.error('geodata/ is invalid (see the problems above); nothing was built');
			}
		}
	};
}

export default defineConfig({
	plugins: [validateGeodata(), sveltekit()],
	test: {
		include: ['src/**/*.test.ts', 'tools/**/*.test.ts', 'tests/unit/**/*.test.ts'],
		environment: 'node',
		testTimeout: 20_000
	}
});
