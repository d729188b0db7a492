import { describe, expect, it } from 'vitest';
import { cameraMove } from './camera';

const SHEET = { top: 40, left: 30, right: 30, bottom: 464 };
const IDLIB_GOVERNORATE: [number, number, number, number] = [35.9, 35.4, 37.1, 36.4];

describe('cameraMove', () => {
	it('fits bounds with an even margin when the page covers none of the map', () => {
		expect(cameraMove({ key: 1, bounds: IDLIB_GOVERNORATE }, 7.3, undefined)).toEqual({
			fit: IDLIB_GOVERNORATE,
			options: { padding: 60, maxZoom: 11, duration: 800 }
		});
	});

	it('fits bounds inside the padding the page passes', () => {
		expect(cameraMove({ key: 1, bounds: IDLIB_GOVERNORATE }, 7.3, SHEET)).toEqual({
			fit: IDLIB_GOVERNORATE,
			options: { padding: SHEET, maxZoom: 11, duration: 800 }
		});
	});

	it('flies to a point at zoom 9 at least, keeping a closer zoom', () => {
		const saraqeb: [number, number] = [36.8059, 35.8645];
		expect(cameraMove({ key: 1, center: saraqeb }, 7.3, undefined)).toEqual({
			fly: { center: saraqeb, zoom: 9, padding: undefined, duration: 800 }
		});
		expect(cameraMove({ key: 2, center: saraqeb }, 12, SHEET)).toEqual({
			fly: { center: saraqeb, zoom: 12, padding: SHEET, duration: 800 }
		});
	});

	it('flies to a point beyond the regional map at zoom 4, from nearer or further', () => {
		const washington: [number, number] = [-77.03637, 38.89511];
		const istanbul: [number, number] = [28.94966, 41.01384];
		expect(cameraMove({ key: 1, center: washington }, 7.3, undefined)).toEqual({
			fly: { center: washington, zoom: 4, padding: undefined, duration: 800 }
		});
		expect(cameraMove({ key: 2, center: istanbul }, 12, SHEET)).toEqual({
			fly: { center: istanbul, zoom: 4, padding: SHEET, duration: 800 }
		});
		expect(cameraMove({ key: 3, center: washington }, 2, undefined)).toMatchObject({ fly: { zoom: 4 } });
	});

	it('does nothing for a target with neither bounds nor a point', () => {
		expect(cameraMove({ key: 1 }, 7.3, undefined)).toBeUndefined();
	});
});
