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
		/** Only in builds made with `VITE_BENCH=1`: what the browser benchmark reads. */
		__explorerBench?: {
			map: MapLibreMap;
			/** `performance.now()` when the map was first idle with the corpus layers. */
			firstIdleAt?: number;
		};
		/** Set by a browser test before the page loads, to be given the map (`MapProbe.svelte`). */
		__explorerProbe?: boolean;
		/** The map, once `__explorerProbe` asked for it. */
		__explorerMap?: MapLibreMap;
	}
}

export {};
