/**
 * The shape of one published event and of `data/events.json`, on their own so that the CSV rows
 * (`events-csv.ts`) and the publishing code (`events.ts`) both read them without importing each other.
 */
import type { EventDatePrecision, EventKind } from '../events/kinds';

/**
 * An event reported by an article of the corpus: the article, where the sentence is in its body (UTF-16
 * offsets, the reader's text), the sentence, and the article's outlet, title and publication day (the
 * reported date, which is not the event's date).
 */
export interface PublishedArticleSource {
	type: 'article';
	article: string;
	start: number;
	end: number;
	sentence: string;
	outlet: string;
	title: string;
	published: string;
	/** True when the article is curated and has a prerendered reader page (`PublishedArticle.curated`). */
	curated?: true;
}

/** An event from outside the corpus: the outlet, the page's address, its publication day and the sentence. */
export interface PublishedOutsideSource {
	type: 'outside';
	outlet: string;
	url: string;
	published: string;
	quote: string;
}

export type PublishedEventSource = PublishedArticleSource | PublishedOutsideSource;

/** One event of `data/events.json`. */
export interface PublishedEvent {
	id: string;
	/** The place ids of `data/places.geojson` it happened at. */
	places: string[];
	/** The event's day (YYYY-MM-DD), the start of its span for `week` and `month` (see `datePrecision`). */
	date: string;
	datePrecision: EventDatePrecision;
	kind: EventKind;
	actor?: string;
	label: string;
	source: PublishedEventSource;
	/** True for an event found in article text by the extractor, not reviewed. */
	extracted: boolean;
	/** For an extracted event: how sure the extractor is, 0–1. */
	confidence?: number;
}

/** `data/events.json`. */
export interface EventsFile {
	events: PublishedEvent[];
}
