import { describe, expect, it } from 'vitest';
import { DEFERRED_PARTS, REGION_BOUNDS, type MapView } from './basemap';
import { emptyOfflineStyle } from './style-fixture';

/** The JSON files of `static/basemap/` by name, as the site serves them under `/base/basemap/`. */
const FILES = import.meta.glob<string>('../../../static/basemap/*.json', {
	query: '?raw',
	import: 'default',
	eager: true
});

const fetchStatic: typeof fetch = async (input) => {
	const text = FILES[String(input).replace(/^\/base\/basemap\//, '../../../static/basemap/')];
	return text === undefined ? new Response('', { status: 404 }) : new Response(text);
};

/** The sources the offline style declares, which a deferred part may fill. */
const STYLE_SOURCES = Object.keys(emptyOfflineStyle().sources);

const wanted = (view: MapView) => DEFERRED_PARTS.filter((p) => p.wanted(view)).map((p) => p.name);

describe('DEFERRED_PARTS', () => {
	it('leaves the first screen, zoomed out over north-west Syria, without any', () => {
		expect(wanted({ zoom: 7.3, bounds: [34.9, 34.6, 38.3, 37] })).toEqual([]);
	});

	it('loads the detail and every town when zoomed in, and the world once the view leaves the region', () => {
		expect(wanted({ zoom: 7.5, bounds: [36, 35.5, 37, 36.2] })).toEqual(['detailed outlines']);
		expect(wanted({ zoom: 8, bounds: [36, 35.5, 37, 36.2] })).toEqual(['detailed outlines', 'every town']);
		const [w, s, e, n] = REGION_BOUNDS;
		expect(wanted({ zoom: 4, bounds: [w - 1, s, e, n] })).toEqual(['world map']);
		expect(wanted({ zoom: 1, bounds: [-200, -80, 200, 80] })).toEqual(['world map']);
	});

	it('fills only sources the offline style declares, with shapes or a file under the base', async () => {
		for (const part of DEFERRED_PARTS) {
			const data = await part.load(fetchStatic, '/base');
			expect(Object.keys(data).length, part.name).toBeGreaterThan(0);
			for (const [id, value] of Object.entries(data)) {
				expect(STYLE_SOURCES, `${part.name}: ${id}`).toContain(id);
				if (typeof value === 'string') expect(value, id).toMatch(/^\/base\/basemap\/[\w-]+\.geojson$/);
				else expect((value as GeoJSON.FeatureCollection).features.length, id).toBeGreaterThan(0);
			}
		}
	});
});
