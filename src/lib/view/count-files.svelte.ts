/**
 * The count files the page fetches as the view asks for them: the counts by place and month
 * (`data/month-counts.json`, which `explorer.json` leaves out of the first screen), the day counts of
 * the months a range's ends cut (`data/days/<yyyy-mm>.json`) and the counts per place of the outlets the
 * filter chooses (`data/outlets/<id>.json`). Each is fetched once, decoded once and kept; the counts
 * (`counts.ts`) read them through `months`, `day` and `outlet`, which are reactive, so the map's figures
 * turn exact when a file arrives. A file that cannot be fetched or read leaves its figures at every date
 * (without the counts by month), month-rounded (without a day file) or unfiltered (without an outlet's),
 * and says so in `error` (and the counts by month in `monthsError`); `want` and `wantMonths` ask again
 * for it the next time.
 */
import { SvelteMap } from 'svelte/reactivity';
import type { DayCounts, MonthCountsData, OutletCounts } from '../data/explorer-data';
import { monthOfOrdinal } from '../data/month-counts';
import {
	buildMonthIndex,
	decodeDayCounts,
	decodeOutletCounts,
	type CountIndex,
	type DayIndex,
	type MonthIndex,
	type OutletPlaces
} from './counts';

export interface CountFileLoaders {
	/** `data/month-counts.json`, read and checked against the `explorer.json` it goes with. */
	months: () => Promise<MonthCountsData>;
	days: (month: string) => Promise<DayCounts>;
	outlet: (id: string) => Promise<OutletCounts>;
}

export class CountFiles {
	readonly #days = new SvelteMap<number, DayIndex>();
	readonly #outlets = new SvelteMap<number, OutletPlaces>();
	#months = $state.raw<MonthIndex>();
	#monthsError = $state.raw<string>();
	/** Files asked for (on their way or here); bookkeeping only, never read by a view, so not reactive. */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	readonly #asked = new Set<string>();
	#error = $state.raw<string>();
	readonly #load: CountFileLoaders;
	readonly #index: () => CountIndex;
	readonly #placeIndex: () => ReadonlyMap<string, number>;
	readonly #outletIds: () => readonly string[];

	constructor(
		load: CountFileLoaders,
		index: () => CountIndex,
		placeIndex: () => ReadonlyMap<string, number>,
		outletIds: () => readonly string[]
	) {
		this.#load = load;
		this.#index = index;
		this.#placeIndex = placeIndex;
		this.#outletIds = outletIds;
	}

	/** A month's day counts, by month index, once fetched. */
	readonly day = (month: number): DayIndex | undefined => this.#days.get(month);

	/** An outlet's counts per place, by outlet index, once fetched. */
	readonly outlet = (outlet: number): OutletPlaces | undefined => this.#outlets.get(outlet);

	/** The counts by place and month, once fetched. */
	get months(): MonthIndex | undefined {
		return this.#months;
	}

	/** Why the counts by month could not be had, while they could not (until `wantMonths` asks again). */
	get monthsError(): string | undefined {
		return this.#monthsError;
	}

	/** What went wrong with the last file that failed; its figures stay rounded. */
	get error(): string | undefined {
		return this.#error;
	}

	/** Fetches the day counts of `months` and the counts of `outlets` (indexes) not yet here or asked for. */
	want(months: readonly number[], outlets: readonly number[] = []): void {
		const index = this.#index();
		for (const m of months) {
			const key = `d${m}`;
			if (this.#days.has(m) || this.#asked.has(key) || m < 0 || m >= index.months) continue;
			const name = monthOfOrdinal(index.first + m);
			this.#fetch(key, `data/days/${name}.json`, this.#load.days(name), (file: DayCounts) =>
				this.#days.set(m, decodeDayCounts(index, this.#placeIndex(), m, file))
			);
		}
		for (const o of outlets) {
			const key = `o${o}`;
			const id = this.#outletIds()[o];
			if (id === undefined || this.#outlets.has(o) || this.#asked.has(key)) continue;
			this.#fetch(key, `data/outlets/${id}.json`, this.#load.outlet(id), (file: OutletCounts) =>
				this.#outlets.set(o, decodeOutletCounts(index.placeTotal.length, this.#placeIndex(), id, file))
			);
		}
	}

	/** Fetches the counts by place and month unless they are here or on their way. */
	wantMonths(): void {
		if (this.#months || this.#asked.has('m')) return;
		this.#monthsError = undefined;
		this.#fetch(
			'm',
			'data/month-counts.json',
			this.#load.months(),
			(file: MonthCountsData) => (this.#months = buildMonthIndex(file)),
			(message) => (this.#monthsError = message)
		);
	}

	#fetch<T>(
		key: string,
		file: string,
		pending: Promise<T>,
		keep: (file: T) => void,
		failed?: (message: string) => void
	): void {
		this.#asked.add(key);
		pending
			.then((value) => {
				try {
					keep(value);
				} catch (e) {
					throw new Error(`${file}: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
				}
			})
			.catch((e: unknown) => {
				this.#asked.delete(key);
				this.#error = e instanceof Error ? e.message : String(e);
				failed?.(this.#error);
				console.warn(this.#error);
			});
	}
}
