import { describe, expect, it } from 'vitest';
import { cameraMove, coveredInsets, isInside, visibleBox, visibleOffset, type CameraView } from './camera';

/** A phone: the map below a 109 px header, a bottom sheet over the lower 55% of the 844 px screen. */
const PHONE_MAP = { left: 0, top: 109, right: 390, bottom: 844 };
const PHONE_SHEET = { left: 0, top: 380, right: 390, bottom: 844 };
const IDLIB_GOVERNORATE: [number, number, number, number] = [35.9, 35.4, 37.1, 36.4];
const SARAQEB: [number, number] = [36.8059, 35.8645];

const open = (insets = { top: 0, right: 0, bottom: 0, left: 0 }): CameraView => ({
	zoom: 7.3,
	width: 592,
	height: 750,
	insets
});

describe('coveredInsets', () => {
	it('cuts a bottom sheet off the bottom of the map', () => {
		expect(coveredInsets(PHONE_MAP, [PHONE_SHEET])).toEqual({ top: 0, right: 0, bottom: 464, left: 0 });
	});

	it('cuts a side panel over the map off its side, whichever side gives up less', () => {
		const map = { left: 0, top: 50, right: 1280, bottom: 800 };
		expect(coveredInsets(map, [{ left: 896, top: 50, right: 1280, bottom: 800 }])).toEqual({
			top: 0,
			right: 384,
			bottom: 0,
			left: 0
		});
		expect(coveredInsets(map, [{ left: 0, top: 50, right: 300, bottom: 800 }])).toMatchObject({ left: 300 });
	});

	it('ignores panels beside the map, hidden ones and ones that only touch it', () => {
		const map = { left: 304, top: 50, right: 896, bottom: 800 };
		const beside = { left: 896, top: 50, right: 1280, bottom: 800 };
		const hidden = { left: 0, top: 0, right: 0, bottom: 0 };
		expect(coveredInsets(map, [beside, hidden])).toEqual({ top: 0, right: 0, bottom: 0, left: 0 });
	});

	it('takes the larger of two panels on one side', () => {
		const chronology = { left: 0, top: 500, right: 390, bottom: 844 };
		expect(coveredInsets(PHONE_MAP, [chronology, PHONE_SHEET]).bottom).toBe(464);
	});

	it('leaves some of the map however much is covered', () => {
		const everything = { left: 0, top: 109, right: 390, bottom: 844 };
		const insets = coveredInsets(PHONE_MAP, [everything]);
		expect(735 - insets.top - insets.bottom).toBeGreaterThanOrEqual(80);
		expect(insets.top + insets.bottom).toBeLessThanOrEqual(655);
	});
});

describe('the visible part', () => {
	const insets = { top: 0, right: 0, bottom: 464, left: 0 };

	it('is the map less the insets, in the map’s own pixels', () => {
		expect(visibleBox(390, 735, insets)).toEqual({ left: 0, top: 0, right: 390, bottom: 271 });
	});

	it('holds a point only inside the margin', () => {
		const box = visibleBox(390, 735, insets);
		expect(isInside({ x: 195, y: 135 }, box, 40)).toBe(true);
		expect(isInside({ x: 195, y: 250 }, box, 40)).toBe(false);
		expect(isInside({ x: 195, y: 250 }, box)).toBe(true);
		expect(isInside({ x: 195, y: 400 }, box)).toBe(false);
		expect(isInside({ x: -5, y: 100 }, box)).toBe(false);
	});

	it('has its middle half the insets’ difference from the map’s middle', () => {
		expect(visibleOffset(insets)).toEqual([0, -232]);
		expect(visibleOffset({ top: 40, right: 100, bottom: 0, left: 20 })).toEqual([-40, 20]);
	});
});

describe('cameraMove', () => {
	it('fits bounds with a margin inside what the page leaves visible', () => {
		expect(cameraMove({ key: 1, bounds: IDLIB_GOVERNORATE }, open())).toEqual({
			fit: IDLIB_GOVERNORATE,
			options: { padding: { top: 60, right: 60, bottom: 60, left: 60 }, maxZoom: 11, duration: 800 }
		});
		const sheet = { ...open({ top: 0, right: 0, bottom: 464, left: 0 }), width: 390, height: 735 };
		expect(cameraMove({ key: 1, bounds: IDLIB_GOVERNORATE }, sheet)).toMatchObject({
			options: { padding: { top: 60, right: 60, bottom: 524, left: 60 } }
		});
	});

	it('shrinks the fitting margin where little is visible', () => {
		const squeezed = { ...open({ top: 0, right: 0, bottom: 600, left: 0 }), width: 390, height: 735 };
		const move = cameraMove({ key: 1, bounds: IDLIB_GOVERNORATE }, squeezed);
		const padding = (move as { options: { padding: { top: number; bottom: number } } }).options.padding;
		expect(735 - padding.top - padding.bottom).toBeGreaterThanOrEqual(40);
	});

	it('flies to a point at zoom 9 at least, keeping a closer zoom, to the middle of the visible part', () => {
		expect(cameraMove({ key: 1, center: SARAQEB }, open())).toEqual({
			fly: { center: SARAQEB, zoom: 9, offset: [0, 0], duration: 800 }
		});
		const sheet = { ...open({ top: 0, right: 0, bottom: 464, left: 0 }), zoom: 12 };
		expect(cameraMove({ key: 2, center: SARAQEB }, sheet)).toEqual({
			fly: { center: SARAQEB, zoom: 12, offset: [0, -232], duration: 800 }
		});
	});

	it('flies to a point beyond the regional map at zoom 4, from nearer or further', () => {
		const washington: [number, number] = [-77.03637, 38.89511];
		const istanbul: [number, number] = [28.94966, 41.01384];
		expect(cameraMove({ key: 1, center: washington }, open())).toMatchObject({ fly: { zoom: 4 } });
		expect(cameraMove({ key: 2, center: istanbul }, { ...open(), zoom: 12 })).toMatchObject({
			fly: { zoom: 4 }
		});
		expect(cameraMove({ key: 3, center: washington }, { ...open(), zoom: 2 })).toMatchObject({
			fly: { zoom: 4 }
		});
	});

	it('leaves a picked point that stays visible where it is', () => {
		const sheet = { ...open({ top: 0, right: 0, bottom: 464, left: 0 }), width: 390, height: 735 };
		expect(cameraMove({ key: 1, reveal: SARAQEB }, sheet, { x: 200, y: 120 })).toBeUndefined();
	});

	it('eases a picked point the page now covers to the middle of the visible part, at the same zoom', () => {
		const sheet = { ...open({ top: 0, right: 0, bottom: 464, left: 0 }), width: 390, height: 735 };
		expect(cameraMove({ key: 1, reveal: SARAQEB }, sheet, { x: 195, y: 367 })).toEqual({
			ease: { center: SARAQEB, zoom: 7.3, offset: [0, -232], duration: 800 }
		});
		// Beyond the map's right edge after a side panel took its room.
		expect(cameraMove({ key: 2, reveal: SARAQEB }, open(), { x: 700, y: 300 })).toMatchObject({
			ease: { center: SARAQEB, offset: [0, 0] }
		});
	});

	it('does nothing for a target with nothing to show, or a picked point not yet on the map', () => {
		expect(cameraMove({ key: 1 }, open())).toBeUndefined();
		expect(cameraMove({ key: 2, reveal: SARAQEB }, open())).toBeUndefined();
	});
});
