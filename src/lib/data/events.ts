/**
 * The published events: `data/events.json` for everyone (the page, other tools) and `data/events.csv`
 * for spreadsheet users, one row per event. Both list every event oldest first (by date, then id),
 * curated and extracted alike; `extracted` tells them apart.
 */
import { isArticleSource, type EventRecord } from '../events/schema';
import type { Dataset, PublishedArticle } from './dataset';
import { csvField } from '../core/csv';
import { eventCsvRow, EVENT_CSV_COLUMNS } from './events-csv';
import type { PublishedEvent, PublishedEventSource, EventsFile } from './published-event';

/** The CSV field rule, re-exported where the events' CSV has always offered it. */
export { csvField };

/** The shape of an event and of the file, offered here where they have always been. */
export type {
	PublishedArticleSource,
	PublishedOutsideSource,
	PublishedEventSource,
	PublishedEvent,
	EventsFile
} from './published-event';

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
