/**
 * What a place's panel lists and where it comes from: the newest articles in range, fetched as the
 * chunks (`data/places/<id>/<n>.json`) that hold them and kept once fetched, so reopening a place or
 * stepping the dates costs no second request.
 */
import type { PanelEntry, PlaceChunk } from '../data/explorer-data';

/** Articles a panel lists at first, and how many more each "show more" adds. */
export const PANEL_PAGE = 20;

export type ChunkLoader = (place: string, chunk: number) => Promise<PlaceChunk>;

/** The last `limit` of the ascending `indexes`, newest first. */
export function newestFirst(indexes: readonly number[], limit: number): number[] {
	return indexes.slice(Math.max(0, indexes.length - limit)).reverse();
}

/**
 * Keeps each chunk's request once made, so concurrent and later asks share it. A failed request is
 * forgotten, so asking again retries it.
 */
export function cachedLoader(load: ChunkLoader): ChunkLoader {
	const cache = new Map<string, Promise<PlaceChunk>>();
	return (place, chunk) => {
		const key = `${place}/${chunk}`;
		let pending = cache.get(key);
		if (!pending) {
			pending = load(place, chunk);
			cache.set(key, pending);
			pending.catch(() => cache.delete(key));
		}
		return pending;
	};
}

/**
 * The entries at `indexes` of a place's list (in that order), from the chunks holding them. `list`
 * is the place's list of article positions, to check that each chunk belongs to the same build as the
 * index the page loaded.
 */
export async function panelEntries(
	load: ChunkLoader,
	place: string,
	indexes: readonly number[],
	list: ArrayLike<number>,
	chunkSize: number
): Promise<PanelEntry[]> {
	const numbers = [...new Set(indexes.map((k) => Math.floor(k / chunkSize)))];
	const chunks = new Map(await Promise.all(numbers.map(async (n) => [n, await load(place, n)] as const)));
	return indexes.map((k) => {
		const entry = chunks.get(Math.floor(k / chunkSize))?.entries[k % chunkSize];
		if (!entry || entry.position !== list[k])
			throw new Error(`the excerpts of "${place}" do not match the loaded index; reload the page`);
		return entry;
	});
}

/**
 * What a panel keeps on screen while a new request loads: the entries already shown (for the same
 * place) that the new request still wants, so stepping the dates does not blank the list.
 */
export function keptEntries(
	shown: readonly PanelEntry[] | undefined,
	want: readonly number[],
	list: ArrayLike<number>
): PanelEntry[] | undefined {
	const keep = new Set(want.map((k) => list[k]));
	return shown?.filter((e) => keep.has(e.position));
}
