/**
 * A swipe that closes a panel: the bottom sheet dragged down, the phone's sidebar pushed off to the
 * left. It is fed pointer positions and times (so it is tested without a screen) and says how far the
 * panel follows the finger; the component that owns the panel turns that into a transform.
 */

/** The way a swipe closes the panel. */
export type SwipeDirection = 'down' | 'left';

/** One pointer sample: its id, where it is (CSS pixels) and when (milliseconds). */
export interface SwipePoint {
	id: number;
	x: number;
	y: number;
	t: number;
}

export interface SwipeOptions {
	direction: SwipeDirection;
	/** A drag released this far (pixels) along `direction` closes the panel. */
	threshold: number;
	onclose: () => void;
}

/** How far (pixels) the explorer's sheets and its phone sidebar are dragged to close them. */
export const SWIPE_THRESHOLD = 80;
/** Movement below this (pixels) is a tap's wobble, not yet a swipe either way. */
export const SLOP = 8;
/** A release moving at least this fast (pixels per millisecond) along the swipe closes it early… */
export const FLICK_SPEED = 0.5;
/** …once it has gone this far (pixels). */
export const FLICK_DISTANCE = 24;

/**
 * The state of one swipe. A gesture that first moves more across the swipe than along it (scrolling a
 * sideways list, reading down the sidebar) is left alone; one that moves along it drags the panel,
 * which never follows the finger back beyond where it started. Released past the threshold, or flicked,
 * it closes the panel; otherwise the panel goes back.
 */
export class Swipe {
	/** How far the panel follows the finger along the closing direction, in pixels (0 at rest). */
	offset = $state(0);
	/** Whether a drag is moving the panel. */
	dragging = $state(false);

	#options: SwipeOptions;
	#start: SwipePoint | undefined;
	#last: SwipePoint | undefined;
	#speed = 0;
	#decided: 'along' | 'across' | undefined;

	constructor(options: SwipeOptions) {
		this.#options = options;
	}

	/** Distance along the closing direction and across it, from the start. */
	#along(p: SwipePoint): [number, number] {
		const dx = p.x - this.#start!.x;
		const dy = p.y - this.#start!.y;
		return this.#options.direction === 'down' ? [dy, Math.abs(dx)] : [-dx, Math.abs(dy)];
	}

	/**
	 * A pointer went down on the panel. A second finger while one drags the panel is ignored; otherwise a
	 * new pointer starts afresh (the last one may have been lifted where the panel could not see it).
	 */
	start(p: SwipePoint): void {
		if (this.dragging) return;
		this.#start = p;
		this.#last = p;
		this.#speed = 0;
		this.#decided = undefined;
	}

	/** The pointer moved; true when the swipe took the move (the panel follows it). */
	move(p: SwipePoint): boolean {
		if (!this.#start || p.id !== this.#start.id || this.#decided === 'across') return false;
		const [along, across] = this.#along(p);
		if (!this.#decided) {
			if (across > SLOP && across > Math.abs(along)) {
				this.#decided = 'across';
				return false;
			}
			if (Math.abs(along) <= SLOP) return false;
			this.#decided = 'along';
			this.dragging = true;
		}
		const [before] = this.#along(this.#last!);
		const dt = p.t - this.#last!.t;
		if (dt > 0) this.#speed = (along - before) / dt;
		this.#last = p;
		this.offset = Math.max(0, along);
		return true;
	}

	/** The pointer was lifted: closes the panel if the swipe went far or fast enough; true if it did. */
	end(p: SwipePoint): boolean {
		if (!this.#start || p.id !== this.#start.id) return false;
		if (this.#decided === 'along') this.move(p);
		const close =
			this.#decided === 'along' &&
			(this.offset >= this.#options.threshold ||
				(this.#speed >= FLICK_SPEED && this.offset >= FLICK_DISTANCE));
		this.cancel();
		if (close) this.#options.onclose();
		return close;
	}

	/** The gesture was taken over (the browser scrolled) or abandoned: the panel goes back. */
	cancel(): void {
		this.#start = undefined;
		this.#last = undefined;
		this.#decided = undefined;
		this.#speed = 0;
		this.offset = 0;
		this.dragging = false;
	}
}

/**
 * Connects a `Swipe` to an element's pointer events ({@attach swipeOn(swipe)}). The element's CSS
 * `touch-action` says which gestures stay the browser's: `none` on a grip (every drag is the swipe's),
 * `pan-y` on a scrolling sidebar (a vertical drag scrolls it, and the browser's `pointercancel` puts the
 * panel back). The pointer is captured only once the gesture is a swipe, so taps and clicks on the
 * buttons inside still reach them. `mouse: false` leaves the mouse alone (selecting text in a sidebar is
 * not a swipe).
 */
export function swipeOn(swipe: Swipe, { mouse = true }: { mouse?: boolean } = {}) {
	return (element: HTMLElement) => {
		const point = (e: PointerEvent): SwipePoint => ({
			id: e.pointerId,
			x: e.clientX,
			y: e.clientY,
			t: e.timeStamp
		});
		const down = (e: PointerEvent) => {
			if ((e.pointerType === 'mouse' && !mouse) || e.button !== 0) return;
			swipe.start(point(e));
		};
		const move = (e: PointerEvent) => {
			const was = swipe.dragging;
			if (!swipe.move(point(e))) return;
			if (!was && !element.hasPointerCapture(e.pointerId)) element.setPointerCapture(e.pointerId);
			e.preventDefault();
		};
		const up = (e: PointerEvent) => void swipe.end(point(e));
		const cancel = () => swipe.cancel();
		element.addEventListener('pointerdown', down);
		element.addEventListener('pointermove', move);
		element.addEventListener('pointerup', up);
		element.addEventListener('pointercancel', cancel);
		return () => {
			element.removeEventListener('pointerdown', down);
			element.removeEventListener('pointermove', move);
			element.removeEventListener('pointerup', up);
			element.removeEventListener('pointercancel', cancel);
			swipe.cancel();
		};
	};
}
