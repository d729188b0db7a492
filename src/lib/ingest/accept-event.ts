/**
 * `npm run events`: the extracted events a curator reviews, and accepting one into a reviewed event file
 * (`geodata/events/*.json`) with its article sentence as its source.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { DataError, formatIssues } from '../core/errors';
import { buildDataset, type Dataset, type DatasetSources } from '../data/dataset';
import { extractedEvents, reviewedDuplicate } from '../data/extracted';
import { isArticleSource, type CuratedEvent, type EventRecord } from '../events/schema';
import { writeFileAtomic } from '../server/atomic';
import { geoNamesCities } from '../server/geonames';
import { readSources } from '../server/sources';

/** The reviewed file an accepted event goes to when the curator names none. */
export const DEFAULT_EVENTS_FILE = 'accepted.json';

function shown(path: string): string {
	return relative(process.cwd(), path) || path;
}

function build(sources: DatasetSources): Dataset {
	return buildDataset(sources, geoNamesCities());
}

function load(geodata: string): { sources: DatasetSources; dataset: Dataset } {
	const { sources, issues } = readSources(geodata);
	if (issues.length) throw new DataError(issues);
	return { sources, dataset: build(sources) };
}

/** The extracted events the build shows (those no reviewed event holds), optionally of one article. */
export function listCandidates(geodata: string, article?: string): EventRecord[] {
	const { dataset } = load(geodata);
	return dataset.events.filter(
		(e) => e.extracted && (!article || (isArticleSource(e.source) && e.source.article === article))
	);
}

/** What accepting did: the event as written and the file it went to. */
export interface Accepted {
	event: CuratedEvent;
	file: string;
}

/**
 * The reviewed file to write: `geodata/events/<name>.json`, the default one when none is named. Any other
 * place is refused, since the build reads reviewed events from that folder only.
 */
export function eventsFilePath(geodata: string, file?: string): string {
	const folder = resolve(geodata, 'events');
	const path = file ? resolve(file) : join(folder, DEFAULT_EVENTS_FILE);
	if (dirname(path) !== folder || !basename(path).endsWith('.json'))
		throw new Error(`the events file must be a .json file in ${shown(folder)}/, not ${shown(path)}`);
	return path;
}

/**
 * Accepts extracted event `id` into a reviewed file: the event is written as the build found it (places,
 * kind, date and precision, the article sentence as its source, how its date was read as the note), with
 * the same id. Refused with a message when no extracted event has that id, when it is already reviewed,
 * or when a reviewed event already holds it (same place and kind, same sentence or date). The file is
 * validated with all the other data before it is written, atomically, and the data is read back and
 * validated again after.
 */
export function acceptEvent(geodata: string, id: string, file?: string): Accepted {
	const path = eventsFilePath(geodata, file);
	const { sources, dataset } = load(geodata);
	const shownEvent = dataset.events.find((e) => e.id === id);
	if (shownEvent && !shownEvent.extracted)
		throw new Error(`"${id}" is already a reviewed event (in ${shownEvent.file})`);
	if (!shownEvent) {
		const candidate = extractedEvents(dataset.articles, dataset.places).find((e) => e.id === id);
		if (!candidate)
			throw new Error(`no extracted event has the id "${id}" (list them with npm run events -- list)`);
		const reviewed = dataset.events.filter((e) => !e.extracted);
		const duplicate = candidate.places.map((p) => reviewedDuplicate(candidate, p, reviewed)).find(Boolean)!;
		throw new Error(
			`"${id}" is already reviewed: "${duplicate.id}" in ${duplicate.file} holds ${candidate.places.join(', ')} ` +
				`${candidate.kind} from the same sentence or on the same date; not written again`
		);
	}
	const { places, date, datePrecision, kind, label, source, note } = shownEvent;
	const event: CuratedEvent = { id, places, date, datePrecision, kind, label, source };
	if (note) event.note = note;

	let existing: { events: unknown[] } = { events: [] };
	if (existsSync(path)) {
		try {
			existing = JSON.parse(readFileSync(path, 'utf8')) as { events: unknown[] };
		} catch (e) {
			throw new Error(`${shown(path)} is not valid JSON (${(e as Error).message}): fix it first`, {
				cause: e
			});
		}
		if (!Array.isArray(existing?.events))
			throw new Error(`${shown(path)} has no "events" array: fix it first`);
	}
	const text = `${JSON.stringify({ ...existing, events: [...existing.events, event] }, null, '\t')}\n`;
	const fileName = shown(path);
	const others = (sources.eventFiles ?? []).filter((f) => resolve(f.file) !== path);
	try {
		build({ ...sources, eventFiles: [...others, { file: fileName, text }] });
	} catch (e) {
		if (e instanceof DataError)
			throw new Error(`not written, ${fileName} would be invalid:\n${formatIssues(e.issues)}`, { cause: e });
		throw e;
	}
	writeFileAtomic(path, text);
	load(geodata);
	return { event, file: fileName };
}
