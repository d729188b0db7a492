import { cleanControl } from '../core/control';
import { dateSpan, type DatePrecision } from '../core/dates';
import { fieldPath, type DataIssue } from '../core/errors';
import type { Place } from '../places/schema';
import type { SourceFile } from '../places/validate';
import { ESTABLISHING_KINDS, type EventKind } from './kinds';
import { eventFileSchema, eventSchema, isArticleSource, type CuratedEvent, type EventRecord } from './schema';

/** What validation needs of an article: the text its source ranges point into and its date. */
export interface EventArticle {
	id: string;
	file: string;
	body: string;
	published: string;
	/** A month-dated article (`published` is the 1st) may report anything up to its month's last day. */
	datePrecision?: DatePrecision;
}

/** Kinds that only make sense at an observation post, and at an agreed area. */
const POST_KINDS: readonly EventKind[] = ['post-established', 'post-surrounded', 'post-withdrawn'];
const AREA_KINDS = new Set(['zone']);

function short(text: string): string {
	return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/**
 * Validates the reviewed event files (`geodata/events/*.json`) against the places and the articles:
 * every place exists and fits the kind, every date is real and no later than its source, a month is
 * written as its first day, an article source's range holds the sentence it quotes, ids are unique, and
 * a place's establishment is typed once (an establishing event, or the place's `established`, not both).
 * Every problem is collected with its file and field.
 */
export function validateEvents(
	files: SourceFile[],
	places: readonly Place[],
	articles: readonly EventArticle[]
): { events: EventRecord[]; issues: DataIssue[] } {
	const issues: DataIssue[] = [];
	const placeById = new Map(places.map((p) => [p.id, p]));
	const articleById = new Map(articles.map((a) => [a.id, a]));
	const events: EventRecord[] = [];
	const seen = new Map<string, string>();

	for (const { file, text } of files) {
		let json: unknown;
		try {
			json = JSON.parse(text);
		} catch (e) {
			issues.push({ file, field: '(file)', message: `not valid JSON: ${(e as Error).message}` });
			continue;
		}
		const parsed = eventFileSchema.safeParse(json);
		if (!parsed.success) {
			for (const issue of parsed.error.issues)
				issues.push({
					file,
					field: fieldPath(issue.path),
					message: `${issue.message} (expected { "events": [...] })`
				});
			continue;
		}
		parsed.data.events.forEach((raw, index) => {
			const label = (raw as { id?: unknown })?.id;
			const prefix = `events[${index}]${typeof label === 'string' ? ` (${label})` : ''}`;
			const result = eventSchema.safeParse(raw);
			if (!result.success) {
				for (const issue of result.error.issues)
					issues.push({ file, field: `${prefix}.${fieldPath(issue.path)}`, message: issue.message });
				return;
			}
			const event = result.data;
			const before = issues.length;
			const at = (field: string, message: string) =>
				issues.push({ file, field: `${prefix}.${field}`, message });

			const other = seen.get(event.id);
			if (other) at('id', `duplicate event id "${event.id}" (also in ${other})`);
			seen.set(event.id, file);

			event.places.forEach((id, i) => {
				const place = placeById.get(id);
				if (!place) return at(`places[${i}]`, `unknown place "${id}"`);
				if (POST_KINDS.includes(event.kind) && place.kind !== 'observation-post')
					at(
						`places[${i}]`,
						`a ${event.kind} event needs an observation post, and "${id}" is a ${place.kind}`
					);
				if (event.kind === 'zone-established' && !AREA_KINDS.has(place.kind))
					at(`places[${i}]`, `a zone-established event needs a zone, and "${id}" is a ${place.kind}`);
				if (ESTABLISHING_KINDS.includes(event.kind) && place.established)
					at(
						`places[${i}]`,
						`"${id}" also has "established" in ${place.file}: its establishment is this event, so remove that property`
					);
			});

			if (event.datePrecision === 'month' && !event.date.endsWith('-01'))
				at('date', 'a month-precision date is written as the first day of the month (YYYY-MM-01)');

			const source = event.source;
			if (isArticleSource(source)) {
				const article = articleById.get(source.article);
				if (!article) at('source.article', `unknown article "${source.article}"`);
				else {
					if (source.end <= source.start || source.end > article.body.length)
						at(
							'source',
							`range ${source.start}..${source.end} is outside ${article.file} (${article.body.length} characters)`
						);
					else if (article.body.slice(source.start, source.end) !== source.sentence)
						at(
							'source.sentence',
							`${article.file} holds "${short(article.body.slice(source.start, source.end))}" at ${source.start}..${source.end}, not the sentence given (was the article edited? find the sentence again)`
						);
					if (event.date > dateSpan(article.published, article.datePrecision ?? 'day').last)
						at(
							'date',
							`${event.date} is after its source was published (${article.published} in ${article.file})`
						);
				}
			} else if (event.date > source.published) {
				at('date', `${event.date} is after its source was published (${source.published})`);
			}
			if (issues.length === before) events.push({ ...cleanEvent(event), file, extracted: false });
		});
	}

	const established = new Map<string, string>();
	for (const event of events) {
		if (!ESTABLISHING_KINDS.includes(event.kind)) continue;
		for (const id of event.places) {
			const other = established.get(id);
			if (other)
				issues.push({
					file: event.file!,
					field: `events (${event.id})`,
					message: `"${id}" is already established by event "${other}": a place is established once`
				});
			else established.set(id, event.id);
		}
	}
	return { events: sortEvents(events), issues };
}

/**
 * The event's free text without control characters (the rule every published text follows, see
 * `core/control.ts`). An article source's sentence is left as it is: it must equal the article's text,
 * which is cleaned the same way where it enters.
 */
function cleanEvent(event: CuratedEvent): CuratedEvent {
	const out: CuratedEvent = { ...event, label: cleanControl(event.label) };
	if (event.actor) out.actor = cleanControl(event.actor);
	if (event.note) out.note = cleanControl(event.note);
	if (!isArticleSource(event.source))
		out.source = {
			...event.source,
			outlet: cleanControl(event.source.outlet),
			quote: cleanControl(event.source.quote)
		};
	return out;
}

/** Oldest first, then by id: the order of `data/events.json` and of the chronology. */
export function sortEvents<T extends { date: string; id: string }>(events: T[]): T[] {
	return [...events].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}
