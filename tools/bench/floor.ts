/**
 * The floor the explorer's browser figures are read against: a bare MapLibre page, built for the
 * benchmark, with the explorer's base map, its places and nothing else (no app, no panels, no
 * controls, no event labels), doing what the explorer did in the same run.
 *
 * - Its scene is taken from the explorer at its first `idle`: the style as MapLibre serialises it
 *   (`getStyle()`: the base map's sources and layers, the places source with its data and the place
 *   layers), the images the explorer added (the post and air-base icons), the camera, the map's size
 *   on screen, the map options that change what a frame costs, and the feature state every place has.
 * - Every `setFeatureState` call the explorer makes while the date changes and playback steps are
 *   timed is recorded, grouped by change. The floor page, open beside the explorer, applies the same
 *   calls in the same order right after the explorer made them (so both meet the machine in the same
 *   state), each group timed from before its first call to the map's next `idle` and the next
 *   animation frame, as the explorer's changes are. So the floor is MapLibre repainting the same feature-state
 *   change, and the ratio is what the explorer adds (its own JavaScript, the URL, the panels, the
 *   event labels it re-tiles).
 * - The page is served at the explorer's own origin and folder (`/__bench-floor.html`) by Playwright
 *   (`page.route`), with MapLibre's files from `node_modules`, so the style's relative addresses (the
 *   fonts, the towns) load from the built site as the explorer loads them.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import type { StyleSpecification } from 'maplibre-gl';
import { EVENT_LABEL_LAYERS, LABELS_SOURCE } from '../../src/lib/map/layers';

/** A feature state as `setFeatureState` takes it. */
export type FeatureStateValues = Record<string, unknown>;

/** One recorded `setFeatureState` call: source, feature id, state. */
export type StateCall = [source: string, id: string | number, state: FeatureStateValues];

/**
 * The calls one change made. `setup` changes (the player's return to the first month) are replayed
 * to keep the floor's state the explorer's, but not timed.
 */
export interface StateChange {
	kind: 'date' | 'step' | 'setup';
	calls: StateCall[];
}

/** An image the explorer added to its map, as RGBA bytes. */
export interface SceneImage {
	id: string;
	width: number;
	height: number;
	pixelRatio: number;
	sdf: boolean;
	/** RGBA bytes, base64. */
	data: string;
}

/** What the floor page draws, taken from the explorer at its first idle. */
export interface FloorScene {
	style: StyleSpecification;
	camera: { center: [number, number]; zoom: number; bearing: number; pitch: number };
	/** The explorer map's size on screen, CSS pixels: the floor draws as many pixels. */
	size: { width: number; height: number };
	/** Map options that change what a frame costs, as the explorer set them. */
	options: { fadeDuration: number; minZoom: number; maxZoom: number };
	images: SceneImage[];
	/** The feature state of every place at the explorer's first idle, set on the floor's `load`. */
	initial: StateCall[];
}

/**
 * The explorer's style without its event labels (their layers, and their features in the labels
 * source, which also holds the names of the places in range); everything else (base map, places,
 * their layers and names, fonts) stays as it is.
 */
export function floorStyle(style: StyleSpecification): StyleSpecification {
	const eventLayers: readonly string[] = EVENT_LABEL_LAYERS;
	const layers = style.layers.filter((l) => !eventLayers.includes(l.id));
	const sources = Object.fromEntries(
		Object.entries(style.sources).map(([id, source]) => {
			if (id !== LABELS_SOURCE || source.type !== 'geojson' || typeof source.data !== 'object')
				return [id, source];
			const data = source.data as GeoJSON.FeatureCollection;
			const features = data.features.filter((f) => f.properties?.role !== 'event');
			return [id, { ...source, data: { ...data, features } }];
		})
	);
	return { ...style, sources, layers };
}

/**
 * Cuts a log of recorded calls into changes: each mark (the kind of the change about to be made)
 * starts a group that holds the calls made until the next mark. Calls before the first mark belong to
 * no timed change and are dropped (the initial state is taken separately).
 */
export function changesFromLog(log: readonly (StateChange['kind'] | StateCall)[]): StateChange[] {
	const changes: StateChange[] = [];
	for (const entry of log) {
		if (typeof entry === 'string') changes.push({ kind: entry, calls: [] });
		else changes.at(-1)?.calls.push(entry);
	}
	return changes;
}

/** The address of the floor page: at the site's top folder, so relative addresses resolve alike. */
export const FLOOR_PATH = '/__bench-floor.html';
const FILES_PATH = '/__bench-floor/';

/**
 * The floor page: MapLibre and nothing else. It fetches its scene, makes the map with the explorer's
 * options and size, adds the explorer's images, sets the initial feature state on `load` (as the
 * explorer does once its map is ready) and puts the map and the time of its first `idle` on
 * `window.__benchFloor`.
 */
export function floorPage(size: FloorScene['size']): string {
	const w = Math.round(size.width);
	const h = Math.round(size.height);
	return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>MapLibre floor</title>
<link rel="stylesheet" href=".${FILES_PATH}maplibre-gl.css">
<style>html, body { margin: 0; } #map { width: ${w}px; height: ${h}px; }</style>
</head>
<body>
<div id="map"></div>
<script type="module">
import * as maplibregl from '.${FILES_PATH}maplibre-gl.mjs';
maplibregl.setWorkerUrl(new URL('.${FILES_PATH}maplibre-gl-worker.mjs', location.href).href);
const scene = await (await fetch('.${FILES_PATH}scene.json')).json();
const bench = {};
const map = new maplibregl.Map({
	container: 'map',
	style: scene.style,
	center: scene.camera.center,
	zoom: scene.camera.zoom,
	bearing: scene.camera.bearing,
	pitch: scene.camera.pitch,
	fadeDuration: scene.options.fadeDuration,
	minZoom: scene.options.minZoom,
	maxZoom: scene.options.maxZoom,
	attributionControl: false
});
bench.map = map;
for (const image of scene.images) {
	const bytes = Uint8Array.from(atob(image.data), (c) => c.charCodeAt(0));
	map.addImage(image.id, { width: image.width, height: image.height, data: bytes }, { pixelRatio: image.pixelRatio, sdf: image.sdf });
}
map.once('load', () => {
	for (const [source, id, state] of scene.initial) map.setFeatureState({ source, id }, state);
});
map.once('idle', () => { bench.firstIdleAt = performance.now(); });
window.__benchFloor = bench;
</script>
</body>
</html>
`;
}

/** MapLibre's own files, from the installed package. */
function maplibreFiles(): Record<string, { body: Buffer; type: string }> {
	const dist = dirname(createRequire(import.meta.url).resolve('maplibre-gl/dist/maplibre-gl.mjs'));
	const file = (name: string, type: string) => ({ body: readFileSync(join(dist, name)), type });
	return {
		'maplibre-gl.mjs': file('maplibre-gl.mjs', 'text/javascript'),
		'maplibre-gl-worker.mjs': file('maplibre-gl-worker.mjs', 'text/javascript'),
		'maplibre-gl.css': file('maplibre-gl.css', 'text/css')
	};
}

/** Answers the floor page's requests in `page` (its page, MapLibre's files and the scene). */
async function serveFloor(page: Page, scene: FloorScene): Promise<void> {
	const files = maplibreFiles();
	const sceneJson = JSON.stringify(scene);
	await page.route(`**${FLOOR_PATH}`, (route) =>
		route.fulfill({ contentType: 'text/html', body: floorPage(scene.size) })
	);
	await page.route(`**${FILES_PATH}*`, (route) => {
		const name = new URL(route.request().url()).pathname.split('/').pop()!;
		if (name === 'scene.json') return route.fulfill({ contentType: 'application/json', body: sceneJson });
		const f = files[name];
		return f ? route.fulfill({ contentType: f.type, body: f.body }) : route.fulfill({ status: 404 });
	});
}

const READY_TIMEOUT = 120_000;

/** Opens the floor page in `page` and returns the time of its map's first idle after navigation start. */
async function openFloor(page: Page, baseUrl: string, scene: FloorScene): Promise<number> {
	await serveFloor(page, scene);
	await page.goto(`${baseUrl.replace(/\/+$/, '')}${FLOOR_PATH}`);
	await page.waitForFunction(
		'window.__benchFloor !== undefined && window.__benchFloor.firstIdleAt !== undefined',
		undefined,
		{ timeout: READY_TIMEOUT, polling: 50 }
	);
	return (await page.evaluate('window.__benchFloor.firstIdleAt')) as number;
}

/** The floor's first idle on a cold page (a new browser context, so nothing is cached). */
export async function floorFirstIdle(
	browser: Browser,
	baseUrl: string,
	scene: FloorScene,
	viewport: { width: number; height: number }
): Promise<number> {
	const context = await browser.newContext({ viewport });
	try {
		return await openFloor(await context.newPage(), baseUrl, scene);
	} finally {
		await context.close();
	}
}

/** Opens the floor page in a context of its own and waits for its map's first idle. */
export async function openFloorPage(
	browser: Browser,
	baseUrl: string,
	scene: FloorScene,
	viewport: { width: number; height: number }
): Promise<Page> {
	const context = await browser.newContext({ viewport });
	const page = await context.newPage();
	await openFloor(page, baseUrl, scene);
	return page;
}

/**
 * Applies recorded changes on the floor page, in order, each from an idle map, and returns the times
 * of the timed ones by kind. A change with no calls is skipped: there is nothing for MapLibre to draw.
 * The page-side code is a string so that no helper of a TypeScript runner ends up in the page.
 */
export async function replayOn(
	page: Page,
	changes: readonly StateChange[]
): Promise<{ date: number[]; step: number[] }> {
	return (await page.evaluate(`(async (changes) => {
		const map = window.__benchFloor.map;
		const out = { date: [], step: [] };
		for (const change of changes) {
			if (change.calls.length === 0) continue;
			if (!map.loaded() || map.isMoving()) await new Promise((r) => map.once('idle', r));
			const t0 = performance.now();
			for (const [source, id, state] of change.calls) map.setFeatureState({ source, id }, state);
			await new Promise((r) => map.once('idle', () => requestAnimationFrame(r)));
			if (change.kind !== 'setup') out[change.kind].push(performance.now() - t0);
		}
		return out;
	})(${JSON.stringify(changes)})`)) as { date: number[]; step: number[] };
}

/**
 * The explorer's side: starts recording every `setFeatureState` call of the map on
 * `window.__benchStateLog`, which the timed changes mark with their kind (see browser.ts).
 */
export async function recordStateCalls(page: Page): Promise<void> {
	await page.evaluate(`(() => {
		const map = window.__explorerBench.map;
		const log = [];
		window.__benchStateLog = log;
		const original = map.setFeatureState;
		map.setFeatureState = function (feature, state) {
			log.push([feature.source, feature.id, state]);
			return original.call(this, feature, state);
		};
	})()`);
}

/** The calls recorded since the last time this was asked, cut into changes (the log is emptied). */
export async function recordedChanges(page: Page): Promise<StateChange[]> {
	const log = (await page.evaluate('window.__benchStateLog ? window.__benchStateLog.splice(0) : []')) as (
		StateChange['kind'] | StateCall
	)[];
	return changesFromLog(log);
}

/**
 * Takes the floor's scene from the explorer at its first idle: the style without what is not the
 * base map or the places, the images, the camera and size, the options and every place's state.
 */
export async function captureScene(page: Page, placesSource: string): Promise<FloorScene> {
	const scene = (await page.evaluate(`(() => {
		const map = window.__explorerBench.map;
		const style = map.getStyle();
		const box = map.getContainer().getBoundingClientRect();
		const c = map.getCenter();
		const images = map.listImages().map((id) => {
			const image = map.style.getImage(id);
			let text = '';
			const bytes = image.data.data;
			for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
			return { id, width: image.data.width, height: image.data.height, pixelRatio: image.pixelRatio, sdf: !!image.sdf, data: btoa(text) };
		});
		const source = style.sources[${JSON.stringify(placesSource)}];
		const features = source && typeof source.data === 'object' ? source.data.features : [];
		const promote = source && typeof source.promoteId === 'string' ? source.promoteId : undefined;
		const initial = [];
		for (const f of features) {
			const id = promote ? f.properties[promote] : f.id;
			if (id === undefined) continue;
			const state = map.getFeatureState({ source: ${JSON.stringify(placesSource)}, id });
			if (Object.keys(state).length) initial.push([${JSON.stringify(placesSource)}, id, state]);
		}
		return {
			style,
			camera: { center: [c.lng, c.lat], zoom: map.getZoom(), bearing: map.getBearing(), pitch: map.getPitch() },
			size: { width: box.width, height: box.height },
			options: { fadeDuration: map._fadeDuration ?? 0, minZoom: map.getMinZoom(), maxZoom: map.getMaxZoom() },
			images,
			initial
		};
	})()`)) as FloorScene;
	return { ...scene, style: floorStyle(scene.style) };
}
