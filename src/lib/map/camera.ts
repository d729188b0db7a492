/**
 * Where the camera goes when the page asks it to show a place, worked out apart from the map so the
 * page's layout reaches the camera only as the padding the page passes in.
 */
import type { FitBoundsOptions, FlyToOptions, PaddingOptions } from 'maplibre-gl';
import { REGION_BOUNDS } from './basemap';

/** Where to move the camera: a point to fly to, or bounds to fit. */
export interface CameraTarget {
	/** A new key for every request, so asking for the same place twice moves the camera twice. */
	key: number;
	center?: [number, number];
	bounds?: [number, number, number, number];
}

/** The margin around fitted bounds when the page covers none of the map. */
const FIT_MARGIN = 60;
/** Animation length of every camera move, in milliseconds. */
const DURATION = 800;
/** A fitted place is not zoomed in further than this, so its surroundings stay in view. */
const FIT_MAX_ZOOM = 11;
/** A point place is flown to at least this zoom. */
const FLY_MIN_ZOOM = 9;
/**
 * A point beyond the regional map (Washington, Moscow, Geneva) is flown to this zoom whatever the zoom
 * before: what places it for a reader there is the coast, the borders, the capitals and the country
 * names around it, and the world map under the regional one is drawn for small scales.
 */
const FAR_ZOOM = 4;

/** Whether a point lies beyond the regional map's bounds. */
function far([lng, lat]: [number, number]): boolean {
	const [w, s, e, n] = REGION_BOUNDS;
	return lng < w || lng > e || lat < s || lat > n;
}

/** A camera move: fit bounds, or fly to a point. */
export type CameraMove =
	{ fit: [number, number, number, number]; options: FitBoundsOptions } | { fly: FlyToOptions };

/**
 * The move that shows `target` from a camera at `zoom`. `padding` is what the page covers of the map
 * (the bottom sheet on a narrow screen): bounds are fitted inside it, or with an even margin when the page
 * covers nothing, and a point is flown to the middle of what stays visible (closer in over the region,
 * at a small scale beyond it).
 */
export function cameraMove(
	target: CameraTarget,
	zoom: number,
	padding: PaddingOptions | undefined
): CameraMove | undefined {
	if (target.bounds) {
		return {
			fit: target.bounds,
			options: { padding: padding ?? FIT_MARGIN, maxZoom: FIT_MAX_ZOOM, duration: DURATION }
		};
	}
	if (target.center) {
		const to = far(target.center) ? FAR_ZOOM : Math.max(zoom, FLY_MIN_ZOOM);
		return { fly: { center: target.center, zoom: to, padding, duration: DURATION } };
	}
	return undefined;
}
