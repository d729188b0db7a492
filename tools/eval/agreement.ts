/**
 * Agreement between two event labellings of the same captures: the second labelling is scored against
 * the first exactly as `npm run eval` scores the extractor against the labels (distinct (article, place,
 * kind) pairs, the headline left out, a pair's date compared with the label of the same sentence), so
 * the figures say how far one labeller's labels can serve as a yardstick for the extractor.
 */
import type { Score } from './evaluate';
import { scoreEvents, scoredEvents, type EventLabels } from './events';

/** One capture labelled twice, with what the scoring needs of it. */
export interface TwiceLabelled {
	name: string;
	/** The raw capture, `<name>.txt`. */
	raw: string;
	/** The headline, whose labels are not scored. */
	title: string;
	first: EventLabels;
	second: EventLabels;
}

/** How far the second labelling agrees with the first. */
export interface Agreement extends Score {
	captures: number;
	/** Labelled events in a headline in each labelling (not scored). */
	inHeadline: { first: number; second: number };
	/** Pairs both labellings have whose date and precision in the second equal the first's. */
	datesRight: number;
	dateShare: number;
	/** Pairs per kind: in both, only in the first, only in the second. */
	byKind: { kind: string; both: number; firstOnly: number; secondOnly: number }[];
	/** Each disagreement, one line each: `name place kind @start | sentence`. */
	firstOnly: string[];
	secondOnly: string[];
	wrongDates: string[];
}

/**
 * Scores the second labelling against the first. `canonical` maps a place id to the form both sides are
 * compared in; the identity suits two labellings that take their ids from the same place mentions.
 */
export function compareLabellings(
	items: readonly TwiceLabelled[],
	canonical: (id: string) => string = (id) => id
): Agreement {
	const first = items.map((i) => scoredEvents(i.name, i.raw, i.title, i.first, canonical));
	const second = items.map((i) => scoredEvents(i.name, i.raw, i.title, i.second, canonical));
	const gold = first.flatMap((s) => s.events);
	const found = second.flatMap((s) => s.events);
	const inHeadline = {
		first: first.reduce((n, s) => n + s.inHeadline, 0),
		second: second.reduce((n, s) => n + s.inHeadline, 0)
	};
	const figures = scoreEvents(gold, found, items.length, 0, inHeadline.first);
	const pairs = (list: typeof gold) => new Set(list.map((e) => `${e.item} ${e.place} ${e.kind}`));
	const goldPairs = pairs(gold);
	const foundPairs = pairs(found);
	const kinds = new Map<string, { both: number; firstOnly: number; secondOnly: number }>();
	const count = (key: string, field: 'both' | 'firstOnly' | 'secondOnly') => {
		const kind = key.slice(key.lastIndexOf(' ') + 1);
		const row = kinds.get(kind) ?? { both: 0, firstOnly: 0, secondOnly: 0 };
		row[field]++;
		kinds.set(kind, row);
	};
	for (const key of goldPairs) count(key, foundPairs.has(key) ? 'both' : 'firstOnly');
	for (const key of foundPairs) if (!goldPairs.has(key)) count(key, 'secondOnly');
	return {
		tp: figures.tp,
		fp: figures.fp,
		fn: figures.fn,
		precision: figures.precision,
		recall: figures.recall,
		f1: figures.f1,
		captures: items.length,
		inHeadline,
		datesRight: figures.datesRight,
		dateShare: figures.dateShare,
		byKind: [...kinds].map(([kind, row]) => ({ kind, ...row })).sort((a, b) => a.kind.localeCompare(b.kind)),
		firstOnly: figures.missed,
		secondOnly: figures.extra,
		wrongDates: figures.wrongDates
	};
}
