/**
 * The audit's baseline: the explorer's map with nothing around it. The same MapLibre, worker, fonts,
 * offline style, corpus layers and data files as `src/lib/map/MapOwner.svelte` builds, at the explorer's
 * first camera, with no Svelte, panels, lists or timeline; so the gap between this page's performance
 * score and the explorer's is what the app adds to the map.
 */
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import fontLatin from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import fontLatinExt from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url';
import { readExplorerFile } from '../../../src/lib/data/explorer-file';
import { loadBasemap, offlineStyle } from '../../../src/lib/map/basemap';
import { toMapFeatures } from '../../../src/lib/map/features';
import { ICONS, renderIcon } from '../../../src/lib/map/icons';
import { withPlaces } from '../../../src/lib/map/layers';

/** The explorer's first camera (`DEFAULT_CAMERA` in src/routes/+page.svelte). */
const CAMERA = { zoom: 7.3, lat: 35.75, lng: 36.75 };

maplibregl.setWorkerUrl(workerUrl);
maplibregl.prewarm();

const [explorer, basemap] = await Promise.all([
	fetch('/data/explorer.json').then(async (r) => readExplorerFile(await r.json())),
	loadBasemap(fetch, '')
]);
const map = new maplibregl.Map({
	container: 'map',
	style: withPlaces(
		offlineStyle(
			'',
			{
				latin: fontLatin,
				latinExt: fontLatinExt,
				latinSubset: basemap.latinSubset,
				extSubset: basemap.extSubset
			},
			basemap.shapes
		),
		toMapFeatures(explorer.places.features)
	),
	fadeDuration: 0,
	center: [CAMERA.lng, CAMERA.lat],
	zoom: CAMERA.zoom,
	minZoom: 1,
	maxZoom: 14
});
map.setMissingStyleImageResolver((id) => {
	const icon = ICONS.find((i) => i.id === id);
	if (!icon || map.hasImage(id)) return;
	const { data, pixelRatio } = renderIcon(icon);
	map.addImage(id, data, { pixelRatio });
});
map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
map.getCanvas().setAttribute('aria-label', 'Map of the places named in the articles');
