/**
 * The files the explorer page reads, as opposed to `data/places.geojson` and the article shards
 * (`data/articles/<n>.json`) that are published for everyone else. The page loads `data/explorer.json`
 * (places, and each place's, month's and outlet's articles in all: what the first screen needs), then
 * `data/month-counts.json` (the articles by place and month) once its map is idle, and fetches the rest
 * per place and period when asked: a place's pages of excerpts, a month's day counts, an outlet's
 * counts, a month's article list.
 *
 * Articles are addressed by their position in the published order (`ARTICLE_ORDER` in `contracts.ts`):
 * oldest first, by publication day, then id.
 */
import type { DatePrecision } from '../core/dates';
import type { OutletKind } from '../corpus/outlet-kinds';
import type { PlaceKind } from '../places/kinds';
import type { PlaceGeometry, Precision } from '../places/schema';
import type { StatusChange } from '../events/status';
import type { PublishedEvent } from './events';
import type { Segment } from './excerpt';
import type { ExtractedMonthCounts } from './extracted-files';

/** The vocabulary of `kind` in the published places: part of this contract, so the page reads it from here. */
export { PLACE_KINDS, type PlaceKind } from '../places/kinds';
/**
 * A place's status change as `statuses` lists it, and the vocabulary of its `status`: part of this
 * contract, so the page reads them from here (and not from `events.ts`, whose publishing code would
 * come into the page's bundle with them).
 */
export type { StatusChange };
export { PLACE_STATUSES, type PlaceStatus } from '../events/kinds';
/** The vocabulary of an outlet's `kind`, in the order the outlet filter groups them. */
export { OUTLET_KINDS, type OutletKind } from '../corpus/outlet-kinds';

/**
 * An outlet the articles were published by, as the outlet filter lists it. `kind`, `party`, `basis` and
 * `source` come from the curated `geodata/outlets.json`; an outlet not in it has none of them and is
 * shown as not classified. `id` is the curated id, or for an outlet not curated a slug of its name.
 */
export interface ExplorerOutlet {
	id: string;
	name: string;
	/** Other names articles give a curated outlet, so a result that names it so is matched to it. */
	aliases?: string[];
	kind?: OutletKind;
	/** For state media of a party to the conflict: the party. */
	party?: string;
	/** Why the outlet is of its kind, and where that comes from. */
	basis?: string;
	source?: string;
}

/**
 * What the first screen needs of a place: what the map, the list and the panel's header show. The
 * rest (every spelling, the description, where an automatic place comes from) is in
 * `data/place-details.json` ({@link PlaceDetails}), fetched once the map is first idle.
 */
export interface ExplorerPlaceProperties {
	name: string;
	nameAr?: string;
	kind: PlaceKind;
	precision: Precision;
	/** The day (or month) the place came into existence: its establishing event's, or the curated value. */
	established?: string;
	/**
	 * For a place with a life of its own (an observation post, an agreed zone): its statuses through time,
	 * oldest first, derived from its events; the map shows the one in force at the range's end.
	 */
	statuses?: StatusChange[];
	/** The group place this one belongs to (an observation post's `turkish-observation-posts`). */
	partOf?: string;
	/** Mentions across all articles. */
	mentionCount: number;
	/** `automatic` for a place taken from GeoNames without review; absent for a curated place. */
	curation?: 'automatic';
}

/**
 * What the search box and the place panel read of a place beyond the first screen. Its size follows
 * the places (every spelling of each: 30 KB gzip of the scale corpus's 2,000 places), never the
 * articles, but the first screen draws none of it.
 */
export interface PlaceDetails {
	/** Every spelling the geoparser links, the name among them: the search box matches them all. */
	aliases: string[];
	/** The curated description, searched by its words and shown in the panel. */
	description?: string;
	/** For an automatic place only: its GeoNames id and why it was chosen, for the panel to say. */
	sources?: string[];
}

/**
 * `data/place-details.json`: every place's {@link PlaceDetails} by id, for the places of
 * `explorer.json`. The page fetches it once its map is first idle, or earlier when a place is opened
 * or the search box is first used.
 */
export interface PlaceDetailsFile {
	places: Record<string, PlaceDetails>;
}

/** Where {@link PlaceDetailsFile} is published, relative to the site's base. */
export const PLACE_DETAILS_PATH = '/data/place-details.json';

export interface ExplorerPlace {
	type: 'Feature';
	id: string;
	geometry: PlaceGeometry;
	properties: ExplorerPlaceProperties;
}

/**
 * `data/explorer.json`: everything the first screen needs and nothing it does not. Its size follows the
 * places and the months, never the articles: each place's articles in all (what the first map draws),
 * each month's and each outlet's. The counts by place and month a date range needs are in
 * `data/month-counts.json` ({@link MonthCountsData}), fetched once the map is first idle or at once when
 * the view has a range; by day in `data/days/<yyyy-mm>.json`, by outlet in `data/outlets/<id>.json`; the
 * articles are listed in the place pages and the chronology's month files, each fetched when asked for.
 */
export interface ExplorerData {
	/** Every place, in the order `totals` and `data/month-counts.json`'s rows follow. */
	places: { type: 'FeatureCollection'; features: ExplorerPlace[] };
	/** Every outlet some article was published by, by name. */
	outlets: ExplorerOutlet[];
	/** The month of the oldest article, `YYYY-MM` (empty with no articles): month index 0 below. */
	firstMonth: string;
	/** How many months from `firstMonth` to the newest article's month, both included. */
	monthCount: number;
	/**
	 * Per place (in `places` order): the articles it stands for (those naming it, and for a member of a
	 * group those naming the group), at every date: the first map's counts.
	 */
	totals: number[];
	/** Per month index (`monthCount` of them): every article of the month, the timeline's bars. */
	monthTotals: number[];
	/** Per outlet (in `outlets` order): its articles at every date, the outlet filter's counts. */
	outletTotals: number[];
	/**
	 * How many articles a place's list is cut into pages of: a sealed `data/places/<id>/<n>.json` lists
	 * this many to twice as many (`page-cut.ts`), a head up to twice as many less one.
	 */
	pageSize: number;
	/**
	 * How many articles a month's list is cut into parts of: a `data/chronology/<yyyy-mm>/<n>.json`
	 * lists at most this many from a build from nothing, at most twice as many after a later build.
	 */
	chronologyPart: number;
	/**
	 * Per month index (`monthCount` of them): the numbers of the month's parts
	 * (`data/chronology/<yyyy-mm>/<n>.json`) in key order, oldest first; empty for a month with no
	 * article. The chronology and the download read the parts in this order.
	 */
	chronologyParts: number[][];
	/**
	 * Every reviewed event, oldest first, without its sentence (that is in `data/events.json` and the
	 * reader). Events found in the text are only in `data/events.json`: they grow with the corpus.
	 */
	events: ExplorerEvent[];
	/**
	 * The events found in the text, counted by the month their `date` lies in (`[yyyy-mm, count, files]`,
	 * oldest first, only months with some): each month is the files `data/events/months/<yyyy-mm>/<n>.json`,
	 * `n` from 0 to `files - 1`.
	 */
	extractedMonths: ExtractedMonthCounts;
}

/**
 * `data/month-counts.json` as the page reads it: the articles counted by month per place and per outlet,
 * what a date range's counts are summed from. Not on the first screen: at a million articles it is
 * most of what `explorer.json` would otherwise weigh.
 */
export interface MonthCountsData {
	/**
	 * Per outlet (in `explorer.json`'s `outlets` order): its articles by month, as pairs `[month step,
	 * count]` (`month-counts.ts`). A range's sum is the timeline's "N of M".
	 */
	outletMonths: number[][];
	/**
	 * Per place (in `explorer.json`'s `places` order): the articles it stands for by month, as pairs
	 * `[month step, count]`; each row sums to the place's `totals`.
	 */
	counts: number[][];
}

/** An event as the first screen needs it: `PublishedEvent` with its source's text left out. */
export type ExplorerEvent = Omit<PublishedEvent, 'source'> & {
	source: ExplorerEventSource;
};

/** Where an event comes from, without the sentence: enough to name it and link to it. */
export type ExplorerEventSource =
	| {
			type: 'article';
			article: string;
			start: number;
			end: number;
			outlet: string;
			published: string;
			/** True when the article has a prerendered reader page (`view/reader-url.ts`). */
			curated?: true;
	  }
	| { type: 'outside'; outlet: string; url: string; published: string };

/** An article as a panel lists it: enough to name, date and link it. */
export interface PanelArticle {
	id: string;
	title: string;
	outlet: string;
	published: string;
	datePrecision: DatePrecision;
	/**
	 * True for a curated article, which has a prerendered reader page; the link to the reader is
	 * `readerPath(article)` (`view/reader-url.ts`) either way.
	 */
	curated?: true;
}

/**
 * A sentence that names the place, split into plain and marked runs (`placeExcerpts`): one per
 * sentence, with every mention of the place in it.
 */
export interface Excerpt {
	/** Index of the first mention in the article's `mentions` (the reader's `#m-N` anchor). */
	mention: number;
	/** Every mention of the place the sentence holds, `mention` first: the panel highlights them all. */
	mentions: number[];
	segments: Segment[];
}

/** One article in a place's panel. */
export interface PanelEntry {
	/** Position of the article in the published order (`ARTICLE_ORDER`). */
	position: number;
	article: PanelArticle;
	/** The id of the article's outlet in `explorer.json`'s `outlets`, for the outlet filter. */
	outletId: string;
	/** True when the article names only the group the place belongs to ("observation posts"). */
	viaGroup: boolean;
	/**
	 * The article's first `MAX_EXCERPTS_PER_ENTRY` sentences naming the place, each once; none for
	 * an article that names only the group (the group's own panel has those).
	 */
	excerpts: Excerpt[];
	/**
	 * The mentions not excerpted here (of the place, or of its group when `viaGroup`): how many, and the
	 * index of the first in the article's mentions (the reader's `#m-N` anchor). Absent when none are left.
	 */
	omitted?: { count: number; next: number };
}

/**
 * Where the files of a place's list fall in time, carried by its head: the list has `count` articles,
 * cut into sealed pages of about `size` (20 to 40; `page-cut.ts` says how pages keep their span of
 * keys across builds and split) and a head with the newest. The table has a row per sealed file: the
 * key (`article-keys.ts`, of `keyBits`) of the file's oldest article, whose day is
 * `floor(key / 2^keyBits)`, and the file's number (`<n>.json`), in key order, which is not the order
 * of the numbers once a page has split. A file holds the articles from its own oldest key up to the
 * next file's, so the file holding a range's newest article is found without fetching any other.
 *
 * The rows are a list too, as long as the place's is over 20, and are cut the same way into sealed
 * table parts of `parts.size` rows (`PlaceTablePart`) and the newest rows, which the head keeps: so
 * the head's size does not grow with the place's list (but for `parts`, a number or two per
 * `parts.size` pages), and a place of a million articles opens its panel with a head as small as
 * one of a thousand. `first` and `pages` are the rows the head keeps and, in `first`, the head's own
 * oldest key last; `first` is delta-coded.
 */
export interface PlacePageTable {
	count: number;
	size: number;
	keyBits: number;
	first: number[];
	pages: number[];
	parts: PlaceTableParts;
}

/**
 * A head's list of the older table parts (`data/places/<place>/table-<n>.json`), in key order: each
 * part's number and the key of its oldest row's file's oldest article, delta-coded. A part holds the
 * rows from its own oldest key up to the next part's (the last: up to the head's first row).
 */
export interface PlaceTableParts {
	/** Rows a part is cut to (`TABLE_PART`); a sealed part holds that to twice as many. */
	size: number;
	first: number[];
	numbers: number[];
}

/**
 * `data/places/<place>/table-<part>.json`: sealed table part `part` of the place's table (see
 * `PlacePageTable`): rows in key order, `first` the key of each row's file's oldest article
 * (delta-coded, in keys of `keyBits`) and `pages` its number. Fetched only when the panel goes older
 * than the rows the head keeps, or a date range ends before them.
 */
export interface PlaceTablePart {
	place: string;
	part: number;
	keyBits: number;
	first: number[];
	pages: number[];
}

/**
 * How many sealed pages a list of `count` items has, `size` a page: every full page but the newest,
 * so the head keeps at least a page (all of a list shorter than two pages). A page once sealed holds
 * the same items whatever newer ones are added, so its file is written again unchanged. Places' panel
 * pages, places' pages of events and search postings are all cut this way.
 */
export function sealedPages(count: number, size: number): number {
	return Math.max(0, Math.floor(count / size) - 1);
}

/**
 * `data/places/<place>/<page>.json`: sealed page `page` of the place's list (see `PlacePageTable`:
 * the head's table says where in the list it falls), its entries newest first (by day, then by
 * position, descending).
 */
export interface PlacePage {
	place: string;
	page: number;
	entries: PanelEntry[];
}

/**
 * `data/places/<place>/head.json`: the newest entries of the place's list that no sealed page holds,
 * newest first, and the newest rows of the table of the list's files with the list of the older
 * table parts. A panel's first fetch. The table is `table`, not the `pages` of the heads that
 * carried every row, so a page of before reading this head fails by name rather than listing too few.
 */
export interface PlaceHead {
	place: string;
	entries: PanelEntry[];
	table: PlacePageTable;
}

/**
 * The articles a place's panel and counts stand for: those that mention the place, and for a member
 * of a group those that mention the group (a post is in the news while "the observation posts" are).
 * Both inputs ascending; the result is their ascending union.
 */
export function linkedPositions(own: ArrayLike<number>, group?: ArrayLike<number>): Uint32Array {
	if (!group || group.length === 0) return Uint32Array.from(own);
	const out = new Uint32Array(own.length + group.length);
	let i = 0;
	let j = 0;
	let n = 0;
	while (i < own.length || j < group.length) {
		const a = i < own.length ? own[i]! : Infinity;
		const b = j < group.length ? group[j]! : Infinity;
		const next = Math.min(a, b);
		if (a === next) i++;
		if (b === next) j++;
		out[n++] = next;
	}
	return out.slice(0, n);
}

/**
 * `data/chronology/<yyyy-mm>/<part>.json`: some of the articles published in that month (a month-only
 * one is in its month), oldest first (by day, then id). A build from nothing cuts a month into parts of
 * `chronologyPart` from its oldest end (part `n` holds entries `n × chronologyPart` onwards); a later
 * build keeps each part's span and splits one past twice that (`cutParts` in `page-cut.ts`), so which
 * parts a month has, in key order, is `explorer.json`'s `chronologyParts`. The first screen knows only
 * how many articles each month has; titles and outlets come a part at a time as the chronology or a
 * download reaches that month.
 */
export interface ChronologyPart {
	month: string;
	part: number;
	articles: MonthArticle[];
}

/**
 * An article as the chronology's parts name it: what a panel shows, and the address of the original
 * when the article has one, so a download of the articles in range can link both the reader and the
 * source without fetching the article itself.
 */
export interface ChronologyArticle extends PanelArticle {
	url?: string;
}

/**
 * An article of a chronology part: with its position in the published order, its outlet's id (for the
 * outlet filter) and the ids of the places it names (for the map's ring and the download).
 */
export interface MonthArticle extends ChronologyArticle {
	position: number;
	outletId: string;
	places: string[];
}

/**
 * `data/days/<yyyy-mm>.json`: one month's articles counted by day, for a range whose first or last day
 * falls inside the month. Day 1–31 is the day of the month; day 0 holds the month-only articles (in
 * range whenever any day of the month is).
 */
export interface DayCounts {
	month: string;
	/** Per outlet (in `explorer.json`'s `outlets` order): pairs `[day step, count]`. */
	outlets: number[][];
	/** Per place id, for the places some article of the month names: triples `[day step, outlet, count]`. */
	places: Record<string, number[]>;
}

/**
 * `data/outlets/<id>.json`: one outlet's articles per place by month, fetched when the outlet filter
 * chooses it, so the first screen carries no outlet per place.
 */
export interface OutletCounts {
	outlet: string;
	/** Per place id the outlet's articles name: pairs `[month step, count]` as `data/month-counts.json`'s rows. */
	places: Record<string, number[]>;
}

/**
 * `data/chronology/parts.json`: how the build cut each month's articles into parts, which the next
 * build keeps (`cutParts`): per month, its parts' numbers in key order and the key of each one's oldest
 * article, delta-coded, in keys of `keyBits` (`article-keys.ts`). The page reads `explorer.json`'s
 * `chronologyParts` instead, which says the numbers only.
 */
export interface ChronologyTable {
	keyBits: number;
	months: Record<string, { first: number[]; parts: number[] }>;
}

/** Where the chronology's cut is published (`ChronologyTable`), relative to the site's base. */
export const CHRONOLOGY_TABLE_PATH = '/data/chronology/parts.json';

/** The file of one part of a month of the article list, relative to the site's base. */
export function chronologyPartPath(month: string, part: number): string {
	return `/data/chronology/${month}/${part}.json`;
}

/** The file of one sealed page of a place's panel, relative to the site's base. */
export function placePagePath(place: string, page: number): string {
	return `/data/places/${place}/${page}.json`;
}

/** One sealed part of the table of a place's panel (`PlaceTablePart`), relative to the site's base. */
export function placeTablePath(place: string, part: number): string {
	return `/data/places/${place}/table-${part}.json`;
}

/** The head of a place's panel (its newest entries and its table of pages), relative to the site's base. */
export function placeHeadPath(place: string): string {
	return `/data/places/${place}/head.json`;
}

/** The day counts of one month, relative to the site's base. */
export function dayCountsPath(month: string): string {
	return `/data/days/${month}.json`;
}

/** One outlet's counts per place, relative to the site's base. */
export function outletCountsPath(outlet: string): string {
	return `/data/outlets/${outlet}.json`;
}
