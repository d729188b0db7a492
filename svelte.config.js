import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @typedef {NonNullable<import('@sveltejs/kit').KitConfig['csp']>['directives']} Directives */
/** @typedef {NonNullable<NonNullable<Directives>['img-src']>} Sources CSP sources, as kit.csp types them */

/**
 * An online base-map style (optional, see README) needs its origin allowed to load styles, tiles,
 * glyphs and sprites; with the default offline map nothing beyond 'self' is allowed.
 * @returns {Sources}
 */
function onlineStyleOrigin() {
	try {
		const url = new URL(process.env.VITE_ONLINE_STYLE_URL ?? '');
		const origins = /** @type {Sources} */ ([url.origin]);
		return url.protocol === 'https:' || url.protocol === 'http:' ? origins : [];
	} catch {
		return [];
	}
}
const online = onlineStyleOrigin();

/**
 * SITE_OUT builds a second site (another corpus through GEODATA_DIR, e.g. the benchmark's or the
 * hostile-text fixture) into its own folder without touching `build/`; its working files get their own
 * `.svelte-kit-*` folder so `vite preview` with the same variable serves that site.
 */
const siteOut = process.env.SITE_OUT || 'build';
const outDir = siteOut === 'build' ? '.svelte-kit' : `.svelte-kit-${siteOut.replace(/[^\w-]+/g, '-')}`;

/**
 * `npm run build` (src/cli/build-site.ts) has the adapter write into a staging folder beside the
 * published site and swaps it in only once it is complete; a bare `vite build` writes to SITE_OUT.
 */
const pagesOut = process.env.SITE_STAGING || siteOut;

/**
 * Every file under `dir` (`dir` itself when it is a file, none when it does not exist), sorted.
 * @param {string} dir
 * @returns {string[]}
 */
function filesUnder(dir) {
	if (!existsSync(dir)) return [];
	if (!statSync(dir).isDirectory()) return [dir];
	return readdirSync(dir)
		.sort()
		.flatMap((name) => filesUnder(join(dir, name)));
}

/**
 * The app's version name, from the build's inputs instead of the clock SvelteKit uses by default: the
 * name is baked into `_app/version.json`, the client code and the inline start-up script (and so into
 * its CSP hash), so a time-based name made every build of the same source differ. It changes whenever
 * the sources, the static files, the corpus (GEODATA_DIR), the locked dependencies, a VITE_ setting,
 * what the site publishes of the articles' text (SITE_TEXT) or its address (SITE_URL) change, which is all SvelteKit needs it for: telling an open page that a new version is deployed.
 */
function inputsVersion() {
	const hash = createHash('sha256');
	const roots = ['src', 'static', process.env.GEODATA_DIR || 'geodata'];
	const configs = ['svelte.config.js', 'vite.config.ts', 'tsconfig.json', 'package-lock.json'];
	for (const [i, root] of [...roots, ...configs].entries()) {
		for (const file of filesUnder(root)) {
			// Paths inside each root, so a corpus in a temporary folder names the same version wherever it is.
			hash
				.update(`${i}:${relative(root, file)}\0`)
				.update(readFileSync(file))
				.update('\0');
		}
	}
	for (const key of Object.keys(process.env)
		.filter((k) => k.startsWith('VITE_') || k === 'SITE_TEXT' || k === 'SITE_URL')
		.sort()) {
		hash.update(`${key}=${process.env[key]}\0`);
	}
	return hash.digest('hex').slice(0, 16);
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		outDir,
		typescript: {
			/**
			 * The offline tools (benchmark, base-map generator, evaluation, audit) live beside `src/` and are
			 * checked with it; the packages the audit installs in `tools/audit/node_modules` are not.
			 */
			config: (tsconfig) => ({
				...tsconfig,
				include: [...tsconfig.include, '../tools/**/*.ts'],
				exclude: [...tsconfig.exclude, '../tools/**/node_modules/**']
			})
		},
		// `404.html` boots the app, which shows src/routes/+error.svelte for the missing address; nginx
		// (`error_page`), Netlify and Cloudflare Pages serve it for every path the site does not have.
		adapter: adapter({ pages: pagesOut, assets: pagesOut, fallback: '404.html', strict: true }),
		version: { name: inputsVersion() },
		prerender: {
			/**
			 * The `data/` files are not routes: `npm run build` writes them before Vite runs, in the folder
			 * `SITE_DATA_DIR` names, and moves them into the site after. A page may link to one (the About
			 * page links an example of each pattern), so a missing page under `/data/` is fine when that
			 * folder holds the file; anything else missing still fails the build.
			 * @param {{ path: string; status: number; message: string }} details
			 */
			handleHttpError: ({ path, status, message }) => {
				const written = process.env.SITE_DATA_DIR;
				if (status === 404 && written && path.startsWith('/data/')) {
					const file = join(written, decodeURIComponent(path));
					if (!path.split('/').includes('..') && existsSync(file)) return;
				}
				throw new Error(message);
			}
		},
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:', ...online],
				'font-src': ['self', 'data:', ...online],
				'connect-src': ['self', ...online],
				'worker-src': ['self'],
				'child-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
