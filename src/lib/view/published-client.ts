/**
 * The one client for the files the explorer page reads from the published site: `data/explorer.json`,
 * `data/month-counts.json`, `basemap/attribution.json`, `data/place-details.json`, a place's excerpts (its head `data/places/<id>/head.json` and sealed pages `data/places/<id>/<n>.json`), the chronology's
 * month parts `data/chronology/<yyyy-mm>/<n>.json`, the count files `data/days/<yyyy-mm>.json` and
 * `data/outlets/<id>.json`, the reviewed events' sentences `data/events/reviewed.json`, the
 * extracted events' shards under `data/events/` and the article search index's files under `data/search/`. Each has a typed function here, so the page, the panel and the
 * search box share one way of fetching, and every failure names the file it was about (the panel
 * shows that message to the reader, e.g. `/data/places/hatay-province/head.json: HTTP 503`).
 *
 * `data/explorer.json` and `data/month-counts.json` are checked where they enter (`readExplorerFile`,
 * `readMonthCountsFile`, the second against the first): a file of another shape or build (a stale copy
 * in a cache, a build of another version) fails naming its field rather than drawing a wrong map. The client trusts the build for the shapes of the files the panels read: they are written
 * by `src/lib/data/publish.ts` from validated data in the same build as the page, so they are typed,
 * not re-validated. The extracted events' shards come back unread and are
 * decoded entry by entry (`view/extracted.ts`), so a malformed entry is left out rather than shown. The offline base
 * map's own files are fetched by `loadBasemap` in `src/lib/map/basemap.ts`.
 */
import { DataError } from '../core/errors';
import type { EventsFile } from '../data/events';
import {
	EXPLORER_PATH,
	MONTH_COUNTS_PATH,
	readExplorerFile,
	readMonthCountsFile
} from '../data/explorer-file';
import {
	chronologyPartPath,
	dayCountsPath,
	outletCountsPath,
	placeHeadPath,
	placePagePath,
	placeTablePath,
	PLACE_DETAILS_PATH,
	type ChronologyPart,
	type DayCounts,
	type ExplorerData,
	type MonthCountsData,
	type OutletCounts,
	type PlaceDetailsFile,
	type PlaceHead,
	type PlacePage,
	type PlaceTablePart
} from '../data/explorer-data';

/** `basemap/attribution.json`: the base map's sources, as HTML for the map's attribution control. */
export interface Attribution {
	sources: { name: string; html: string }[];
}

/** A published file could not be fetched or read; `file` is its path relative to the site's base. */
export class PublishedFileError extends Error {
	readonly file: string;
	/** The HTTP status when the server answered with an error, so callers can tell a 404 from a network failure. */
	readonly status?: number;
	constructor(file: string, problem: string, status?: number) {
		super(`${file}: ${problem}`);
		this.name = 'PublishedFileError';
		this.file = file;
		this.status = status;
	}
}

/** The typed functions, one per published file the page reads. */
export interface PublishedClient {
	/** `data/explorer.json`, checked and read (`readExplorerFile`): the places and their counts, all the first screen needs. */
	explorer(): Promise<ExplorerData>;
	/**
	 * `data/month-counts.json`, checked against `explorer` and read (`readMonthCountsFile`): the articles
	 * by place and outlet per month, for a date range's counts.
	 */
	monthCounts(explorer: ExplorerData): Promise<MonthCountsData>;
	/** `basemap/attribution.json`: credits for the offline base map. */
	attribution(): Promise<Attribution>;
	/** `data/place-details.json`: every place's spellings, description and sources, after the first screen. */
	placeDetails(): Promise<PlaceDetailsFile>;
	/**
	 * `data/places/<place>/head.json`: a place's newest panel entries, the newest rows of the table of
	 * its pages and the list of the older table parts.
	 */
	placeHead(place: string): Promise<PlaceHead>;
	/** `data/places/<place>/<page>.json`: one sealed page of a place's panel entries (0 the oldest), newest first. */
	placePage(place: string, page: number): Promise<PlacePage>;
	/** `data/places/<place>/table-<part>.json`: one sealed part of the table of a place's pages. */
	placeTable(place: string, part: number): Promise<PlaceTablePart>;
	/** `data/chronology/<yyyy-mm>/<part>.json`: the titles, outlets and places of one part of a month. */
	chronologyPart(month: string, part: number): Promise<ChronologyPart>;
	/** `data/days/<yyyy-mm>.json`: a month's articles counted by day (read by `counts.ts`). */
	days(month: string): Promise<DayCounts>;
	/** `data/outlets/<id>.json`: an outlet's articles counted per place by month. */
	outletCounts(outlet: string): Promise<OutletCounts>;
	/**
	 * `data/events/reviewed.json`: the reviewed events with the sentence or quote that reports each
	 * (`data/events.json` also holds every extracted one, megabytes at scale).
	 */
	events(): Promise<EventsFile>;
	/**
	 * One shard of the extracted events (`data/events/places/<id>/<n>.json`, `data/events/months/<m>/<n>.json`)
	 * by its path, unread: the page decodes it (`view/extracted.ts`), keeping what is well formed.
	 */
	extracted(file: string): Promise<unknown>;
	/**
	 * One file of the sharded article search index under `data/search/` by its path, parsed: the
	 * searcher (`view/article-search.ts`) asks for the manifest, term shards, postings and docs it needs.
	 */
	search(file: string): Promise<unknown>;
}

/**
 * One published file, parsed, fetched with `fetcher` from the site at `base`. Every error is a
 * `PublishedFileError` naming the file: an HTTP error status, a network failure or a body that is not
 * JSON. The explorer's client and the shard reader both fetch through it.
 */
export async function fetchPublishedJson<T>(fetcher: typeof fetch, base: string, file: string): Promise<T> {
	let res: Response;
	try {
		res = await fetcher(`${base}${file}`);
	} catch (e) {
		throw new PublishedFileError(file, e instanceof Error ? e.message : String(e));
	}
	if (!res.ok) throw new PublishedFileError(file, `HTTP ${res.status}`, res.status);
	try {
		return (await res.json()) as T;
	} catch (e) {
		throw new PublishedFileError(file, `not valid JSON (${e instanceof Error ? e.message : String(e)})`);
	}
}

/** What `read` makes of a file, its `DataError` as a `PublishedFileError` naming the file and the fields. */
function checked<T>(file: string, read: () => T): T {
	try {
		return read();
	} catch (e) {
		if (!(e instanceof DataError)) throw e;
		throw new PublishedFileError(file, e.issues.map((i) => `${i.field}: ${i.message}`).join('; '));
	}
}

/**
 * A client fetching with `fetcher` (SvelteKit's `fetch` in a load function, the browser's elsewhere)
 * from the site at `base` (`$app/paths`' `base`, empty at the root). Every error is a
 * `PublishedFileError`: an HTTP error status, a network failure or a body that is not JSON.
 */
export function publishedClient(fetcher: typeof fetch, base: string): PublishedClient {
	const json = <T>(file: string) => fetchPublishedJson<T>(fetcher, base, file);
	return {
		explorer: () =>
			json<unknown>(EXPLORER_PATH).then((raw) => checked(EXPLORER_PATH, () => readExplorerFile(raw))),
		monthCounts: (explorer) =>
			json<unknown>(MONTH_COUNTS_PATH).then((raw) =>
				checked(MONTH_COUNTS_PATH, () => readMonthCountsFile(raw, explorer))
			),
		attribution: () => json<Attribution>('/basemap/attribution.json'),
		placeDetails: () => json<PlaceDetailsFile>(PLACE_DETAILS_PATH),
		placeHead: (place) => json<PlaceHead>(placeHeadPath(place)),
		placePage: (place, page) => json<PlacePage>(placePagePath(place, page)),
		placeTable: (place, part) => json<PlaceTablePart>(placeTablePath(place, part)),
		chronologyPart: (month, part) => json<ChronologyPart>(chronologyPartPath(month, part)),
		days: (month) => json<DayCounts>(dayCountsPath(month)),
		outletCounts: (outlet) => json<OutletCounts>(outletCountsPath(outlet)),
		events: () => json<EventsFile>('/data/events/reviewed.json'),
		extracted: (file) => json<unknown>(file),
		search: (file) => json<unknown>(file)
	};
}
