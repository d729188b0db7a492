import { describe, expect, it } from 'vitest';
import { addedMonths, addedPlaceEvents, eventOrder, mergeEvents, type EventsHead } from './delta-events';
import { EXTRACTED_PLACE_PAGE, type ExtractedEventRecord } from './extracted-files';
import { cutEvents, type EventSpanCut } from './page-cut';
import { monthPages, pageSpan } from './publish-extracted';

/** An invented event at `place` on `date`. */
function event(date: string, id: string, place = 'saraqeb'): ExtractedEventRecord {
	return {
		id,
		places: [place],
		date,
		datePrecision: 'day',
		kind: 'shelling',
		label: `Shelling ${id}`,
		article: `a-${id}`,
		outlet: 'fixture-news'
	} as unknown as ExtractedEventRecord;
}

/** `n` events a day apart from 1 January 2019, ids `<prefix><i>`. */
function events(n: number, prefix: string, from = 0): ExtractedEventRecord[] {
	return Array.from({ length: n }, (_, i) =>
		event(new Date(Date.UTC(2019, 0, 1 + from + i)).toISOString().slice(0, 10), `${prefix}${i}`)
	);
}

/** A place's files as the full build writes them (`data-files.ts`), keeping `previous`'s spans. */
function placeFiles(place: string, list: ExtractedEventRecord[], previous?: EventSpanCut[]) {
	const cut = cutEvents(list, EXTRACTED_PLACE_PAGE, previous);
	const files = new Map<string, string>();
	const spans = cut.map((f) => pageSpan(list.slice(f.from, f.to), f.page === 'head' ? undefined : f.page));
	const text = (from: number, to: number) =>
		list
			.slice(from, to)
			.reverse()
			.map((e) => JSON.stringify(e))
			.join(',');
	for (const f of cut.slice(0, -1))
		files.set(`${f.page}.json`, `{"place":"${place}","page":${f.page},"events":[${text(f.from, f.to)}]}`);
	const head = cut.at(-1)!;
	files.set(
		'head.json',
		`{"place":"${place}","events":[${text(head.from, head.to)}],"pages":${JSON.stringify(spans)}}`
	);
	return files;
}

describe('the event files of a build adding articles', () => {
	it('merge new events into the order of events', () => {
		const old = [event('2019-01-01', 'a'), event('2019-02-01', 'b'), event('2019-02-01', 'd')];
		const fresh = [event('2019-01', 'm'), event('2019-02-01', 'c')];
		expect(mergeEvents(old, fresh).map((e) => e.id)).toEqual(['m', 'a', 'b', 'c', 'd']);
		expect(eventOrder(event('2019-01', 'z'), event('2019-01-01', 'a'))).toBeLessThan(0);
	});

	it('cut a place’s events again as the full build does, new events dated back among the old', () => {
		const old = events(260, 'e');
		const before = placeFiles('saraqeb', old);
		const head = JSON.parse(before.get('head.json')!) as EventsHead;
		// 60 newer events, and 100 dated back to days 50-99: the two of day 50 sort before that day's
		// old event and fall in the first sealed page, 98 in the second (it splits past 100).
		const fresh = [...events(50, 'b', 50), ...events(50, 'c', 50), ...events(60, 'n', 270)].sort(eventOrder);
		const reads: number[] = [];
		const made = addedPlaceEvents(
			'saraqeb',
			head,
			(n) => {
				reads.push(n);
				return JSON.parse(before.get(`${n}.json`) ?? 'null') ?? undefined;
			},
			fresh
		);
		if (typeof made === 'string') throw new Error(made);
		const whole = placeFiles('saraqeb', mergeEvents(old, fresh), head.pages);
		const after = new Map(before);
		for (const rel of made.removed) after.delete(rel.replace('data/events/places/saraqeb/', ''));
		for (const [rel, text] of made.files) after.set(rel.replace('data/events/places/saraqeb/', ''), text);
		expect([...after.keys()].sort()).toEqual([...whole.keys()].sort());
		for (const [rel, text] of whole) expect(after.get(rel), rel).toBe(text);
		// Only the sealed pages the back-dated events fall in were read (not 2 and 3); 1 split.
		expect(reads).toEqual([0, 1]);
		expect(made.removed).toEqual(['data/events/places/saraqeb/1.json']);
		expect(made.sealed).toBe(whole.size - 1);
		expect(made.sealed).toBeGreaterThan(before.size - 1);
	});

	it('cut a month again with its new events, and count it', () => {
		const old = events(20, 'e');
		const pages = monthPages('2019-01', old, { events: 8, bytes: 1e6 });
		expect(pages.length).toBe(3);
		const fresh = [event('2019-01-05', 'e4b'), event('2019-02-01', 'f')];
		const made = addedMonths([['2019-01', 20, 3]], fresh, (month, page) =>
			month === '2019-01' ? { events: pages[page]! } : undefined
		);
		if (typeof made === 'string') throw new Error(made);
		expect(made.months).toEqual([
			['2019-01', 21, 1],
			['2019-02', 1, 1]
		]);
		expect(made.removed).toEqual(['data/events/months/2019-01/1.json', 'data/events/months/2019-01/2.json']);
		expect(addedMonths([['2019-01', 20, 3]], fresh, () => undefined)).toMatch(/page 0, is missing/);
	});
});
