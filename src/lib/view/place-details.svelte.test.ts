import { describe, expect, it, vi } from 'vitest';
import type { PlaceDetailsFile } from '../data/explorer-data';
import { PlaceDetailsState } from './place-details.svelte';

const FILE: PlaceDetailsFile = {
	places: {
		saraqeb: { aliases: ['Saraqeb', 'Saraqib'], description: 'Where the M4 meets the M5' },
		'kafr-nabl': { aliases: ['Kafr Nabl'], sources: ['GeoNames 169304'] }
	}
};

describe('PlaceDetailsState', () => {
	it('has nothing until the file is asked for, then every place by id, fetched once', async () => {
		const fetchFile = vi.fn(async () => FILE);
		const details = new PlaceDetailsState(fetchFile);
		expect(details.of('saraqeb')).toBeUndefined();
		expect(fetchFile).not.toHaveBeenCalled();
		const [a, b] = await Promise.all([details.load(), details.load()]);
		expect(a).toBe(b);
		expect(fetchFile).toHaveBeenCalledTimes(1);
		expect(details.of('saraqeb')?.aliases).toEqual(['Saraqeb', 'Saraqib']);
		expect(details.of('kafr-nabl')?.sources).toEqual(['GeoNames 169304']);
		expect(details.of('nowhere')).toBeUndefined();
		await details.load();
		expect(fetchFile).toHaveBeenCalledTimes(1);
	});

	it('says why a fetch failed and tries again at the next load', async () => {
		const fetchFile = vi
			.fn<() => Promise<PlaceDetailsFile>>()
			.mockRejectedValueOnce(new Error('/data/place-details.json: HTTP 503'))
			.mockResolvedValueOnce(FILE);
		const details = new PlaceDetailsState(fetchFile);
		await expect(details.load()).rejects.toThrow('HTTP 503');
		expect(details.error).toBe('/data/place-details.json: HTTP 503');
		expect(details.of('saraqeb')).toBeUndefined();
		await details.load();
		expect(details.error).toBeUndefined();
		expect(details.of('saraqeb')?.description).toBe('Where the M4 meets the M5');
		expect(fetchFile).toHaveBeenCalledTimes(2);
	});
});
