import { describe, expect, it } from 'vitest';
import type { LayerSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import { PLACE_KINDS } from '../data/explorer-data';
import { LAYER_IDS, LAYERS, layerEntry, placeListGroups } from '../view/layers';
import { LAYER_IDS as URL_LAYER_IDS } from '../view/url-state';
import { EMPTY, emptyOfflineStyle } from './style-fixture';
import {
	INTERACTIVE_TIERS,
	LABELS_SOURCE,
	EVENT_LABEL_LAYERS,
	PLACES_SOURCE,
	placeLayers,
	withPlaces
} from './layers';
import { SWITCHED_BY, switchGroup } from './switchable';

/** Every style layer the explorer draws: the offline base map's and the corpus's. */
const STYLE_LAYERS: LayerSpecification[] = withPlaces(emptyOfflineStyle(), EMPTY).layers;

/** The registry id a style layer's metadata names, as written (not checked against the registry). */
const tag = (layer: LayerSpecification): unknown =>
	(layer.metadata as Record<string, unknown> | undefined)?.[SWITCHED_BY];

/** Style layer ids per registry id, as the map's visibility part finds them. */
function groups(): Record<string, string[]> {
	const out: Record<string, string[]> = {};
	for (const layer of STYLE_LAYERS) {
		const group = switchGroup(layer.metadata);
		if (group) (out[group] ??= []).push(layer.id);
	}
	return out;
}

describe('the layer registry and the map style', () => {
	it('gives every registry layer style layers to switch', () => {
		const found = groups();
		for (const id of LAYER_IDS) expect(found[id], id).not.toHaveLength(0);
	});

	it('has every switchable style layer belong to a registry layer', () => {
		const tagged = STYLE_LAYERS.filter((l) => tag(l) !== undefined);
		expect(tagged.length).toBeGreaterThan(0);
		for (const layer of tagged) expect(Object.keys(LAYERS), layer.id).toContain(tag(layer));
	});

	it('lets the layer control switch every layer of the places', () => {
		const isEventLabel = (id: string) => (EVENT_LABEL_LAYERS as readonly string[]).includes(id);
		const corpus = STYLE_LAYERS.filter(
			(l) =>
				'source' in l && (l.source === PLACES_SOURCE || l.source === LABELS_SOURCE) && !isEventLabel(l.id)
		);
		const labels = STYLE_LAYERS.filter((l) => isEventLabel(l.id));
		expect([...corpus, ...labels].sort((a, b) => a.id.localeCompare(b.id))).toEqual(
			placeLayers().sort((a, b) => a.id.localeCompare(b.id))
		);
		for (const layer of corpus) expect(switchGroup(layer.metadata), layer.id).toBeDefined();
	});

	it('leaves the event labels to their data: they follow the layer of their place', () => {
		const labels = STYLE_LAYERS.filter(
			(l): l is SymbolLayerSpecification =>
				l.type === 'symbol' && l.source === LABELS_SOURCE && JSON.stringify(l.filter).includes('"event"')
		);
		expect(labels.map((l) => l.id)).toEqual([...EVENT_LABEL_LAYERS]);
		for (const layer of labels) expect(switchGroup(layer.metadata), layer.id).toBeUndefined();
	});

	it('places the selected place’s event label first, then the names in range, the other event labels, the posts’ and bases’ names, the road numbers, the areas’ names, and the faded names last', () => {
		// MapLibre places symbols from the last style layer to the first.
		const order = STYLE_LAYERS.map((l) => l.id);
		const at = (id: string) => order.indexOf(id);
		expect(at('events-label-selected')).toBe(order.length - 1);
		expect(at('places-label')).toBe(order.length - 2);
		expect(at('events-label')).toBe(order.length - 3);
		expect(at('events-label-broad')).toBe(order.length - 4);
		for (const names of ['posts-label', 'air-bases-label']) {
			expect(at(names), names).toBeLessThan(at('events-label-broad'));
			expect(at(names), names).toBeGreaterThan(at('highway-label'));
		}
		expect(at('highway-label')).toBe(at('areas-label') + 1);
		expect(at('areas-label')).toBe(at('places-label-faded') + 1);
		for (const base of ['basemap-towns-label', 'world-cities-label', 'country-labels'])
			expect(at(base), base).toBeLessThan(at('places-label-faded'));
	});

	it('names a place in range in its own source and out of range faded, the first position the same box in both', () => {
		const byId = (id: string) => STYLE_LAYERS.find((l): l is SymbolLayerSpecification => l.id === id)!;
		const inRange = byId('places-label');
		const faded = byId('places-label-faded');
		expect(inRange.source).toBe(LABELS_SOURCE);
		expect(JSON.stringify(inRange.filter)).toContain('["==",["get","role"],"name"]');
		expect(faded.source).toBe(PLACES_SOURCE);
		const { 'text-variable-anchor': anchors, ...layout } = inRange.layout!;
		const { 'text-variable-anchor': fadedAnchors, ...fadedLayout } = faded.layout!;
		expect(fadedLayout).toEqual(layout);
		expect(anchors).toEqual(['top', 'right', 'left']);
		expect(fadedAnchors).toEqual(['top']);
	});

	it('labels each road with its own number, from its feature', () => {
		const road = STYLE_LAYERS.find((l): l is SymbolLayerSpecification => l.id === 'highway-label');
		expect(road?.layout?.['text-field']).toEqual(['get', 'roadRef']);
	});

	it('switches the same style layers as before the registry', () => {
		expect(groups()).toEqual({
			areas: ['areas-fill', 'areas-line', 'areas-line-approx', 'areas-label'],
			highway: ['highway-casing', 'highway-line', 'highway-label'],
			'air-bases': ['air-bases-icon', 'air-bases-label'],
			'observation-posts': ['posts-ring', 'posts-icon', 'posts-icon-crossed', 'posts-label'],
			places: ['places-uncertainty', 'places-circle', 'pointed-ring', 'places-label-faded', 'places-label'],
			'basemap-towns': [
				'basemap-towns-circle',
				'basemap-towns-label',
				'world-cities-circle',
				'world-cities-label'
			]
		});
	});

	it('answers clicks only from layers the layer control can hide', () => {
		for (const id of INTERACTIVE_TIERS.flat()) {
			const layer = STYLE_LAYERS.find((l) => l.id === id);
			expect(layer && switchGroup(layer.metadata), id).toBeDefined();
		}
	});

	it('draws every kind of place in exactly one registry layer, which filters by those kinds', () => {
		for (const kind of PLACE_KINDS) {
			const drawnBy = LAYER_IDS.filter((id) => layerEntry(id).kinds.includes(kind));
			expect(drawnBy, kind).toHaveLength(1);
			const [id] = drawnBy;
			const filters = STYLE_LAYERS.filter((l) => switchGroup(l.metadata) === id).map((l) =>
				JSON.stringify('filter' in l ? l.filter : null)
			);
			expect(
				filters.some((f) => f.includes(`"${kind}"`)),
				`${kind} in a filter of ${id}`
			).toBe(true);
		}
	});
});

describe('the layer registry', () => {
	it('orders the ids the URL uses and the layer control lists as before', () => {
		expect(LAYER_IDS).toEqual([
			'areas',
			'highway',
			'air-bases',
			'observation-posts',
			'places',
			'basemap-towns'
		]);
		expect(URL_LAYER_IDS).toBe(LAYER_IDS);
		const orders = LAYER_IDS.map((id) => LAYERS[id].order);
		expect(new Set(orders).size).toBe(orders.length);
	});

	it('lists each layer’s places under headings that cover exactly the kinds it draws', () => {
		for (const id of LAYER_IDS) {
			const { kinds, listed } = layerEntry(id);
			const listedKinds = listed.flatMap((l) => l.kinds);
			expect([...listedKinds].sort(), id).toEqual([...kinds].sort());
			expect(new Set(listedKinds).size, id).toBe(listedKinds.length);
		}
	});

	it('gives the place list its headings in layer order, the new kinds under headings of their own', () => {
		expect(placeListGroups()).toEqual([
			{ heading: 'Areas', kinds: ['governorate', 'province', 'district', 'zone'] },
			{ heading: 'Roads', kinds: ['highway'] },
			{ heading: 'Military sites', kinds: ['air-base', 'naval-base', 'observation-post'] },
			{ heading: 'Towns, cities, hills and plains', kinds: ['city', 'town', 'village', 'mountain', 'plain'] },
			{ heading: 'Crossings, camps and airports', kinds: ['crossing', 'camp', 'airport'] },
			{ heading: 'Capitals and venues', kinds: ['capital'] }
		]);
	});

	it('draws every status of a post with a shape of its own, and the style reads the same marks', () => {
		const statuses = layerEntry('observation-posts').statuses ?? [];
		expect(statuses.map((s) => [s.status, s.mark])).toEqual([
			['manned', 'plain'],
			['surrounded', 'ring'],
			['withdrawn', 'crossed']
		]);
		const style = JSON.stringify(STYLE_LAYERS);
		expect(style).toContain('["literal",["surrounded"]]');
		expect(style).toContain('["literal",["withdrawn"]]');
	});

	it('gives every layer a label and a colour of its own', () => {
		const labels = LAYER_IDS.map((id) => layerEntry(id).label);
		const colors = LAYER_IDS.map((id) => layerEntry(id).color);
		expect(new Set(labels).size).toBe(LAYER_IDS.length);
		expect(new Set(colors).size).toBe(LAYER_IDS.length);
		for (const color of colors) expect(color).toMatch(/^#[0-9a-f]{6}$/);
	});
});
