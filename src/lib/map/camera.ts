/**
 * Where the camera goes when the page asks it to show a place, worked out apart from the map: the page's
 * layout reaches the camera only as the rectangles its panels cover on screen, and this module turns them
 * into the part of the map a reader still sees.
 */
import type { FitBoundsOptions, FlyToOptions } from 'maplibre-gl';
import { REGION_BOUNDS } from './basemap';

/** Where to move the camera. */
export interface CameraTarget {
	/** A new key for every request, so asking for the same place twice moves the camera twice. */
	key: number;
	/** A point place chosen from a list: flown to, to the middle of what stays visible. */
	center?: [number, number];
	/** An area or a line chosen from a list: fitted into what stays visible. */
	bounds?: [number, number, number, number];
	/**
	 * A point the reader picked on the map (the tapped place, or where an area was tapped): the camera
	 * keeps its zoom and moves only if the page's panels now cover that point.
	 */
	reveal?: [number, number];
}

/** A rectangle on screen, in CSS pixels (a `DOMRect` is one). */
export interface Box {
	left: number;
	top: number;
	right: number;
	bottom: number;
}

/** How far in from each side of the map something reaches, in pixels (MapLibre's padding shape). */
export interface Insets {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

/** A point in the map's own pixels, from its top left corner. */
export interface Pixel {
	x: number;
	y: number;
}

/** The margin around fitted bounds, inside what stays visible. */
const FIT_MARGIN = 60;
/** A picked point closer than this to the edge of the visible part (or under a map control) is moved. */
export const REVEAL_MARGIN = 40;
/** However much the page covers, this much of the map's width and height is left for the camera. */
const MIN_VISIBLE = 80;
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

/** Nothing covered. */
export const NO_INSETS: Readonly<Insets> = { top: 0, right: 0, bottom: 0, left: 0 };

/** Whether a point lies beyond the regional map's bounds. */
function far([lng, lat]: [number, number]): boolean {
	const [w, s, e, n] = REGION_BOUNDS;
	return lng < w || lng > e || lat < s || lat > n;
}

/**
 * How far in from each side of the map (`map`, on screen) the page's panels (`covers`, on screen)
 * reach. Each panel that lies over the map is cut off by the one side that gives up the least of the
 * map: a bottom sheet from the bottom, a side panel from its side. Panels beside the map, hidden ones
 * (no area) and ones that do not reach it count for nothing. However much is covered, `MIN_VISIBLE`
 * pixels of each dimension are left, shared out in proportion to what each side covers.
 */
export function coveredInsets(map: Box, covers: readonly Box[]): Insets {
	const width = map.right - map.left;
	const height = map.bottom - map.top;
	const insets = { ...NO_INSETS };
	for (const c of covers) {
		const overlapX = Math.min(c.right, map.right) - Math.max(c.left, map.left);
		const overlapY = Math.min(c.bottom, map.bottom) - Math.max(c.top, map.top);
		if (overlapX <= 0 || overlapY <= 0) continue;
		const sides: [keyof Insets, number, number][] = [
			['top', c.bottom - map.top, width],
			['bottom', map.bottom - c.top, width],
			['left', c.right - map.left, height],
			['right', map.right - c.left, height]
		];
		let best = sides[0]!;
		for (const side of sides) if (side[1] * side[2] < best[1] * best[2]) best = side;
		insets[best[0]] = Math.max(
			insets[best[0]],
			Math.min(best[1], best[0] === 'top' || best[0] === 'bottom' ? height : width)
		);
	}
	const squeeze = (a: 'top' | 'left', b: 'bottom' | 'right', size: number) => {
		const room = Math.max(0, size - MIN_VISIBLE);
		const sum = insets[a] + insets[b];
		if (sum <= room) return;
		insets[a] = Math.floor((insets[a] / sum) * room);
		insets[b] = Math.floor((insets[b] / sum) * room);
	};
	squeeze('top', 'bottom', height);
	squeeze('left', 'right', width);
	return insets;
}

/** The part of a map of `width` by `height` left visible by `insets`, in the map's own pixels. */
export function visibleBox(width: number, height: number, insets: Insets): Box {
	return { left: insets.left, top: insets.top, right: width - insets.right, bottom: height - insets.bottom };
}

/** Whether `point` lies in `box` at least `margin` pixels from each of its edges. */
export function isInside(point: Pixel, box: Box, margin = 0): boolean {
	return (
		point.x >= box.left + margin &&
		point.x <= box.right - margin &&
		point.y >= box.top + margin &&
		point.y <= box.bottom - margin
	);
}

/**
 * Where the middle of the visible part lies from the middle of the map, in pixels: the `offset` that
 * puts a flown-to point there. An offset (rather than MapLibre's `padding`, which the map keeps after
 * the move) leaves the map's own centre where the URL's camera says it is.
 */
export function visibleOffset(insets: Insets): [number, number] {
	return [(insets.left - insets.right) / 2, (insets.top - insets.bottom) / 2];
}

/** A camera move: fit bounds, fly to a point, or ease to one without zooming. */
export type CameraMove =
	| { fit: [number, number, number, number]; options: FitBoundsOptions }
	| { fly: FlyToOptions }
	| { ease: FlyToOptions };

/** The map as the camera sees it when it moves: its zoom and what the page covers of it. */
export interface CameraView {
	zoom: number;
	width: number;
	height: number;
	insets: Insets;
}

/**
 * The move that shows `target` on a map in `view`. Bounds are fitted inside the visible part with a
 * margin; a point is flown to the middle of the visible part (closer in over the region, at a small
 * scale beyond it); a picked point (`reveal`, at `pixel` on the map now) stays where it is while it is
 * visible, and is otherwise eased to the middle of the visible part at the same zoom.
 */
export function cameraMove(target: CameraTarget, view: CameraView, pixel?: Pixel): CameraMove | undefined {
	const { insets } = view;
	const offset = visibleOffset(insets);
	if (target.bounds) {
		// The margin shrinks where little is visible, so the bounds always have room to be fitted.
		const box = visibleBox(view.width, view.height, insets);
		const room = Math.min(box.right - box.left, box.bottom - box.top);
		const margin = Math.max(0, Math.min(FIT_MARGIN, Math.floor((room - MIN_VISIBLE / 2) / 2)));
		const padding = {
			top: insets.top + margin,
			right: insets.right + margin,
			bottom: insets.bottom + margin,
			left: insets.left + margin
		};
		return { fit: target.bounds, options: { padding, maxZoom: FIT_MAX_ZOOM, duration: DURATION } };
	}
	if (target.center) {
		const zoom = far(target.center) ? FAR_ZOOM : Math.max(view.zoom, FLY_MIN_ZOOM);
		return { fly: { center: target.center, zoom, offset, duration: DURATION } };
	}
	if (target.reveal && pixel) {
		const box = visibleBox(view.width, view.height, insets);
		if (isInside(pixel, box, REVEAL_MARGIN)) return undefined;
		return { ease: { center: target.reveal, zoom: view.zoom, offset, duration: DURATION } };
	}
	return undefined;
}
