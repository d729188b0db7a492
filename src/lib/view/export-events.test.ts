import { describe, expect, it } from 'vitest';
import { parseCsv } from '../core/csv';
import { eventsCsv, EVENT_CSV_COLUMNS, type PublishedEvent } from '../data/events';
import type { ExplorerEvent } from '../data/explorer-data';
import type { ExtractedMonthCounts } from '../data/extracted-files';
import { extractedRecord } from '../data/publish-extracted';
import {
	eventExportCount,
	EVENT_EXPORT_LIMIT,
	keepsEvent,
	outletIds,
	type EventOutletFilter
} from './event-export-count';
import { exportFileName } from './export';
import {
	eventMonthFiles,
	loadMonthFiles,
	monthFileLoader,
	publishedExtracted,
	rangeEvents,
	rangeEventsCsv
} from './export-events';
import { decodeExtractedMonth, monthFileKey, type ExtractedEvent } from './extracted';

/** A reviewed event from an article of the corpus, as `reviewed.json` publishes it. */
const reviewed = (
	id: string,
	date: string,
	outlet = 'Reuters',
	datePrecision: PublishedEvent['datePrecision'] = 'day'
): PublishedEvent => ({
	id,
	places: ['saraqeb'],
	date,
	datePrecision,
	kind: 'entered',
	actor: 'Syrian government forces',
	label: 'Entered by government forces',
	source: {
		type: 'article',
		article: `${date}-story`,
		start: 10,
		end: 80,
		sentence: `Forces entered the town, ${id} says.`,
		outlet,
		title: 'A headline',
		published: date
	},
	extracted: false
});

/** A reviewed event from outside reporting, by an outlet the corpus does not have. */
const outside: PublishedEvent = {
	id: 'talks-2020-02',
	places: ['ankara', 'moscow'],
	date: '2020-02-01',
	datePrecision: 'month',
	kind: 'talks',
	label: '=Talks in Ankara, "again"',
	source: {
		type: 'outside',
		outlet: 'UN OCHA',
		url: 'https://example.org/report',
		published: '2020-03-02',
		quote: 'Talks were held, again.'
	},
	extracted: false
};

/** An event found in the text, in its published form (what `data/events.csv` writes a row of). */
const found = (
	id: string,
	date: string,
	datePrecision: PublishedEvent['datePrecision'] = 'day',
	outlet = 'Test Wire'
): PublishedEvent => ({
	id,
	places: ['qarnaz', 'kafr-nabudah'],
	date,
	datePrecision,
	kind: 'attacked',
	label: 'Qarnaz: attacked',
	source: {
		type: 'article',
		article: 'a1',
		start: 4,
		end: 30,
		sentence: `Sentence of ${id}, with a comma.`,
		outlet,
		title: 'Not in any shard',
		published: '2020-02-20',
		curated: true
	},
	extracted: true,
	confidence: 0.7
});

/** The outlet ids the build gives each outlet name. */
const OUTLET_IDS: Record<string, string> = { 'Test Wire': 'test-wire', 'Other Wire': 'other-wire' };

/** A published extracted event as the page has it once its month file is decoded. */
function decoded(e: PublishedEvent): ExtractedEvent {
	const month = e.date.slice(0, 7);
	const r = extractedRecord(e, () => OUTLET_IDS[e.source.outlet]);
	const { value, problems } = decodeExtractedMonth({ month, page: 0, events: [r] }, 'f', month, 0);
	expect(problems).toEqual([]);
	return value[0]!;
}

const FEB_6_7 = { from: '2020-02-06', to: '2020-02-07' };

describe('publishedExtracted', () => {
	it('rebuilds the published row of an event found in the text from its shard form', () => {
		for (const e of [found('x1', '2020-02-06'), found('x2', '2020-01-27', 'week')]) {
			const back = publishedExtracted(decoded(e));
			expect(back).toMatchObject({ extracted: true, source: { type: 'article' } });
			// Row for row what the build writes into data/events.csv for it.
			expect(rangeEventsCsv([back]).split('\r\n')[1]).toBe(eventsCsv({ events: [e] }).split('\r\n')[1]);
		}
	});
});

describe('eventMonthFiles', () => {
	const counts: ExtractedMonthCounts = [
		['2019-12', 4, 1],
		['2020-01', 300, 2],
		['2020-02', 9, 1],
		['2020-03', 5, 1]
	];

	it('lists every file of the months that can hold an event in range, oldest first', () => {
		// A week dated up to six days before the range's start reaches into it: 6 February looks back to 31 January.
		expect(eventMonthFiles(counts, FEB_6_7)).toEqual(['2020-01/0', '2020-01/1', '2020-02/0']);
		expect(eventMonthFiles(counts, { from: '2020-02-10', to: '2020-03-01' })).toEqual([
			'2020-02/0',
			'2020-03/0'
		]);
		expect(eventMonthFiles(counts, { to: '2020-01-15' })).toEqual(['2019-12/0', '2020-01/0', '2020-01/1']);
		expect(eventMonthFiles(counts, {})).toHaveLength(5);
	});
});

describe('rangeEvents', () => {
	const reviewedEvents = [
		reviewed('saraqeb-entered-2020-01-10', '2020-01-10'),
		outside,
		reviewed('saraqeb-entered-2020-02-06', '2020-02-06'),
		reviewed('hatay-2020-02-07', '2020-02-07', 'Anadolu'),
		reviewed('saraqeb-2020-02-08', '2020-02-08')
	];
	const extracted = [
		found('x-week', '2020-01-31', 'week'),
		found('x-old-week', '2020-01-30', 'week'),
		found('x-jan', '2020-01-01', 'month'),
		found('x-feb', '2020-02-01', 'month'),
		found('x-b', '2020-02-06', 'day', 'Other Wire'),
		found('x-a', '2020-02-06'),
		found('x-after', '2020-02-08')
	].map(decoded);

	it('keeps the events whose days meet the range, reviewed and found in the text, oldest first', () => {
		const events = rangeEvents({ reviewed: reviewedEvents, extracted, range: FEB_6_7 });
		// A month-dated event belongs to a range inside its month, a week to a range it reaches into, as
		// the chronology reads them; the same date orders by id.
		expect(events.map((e) => e.id)).toEqual([
			'x-week',
			'talks-2020-02',
			'x-feb',
			'saraqeb-entered-2020-02-06',
			'x-a',
			'x-b',
			'hatay-2020-02-07'
		]);
		expect(events.filter((e) => e.extracted).map((e) => e.id)).toEqual(['x-week', 'x-feb', 'x-a', 'x-b']);
	});

	it('lists an event that two files hold once', () => {
		const events = rangeEvents({ reviewed: [], extracted: [...extracted, extracted[4]!], range: FEB_6_7 });
		expect(events.filter((e) => e.id === 'x-b')).toHaveLength(1);
	});

	it('applies the outlet filter by the source outlet, keeping outlets the corpus does not have', () => {
		const outletOf = outletIds([
			{ id: 'reuters', name: 'Reuters', aliases: ['Reuters (interview)'] },
			{ id: 'anadolu', name: 'Anadolu Agency', aliases: ['Anadolu'] },
			{ id: 'test-wire', name: 'Test Wire' },
			{ id: 'other-wire', name: 'Other Wire' }
		]);
		const filter: EventOutletFilter = { shows: (id) => id === 'reuters' || id === 'other-wire', outletOf };
		const events = rangeEvents({ reviewed: reviewedEvents, extracted, range: FEB_6_7, filter });
		expect(events.map((e) => e.id)).toEqual(['talks-2020-02', 'saraqeb-entered-2020-02-06', 'x-b']);
	});
});

describe('rangeEventsCsv', () => {
	it('writes events.csv’s header and rows with a byte-order mark and CRLF line ends', () => {
		const events = [reviewed('saraqeb-entered-2020-02-06', '2020-02-06'), outside];
		const text = rangeEventsCsv(events);
		expect(text.charCodeAt(0)).toBe(0xfeff);
		expect(text.slice(1)).toBe(eventsCsv({ events }));
		const [header, ...rows] = parseCsv(text.slice(1));
		expect(header).toEqual([...EVENT_CSV_COLUMNS]);
		expect(rows).toHaveLength(2);
		// A formula-looking label stays text; an outside source has its address and its quote.
		expect(rows[1]).toEqual([
			'talks-2020-02',
			'2020-02-01',
			'month',
			'talks',
			'ankara;moscow',
			'',
			`'=Talks in Ankara, "again"`,
			'false',
			'',
			'UN OCHA',
			'2020-03-02',
			'',
			'',
			'',
			'https://example.org/report',
			'Talks were held, again.'
		]);
	});

	it('writes the header alone for a range of no event', () => {
		expect(rangeEventsCsv([])).toBe(`\uFEFF${EVENT_CSV_COLUMNS.join(',')}\r\n`);
	});
});

describe('eventExportCount', () => {
	const explorerEvents: ExplorerEvent[] = [
		reviewed('r1', '2020-02-06'),
		outside,
		reviewed('r2', '2020-03-01')
	];
	const counts: ExtractedMonthCounts = [
		['2020-01', 300, 2],
		['2020-02', 9, 1],
		['2020-03', 5, 1]
	];

	it('counts reviewed events exactly and the month files not fetched at most', () => {
		const none = () => undefined;
		// January and February are cut by the range: all their events may be in it.
		expect(eventExportCount({ reviewed: explorerEvents, counts, loaded: none, range: FEB_6_7 })).toEqual({
			count: 2 + 309,
			exact: false
		});
		// A month wholly inside counts exactly without its files (December, which its first week looks
		// back into, has none).
		const january = { from: '2020-01-01', to: '2020-01-31' };
		expect(eventExportCount({ reviewed: explorerEvents, counts, loaded: none, range: january })).toEqual({
			count: 300,
			exact: true
		});
		// March looks back into February, which the range cuts.
		const march = { from: '2020-03-01', to: '2020-03-31' };
		expect(eventExportCount({ reviewed: explorerEvents, counts, loaded: none, range: march })).toEqual({
			count: 1 + 9 + 5,
			exact: false
		});
	});

	it('is exact once the files the range cuts are loaded', () => {
		const files = new Map<string, ExtractedEvent[]>([
			[monthFileKey('2020-01', 0), [decoded(found('x-jan', '2020-01-03'))]],
			[monthFileKey('2020-01', 1), [decoded(found('x-week', '2020-01-31', 'week'))]],
			[monthFileKey('2020-02', 0), [decoded(found('x-a', '2020-02-06')), decoded(found('x-z', '2020-02-20'))]]
		]);
		const input = { reviewed: explorerEvents, counts, loaded: (f: string) => files.get(f), range: FEB_6_7 };
		expect(eventExportCount(input)).toEqual({ count: 2 + 2, exact: true });
		const filter: EventOutletFilter = { shows: () => false, outletOf: () => 'x' };
		// The filter shows no outlet the events have; the outside report's outlet is its own.
		expect(eventExportCount({ ...input, filter })).toEqual({ count: 0, exact: true });
		const other: EventOutletFilter = { shows: () => false, outletOf: () => undefined };
		expect(eventExportCount({ ...input, filter: other }).count).toBe(2);
	});

	it('has a limit of a spreadsheet’s rows less the header', () => {
		expect(EVENT_EXPORT_LIMIT + 1).toBe(1_048_576);
	});
});

describe('keepsEvent', () => {
	it('reads the shard’s outlet id first, then the source outlet’s name', () => {
		const filter: EventOutletFilter = {
			shows: (id) => id === 'a',
			outletOf: outletIds([
				{ id: 'a', name: 'Wire A' },
				{ id: 'b', name: 'Wire B' }
			])
		};
		const event = { source: { outlet: ' wire b ' } };
		expect(keepsEvent(undefined, event)).toBe(true);
		expect(keepsEvent(filter, event)).toBe(false);
		expect(keepsEvent(filter, event, 'a')).toBe(true);
		expect(keepsEvent(filter, { source: { outlet: 'Nobody' } })).toBe(true);
	});
});

describe('loadMonthFiles', () => {
	const files = ['2020-01/0', '2020-01/1', '2020-02/0', '2020-03/0'];
	const eventOf = (file: string) => [decoded(found(`x-${file.replace('/', '-')}`, `${file.slice(0, 7)}-02`))];

	it('takes the files the page has, fetches the others a few at a time, each once, in order', async () => {
		const asked: string[] = [];
		let running = 0;
		let most = 0;
		const progress: [number, number][] = [];
		const arrived: string[] = [];
		const events = await loadMonthFiles({
			files,
			cached: (f) => (f === '2020-01/1' ? eventOf(f) : undefined),
			load: async (f) => {
				asked.push(f);
				running++;
				most = Math.max(most, running);
				await new Promise((r) => setTimeout(r, f === '2020-01/0' ? 20 : 1));
				running--;
				return eventOf(f);
			},
			concurrency: 2,
			progress: (done, total) => progress.push([done, total]),
			arrived: (f, found) => arrived.push(`${f}:${found.length}`)
		});
		expect(arrived.sort()).toEqual(['2020-01/0:1', '2020-02/0:1', '2020-03/0:1']);
		expect(asked.sort()).toEqual(['2020-01/0', '2020-02/0', '2020-03/0']);
		expect(most).toBe(2);
		expect(events.map((e) => e.event.id)).toEqual(files.map((f) => `x-${f.replace('/', '-')}`));
		expect(progress).toEqual([
			[1, 4],
			[2, 4],
			[3, 4],
			[4, 4]
		]);
	});

	it('fails with the first file that cannot be fetched, and starts no other', async () => {
		const asked: string[] = [];
		const load = async (f: string) => {
			asked.push(f);
			if (f === '2020-01/0') throw new Error(`/data/events/months/2020-01/0.json: HTTP 503`);
			return eventOf(f);
		};
		await expect(loadMonthFiles({ files, cached: () => undefined, load, concurrency: 1 })).rejects.toThrow(
			'HTTP 503'
		);
		expect(asked).toEqual(['2020-01/0']);
	});
});

describe('monthFileLoader', () => {
	it('fetches a month file by its key and decodes it, reporting the entries it leaves out', async () => {
		const asked: string[] = [];
		const problems: string[] = [];
		const good = extractedRecord(found('x-a', '2020-02-06'))!;
		const load = monthFileLoader(
			async (path) => {
				asked.push(path);
				return { month: '2020-02', page: 3, events: [good, { id: 'broken' }] };
			},
			(p) => problems.push(...p)
		);
		const events = await load('2020-02/3');
		expect(asked).toEqual(['/data/events/months/2020-02/3.json']);
		expect(events.map((e) => e.event.id)).toEqual(['x-a']);
		expect(problems).toHaveLength(1);
		await expect(load('february')).rejects.toThrow('not yyyy-mm/n');
	});
});

describe('exportFileName', () => {
	it('names the events download by its range', () => {
		expect(exportFileName('events', FEB_6_7, 'csv')).toBe('idlib-events-2020-02-06-to-2020-02-07.csv');
	});
});
