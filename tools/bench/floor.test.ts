import { describe, expect, it } from 'vitest';
import type { StyleSpecification } from 'maplibre-gl';
import { changesFromLog, floorPage, floorStyle, type StateCall } from './floor';

const style: StyleSpecification = {
	version: 8,
	sources: {
		land: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
		places: { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, promoteId: 'placeId' },
		'event-labels': { type: 'geojson', data: { type: 'FeatureCollection', features: [] } }
	},
	layers: [
		{ id: 'background', type: 'background', paint: { 'background-color': '#abc' } },
		{ id: 'land-fill', type: 'fill', source: 'land' },
		{ id: 'places-circle', type: 'circle', source: 'places' },
		{ id: 'event-labels-text', type: 'symbol', source: 'event-labels' },
		{ id: 'places-label', type: 'symbol', source: 'places' }
	]
};

describe('floorStyle', () => {
	it('keeps the base map and the places, and drops the event labels with their layers', () => {
		const floor = floorStyle(style);
		expect(Object.keys(floor.sources)).toEqual(['land', 'places']);
		expect(floor.layers.map((l) => l.id)).toEqual([
			'background',
			'land-fill',
			'places-circle',
			'places-label'
		]);
		expect(floor.version).toBe(8);
		expect(style.layers).toHaveLength(5);
	});

	it('drops the sources it is given', () => {
		expect(floorStyle(style, ['land']).layers.map((l) => l.id)).toEqual([
			'background',
			'places-circle',
			'event-labels-text',
			'places-label'
		]);
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
