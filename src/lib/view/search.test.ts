import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ExplorerPlace, PlaceDetails } from '../data/explorer-data';
import { IDLE_SLICE_MS, idlePause, placeSearch, placeSearchInSlices } from './search';

interface Fixture {
	place: ExplorerPlace;
	details: PlaceDetails;
}

/** A place as explorer.json has it, with its details as data/place-details.json has them. */
const place = (
	id: string,
	name: string,
	aliases: string[],
	{ description, ...extra }: Partial<ExplorerPlace['properties']> & { description?: string } = {}
): Fixture => ({
	place: {
		type: 'Feature',
		id,
		geometry: { type: 'Point', coordinates: [36, 35] },
		properties: { name, kind: 'town', precision: 'exact', mentionCount: 0, ...extra }
	},
	details: { aliases, ...(description ? { description } : {}) }
});

/** The search over fixtures, with their details. */
const searchOf = (fixtures: Fixture[]) =>
	placeSearch(
		fixtures.map((f) => f.place),
		Object.fromEntries(fixtures.map((f) => [f.place.id, f.details]))
	);

const places = [
	place('saraqeb-road', 'Saraqeb junction', [], {
		kind: 'crossing',
		description: 'Where the M4 meets the M5 by Saraqeb'
	}),
	place('saraqeb', 'Saraqeb', ['Saraqib', 'Sarāqib'], { nameAr: 'سراقب' }),
	place('maarat', 'Maarat al-Numan', ['Ma‘arrat an-Nu‘man']),
	place('sarmin', 'Sarmin', [])
];

describe('place search', () => {
	const search = searchOf(places);

	it('finds places by alias with diacritics folded', () => {
		expect(search('sarāqib')[0]).toEqual({ type: 'place', id: 'saraqeb', label: 'Saraqeb', detail: 'town' });
		expect(search('SARAQIB')[0]?.id).toBe('saraqeb');
		expect(search('سراقب')[0]?.id).toBe('saraqeb');
	});

	it('puts the place a query spells first, before places that only contain or describe it', () => {
		expect(search('Saraqeb').map((h) => h.id)).toEqual(['saraqeb', 'saraqeb-road']);
	});

	it('finds a spelling no alias has through the geoparser’s spelling keys', () => {
		// Variant key: q/k, e/i, doubled letters; skeleton key: the inner vowels.
		expect(search('Sarakib')[0]?.id).toBe('saraqeb');
		expect(search('Maaret al-Nouman')[0]?.id).toBe('maarat');
		expect(search('Maarat Numan')[0]?.id).toBe('maarat');
	});

	it('still lists places by the start of their names while a name is being typed', () => {
		expect(search('sar').map((h) => h.id)).toEqual(expect.arrayContaining(['saraqeb', 'sarmin']));
	});

	it('returns nothing for an empty query, and a word in no name finds no place', () => {
		expect(search('   ')).toEqual([]);
		expect(search('helicopters')).toEqual([]);
		// Not even one letter away from a word of a description ("talks").
		expect(
			searchOf([place('astana', 'Astana', [], { description: 'Venue of the Astana talks' })])('tanks')
		).toEqual([]);
	});

	it('finds places by name and Arabic name before their details have arrived', () => {
		const early = placeSearch(places.map((f) => f.place));
		expect(early('Saraqeb')[0]?.id).toBe('saraqeb');
		expect(early('سراقب')[0]?.id).toBe('saraqeb');
		expect(early('Sarāqib')[0]?.id).toBe('saraqeb');
		// The description's words are in place-details.json only.
		expect(early('M4 meets')).toEqual([]);
		expect(search('M4 meets')[0]?.id).toBe('saraqeb-road');
	});

	it('builds the same search in slices, yielding to the page between them', async () => {
		let pauses = 0;
		const details = Object.fromEntries(places.map((f) => [f.place.id, f.details]));
		const sliced = await placeSearchInSlices(
			places.map((f) => f.place),
			details,
			{ pause: async () => void pauses++, sliceMs: 0 }
		);
		expect(pauses).toBe(places.length);
		for (const query of ['Saraqeb', 'sarāqib', 'Maaret al-Nouman', 'sar', 'M4 meets', 'tanks'])
			expect(sliced(query)).toEqual(search(query));
	});

	it('lets a slice run as long as its pause allows', async () => {
		let pauses = 0;
		const fixtures = places.map((f) => f.place);
		// The first slice waits for a pause, which grants a minute: one pause in all.
		await placeSearchInSlices(fixtures, {}, { pause: async () => (pauses++, 60_000), sliceMs: 0 });
		expect(pauses).toBe(1);
	});
});

describe('idlePause', () => {
	afterEach(() => vi.unstubAllGlobals());

	it('resolves in the page’s next idle period with its time left, a frame at most', async () => {
		const waiting: ((deadline: { timeRemaining(): number; didTimeout: boolean }) => void)[] = [];
		const requestIdleCallback = vi.fn((callback: (typeof waiting)[number]) => waiting.push(callback));
		vi.stubGlobal('requestIdleCallback', requestIdleCallback);
		let resolved = false;
		const pause = idlePause(500).then((left) => ((resolved = true), left));
		await Promise.resolve();
		expect(resolved).toBe(false);
		expect(requestIdleCallback).toHaveBeenCalledWith(expect.any(Function), { timeout: 500 });
		waiting.shift()!({ timeRemaining: () => 12.5, didTimeout: false });
		expect(await pause).toBe(12.5);
		const long = idlePause();
		waiting.shift()!({ timeRemaining: () => 49.9, didTimeout: false });
		expect(await long).toBe(IDLE_SLICE_MS);
		// Called by its timeout, the page is busy: the default slice.
		const late = idlePause();
		waiting.shift()!({ timeRemaining: () => 0, didTimeout: true });
		expect(await late).toBeUndefined();
	});

	it('falls back to a timer where the browser has no idle callbacks', async () => {
		vi.stubGlobal('requestIdleCallback', undefined);
		await expect(idlePause()).resolves.toBeUndefined();
	});
});
