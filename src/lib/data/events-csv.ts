/**
 * The columns and rows of `data/events.csv`, on their own so the page can write the same rows: the
 * explorer's "Events in range" download (`view/export-events.ts`) uses them without taking in the
 * publishing code of `events.ts` and the schema it validates with.
 */
import { csvField } from '../core/csv';
import type { PublishedArticleSource, PublishedEvent, PublishedOutsideSource } from './published-event';

/**
 * What a row reads of an event: its published form, the article's title aside (no column holds it, and
 * the shards of the events found in the text leave it out).
 */
export type CsvEvent = Omit<PublishedEvent, 'source'> & {
	source: Omit<PublishedArticleSource, 'title'> | PublishedOutsideSource;
};

/** The columns of `data/events.csv`, in order. */
export const EVENT_CSV_COLUMNS = [
	'id',
	'date',
	'date_precision',
	'kind',
	'places',
	'actor',
	'label',
	'extracted',
	'confidence',
	'source_outlet',
	'source_published',
	'source_article',
	'source_start',
	'source_end',
	'source_url',
	'source_text'
] as const;

/** One event's row of `data/events.csv`, without its line break. */
export function eventCsvRow(e: CsvEvent): string {
	const s = e.source;
	return [
		e.id,
		e.date,
		e.datePrecision,
		e.kind,
		e.places.join(';'),
		e.actor,
		e.label,
		e.extracted,
		e.confidence,
		s.outlet,
		s.published,
		s.type === 'article' ? s.article : undefined,
		s.type === 'article' ? s.start : undefined,
		s.type === 'article' ? s.end : undefined,
		s.type === 'outside' ? s.url : undefined,
		s.type === 'article' ? s.sentence : s.quote
	]
		.map(csvField)
		.join(',');
}
