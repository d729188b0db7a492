/**
 * An article's key: the number the published files address it by (a panel's and a chronology part's
 * `position`, the search index's postings and docs files), in the published order (`ARTICLE_ORDER`)
 * but not dense. `key = day × 2^bits + rank`, `day` its publication day counted from 1970
 * (`dayNumber`; the 1st for a month-only date) and `rank` its place among that day's articles in the
 * published order, with `2^bits` at least the busiest day's count. So an article dated before the
 * others moves no key but those of its own day after it, where a position moved every later
 * article's; articles dated after the others only add keys. A day busier than `2^bits` doubles it,
 * which renumbers every key once.
 */
import { dayNumber } from '../core/dates';

/**
 * Most bits a key gives a day's ranks: a key stays under 2^31 (the page decodes keys into 32-bit
 * integer arrays) for days up to 2^31 / 2^15 = 65,536 after 1970, far past any report.
 */
export const MAX_KEY_BITS = 15;

/** The fewest bits whose power of two holds `busiest` ranks (0 for at most one article a day). */
export function keyBits(busiest: number): number {
	let bits = 0;
	while (2 ** bits < busiest) bits++;
	if (bits > MAX_KEY_BITS)
		throw new Error(`${busiest} articles on one day: keys hold at most ${2 ** MAX_KEY_BITS} a day`);
	return bits;
}

/** The key of the article of rank `rank` on day `day` (days since 1970-01-01). */
export function articleKey(day: number, rank: number, bits: number): number {
	return day * 2 ** bits + rank;
}

/**
 * The ranks of articles met in the published order: each day's count so far (a month-only article is
 * published as its month's 1st, so it is one of that day's). The build counts with it twice, a day's
 * articles at a time for the busiest day and one at a time for the keys, and `articleKeys` once; one
 * counter keeps the three the same.
 */
export class DayRanks {
	#day = Number.NaN;
	#next = 0;
	/** The most articles any day has had so far. */
	busiest = 0;

	/** The rank of the first of `count` articles of `day`, met after every article of earlier days. */
	next(day: number, count = 1): number {
		if (day !== this.#day) {
			this.#day = day;
			this.#next = 0;
		}
		const rank = this.#next;
		this.#next += count;
		this.busiest = Math.max(this.busiest, this.#next);
		return rank;
	}
}

/** The keys of articles given in the published order (by day, then id), and the bits they use. */
export function articleKeys(articles: readonly { published: string }[]): { bits: number; keys: number[] } {
	const days = articles.map((a) => dayNumber(a.published));
	const ranks = new DayRanks();
	const rank = days.map((day) => ranks.next(day));
	const bits = keyBits(ranks.busiest);
	return { bits, keys: days.map((day, i) => articleKey(day, rank[i]!, bits)) };
}
