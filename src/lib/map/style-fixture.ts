import { offlineStyle } from './basemap';
import type { StyleSpecification } from 'maplibre-gl';

/** An empty GeoJSON collection, for the sources a test of the style's layers leaves unfilled. */
export const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

/**
 * The offline base map's style with every source empty, for the tests that read its layers and
 * sources (the registry, the legend, the deferred parts) rather than draw them.
 */
export function emptyOfflineStyle(): StyleSpecification {
	return offlineStyle(
		'/base',
		{ latin: 'latin.woff2', latinExt: 'latin-ext.woff2' },
		{ land: EMPTY, coast: EMPTY, syria: EMPTY, borders: EMPTY }
	);
}
