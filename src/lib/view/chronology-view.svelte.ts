/**
 * The chronology as the page shows it, while the URL says it is open: the range's reviewed events and
 * the events found in the text merged by date with the range's articles, a page at a time
 * (`chronologyPage`). The page composes it and runs `request` in an effect, so the files the current
 * page reaches are asked for as the range, the order, the outlets or "Show more" change: the parts of
 * the article list from the range's end in the list's order (`ChronologyState`), and the month files of
 * the events found in the text (`ExtractedEvents`, which the place panel shares).
 */
import { untrack } from 'svelte';
import type { DateRange } from '../core/range';
import type { ExplorerData } from '../data/explorer-data';
import type { ExtractedMonthCounts } from '../data/extracted-files';
import {
	chronologyPage,
	chronologyParts,
	eventsInRange,
	type ChronologyOrder,
	type ChronologyPage
} from './chronology';
import { ChronologyState, type ChronologyPartLoader } from './chronology-state.svelte';
import type { CountIndex, RangeMonths } from './counts';
import { chronologyExtracted, chronologyMonths, mergeEvents, type EventFilter } from './extracted';
import type { ExtractedEvents } from './extracted-state.svelte';

export interface ChronologyViewOptions {
	/** `explorer.json`'s reviewed events and the table of the article list's parts. */
	explorer: () => Pick<ExplorerData, 'events' | 'chronologyParts'>;
	/** The articles counted by month (`indexExplorer`'s `counts`). */
	counts: () => CountIndex;
	/** The range in whole and cut months (`RangeCounts.months`). */
	months: () => RangeMonths;
	range: () => DateRange;
	/** The order the URL asks for; undefined while the chronology is closed. */
	order: () => ChronologyOrder | undefined;
	/** The outlets chosen, undefined for every outlet: a new choice is a new list, back to one page. */
	outlets: () => readonly string[] | undefined;
	/** The outlet filter's predicate by outlet id, while it leaves outlets out. */
	shows: () => ((outletId: string) => boolean) | undefined;
	/** Which events found in the text the filter keeps. */
	keep: () => EventFilter | undefined;
	/** Articles in the range of the chosen outlets (the timeline's count). */
	shown: () => number;
	/** `explorer.json`'s `extractedMonths`, decoded (`decodeMonthCounts`). */
	extractedMonths: ExtractedMonthCounts;
	/** The events found in the text, fetched in shards. */
	extracted: ExtractedEvents;
	/** Fetches one part of the article list (the published client's `chronologyPart`). */
	loadPart: ChronologyPartLoader;
}

export class ChronologyView {
	/** The parts of the article list fetched so far, and how many entries "Show more" asked for. */
	readonly articles: ChronologyState;
	readonly #options: ChronologyViewOptions;
	/** The list "Show more" counts for: a new range, order or choice of outlets starts at one page. */
	#key = $derived.by(() => {
		const { from, to } = this.#options.range();
		const outlets = this.#options.outlets()?.join(',') ?? '';
		return `${from ?? ''}|${to ?? ''}|${this.#options.order() ?? ''}|${outlets}`;
	});
	#reviewed = $derived.by(() =>
		this.#options.order() ? eventsInRange(this.#options.explorer().events, this.#options.range()) : []
	);
	#automatic = $derived.by(() =>
		this.#options.order()
			? chronologyExtracted(
					this.#options.extractedMonths,
					(file) => this.#options.extracted.month(file),
					this.#options.range(),
					this.#options.keep()
				)
			: undefined
	);
	/** The parts of the months the range touches, in the list's order. */
	#parts = $derived.by(() => {
		const order = this.#options.order();
		return order
			? chronologyParts(
					this.#options.counts(),
					this.#options.months(),
					this.#options.explorer().chronologyParts,
					order
				)
			: [];
	});
	#page = $derived.by(() => {
		const order = this.#options.order();
		const automatic = this.#automatic;
		if (!order || !automatic) return undefined;
		return chronologyPage(
			mergeEvents(
				this.#reviewed,
				automatic.events.map((e) => e.event)
			),
			this.#parts.map((k) => this.articles.part(k)),
			this.#options.range(),
			order,
			this.articles.limit(this.#key),
			this.#options.shown(),
			this.#options.shows()
		);
	});

	constructor(options: ChronologyViewOptions) {
		this.#options = options;
		this.articles = new ChronologyState(options.loadPart);
	}

	/** The page listed, while the chronology is open. */
	get page(): ChronologyPage | undefined {
		return this.#page;
	}

	/** How many reviewed events the range holds. */
	get reviewed(): number {
		return this.#reviewed.length;
	}

	/** How many events found in the text the range holds, and whether that count is exact yet. */
	get automatic(): { count: number; exact: boolean } {
		return { count: this.#automatic?.count ?? 0, exact: this.#automatic?.exact ?? true };
	}

	/** "Show more": another page of this list. */
	more(): void {
		this.articles.more(this.#key);
	}

	/**
	 * Asks for what the current page reaches and does not have: the next parts of the article list, and
	 * the month files of events found in the text from the range's end to the page's last entry (the
	 * whole range while the page is not full). Closed, whatever still waits is dropped.
	 */
	request(): void {
		const page = this.#page;
		const order = this.#options.order();
		const next = page?.next.map((n) => this.#parts[n]!) ?? [];
		let months: string[] = [];
		if (page && order) {
			const limit = this.articles.limit(this.#key);
			const last = page.items.length >= limit ? page.items.at(-1) : undefined;
			const lastDay = !last
				? undefined
				: last.type === 'event'
					? last.event.date
					: this.articles.article(last.position)?.published;
			months = chronologyMonths(this.#options.extractedMonths, this.#options.range(), {
				order,
				last: lastDay
			});
		}
		untrack(() => {
			this.articles.want(next);
			this.#options.extracted.wantMonths(months);
		});
	}
}
