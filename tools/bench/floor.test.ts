import { describe, expect, it } from 'vitest';
import type { StyleSpecification } from 'maplibre-gl';
import { changesFromLog, floorPage, floorStyle, type StateCall } from './floor';

const point: GeoJSON.Point = { type: 'Point', coordinates: [36.8, 35.86] };
const name: GeoJSON.Feature = {
	type: 'Feature',
	properties: { role: 'name', placeId: 'saraqeb' },
	geometry: point
};
const event: GeoJSON.Feature = {
	type: 'Feature',
	properties: { role: 'event', placeId: 'saraqeb' },
	geometry: point
};

const style: StyleSpecification = {
	version: 8,
	sources: {
		land: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
		places: { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, promoteId: 'placeId' },
		labels: { type: 'geojson', data: { type: 'FeatureCollection', features: [name, event] } }
	},
	layers: [
		{ id: 'background', type: 'background', paint: { 'background-color': '#abc' } },
		{ id: 'land-fill', type: 'fill', source: 'land' },
		{ id: 'places-circle', type: 'circle', source: 'places' },
		{ id: 'events-label-broad', type: 'symbol', source: 'labels' },
		{ id: 'events-label', type: 'symbol', source: 'labels' },
		{ id: 'places-label', type: 'symbol', source: 'labels' },
		{ id: 'events-label-selected', type: 'symbol', source: 'labels' }
	]
};

describe('floorStyle', () => {
	it('keeps the base map, the places and their names, and drops the event labels: their layers and their features', () => {
		const floor = floorStyle(style);
		expect(Object.keys(floor.sources)).toEqual(['land', 'places', 'labels']);
		expect(floor.layers.map((l) => l.id)).toEqual([
			'background',
			'land-fill',
			'places-circle',
			'places-label'
		]);
		const labels = floor.sources.labels as { data: GeoJSON.FeatureCollection };
		expect(labels.data.features).toEqual([name]);
		expect(floor.version).toBe(8);
		expect(style.layers).toHaveLength(7);
		expect((style.sources.labels as { data: GeoJSON.FeatureCollection }).data.features).toHaveLength(2);
	});
});

describe('changesFromLog', () => {
	const a: StateCall = ['places', 'saraqeb', { count: 3 }];
	const b: StateCall = ['places', 'idlib', { count: 0 }];
	it('groups the calls after each mark under it, keeping empty changes', () => {
		expect(changesFromLog([a, 'date', a, b, 'date', 'setup', b, 'step', a])).toEqual([
			{ kind: 'date', calls: [a, b] },
			{ kind: 'date', calls: [] },
			{ kind: 'setup', calls: [b] },
			{ kind: 'step', calls: [a] }
		]);
	});

	it('drops calls made before the first mark', () => {
		expect(changesFromLog([a, b])).toEqual([]);
	});
});

describe('floorPage', () => {
	it('draws as many pixels as the explorer map and loads MapLibre from beside the page', () => {
		const html = floorPage({ width: 1279.6, height: 744.2 });
		expect(html).toContain('#map { width: 1280px; height: 744px; }');
		expect(html).toContain("from './__bench-floor/maplibre-gl.mjs'");
		expect(html).toContain('attributionControl: false');
	});
});
