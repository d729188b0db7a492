/**
 * How a style layer says which registry layer (`src/lib/view/layers.ts`) the layer control switches it
 * with: the registry id in the style layer's `metadata`. The style layers carry it themselves, so adding a
 * registry layer needs no third list mapping registry ids to style layer ids, and the map finds the
 * layers to switch by asking the style.
 */
import { LAYERS, type LayerId } from '../view/layers';

/** The metadata key; namespaced as the style specification asks of metadata. */
export const SWITCHED_BY = 'explorer:layer';

/** The metadata of a style layer that the layer control shows and hides with registry layer `id`. */
export function switchedBy(id: LayerId): Record<typeof SWITCHED_BY, LayerId> {
	return { [SWITCHED_BY]: id };
}

/**
 * The registry id a style layer's metadata names, or undefined for a layer that always shows (the
 * base map's land, borders and names) or whose metadata names no registry layer.
 */
export function switchGroup(metadata: unknown): LayerId | undefined {
	if (typeof metadata !== 'object' || metadata === null) return undefined;
	const id: unknown = (metadata as Record<string, unknown>)[SWITCHED_BY];
	return typeof id === 'string' && Object.hasOwn(LAYERS, id) ? (id as LayerId) : undefined;
}
