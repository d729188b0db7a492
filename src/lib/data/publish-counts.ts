/**
 * The articles counted, for the explorer's first screen and the count files it fetches on demand
 * (`explorer-data.ts` has the formats, `month-counts.ts` the encoding): per place and per outlet by
 * month in `data/month-counts.json` (and their totals in `explorer.json`), a month's counts by day in `data/days/<yyyy-mm>.json`, an outlet's counts
 * per place in `data/outlets/<id>.json`. Each article is read once into `ArticleFacts`, which every
 * count is made from.
 */
import { articleKeys } from './article-keys';
import type { Dataset } from './dataset';
import { linkedPositions, type DayCounts, type ExplorerOutlet, type OutletCounts } from './explorer-data';
import { isLink } from './link';
import {
	decodeTriples,
	encodePairs,
	encodeTriples,
	monthOfOrdinal,
	monthOrdinal,
	type OutletCount
} from './month-counts';
import { resolveOutlets } from './outlets';

/** What the counts need of each article, by position, and of each place. */
export interface ArticleFacts {
	/** The month of the oldest article (`YYYY-MM`; empty with none) and how many months to the newest. */
	firstMonth: string;
	monthCount: number;
	/** Per article: its month's index from `firstMonth`. */
	month: Int32Array;
	/** Per article: its day of the month, 0 for an article dated only to its month. */
	day: Uint8Array;
	/** Per article: its outlet's index in `outlets`. */
	outlet: Uint32Array;
	outlets: ExplorerOutlet[];
	/** Per place id: the ascending positions of the articles naming it (a dateline does not count). */
	own: Map<string, number[]>;
	/** Per place id: the positions its counts and its panel stand for, its own and its group's. */
	lists: Map<string, Uint32Array>;
	/** Per article: its key (`article-keys.ts`), which the published files address it by. */
	keys: number[];
	/** The bits of a key's rank (`keyBits`). */
	keyBits: number;
}

/** Reads every article once: its month, day and outlet, and the places it names. */
export function articleFacts(dataset: Dataset): ArticleFacts {
	const { places, articles } = dataset;
	const own = new Map<string, number[]>(places.map((p) => [p.id, []]));
	articles.forEach((a, position) => {
		for (const m of a.mentions) {
			if (!isLink(m)) continue;
			const list = own.get(m.place);
			if (list && list.at(-1) !== position) list.push(position);
		}
	});
	const lists = new Map(
		places.map((p) => [p.id, linkedPositions(own.get(p.id)!, p.partOf ? own.get(p.partOf) : undefined)])
	);
	const first = articles.length ? monthOrdinal(articles[0]!.published) : 0;
	const month = Int32Array.from(articles, (a) => monthOrdinal(a.published) - first);
	const day = Uint8Array.from(articles, (a) =>
		a.datePrecision === 'month' ? 0 : Number(a.published.slice(8, 10))
	);
	const { outlets, outletOf } = resolveOutlets(articles, dataset.outlets ?? []);
	const keyed = articleKeys(articles);
	return {
		firstMonth: articles.length ? monthOfOrdinal(first) : '',
		monthCount: articles.length ? month[month.length - 1]! + 1 : 0,
		month,
		day,
		outlet: Uint32Array.from(outletOf),
		outlets,
		own,
		lists,
		keys: keyed.keys,
		keyBits: keyed.bits
	};
}

/** Adds one to `key` in `counts`. */
function bump(counts: Map<number, number>, key: number): void {
	counts.set(key, (counts.get(key) ?? 0) + 1);
}

/** The counts `data/month-counts.json` carries: per outlet and per place (in the dataset's order), by month. */
export function publishMonthCounts(
	dataset: Dataset,
	facts: ArticleFacts
): { outletMonths: number[][]; counts: number[][] } {
	const byOutlet = facts.outlets.map(() => new Map<number, number>());
	for (let p = 0; p < facts.month.length; p++) bump(byOutlet[facts.outlet[p]!]!, facts.month[p]!);
	const counts = dataset.places.map((place) => {
		const months = new Map<number, number>();
		for (const p of facts.lists.get(place.id)!) bump(months, facts.month[p]!);
		return encodePairs(months);
	});
	return { outletMonths: byOutlet.map(encodePairs), counts };
}

/** The day-count files, one per month some article is in: which months, and each file on demand. */
export interface DayCountFiles {
	months: string[];
	file(month: string): DayCounts | undefined;
}

export function publishDayCounts(dataset: Dataset, facts: ArticleFacts): DayCountFiles {
	const first = facts.firstMonth ? monthOrdinal(facts.firstMonth) : 0;
	/** Per month index: the positions of its articles (they are consecutive, articles being by date). */
	const start = new Map<number, number>();
	const end = new Map<number, number>();
	facts.month.forEach((m, p) => {
		if (!start.has(m)) start.set(m, p);
		end.set(m, p + 1);
	});
	/** Per article: the places whose counts include it (its own and, for a group it names, its members). */
	const placesOf: string[][] = Array.from({ length: facts.month.length }, () => []);
	for (const [id, list] of facts.lists) for (const p of list) placesOf[p]!.push(id);
	const months = [...start.keys()].sort((a, b) => a - b).map((m) => monthOfOrdinal(first + m));
	return {
		months,
		file(month) {
			const m = monthOrdinal(month) - first;
			const a = start.get(m);
			if (a === undefined || !/^\d{4}-\d{2}$/.test(month)) return undefined;
			const counter = new DayCounter(facts.outlets.length);
			for (let p = a; p < end.get(m)!; p++) counter.add(facts.day[p]!, facts.outlet[p]!, placesOf[p]!);
			return counter.file(month, dataset.places);
		}
	};
}

/**
 * One month's articles counted by day, per outlet and per place, as they pass: what
 * `data/days/<yyyy-mm>.json` holds, whatever order the articles come in.
 */
export class DayCounter {
	private readonly outlets: Map<number, number>[];
	private readonly places = new Map<string, Map<string, OutletCount>>();

	constructor(outletCount: number) {
		this.outlets = Array.from({ length: outletCount }, () => new Map<number, number>());
	}

	/**
	 * The counter of a month file as published (`file`), to count more of the month's articles into:
	 * a build adding articles to the newest month reads that month's file instead of its articles.
	 */
	static from(counts: DayCounts): DayCounter {
		const counter = new DayCounter(counts.outlets.length);
		counts.outlets.forEach((pairs, o) => {
			let day = 0;
			for (let i = 0; i + 1 < pairs.length; i += 2) {
				day += pairs[i]!;
				counter.outlets[o]!.set(day, pairs[i + 1]!);
			}
		});
		for (const [id, flat] of Object.entries(counts.places)) {
			const cells = new Map<string, OutletCount>();
			const { keys, outlets, counts: n } = decodeTriples(flat);
			keys.forEach((key, i) => cells.set(`${key}:${outlets[i]}`, { key, outlet: outlets[i]!, count: n[i]! }));
			counter.places.set(id, cells);
		}
		return counter;
	}

	/** One article: its day (0 when dated to the month), its outlet's index and the places it counts for. */
	add(day: number, outlet: number, places: readonly string[]): void {
		bump(this.outlets[outlet]!, day);
		for (const id of places) {
			let cells = this.places.get(id);
			if (!cells) this.places.set(id, (cells = new Map()));
			const key = `${day}:${outlet}`;
			const cell = cells.get(key);
			if (cell) cell.count++;
			else cells.set(key, { key: day, outlet, count: 1 });
		}
	}

	/** The month's file, its places in the order of `places`. */
	file(month: string, places: readonly { id: string }[]): DayCounts {
		const byPlace: Record<string, number[]> = {};
		for (const place of places) {
			const cells = this.places.get(place.id);
			if (cells) byPlace[place.id] = encodeTriples([...cells.values()]);
		}
		return { month, outlets: this.outlets.map(encodePairs), places: byPlace };
	}
}

/** The per-outlet count files: the outlets' ids, and each file on demand. */
export interface OutletCountFiles {
	ids: string[];
	file(id: string): OutletCounts | undefined;
}

export function publishOutletCounts(dataset: Dataset, facts: ArticleFacts): OutletCountFiles {
	const ids = facts.outlets.map((o) => o.id);
	return {
		ids,
		file(id) {
			const o = ids.indexOf(id);
			if (o < 0) return undefined;
			const byPlace = new Map<string, Map<number, number>>();
			for (const place of dataset.places) {
				const months = new Map<number, number>();
				for (const p of facts.lists.get(place.id)!) if (facts.outlet[p] === o) bump(months, facts.month[p]!);
				byPlace.set(place.id, months);
			}
			return outletCountsFile(id, dataset.places, byPlace);
		}
	};
}

/** `data/outlets/<id>.json` from the outlet's counts per place id by month index, in the order of `places`. */
export function outletCountsFile(
	id: string,
	places: readonly { id: string }[],
	byPlace: ReadonlyMap<string, ReadonlyMap<number, number>>
): OutletCounts {
	const out: Record<string, number[]> = {};
	for (const place of places) {
		const months = byPlace.get(place.id);
		if (months?.size) out[place.id] = encodePairs(months);
	}
	return { outlet: id, places: out };
}
