import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { sveltekit } from '@sveltejs/kit/vite';
import type { Connect, Plugin } from 'vite';
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
			// `npm run build` has validated the data folder already: its data step wrote the files Vite reads.
			if (process.env.SITE_DATA_DIR) return;
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

/** What the dev server says each kind of data file is. */
const DATA_TYPES: Record<string, string> = {
	'.json': 'application/json',
	'.geojson': 'application/geo+json',
	'.csv': 'text/csv; charset=utf-8'
};

/** Answers `/data/…` with the file under `folder` (a folder holding `data/`), or passes the request on. */
function dataFiles(folder: string): Connect.NextHandleFunction {
	return (req, res, next) => {
		let path: string;
		try {
			path = decodeURIComponent((req.url ?? '').split(/[?#]/)[0]!);
		} catch {
			return next();
		}
		if (!path.startsWith('/data/') || path.split('/').includes('..')) return next();
		const file = join(folder, path);
		if (!existsSync(file) || !statSync(file).isFile()) return next();
		res.setHeader('content-type', DATA_TYPES[extname(file)] ?? 'application/octet-stream');
		res.end(readFileSync(file));
	};
}

/**
 * The `data/` files are written by the build's data step, not by routes, so Vite's servers answer them
 * here. `npm run dev` serves the same files as the built site: when the dev server starts it writes
 * them (`npm run build:files`, the build's own data step, as a child process so the data pipeline stays
 * out of Vite's config bundle) into `.svelte-kit/dev-data`, which the pages' server code reads too
 * (`SITE_DATA_DIR`). Like the build, it reads `geodata/` once: restart the dev server to see an edit to
 * the data. `vite preview` serves them from the published site (`SITE_OUT`, default `build/`).
 */
function serveDataFiles(): Plugin {
	const folder = resolve('.svelte-kit/dev-data');
	return {
		name: 'serve-data-files',
		apply: (_, { command }) => command === 'serve' && !process.env.VITEST,
		configureServer(server) {
			process.env.SITE_DATA_DIR = folder;
			execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/write-data.ts', folder], {
				stdio: ['ignore', 'inherit', 'inherit']
			});
			server.middlewares.use(dataFiles(folder));
		},
		configurePreviewServer(server) {
			server.middlewares.use(dataFiles(resolve(process.env.SITE_OUT || 'build')));
		}
	};
}

export default defineConfig({
	plugins: [validateGeodata(), serveDataFiles(), sveltekit()],
	test: {
		include: ['src/**/*.test.ts', 'tools/**/*.test.ts', 'tests/unit/**/*.test.ts'],
		environment: 'node',
		testTimeout: 20_000
	}
});
