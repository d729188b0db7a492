/**
 * The files the explorer page reads, as opposed to the full `data/articles.json` and
 * `data/places.geojson` that are published for everyone else. The page loads `data/explorer.json`
 * (places and a compact article index: what the first screen needs) and fetches a place's excerpts
 * from `data/places/<id>/<n>.json` only when the place is opened.
 *
 * Articles are addressed by their position in `data/articles.json`, which lists them oldest first
 * (by publication day, then id); every list of positions here is ascending, so ascending position is
 * also ascending date.
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
	kind?: OutletKind;
	/** For state media of a party to the conflict: the party. */
	party?: string;
	/** Why the outlet is of its kind, and where that comes from. */
	basis?: string;
	source?: string;
}

/** What the map, the list, the search box and the panel's header show of a place. */
export interface ExplorerPlaceProperties {
	name: string;
	nameAr?: string;
	aliases: string[];
	kind: PlaceKind;
	precision: Precision;
	/** The day (or month) the place came into existence: its establishing event's, or the curated value. */
	established?: string;
	/**
	 * For a place with a life of its own (an observation post, an agreed zone): its statuses through time,
	 * oldest first, derived from its events; the map shows the one in force at the range's end.
	 */
	statuses?: StatusChange[];
	description?: string;
	/** The group place this one belongs to (an observation post's `turkish-observation-posts`). */
	partOf?: string;
	/** Mentions across all articles. */
	mentionCount: number;
	/** `automatic` for a place taken from GeoNames without review; absent for a curated place. */
	curation?: 'automatic';
	/** For an automatic place only: its GeoNames id and why it was chosen, for the panel to say. */
	sources?: string[];
}

export interface ExplorerPlace {
	type: 'Feature';
	id: string;
	geometry: PlaceGeometry;
	properties: ExplorerPlaceProperties;
}

/** `data/explorer.json`: everything the first screen needs and nothing it does not. */
export interface ExplorerData {
	/** Every place, in the order `links` follows. */
	places: { type: 'FeatureCollection'; features: ExplorerPlace[] };
	/** Publication day (days since 1970-01-01) of each article by position, delta-coded. */
	days: number[];
	/** Every outlet some article was published by, by name. */
	outlets: ExplorerOutlet[];
	/**
	 * The outlet of each article by position, as an index into `outlets`: one small number an article,
	 * so the filter by outlet needs no article's text on the first screen.
	 */
	articleOutlets: number[];
	/** Positions of the articles dated only to the month (their day is the 1st), delta-coded. */
	monthPrecision: number[];
	/** Per place, the positions of the articles that mention it, ascending and delta-coded. */
	links: number[][];
	/** How many articles of a place's list each `data/places/<id>/<n>.json` holds. */
	chunkSize: number;
	/** How many articles, by position, each `data/chronology/<n>.json` holds. */
	articleChunkSize: number;
	/**
	 * Every reviewed event, oldest first, without its sentence (that is in `data/events.json` and the
	 * reader). Events found in the text are only in `data/events.json`: they grow with the corpus.
	 */
	events: ExplorerEvent[];
	/**
	 * The events found in the text, counted by the month their `date` lies in (`[yyyy-mm, count]`, oldest
	 * first, only months with some): each is a file `data/events/months/<yyyy-mm>.json`.
	 */
	extractedMonths: ExtractedMonthCounts;
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
	/** Position of the article in `data/articles.json`. */
	position: number;
	article: PanelArticle;
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
 * `data/places/<place>/<chunk>.json`: entries `chunk * chunkSize` up to the next chunk of the place's
 * list (`linkedPositions`), oldest first, so the page can fetch just the chunks that hold the
 * articles a date range shows.
 */
export interface PlaceChunk {
	place: string;
	chunk: number;
	entries: PanelEntry[];
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
 * `data/chronology/<chunk>.json`: what the chronology names of the articles at positions
 * `chunk * articleChunkSize` onwards, oldest first. The first screen has only their days; the titles
 * and outlets of a corpus of thousands would double `explorer.json`, so they come a chunk at a time
 * once the chronology lists those articles.
 */
export interface ArticleChunk {
	chunk: number;
	articles: ChronologyArticle[];
}

/**
 * An article as the chronology's chunks name it: what a panel shows, and the address of the original
 * when the article has one, so a download of the articles in range can link both the reader and the
 * source without fetching `data/articles.json`.
 */
export interface ChronologyArticle extends PanelArticle {
	url?: string;
}

/** The file of one chunk of the article list, relative to the site's base. */
export function articleChunkPath(chunk: number): string {
	return `/data/chronology/${chunk}.json`;
}

/** The file of one chunk of a place's panel, relative to the site's base. */
export function placeChunkPath(place: string, chunk: number): string {
	return `/data/places/${place}/${chunk}.json`;
}
