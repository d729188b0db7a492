import { describe, expect, it } from 'vitest';
import type { ExplorerPlace } from '../data/explorer-data';
import { placeInView, type ViewBox } from './on-screen';

const place = (id: string, geometry: ExplorerPlace['geometry']): ExplorerPlace => ({
	type: 'Feature',
	id,
	geometry,
	properties: { name: id, kind: 'town', precision: 'exact', mentionCount: 0 }
});

const point = (lon: number, lat: number): ExplorerPlace['geometry'] => ({
	type: 'Point',
	coordinates: [lon, lat]
});

/** North-west Syria, roughly what the explorer opens on. */
const IDLIB: ViewBox = [35.5, 35.0, 37.5, 36.5];

describe('placeInView', () => {
	it('takes a point inside the view and leaves one outside', () => {
		expect(placeInView(place('saraqeb', point(36.8, 35.86)), IDLIB)).toBe(true);
		expect(placeInView(place('ankara', point(32.85, 39.93)), IDLIB)).toBe(false);
	});

	it('takes a line or area whose extent meets the view, though no vertex is in it', () => {
		const road = place('m5', {
			type: 'LineString',
			coordinates: [
				[35.0, 34.0],
				[38.0, 37.0]
			]
		});
		expect(placeInView(road, [36.0, 35.2, 36.5, 35.6])).toBe(true);
		expect(placeInView(road, [39.0, 35.2, 40.0, 35.6])).toBe(false);
	});

	it('takes a group drawn as its members when one member is in view', () => {
		const posts = place('posts', {
			type: 'MultiPoint',
			coordinates: [
				[36.6, 35.9],
				[44.0, 33.3]
			]
		});
		expect(placeInView(posts, IDLIB)).toBe(true);
		expect(placeInView(posts, [40, 30, 42, 32])).toBe(false);
	});

	it('reads a view across the antimeridian, and one wider than the world', () => {
		const fiji = place('suva', point(178.4, -18.1));
		expect(placeInView(fiji, [-200, -30, -170, -10])).toBe(true);
		expect(placeInView(place('x', point(-175, -20)), [170, -30, 190, -10])).toBe(true);
		expect(placeInView(place('x', point(10, 0)), [-400, -80, 400, 80])).toBe(true);
	});
});
