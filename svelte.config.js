import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * An online base-map style (optional, see README) needs its origin allowed to load styles, tiles,
 * glyphs and sprites; with the default offline map nothing beyond 'self' is allowed.
 */
function onlineStyleOrigin() {
	try {
		const url = new URL(process.env.VITE_ONLINE_STYLE_URL ?? '');
		return url.protocol === 'https:' || url.protocol === 'http:' ? [url.origin] : [];
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

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		outDir,
		typescript: {
			/** The offline tools (benchmark, base-map generator, evaluation) live beside `src/` and are checked with it. */
			config: (tsconfig) => ({ ...tsconfig, include: [...tsconfig.include, '../tools/**/*.ts'] })
		},
		adapter: adapter({ pages: siteOut, assets: siteOut, fallback: undefined, strict: true }),
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
