/**
 * The filter by outlet as one state object: the choice the URL holds (through `ViewUrl`), what it
 * keeps of the articles, the outlets of the date range with their counts, and the three things a
 * reader does with it (check or uncheck one, show one alone, show all). The page composes it; the map,
 * the counts, the panel, the chronology and the search read `mask` or `keeps`, and so can anything that
 * later shows or exports "what is on screen".
 */
import {
	articleMask,
	normalizeChoice,
	outletCounts,
	outletGroups,
	toggleOutlet,
	type OutletGroup,
	type OutletIndex
} from './outlets';
import type { ArticleMask } from './range-index';

export interface OutletFilterOptions {
	/** The outlets and each article's outlet (`buildOutletIndex`). */
	index: () => OutletIndex;
	/** The choice as the URL has it: outlet ids, or undefined for every outlet (`ViewUrl.outlets`). */
	chosen: () => readonly string[] | undefined;
	/** The positions of the articles in the date range, before the outlet filter (for the counts). */
	inRange: () => ArrayLike<number>;
	/** Writes a new choice (`ViewUrl.setOutlets`); undefined is every outlet. */
	set: (outlets: string[] | undefined) => void;
}

export class OutletFilter {
	readonly #options: OutletFilterOptions;
	/** The choice with unknown ids dropped, and "every outlet" as undefined however it was written. */
	#choice = $derived.by(() => normalizeChoice(this.#options.index().ids, this.#options.chosen()));
	#mask = $derived.by(() => articleMask(this.#options.index(), this.#choice));
	#counts = $derived.by(() => outletCounts(this.#options.index(), this.#options.inRange()));
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

	/** Per article position, 1 for an article shown; undefined while every outlet is shown. */
	get mask(): ArticleMask | undefined {
		return this.#mask;
	}

	/** Articles in the date range per outlet (by outlet index), whatever is chosen. */
	get counts(): Int32Array {
		return this.#counts;
	}

	/** The outlets to list, grouped by kind, with their counts and whether each is checked. */
	get groups(): OutletGroup[] {
		return this.#groups;
	}

	/** Whether the article at `position` is shown: the predicate for anything that lists articles. */
	readonly keeps = (position: number): boolean => {
		const mask = this.#mask;
		return !mask || mask[position] === 1;
	};

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
