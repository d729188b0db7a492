import type { Page } from '@playwright/test';
import { expect, mapReady, test } from './fixtures';

/** The base map's land and sea colours (`src/lib/map/basemap.ts`): land is far redder than sea. */
const LAND_RED = 244;
const SEA_RED = 207;

/** The camera the URL's hash holds (`#zoom/lat/lng`), once the map has written it. */
async function camera(page: Page): Promise<{ zoom: number; lat: number; lng: number }> {
	const [zoom, lat, lng] = new URL(page.url()).hash.slice(1).split('/').map(Number);
	return { zoom: zoom!, lat: lat!, lng: lng! };
}

/** Where a longitude/latitude is drawn on the canvas (Web Mercator, 512-pixel world at zoom 0). */
async function toCanvas(page: Page, lng: number, lat: number): Promise<[number, number]> {
	const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
	const c = await camera(page);
	const size = 512 * 2 ** c.zoom;
	const x = (l: number) => ((l + 180) / 360) * size;
	const y = (p: number) => ((1 - Math.log(Math.tan(Math.PI / 4 + (p * Math.PI) / 360)) / Math.PI) / 2) * size;
	return [box.width / 2 + x(lng) - x(c.lng), box.height / 2 + y(lat) - y(c.lat)];
}

/**
 * What the map canvas shows: the red channel at each point, and for each box the number of dark
 * pixels (red under 160: label text, never land, sea or the area tints). The canvas is read from a
 * screenshot, decoded in the page, so the test sees what a reader sees.
 */
async function look(
	page: Page,
	points: [number, number][],
	boxes: [number, number, number, number][] = []
): Promise<{ red: number[]; dark: number[] }> {
	const png = (await page.locator('.maplibregl-canvas').screenshot()).toString('base64');
	return page.evaluate(
		async ({ png, points, boxes }) => {
			const bytes = Uint8Array.from(atob(png), (c) => c.charCodeAt(0));
			const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
			const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
			const context = canvas.getContext('2d')!;
			context.drawImage(bitmap, 0, 0);
			const { data, width } = context.getImageData(0, 0, bitmap.width, bitmap.height);
			const red = (x: number, y: number) => data[(Math.round(y) * width + Math.round(x)) * 4]!;
			return {
				red: points.map(([x, y]) => red(x, y)),
				dark: boxes.map(([x0, y0, x1, y1]) => {
					let n = 0;
					for (let y = Math.round(y0); y < y1; y++)
						for (let x = Math.round(x0); x < x1; x++) if (red(x, y) < 160) n++;
					return n;
				})
			};
		},
		{ png, points, boxes }
	);
}

const isLand = (red: number) => Math.abs(red - LAND_RED) <= 4;
const isSea = (red: number) => Math.abs(red - SEA_RED) <= 4;

test('choosing Washington flies to Washington, drawn on the world map’s land by the sea', async ({
	page
}) => {
	await page.goto('/?place=washington');
	await mapReady(page);
	await expect(page.getByRole('region', { name: 'Washington' })).toBeVisible();
	await expect(page).toHaveURL(/#4\/38\.9\d*\/-77\.0[34]\d*$/, { timeout: 10_000 });
	// West Virginia is land and the Atlantic off Delaware is sea: on the old clamped map, which put
	// Washington on Uşak in Turkey, both were land.
	const inland = await toCanvas(page, -79.5, 38.9);
	const atlantic = await toCanvas(page, -72.5, 38.5);
	await expect
		.poll(async () => {
			const { red } = await look(page, [inland, atlantic]);
			return isLand(red[0]!) && isSea(red[1]!);
		})
		.toBe(true);
});

test('the whole world is drawn at low zoom: Africa and South America on the Atlantic', async ({ page }) => {
	await page.goto('/#1.5/10/-10');
	await mapReady(page);
	const points = await Promise.all([
		toCanvas(page, 20, 5),
		toCanvas(page, -55, -10),
		toCanvas(page, -25, 0),
		toCanvas(page, 36.75, 35.75)
	]);
	await expect
		.poll(async () => {
			const { red } = await look(page, points);
			return red.map((r) => (isLand(r) ? 'land' : isSea(r) ? 'sea' : r));
		})
		// The last is north-west Syria, on the regional map (its tint is a little lighter than land).
		.toEqual(['land', 'land', 'sea', expect.anything()]);
});

test('zoomed in near Saraqeb, the base map names the towns around', async ({ page }) => {
	await page.goto('/#13/35.885/36.76');
	await mapReady(page);
	// Sarmīn, 7 km north-west of Saraqeb: its name is drawn under its point.
	const [x, y] = await toCanvas(page, 36.72501, 35.90403);
	const name: [number, number, number, number] = [x - 40, y + 5, x + 40, y + 25];
	await expect.poll(async () => (await look(page, [], [name])).dark[0]).toBeGreaterThan(20);
	await page.getByRole('checkbox', { name: 'Base-map towns' }).uncheck();
	await expect.poll(async () => (await look(page, [], [name])).dark[0]).toBeLessThan(5);
});

test('the first screen leaves the world map unloaded; zooming out loads it', async ({ page }) => {
	const fetched: string[] = [];
	page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
	await page.goto('/');
	await mapReady(page);
	await page.waitForLoadState('networkidle');
	expect(fetched.filter((p) => p.includes('/basemap/world-'))).toEqual([]);
	await page.getByRole('button', { name: 'Zoom out' }).click();
	await page.getByRole('button', { name: 'Zoom out' }).click();
	await expect
		.poll(() => fetched.filter((p) => p.includes('/basemap/world-')).sort())
		.toEqual([
			'/basemap/world-borders.packed.json',
			'/basemap/world-labels.geojson',
			'/basemap/world-land.packed.json'
		]);
});

test('a far place chosen from the list is flown to where it is', async ({ page }) => {
	await page.goto('/');
	await mapReady(page);
	await page.locator('.place-list [data-place="moscow"]').click();
	await expect(page.getByRole('region', { name: 'Moscow' })).toBeVisible();
	await expect(page).toHaveURL(/#4\/55\.\d+\/\d+\.\d+$/, { timeout: 10_000 });
	// The panel opening narrows the map while it flies, which leaves the place off the middle (as it
	// does for every place chosen from the list); what counts here is that Moscow is on screen.
	const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
	const [x, y] = await toCanvas(page, 37.61556, 55.75222);
	expect(x).toBeGreaterThan(0);
	expect(x).toBeLessThan(box.width);
	expect(Math.abs(y - box.height / 2)).toBeLessThan(5);
});
