/**
 * Scoring event extraction end to end on the real captures: each capture goes through ingest's cleaner
 * and geoparser, the extractor reads the bodies it produces, and what it finds is compared with a
 * person's event labels of the raw capture (`<name>.events.json`, see `tests/eval/real/EVENTS.md`).
 */
import { z } from 'zod';
import { fieldPath, type DataIssue } from '../../src/lib/core/errors';
import { scoreKeys, type Score } from './evaluate';
import { outsideHeadline, rawMentions, type IngestOutput } from './real';
import { EVENT_DATE_PRECISIONS, EVENT_KINDS } from '../../src/lib/events/kinds';
import type { EventCandidate } from '../../src/lib/events/extract';

/** What a capture's event labels file adds to its name: `<name>.events.json`, beside its place labels `<name>.json`. */
export const EVENTS_SUFFIX = '.events.json';

/** `<name>.events.json`: every event the capture's own text reports, in raw-capture offsets. */
export const eventLabelsSchema = z.strictObject({
	events: z.array(
		z.strictObject({
			places: z.array(z.string().min(1)).min(1),
			kind: z.enum(EVENT_KINDS),
			date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
			datePrecision: z.enum(EVENT_DATE_PRECISIONS),
			start: z.number().int().nonnegative(),
			end: z.number().int().positive(),
			sentence: z.string().min(1),
			note: z.string().optional()
		})
	)
});
export type EventLabels = z.infer<typeof eventLabelsSchema>;

/** A labelled or found event reduced to what is scored: its article, place, kind and date, and where it stands in the raw capture. */
export interface ScoredEvent {
	item: string;
	place: string;
	kind: string;
	date: string;
	datePrecision: string;
	/** Raw-capture offset of its sentence, or -1 when it could not be placed. */
	start: number;
	sentence: string;
}

/** One half's event figures: (place, kind) pairs per article, and how many of those found carry the right date. */
export interface EventFigures extends Score {
	/** Captures with labels, and those whose `<name>.events.json` does not exist yet (not scored). */
	labelled: number;
	unlabelled: number;
	/** Labelled events in a headline, which ingest does not read for events (not scored). */
	inHeadline: number;
	/** Pairs found and labelled whose found date and precision equal a labelled event's of that pair. */
	datesRight: number;
	dateShare: number;
	/** Missed pairs whose place ingest did not link in that article at all: the geoparser's share of the misses. */
	missedUnlinked: number;
	missed: string[];
	extra: string[];
	wrongDates: string[];
}

/**
 * The gold events scored, one per place: labels whose sentence lies inside the headline are left out,
 * as the place scoring leaves the headline's mentions out (ingest extracts from bodies).
 */
export function scoredEvents(
	item: string,
	raw: string,
	title: string,
	labels: EventLabels,
	canonical: (id: string) => string
): { events: ScoredEvent[]; inHeadline: number } {
	const scored = outsideHeadline(raw, title);
	let inHeadline = 0;
	const events: ScoredEvent[] = [];
	for (const e of labels.events) {
		if (!scored(e)) {
			inHeadline++;
			continue;
		}
		for (const place of e.places)
			events.push({
				item,
				place: canonical(place),
				kind: e.kind,
				date: e.date,
				datePrecision: e.datePrecision,
				start: e.start,
				sentence: e.sentence
			});
	}
	return { events, inHeadline };
}

/**
 * The found events of one capture, one per place, each sentence placed in the raw capture through the
 * same line mapping as the place mentions. `found[a]` are the candidates of ingest's article `a`.
 */
export function foundEvents(
	item: string,
	raw: string,
	output: IngestOutput,
	found: readonly (readonly EventCandidate[])[],
	canonical: (id: string) => string
): ScoredEvent[] {
	const ranges: IngestOutput = {
		articles: output.articles.map((a, n) => ({
			...a,
			mentions: found[n]!.map((c, i) => ({ place: `${n}:${i}`, start: c.start, end: c.end }))
		}))
	};
	const placed = new Map(rawMentions(raw, ranges).mentions.map((m) => [m.place, m.start]));
	return found.flatMap((candidates, n) =>
		candidates.flatMap((c, i) =>
			c.places.map((place) => ({
				item,
				place: canonical(place),
				kind: c.kind,
				date: c.date,
				datePrecision: c.datePrecision,
				start: placed.get(`${n}:${i}`) ?? -1,
				sentence: c.sentence
			}))
		)
	);
}

const pairKey = (e: ScoredEvent) => `${e.item} ${e.place} ${e.kind}`;

/**
 * Precision, recall and F1 over distinct (article, place, kind) pairs, and the share of found pairs (true
 * positives) whose date is exactly right, date and precision both. A found pair's date is read from its
 * event in the sentence a label has for that pair when there is one, else from its first event, and it
 * is right when it equals that sentence's label (else any label of the pair: an article may report two
 * attacks on one place on different days).
 */
export function scoreEvents(
	gold: readonly ScoredEvent[],
	found: readonly ScoredEvent[],
	labelled: number,
	unlabelled: number,
	inHeadline: number,
	linked: ReadonlySet<string> = new Set()
): EventFigures {
	const score = scoreKeys([...new Set(gold.map(pairKey))], [...new Set(found.map(pairKey))]);
	const goldDates = new Map<string, ScoredEvent[]>();
	for (const g of gold) goldDates.set(pairKey(g), [...(goldDates.get(pairKey(g)) ?? []), g]);
	const foundByPair = new Map<string, ScoredEvent[]>();
	for (const f of found) foundByPair.set(pairKey(f), [...(foundByPair.get(pairKey(f)) ?? []), f]);
	let datesRight = 0;
	const wrongDates: string[] = [];
	for (const [key, list] of foundByPair) {
		const all = goldDates.get(key);
		if (!all) continue;
		const same = list.find((f) => f.start >= 0 && all.some((g) => g.start === f.start));
		const f = same ?? list[0]!;
		const labels = same ? all.filter((g) => g.start === same.start) : all;
		if (labels.some((g) => g.date === f.date && g.datePrecision === f.datePrecision)) datesRight++;
		else
			wrongDates.push(
				`${key}: found ${f.date} (${f.datePrecision}), labelled ${labels.map((g) => `${g.date} (${g.datePrecision})`).join(' or ')} | ${f.sentence}`
			);
	}
	const describe = (e: ScoredEvent) => `${pairKey(e)} @${e.start} | ${e.sentence}`;
	const foundKeys = new Set(found.map(pairKey));
	const goldKeys = new Set(gold.map(pairKey));
	const once = (list: readonly ScoredEvent[], other: Set<string>) => {
		const seen = new Set<string>();
		return list.filter((e) => !other.has(pairKey(e)) && !seen.has(pairKey(e)) && seen.add(pairKey(e)));
	};
	return {
		...score,
		labelled,
		unlabelled,
		inHeadline,
		datesRight,
		dateShare: score.tp ? datesRight / score.tp : 0,
		missedUnlinked: once(gold, foundKeys).filter((e) => !linked.has(`${e.item} ${e.place}`)).length,
		missed: once(gold, foundKeys).map(describe),
		extra: once(found, goldKeys).map(describe),
		wrongDates
	};
}

/**
 * Reads one `<name>.events.json` as it enters: the schema, each label's sentence held by its offsets in
 * the raw capture, and each place one of the capture's labelled place mentions inside that sentence (the
 * guide's rule 2). Every problem is returned with the file and field it is in.
 */
export function checkEventLabels(
	file: string,
	data: unknown,
	raw: string,
	mentions: readonly { place: string; start: number; end: number }[]
): { labels?: EventLabels; issues: DataIssue[] } {
	const parsed = eventLabelsSchema.safeParse(data);
	if (!parsed.success)
		return {
			issues: parsed.error.issues.map((i) => ({ file, field: fieldPath(i.path), message: i.message }))
		};
	const issues: DataIssue[] = [];
	parsed.data.events.forEach((e, i) => {
		const held = raw.slice(e.start, e.end);
		if (held !== e.sentence)
			issues.push({
				file,
				field: `events[${i}].sentence`,
				message: `offsets ${e.start}-${e.end} hold "${held.slice(0, 60)}", not the sentence given`
			});
		e.places.forEach((place, j) => {
			if (!mentions.some((m) => m.place === place && m.start >= e.start && m.end <= e.end))
				issues.push({
					file,
					field: `events[${i}].places[${j}]`,
					message: `"${place}" is not a labelled place mention inside the sentence`
				});
		});
	});
	return issues.length ? { issues } : { labels: parsed.data, issues };
}
