import { describe, expect, it } from 'vitest';
import { PlaceSelection, type SelectionHost } from './selection.svelte';

/** Two invented places: a town (a point) and a district (an area). */
const PLACES: Record<string, ReturnType<SelectionHost['where']>> = {
	'tell-a': { point: [36.5, 35.5] },
	'district-b': { bounds: [36, 35, 37, 36] }
};

function setUp(opened?: string, fromAddress = false) {
	let place = opened;
	const writes: (string | undefined)[] = [];
	const selection = new PlaceSelection(
		{
			where: (id) => PLACES[id],
			place: () => place,
			setPlace: (id) => {
				place = id;
				writes.push(id);
			}
		},
		{ fromAddress }
	);
	return {
		selection,
		writes,
		get place() {
			return place;
		}
	};
}

describe('PlaceSelection', () => {
	it('flies to a point and fits an area opened from a list, with a new key each time', () => {
		const s = setUp();
		expect(s.selection.open('tell-a')).toBe(true);
		expect(s.selection.target).toEqual({ key: 1, center: [36.5, 35.5] });
		s.selection.open('district-b');
		expect(s.selection.target).toEqual({ key: 2, bounds: [36, 35, 37, 36] });
		s.selection.open('district-b');
		expect(s.selection.target?.key).toBe(3);
		expect(s.writes).toEqual(['tell-a', 'district-b', 'district-b']);
	});

	it('keeps the camera for a place picked on the map, revealing its point or the tapped spot', () => {
		const s = setUp();
		s.selection.open('tell-a', [36.51, 35.49]);
		expect(s.selection.target).toEqual({ key: 1, reveal: [36.5, 35.5] });
		s.selection.open('district-b', [36.2, 35.8]);
		expect(s.selection.target).toEqual({ key: 2, reveal: [36.2, 35.8] });
	});

	it('ignores a place it does not know, writing nothing and moving nothing', () => {
		const s = setUp();
		s.selection.sidebarOpen = true;
		expect(s.selection.open('nowhere')).toBe(false);
		expect(s.writes).toEqual([]);
		expect(s.selection.target).toBeUndefined();
		expect(s.selection.sidebarOpen).toBe(true);
	});

	it('closes the sidebar when a place opens, so the place shows on a phone', () => {
		const s = setUp();
		s.selection.sidebarOpen = true;
		s.selection.open('tell-a');
		expect(s.selection.sidebarOpen).toBe(false);
	});

	it('holds the place the address opened as quiet until a place is opened or closed', () => {
		const s = setUp('tell-a', true);
		expect(s.selection.quiet).toBe('tell-a');
		s.selection.open('district-b');
		expect(s.selection.quiet).toBeUndefined();

		const t = setUp('tell-a', true);
		expect(t.selection.close()).toBe('tell-a');
		expect(t.selection.quiet).toBeUndefined();
		expect(t.place).toBeUndefined();
	});

	it('is not quiet when the place came from anything but the address', () => {
		expect(setUp('tell-a', false).selection.quiet).toBeUndefined();
	});

	it('on arrival shows the place without a camera, and with one only reveals a point', () => {
		const bare = setUp('district-b');
		bare.selection.arrive(false);
		expect(bare.selection.target).toEqual({ key: 1, bounds: [36, 35, 37, 36] });

		const point = setUp('tell-a');
		point.selection.arrive(true);
		expect(point.selection.target).toEqual({ key: 1, reveal: [36.5, 35.5] });

		const area = setUp('district-b');
		area.selection.arrive(true);
		expect(area.selection.target).toBeUndefined();

		const none = setUp();
		none.selection.arrive(false);
		expect(none.selection.target).toBeUndefined();
	});
});
