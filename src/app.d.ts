import type { Map as MapLibreMap } from 'maplibre-gl';

declare global {
	namespace App {}

	interface ImportMetaEnv {
		/** An online MapLibre style to use instead of the offline base map (see README). */
		readonly VITE_ONLINE_STYLE_URL?: string;
		/** `1` in benchmark builds: the map is exposed on `window.__explorerBench` (see README). */
		readonly VITE_BENCH?: string;
	}

	interface Window {
		/**
		 * Set to `true` by a browser test before the page's scripts run (Playwright's `addInitScript`):
		 * the page then puts its map on `__explorerBench` in any build, so the test can ask MapLibre what
		 * it drew (`queryRenderedFeatures`, `getFeatureState`).
		 */
		__explorerExposeMap?: boolean;
		/**
		 * In builds made with `VITE_BENCH=1`, and in any build asked by `__explorerExposeMap`: what the
		 * browser benchmark and the map tests read.
		 */
		__explorerBench?: {
			map: MapLibreMap;
			/** `performance.now()` when the map was first idle with the corpus layers. */
			firstIdleAt?: number;
		};
	}
}

export {};
