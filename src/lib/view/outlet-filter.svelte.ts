/**
 * The filter by outlet as one state object: the choice the URL holds (through `ViewUrl`), what it
 * keeps of the outlets, the outlets of the date range with their counts, and the three things a
 * reader does with it (check or uncheck one, show one alone, show all). The page composes it; the map's
 * counts read `mask`, the panel, the chronology and the download `shows`, the search `choice`.
 */
import {
	normalizeChoice,
	outletGroups,
	outletMask,
	toggleOutlet,
	type OutletGroup,
	type OutletIndex
} from './outlets';

export interface OutletFilterOptions {
	/** The outlets (`buildOutletIndex`). */
	index: () => OutletIndex;
	/** The choice as the URL has it: outlet ids, or undefined for every outlet (`ViewUrl.outlets`). */
	chosen: () => readonly string[] | undefined;
	/** Articles in the date range per outlet index, before the outlet filter (`counts.ts`). */
	counts: () => Int32Array;
	/** Writes a new choice (`ViewUrl.setOutlets`); undefined is every outlet. */
	set: (outlets: string[] | undefined) => void;
}

export class OutletFilter {
	readonly #options: OutletFilterOptions;
	/** The choice with unknown ids dropped, and "every outlet" as undefined however it was written. */
	#choice = $derived.by(() => normalizeChoice(this.#options.index().ids, this.#options.chosen()));
	#mask = $derived.by(() => outletMask(this.#options.index(), this.#choice));
	#counts = $derived.by(() => this.#options.counts());
	#groups = $derived.by(() => outletGroups(this.#options.index(), this.#counts, this.#choice));
	/** Built afresh for each choice and never changed, so a plain set is enough. */
	#chosenSet: ReadonlySet<string> | undefined = $derived.by(() =>
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		this.#choice ? new Set(this.#choice) : undefined
	);

	constructor(options: OutletFilterOptions) {
		this.#options = options;
	}

	/** The chosen outlet ids; undefined while every outlet is shown. */
	get choice(): readonly string[] | undefined {
		return this.#choice;
	}

	/** Whether the filter leaves anything out. */
	get active(): boolean {
		return this.#choice !== undefined;
	}

	/** Per outlet index, 1 for an outlet shown; undefined while every outlet is shown. */
	get mask(): Uint8Array | undefined {
		return this.#mask;
	}

	/** The indexes of the chosen outlets; empty while every outlet is shown. */
	get chosenIndexes(): number[] {
		const mask = this.#mask;
		const out: number[] = [];
		mask?.forEach((on, o) => on && out.push(o));
		return out;
	}

	/** Articles in the date range per outlet (by outlet index), whatever is chosen. */
	get counts(): Int32Array {
		return this.#counts;
	}

	/** The outlets to list, grouped by kind, with their counts and whether each is checked. */
	get groups(): OutletGroup[] {
		return this.#groups;
	}

	/** Whether an outlet's articles are shown. */
	readonly shows = (id: string): boolean => {
		const set = this.#chosenSet;
		return !set || set.has(id);
	};

	/** Checks or unchecks one outlet. */
	toggle(id: string, on: boolean): void {
		this.#options.set(toggleOutlet(this.#options.index().ids, this.#choice, id, on));
	}

	/** Shows one outlet alone. */
	only(id: string): void {
		this.#options.set(normalizeChoice(this.#options.index().ids, [id]));
	}

	/** Shows every outlet again. */
	all(): void {
		this.#options.set(undefined);
	}
}
