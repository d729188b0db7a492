/**
 * Which place the page has open and where that asks the camera to go: the rules the page applies when a
 * place is opened from a list, the search, a panel or the map, when it is closed, and when the address
 * opened one as the page loaded. Kept apart from the page so that each rule has a test, and apart from
 * the map, which only follows the target it is given. Focus is the page's: this module knows no element.
 */
import type { CameraTarget } from '$lib/map/camera';

/** What a selection needs to know of the places and of the view it writes to. */
export interface SelectionHost {
	/** The place's geometry for the camera: a point, or the bounds of an area or a line. */
	where(id: string): { point: [number, number] } | { bounds: [number, number, number, number] } | undefined;
	/** The open place as the view (the URL) has it. */
	place(): string | undefined;
	/** Writes the open place to the view. */
	setPlace(id: string | undefined): void;
}

export class PlaceSelection {
	/** Where the map should go; a new key each time, so asking for the same place again still moves it. */
	target = $state<CameraTarget>();
	/**
	 * The place the address opened as the page loaded: its panel shows without taking the focus, which
	 * stays at the top of the page for the skip link. Opening or closing a place clears it.
	 */
	quiet = $state<string>();
	/** The phone's sidebar: closed whenever a place opens, so that the place shows on the map. */
	sidebarOpen = $state(false);
	#key = 0;
	readonly #host: SelectionHost;

	constructor(host: SelectionHost, opts: { fromAddress: boolean }) {
		this.#host = host;
		if (opts.fromAddress) this.quiet = host.place();
	}

	/** Asks the camera to show a place: a point flown to, an area or a line fitted. */
	focusOn(id: string): void {
		const where = this.#host.where(id);
		if (!where) return;
		this.target =
			'point' in where
				? { key: ++this.#key, center: where.point }
				: { key: ++this.#key, bounds: where.bounds };
	}

	/**
	 * Opens a place. From a list, the search or a panel the camera goes to it; picked on the map at `at`,
	 * it stays where the reader saw it unless the place's panel now covers it (`reveal`: the place's own
	 * point, else where the reader tapped an area). Returns false for a place the page does not know.
	 */
	open(id: string, at?: [number, number]): boolean {
		const where = this.#host.where(id);
		if (!where) return false;
		this.quiet = undefined;
		this.#host.setPlace(id);
		this.sidebarOpen = false;
		if (at) this.target = { key: ++this.#key, reveal: 'point' in where ? where.point : at };
		else this.focusOn(id);
		return true;
	}

	/** Closes the open place and returns its id (the page gives the focus back to what opened it). */
	close(): string | undefined {
		const id = this.#host.place();
		this.quiet = undefined;
		this.#host.setPlace(undefined);
		return id;
	}

	/**
	 * The page has loaded with a place in its address. Without a camera in the address the place is shown;
	 * with one, the camera is kept unless the place's sheet would cover the place (a link made on a wide
	 * screen and opened on a phone).
	 */
	arrive(hasCamera: boolean): void {
		const id = this.#host.place();
		if (!id) return;
		const where = this.#host.where(id);
		if (!hasCamera) this.focusOn(id);
		else if (where && 'point' in where) this.target = { key: ++this.#key, reveal: where.point };
	}
}
