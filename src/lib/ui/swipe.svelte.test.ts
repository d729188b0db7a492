import { describe, expect, it } from 'vitest';
import { FLICK_DISTANCE, Swipe, SLOP, type SwipeDirection } from './swipe.svelte';

function setUp(direction: SwipeDirection = 'down', threshold = 80) {
	let closed = 0;
	const swipe = new Swipe({ direction, threshold, onclose: () => closed++ });
	return {
		swipe,
		get closed() {
			return closed;
		}
	};
}

const at = (x: number, y: number, t: number, id = 1) => ({ id, x, y, t });

describe('Swipe', () => {
	it('starts afresh from a new pointer when the last was lifted unseen', () => {
		const s = setUp();
		s.swipe.start(at(100, 10, 0, 1));
		s.swipe.start(at(100, 300, 50, 2));
		expect(s.swipe.move(at(100, 400, 400, 2))).toBe(true);
		expect(s.swipe.offset).toBe(100);
	});

	it('follows a downward drag and closes when released past the threshold', () => {
		const s = setUp();
		s.swipe.start(at(100, 10, 0));
		expect(s.swipe.move(at(101, 10 + SLOP - 1, 50))).toBe(false);
		expect(s.swipe.offset).toBe(0);
		expect(s.swipe.move(at(102, 60, 400))).toBe(true);
		expect(s.swipe.dragging).toBe(true);
		expect(s.swipe.offset).toBe(50);
		expect(s.swipe.end(at(102, 100, 1000))).toBe(true);
		expect(s.closed).toBe(1);
		expect(s.swipe.offset).toBe(0);
		expect(s.swipe.dragging).toBe(false);
	});

	it('goes back when released short of the threshold, slowly', () => {
		const s = setUp();
		s.swipe.start(at(100, 10, 0));
		s.swipe.move(at(100, 40, 300));
		s.swipe.move(at(100, 70, 600));
		expect(s.swipe.end(at(100, 70, 900))).toBe(false);
		expect(s.closed).toBe(0);
		expect(s.swipe.offset).toBe(0);
	});

	it('closes on a quick flick that went a little way', () => {
		const s = setUp();
		s.swipe.start(at(100, 10, 0));
		s.swipe.move(at(100, 20, 20));
		s.swipe.move(at(100, 10 + FLICK_DISTANCE + 6, 40));
		expect(s.swipe.end(at(100, 10 + FLICK_DISTANCE + 6, 40))).toBe(true);
		expect(s.closed).toBe(1);
	});

	it('does not follow the finger back past where it started', () => {
		const s = setUp();
		s.swipe.start(at(100, 100, 0));
		s.swipe.move(at(100, 130, 100));
		s.swipe.move(at(100, 40, 200));
		expect(s.swipe.offset).toBe(0);
		expect(s.swipe.end(at(100, 40, 300))).toBe(false);
	});

	it('leaves alone a gesture that first goes across the swipe', () => {
		const s = setUp('left');
		s.swipe.start(at(200, 100, 0));
		expect(s.swipe.move(at(195, 160, 100))).toBe(false);
		expect(s.swipe.move(at(60, 170, 200))).toBe(false);
		expect(s.swipe.offset).toBe(0);
		expect(s.swipe.end(at(60, 170, 300))).toBe(false);
		expect(s.closed).toBe(0);
	});

	it('closes the sidebar by a swipe to the left, not to the right', () => {
		const s = setUp('left', 80);
		s.swipe.start(at(300, 200, 0));
		s.swipe.move(at(250, 205, 300));
		expect(s.swipe.offset).toBe(50);
		expect(s.swipe.end(at(190, 205, 800))).toBe(true);
		expect(s.closed).toBe(1);
		s.swipe.start(at(100, 200, 0));
		s.swipe.move(at(250, 200, 300));
		expect(s.swipe.offset).toBe(0);
		expect(s.swipe.end(at(300, 200, 800))).toBe(false);
		expect(s.closed).toBe(1);
	});

	it('ignores a second finger while one drags, and a cancelled gesture', () => {
		const s = setUp();
		s.swipe.start(at(100, 10, 0, 1));
		expect(s.swipe.move(at(100, 50, 100, 1))).toBe(true);
		s.swipe.start(at(100, 10, 150, 2));
		expect(s.swipe.move(at(100, 200, 200, 2))).toBe(false);
		expect(s.swipe.move(at(100, 200, 600, 1))).toBe(true);
		s.swipe.cancel();
		expect(s.swipe.offset).toBe(0);
		expect(s.swipe.end(at(100, 200, 700, 1))).toBe(false);
		expect(s.closed).toBe(0);
	});
});
