/**
 * The month files of day counts (`data/days/<yyyy-mm>.json`) that a build adding articles writes: the
 * months of the new articles, each the file as published (when the month has one) with the new
 * articles counted in (`DayCounter.from`). A day file numbers outlets by their place in the sorted
 * list of outlets, so a new outlet renumbers every month's file; then the corpus is built from
 * nothing.
 */
import type { ExplorerOutlet, DayCounts } from './explorer-data';
import { DayCounter } from './publish-counts';

/** A new article as a day file counts it. */
export interface DayArticle {
	published: string;
	datePrecision?: string;
	/** Its outlet's id and the places it counts for (`countArticles` hands both over). */
	outlet: string;
	listed: readonly string[];
}

/**
 * The day files of the new `articles`, by month; or why they cannot be added. `before` are the
 * outlets the build before published (`explorer.json`'s), `outlets` those with the new articles;
 * `existing` reads a month's file as published; `places` are the dataset's, in its order.
 */
export function addedDays(
	before: readonly Pick<ExplorerOutlet, 'id'>[],
	outlets: readonly Pick<ExplorerOutlet, 'id'>[],
	articles: readonly DayArticle[],
	places: readonly { id: string }[],
	existing: (month: string) => DayCounts | undefined
): Map<string, DayCounts> | string {
	if (outlets.length !== before.length || outlets.some((o, i) => o.id !== before[i]!.id))
		return 'a new outlet renumbers the outlets of every month’s day file';
	const index = new Map(outlets.map((o, i) => [o.id, i]));
	const counters = new Map<string, DayCounter>();
	for (const a of articles) {
		const month = a.published.slice(0, 7);
		let counter = counters.get(month);
		if (!counter) {
			const held = existing(month);
			counter = held ? DayCounter.from(held) : new DayCounter(outlets.length);
			counters.set(month, counter);
		}
		const day = a.datePrecision === 'month' ? 0 : Number(a.published.slice(8, 10));
		counter.add(day, index.get(a.outlet)!, a.listed);
	}
	return new Map([...counters].map(([month, counter]) => [month, counter.file(month, places)]));
}
