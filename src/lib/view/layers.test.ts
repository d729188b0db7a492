import { describe, expect, it } from 'vitest';
import { hiddenLayerOf } from './layers';

describe('hiddenLayerOf', () => {
	it('names the switched-off layer that draws a kind of place', () => {
		expect(hiddenLayerOf('observation-post', ['areas', 'places'])).toBe('observation-posts');
		expect(hiddenLayerOf('town', ['areas', 'highway'])).toBe('places');
		expect(hiddenLayerOf('naval-base', [])).toBe('air-bases');
	});

	it('says nothing when the layer is on', () => {
		expect(hiddenLayerOf('observation-post', ['observation-posts'])).toBeUndefined();
		expect(hiddenLayerOf('governorate', ['areas'])).toBeUndefined();
	});
});
