/**
 * The published events: `data/events.json` for everyone (the page, other tools) and `data/events.csv`
 * for spreadsheet users, one row per event. Both list every event oldest first (by date, then id),
 * curated and extracted alike; `extracted` tells them apart.
 */
import { isArticleSource, type EventRecord } from '../events/schema';
import type { EventDatePrecision, EventKind } from '../events/kinds';
import type { Dataset, PublishedArticle } from './dataset';
import { csvField } from '../core/csv';
import { eventCsvRow, EVENT_CSV_COLUMNS } from './events-csv';

/** The CSV field rule, re-exported where the events' CSV has always offered it. */
export { csvField };

/** The columns and the row of `data/events.csv`, offered here where they have always been. */
export { eventCsvRow, EVENT_CSV_COLUMNS, type CsvEvent } from './events-csv';

/** The vocabulary of the event fields: part of this contract, so the page reads it from here. */
export {
	EVENT_KINDS,
	EVENT_DATE_PRECISIONS,
	PLACE_STATUSES,
	type EventKind,
	type EventDatePrecision,
	type PlaceStatus
} from '../events/kinds';

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

/** The events of the dataset in their published form. */
export function publishEvents({ events, articles }: Dataset): EventsFile {
	const byId = new Map(articles.map((a) => [a.id, a]));
	return {
		events: events.map((e) =>
			publishEvent(e, isArticleSource(e.source) ? byId.get(e.source.article) : undefined)
		)
	};
}

/** What an event's published source reads of its article. */
export type SourceArticle = Pick<PublishedArticle, 'id' | 'outlet' | 'title' | 'published' | 'curated'>;

/** One event in its published form; `article` is its source article, for an event sourced to one. */
export function publishEvent(e: EventRecord, article: SourceArticle | undefined): PublishedEvent {
	let source: PublishedEventSource;
	if (isArticleSource(e.source)) {
		const { start, end, sentence } = e.source;
		source = {
			type: 'article',
			article: article!.id,
			start,
			end,
			sentence,
			outlet: article!.outlet,
			title: article!.title,
			published: article!.published
		};
		if (article!.curated) source.curated = true;
	} else {
		source = { type: 'outside', ...e.source };
	}
	const out: PublishedEvent = {
		id: e.id,
		places: e.places,
		date: e.date,
		datePrecision: e.datePrecision,
		kind: e.kind,
		label: e.label,
		source,
		extracted: e.extracted
	};
	if (e.actor) out.actor = e.actor;
	if (e.confidence !== undefined) out.confidence = e.confidence;
	return out;
}

/** `data/events.csv`: a header row, then one row per event; several places are joined with `;`. */
export function eventsCsv({ events }: EventsFile): string {
	return [EVENT_CSV_COLUMNS.join(','), ...events.map(eventCsvRow)].join('\r\n') + '\r\n';
}
