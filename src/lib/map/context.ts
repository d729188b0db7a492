/**
 * The map's owner (`MapOwner.svelte`) shares its MapLibre map with the parts inside it through this
 * context, so each part (feature state, interaction, the chooser, lazy towns, the bench hook) reaches
 * the one map without the owner knowing what the parts do.
 */
import { createContext } from 'svelte';
import type { Map as MapLibreMap } from 'maplibre-gl';

/** What a part reads; both fields are reactive, so an effect that reads them reruns as they change. */
export interface MapContext {
	/** The map, from its creation until its removal. */
	readonly map: MapLibreMap | undefined;
	/** The style, the places source and the corpus layers are in place: feature state can be set. */
	readonly loaded: boolean;
}

const [getMapContext, setMapContext] = createContext<MapContext>();

/** Read by the parts; throws when a part is used outside a map owner, which is a programming error. */
export { getMapContext };
/** Called once by the owner. */
export { setMapContext };

/** The map once its corpus layers are in place, else undefined: what most parts wait for. */
export function readyMap(context: MapContext): MapLibreMap | undefined {
	return context.loaded ? context.map : undefined;
}
