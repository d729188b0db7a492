/**
 * The places' details (`data/place-details.json`: every spelling, the description, an automatic place's
 * sources), which `explorer.json` leaves out of the first screen. The file is fetched once, the first
 * time something asks for it (the page asks once its map is first idle, the panel when a place is
 * opened, the search box when first used), and kept. Until it arrives the panel shows the place without
 * them; a failed fetch is forgotten, so the next `load` tries again.
 */
import type { PlaceDetails, PlaceDetailsFile } from '../data/explorer-data';

/** The details by place id, as the file has them. */
export type PlaceDetailsIndex = Readonly<PlaceDetailsFile['places']>;

export class PlaceDetailsState {
	#byId = $state.raw<PlaceDetailsIndex>();
	#error = $state<string>();
	#pending: Promise<PlaceDetailsIndex> | undefined;
	readonly #fetch: () => Promise<PlaceDetailsFile>;

	/** `fetchFile` fetches `data/place-details.json` (the published client's `placeDetails`). */
	constructor(fetchFile: () => Promise<PlaceDetailsFile>) {
		this.#fetch = fetchFile;
	}

	/** A place's details, once the file has arrived. */
	of(id: string): PlaceDetails | undefined {
		const byId = this.#byId;
		return byId && Object.hasOwn(byId, id) ? byId[id] : undefined;
	}

	/** Why the last fetch failed, until one succeeds. */
	get error(): string | undefined {
		return this.#error;
	}

	/** Fetches the file unless it is here or on its way; resolves to the details by id. */
	load(): Promise<PlaceDetailsIndex> {
		this.#pending ??= this.#fetch().then(
			(file) => {
				this.#byId = file.places;
				this.#error = undefined;
				return file.places;
			},
			(e: unknown) => {
				this.#pending = undefined;
				this.#error = e instanceof Error ? e.message : String(e);
				throw e;
			}
		);
		return this.#pending;
	}
}
