/**
 * What the date range and the outlet filter select, as one state object: the range in months, the
 * articles in it per place and per outlet, the places' states the map draws, and the count files those
 * figures wait for. The page composes it (the map reads `states`, the timeline `shown` and `counting`,
 * the place panel `place`, the lists `showsOutlet`) and runs `request` in an effect, so the files a
 * range needs are asked for as soon as the range or the outlets change.
 *
 * A range short of every date is counted from the counts by month once they arrive (every date's until
 * then: `counting`), the months its ends cut by day once their files arrive (month-rounded until then),
 * and a chosen outlet's places once its file arrives (every outlet's until then): never fewer than are
 * there (`counts.ts`).
 */
import { untrack } from 'svelte';
import type { DateRange } from '../core/range';
import { CountFiles, type CountFileLoaders } from './count-files.svelte';
import {
	articlesInRange,
	needsMonthCounts,
	outletCounts,
	placeCounts,
	rangeMonths,
	type RangeMonths
} from './counts';
import type { ExplorerIndex } from './explorer-index';
import { OutletFilter } from './outlet-filter.svelte';
import type { OutletIndex } from './outlets';
import { placeStates, type PlaceStates } from './range-index';

export interface RangeCountsOptions {
	/** `explorer.json`, indexed (`indexExplorer`). */
	explorer: () => ExplorerIndex;
	/** The outlets (`buildOutletIndex`). */
	outletIndex: () => OutletIndex;
	/** The date range as the URL has it (`ViewUrl.range`). */
	range: () => DateRange;
	/** The outlets chosen in the URL, undefined for every outlet (`ViewUrl.outlets`). */
	outlets: () => readonly string[] | undefined;
	/** Writes a new choice of outlets (`ViewUrl.setOutlets`). */
	setOutlets: (ids: string[] | undefined) => void;
	/** Where the count files come from (`publishedClient`). */
	load: CountFileLoaders;
}

/** What the figures say of one place: its articles in all, in the range, and in the range of every outlet. */
export interface PlaceFigures {
	total: number;
	inRange: number;
	inDates: number;
}

const NO_PLACE: PlaceFigures = { total: 0, inRange: 0, inDates: 0 };

export class RangeCounts {
	/** The count files, fetched as `request` asks for them. */
	readonly files: CountFiles;
	/** The filter by outlet, over the range's counts per outlet. */
	readonly outlets: OutletFilter;
	readonly #options: RangeCountsOptions;
	#months = $derived.by(() => rangeMonths(this.#options.explorer().counts, this.#options.range()));
	#needsMonths = $derived.by(() => needsMonthCounts(this.#options.explorer().counts, this.#months));
	#perOutlet = $derived.by(() =>
		outletCounts(this.#options.explorer().counts, this.#months, this.files.day, this.files.months)
	);
	#counts = $derived.by(() =>
		placeCounts(this.#options.explorer().counts, this.#months, {
			months: this.files.months,
			day: this.files.day,
			mask: this.outlets.mask,
			outlet: this.files.outlet
		})
	);
	/** Without an outlet filter the same array as `#counts`, so nothing is counted twice. */
	#countsAllOutlets = $derived.by(() =>
		this.outlets.mask
			? placeCounts(this.#options.explorer().counts, this.#months, {
					months: this.files.months,
					day: this.files.day
				})
			: this.#counts
	);
	#states = $derived.by(() =>
		placeStates(this.#options.explorer().range, this.#options.range(), this.#counts)
	);
	#shown = $derived.by(() => articlesInRange(this.#perOutlet, this.outlets.mask));

	constructor(options: RangeCountsOptions) {
		this.#options = options;
		this.files = new CountFiles(
			options.load,
			() => options.explorer().counts,
			() => options.explorer().indexOf,
			() => options.outletIndex().ids
		);
		this.outlets = new OutletFilter({
			index: options.outletIndex,
			chosen: options.outlets,
			counts: () => this.#perOutlet,
			set: options.setOutlets
		});
	}

	/** The range in months: the whole ones and the (at most two) it cuts. */
	get months(): RangeMonths {
		return this.#months;
	}

	/** Whether the range's counts wait for the counts by month: until then every date is counted. */
	get counting(): boolean {
		return this.#needsMonths && !this.files.months;
	}

	/** Articles in the range per place index, of the chosen outlets. */
	get counts(): Int32Array {
		return this.#counts;
	}

	/** Articles in the range per place index, of every outlet. */
	get countsAllOutlets(): Int32Array {
		return this.#countsAllOutlets;
	}

	/** Per place: its count in range and whether it exists on the range's last day (the map's feature state). */
	get states(): PlaceStates {
		return this.#states;
	}

	/** Articles in the range of the chosen outlets: the timeline's "N of M". */
	get shown(): number {
		return this.#shown;
	}

	/** The outlet filter's predicate by outlet id, while it leaves outlets out. */
	get showsOutlet(): ((id: string) => boolean) | undefined {
		return this.outlets.choice ? this.outlets.shows : undefined;
	}

	/** The figures of the place at `index` (all zero for none). */
	place(index: number | undefined): PlaceFigures {
		if (index === undefined) return NO_PLACE;
		return {
			total: this.#options.explorer().counts.placeTotal[index] ?? 0,
			inRange: this.#counts[index] ?? 0,
			inDates: this.#countsAllOutlets[index] ?? 0
		};
	}

	/**
	 * Asks for the files the range and the outlets need and do not have: the counts by month (a range
	 * short of every date), the day counts of the months it cuts, the chosen outlets' counts. Reads the
	 * range and the choice, so run in an effect it asks again whenever they change; what was asked for
	 * once is not asked for again (`CountFiles`).
	 */
	request(): void {
		const needs = this.#needsMonths;
		const cut = this.#months.cuts.map((c) => c.month);
		const chosen = this.outlets.chosenIndexes;
		untrack(() => {
			if (needs) this.files.wantMonths();
			this.files.want(cut, chosen);
		});
	}
}
