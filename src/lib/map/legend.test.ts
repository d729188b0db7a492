import { describe, expect, it } from 'vitest';
import type { LayerSpecification } from 'maplibre-gl';
import { PLACE_KINDS } from '../data/explorer-data';
import { LAYER_IDS, layerEntry } from '../view/layers';
import { BASE_LEGEND, LAYER_LEGEND, legendItems, MARK_LEGEND, swatchColors } from '../view/legend';
import { EMPTY, emptyOfflineStyle } from './style-fixture';
import { ICONS } from './icons';
import { withPlaces } from './layers';
import { switchGroup } from './switchable';

/** Every style layer the explorer draws: the offline base map's and the corpus's. */
const STYLE_LAYERS: LayerSpecification[] = withPlaces(emptyOfflineStyle(), EMPTY).layers;
const byId = new Map(STYLE_LAYERS.map((l) => [l.id, l]));

describe('the legend and the map style', () => {
	it('explains every style layer the map draws', () => {
		const explained = new Set(legendItems().flatMap((i) => i.styleLayers));
		const unexplained = STYLE_LAYERS.map((l) => l.id).filter((id) => !explained.has(id));
		expect(unexplained).toEqual([]);
	});

	it('names only style layers that exist, and ids that are unique', () => {
		const items = legendItems();
		for (const item of items)
			for (const id of item.styleLayers) expect(byId.has(id), `${item.id}: ${id}`).toBe(true);
		expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
	});

	it('lists every registry layer with marks of its own, under it and in its order', () => {
		expect(LAYER_LEGEND.map((l) => l.layer)).toEqual(LAYER_IDS);
		for (const { layer, items } of LAYER_LEGEND) {
			expect(items.length, layer).toBeGreaterThan(0);
			// A layer's marks explain style layers the layer control switches with it.
			for (const item of items)
				expect(
					item.styleLayers.some((id) => switchGroup(byId.get(id)?.metadata) === layer),
					`${item.id} under ${layer}`
				).toBe(true);
		}
	});

	it('gives every kind of place a mark, under the layer that draws it', () => {
		for (const kind of PLACE_KINDS) {
			const under = LAYER_LEGEND.filter((l) => l.items.some((i) => i.kinds?.includes(kind)));
			expect(
				under.map((l) => l.layer),
				kind
			).toEqual([LAYER_IDS.find((id) => layerEntry(id).kinds.includes(kind))]);
		}
	});

	it('gives every status of the registry its own mark', () => {
		const posts = LAYER_LEGEND.find((l) => l.layer === 'observation-posts')!;
		for (const status of layerEntry('observation-posts').statuses ?? [])
			expect(posts.items.map((i) => i.id)).toContain(`post-${status.status}`);
	});

	it('draws each swatch in colours its style layers use: one source of truth', () => {
		for (const item of legendItems()) {
			const style = item.styleLayers.map((id) => JSON.stringify(byId.get(id))).join('\n');
			for (const color of swatchColors(item.swatch)) expect(style, `${item.id}: ${color}`).toContain(color);
		}
	});

	it('draws icon swatches with the map’s own icons, which its style layers show', () => {
		const icons = new Set(ICONS.map((i) => i.id));
		for (const item of legendItems()) {
			if (item.swatch.shape !== 'icon') continue;
			expect(icons.has(item.swatch.icon), item.id).toBe(true);
			const style = item.styleLayers.map((id) => JSON.stringify(byId.get(id))).join('\n');
			if (!item.swatch.ring) expect(style, item.id).toContain(item.swatch.icon);
		}
	});

	it('explains the marks every place can carry and the base map', () => {
		expect(MARK_LEGEND.map((i) => i.id)).toEqual([
			'size',
			'faded',
			'event',
			'event-label',
			'selected',
			'pointed'
		]);
		expect(BASE_LEGEND.map((i) => i.id)).toContain('border');
	});
});
