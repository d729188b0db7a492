import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * Validates `geodata/` before anything is built, so a broken place or article stops `vite build` with
 * every problem listed (file and field) and no half-built site is written.
 */
function validateGeodata(): Plugin {
	return {
		name: 'validate-geodata',
		apply: 'build',
		async buildStart() {
			const { loadDataset } = await import('./src/lib/server/pipeline');
			loadDataset();
		}
	};
}

export default defineConfig({
	plugins: [validateGeodata(), sveltekit()],
	test: {
		include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
