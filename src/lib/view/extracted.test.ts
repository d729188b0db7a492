import { describe, expect, it } from 'vitest';
import type { ExtractedEventRecord, ExtractedMonthCounts, ExtractedPlaceFile } from '../data/extracted-files';
import {
	chronologyExtracted,
	chronologyMonths,
	decodeExtractedMonth,
	decodeExtractedPlacePage,
	decodeMonthCounts,
	extractedInRange,
	monthFile,
	monthFileKey,
	mergeEvents,
	placeExtracted,
	type ExtractedEvent,
	type ExtractedPlacePageData
} from './extracted';

const record = (
	id: string,
	date: string,
	datePrecision: ExtractedEventRecord['datePrecision'] = 'day',
	places = ['qarnaz']
): ExtractedEventRecord => ({
	id,
	places,
	date,
	datePrecision,
	kind: 'attacked',
	label: 'Qarnaz: attacked',
	confidence: 0.7,
	source: {
		article: 'a1',
		start: 4,
		end: 30,
		sentence: `Sentence of ${id}.`,
		outlet: 'Test Wire',
		published: '2020-02-20'
	}
});

/** A record as the page holds it once decoded. */
const decoded = (r: ExtractedEventRecord): ExtractedEvent => {
	const month = r.date.slice(0, 7);
	const { value } = decodeExtractedMonth({ month, page: 0, events: [r] }, 'f', month, 0);
	return value[0]!;
};

describe('decodeExtractedMonth', () => {
	it('keeps the outlet id a shard entry carries, for the outlet filter, and refuses one that is not a text', () => {
		const withOutlet = (outletId: unknown) => {
			const r = record('e1', '2020-02-03');
			return { ...r, source: { ...r.source, outletId } };
		};
		const { value, problems } = decodeExtractedMonth(
			{ month: '2020-02', page: 0, events: [withOutlet('test-wire'), withOutlet(7)] },
			'/data/events/months/2020-02/0.json',
			'2020-02',
			0
		);
		expect(value.map((e) => e.outletId)).toEqual(['test-wire']);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toContain('source.outletId');
		const kept = extractedInRange(value, {}, (e) => e.outletId === 'other-wire');
		expect(kept).toEqual([]);
	});

	it('reads each event as an automatic event with an article source, and its sentence apart', () => {
		const { value, problems } = decodeExtractedMonth(
			{ month: '2020-02', page: 1, events: [record('e1', '2020-02-03')] },
			'/data/events/months/2020-02/1.json',
			'2020-02',
			1
		);
		expect(problems).toEqual([]);
		expect(value).toEqual([
			{
				event: {
					id: 'e1',
					places: ['qarnaz'],
					date: '2020-02-03',
					datePrecision: 'day',
					kind: 'attacked',
					label: 'Qarnaz: attacked',
					extracted: true,
					confidence: 0.7,
					source: {
						type: 'article',
						article: 'a1',
						start: 4,
						end: 30,
						outlet: 'Test Wire',
						published: '2020-02-20'
					}
				},
				sentence: 'Sentence of e1.'
			}
		]);
	});

	it('leaves out each malformed entry and names it, keeping the rest', () => {
		const file = '/data/events/months/2020-02/0.json';
		const { value, problems } = decodeExtractedMonth(
			{
				month: '2020-02',
				page: 0,
				events: [
					record('good', '2020-02-03'),
					{ ...record('bad-day', '2020-02-03'), date: '2020-02-30' },
					{ ...record('bad-kind', '2020-02-03'), kind: 'exploded' },
					{ ...record('bad-offsets', '2020-02-03'), source: { ...record('x', '2020-02-03').source, end: 1 } },
					{ ...record('no-places', '2020-02-03'), places: [] },
					{ ...record('sure', '2020-02-03'), confidence: 2 },
					record('elsewhen', '2020-03-01'),
					'text',
					null
				]
			},
			file,
			'2020-02',
			0
		);
		expect(value.map((e) => e.event.id)).toEqual(['good']);
		expect(problems).toEqual([
			`${file}: events[1].date: not a day (YYYY-MM-DD)`,
			`${file}: events[2].kind: unknown`,
			`${file}: events[3].source.start, source.end: not a range`,
			`${file}: events[4].places: not a list of ids`,
			`${file}: events[5].confidence: not a number from 0 to 1`,
			`${file}: events[7].not an object`,
			`${file}: events[8].not an object`,
			`${file}: elsewhen: dated outside 2020-02`
		]);
	});

	it('reads a file that is not the month or the file asked for, or not an object, as holding nothing', () => {
		expect(decodeExtractedMonth({ month: '2020-03', page: 0, events: [] }, 'f', '2020-02', 0)).toEqual({
			value: [],
			problems: ['f: month, page: not "2020-02", 0']
		});
		const other = decodeExtractedMonth(
			{ month: '2020-02', page: 1, events: [record('e', '2020-02-03')] },
			'f',
			'2020-02',
			0
		);
		expect(other).toEqual({ value: [], problems: ['f: month, page: not "2020-02", 0'] });
		expect(decodeExtractedMonth([1, 2], 'f', '2020-02', 0).value).toEqual([]);
		expect(
			decodeExtractedMonth({ month: '2020-02', page: 0, events: 'x' }, 'f', '2020-02', 0).problems
		).toEqual(['f: events: not a list']);
	});
});

describe('monthFileKey', () => {
	it('names a month file as yyyy-mm/n and reads only that back', () => {
		expect(monthFileKey('2020-02', 3)).toBe('2020-02/3');
		expect(monthFile('2020-02/3')).toEqual({ month: '2020-02', page: 3 });
		for (const bad of ['2020-02', '2020-13/0', '2020-02/03', '2020-02/-1', '2020-02/1.5', '../x/0'])
			expect(monthFile(bad)).toBeUndefined();
	});
});

describe('decodeExtractedPlacePage', () => {
	it('reads the head with its table of files, and drops an event not at the place', () => {
		const { value, problems } = decodeExtractedPlacePage(
			{
				place: 'qarnaz',
				events: [record('e2', '2020-02-10'), record('e1', '2020-02-03', 'day', ['dalbur'])],
				pages: [{ first: '2020-02-03', last: '2020-02-10', count: 2 }]
			},
			'p',
			'qarnaz',
			'head'
		);
		expect(value.events.map((e) => e.event.id)).toEqual(['e2']);
		expect(value.pages).toEqual([{ first: '2020-02-03', last: '2020-02-10', count: 2 }]);
		expect(problems).toEqual(['p: e1: not at "qarnaz"']);
	});

	it('reads a sealed page without a table', () => {
		const { value, problems } = decodeExtractedPlacePage(
			{ place: 'qarnaz', page: 0, events: [record('e2', '2020-02-10')] },
			'p',
			'qarnaz',
			0
		);
		expect(value).toEqual({ events: [decoded(record('e2', '2020-02-10'))] });
		expect(problems).toEqual([]);
	});

	it('stands the head’s own events for its table when the table is unreadable or empty', () => {
		for (const pages of ['x', []]) {
			const { value, problems } = decodeExtractedPlacePage(
				{ place: 'qarnaz', events: [record('e2', '2020-02-10', 'week')], pages },
				'p',
				'qarnaz',
				'head'
			);
			expect(value.pages).toEqual([{ first: '2020-02-10', last: '2020-02-16', count: 1 }]);
			expect(problems).toEqual(['p: pages: not a list of { first, last, count }']);
		}
	});

	it('reads another place’s or page’s file as holding nothing', () => {
		expect(decodeExtractedPlacePage({ place: 'x', events: [] }, 'p', 'qarnaz', 'head')).toEqual({
			value: { events: [] },
			problems: ['p: place, page: not "qarnaz", the head']
		});
		expect(
			decodeExtractedPlacePage({ place: 'qarnaz', page: 1, events: [] }, 'p', 'qarnaz', 2).value
		).toEqual({ events: [] });
		// A sealed page is not the head, though its place is right.
		expect(
			decodeExtractedPlacePage({ place: 'qarnaz', page: 0, events: [] }, 'p', 'qarnaz', 'head').problems
		).toEqual(['p: place, page: not "qarnaz", the head']);
	});
});

describe('decodeMonthCounts', () => {
	it('is empty when absent and keeps the well-formed months, sorted', () => {
		expect(decodeMonthCounts(undefined)).toEqual({ value: [], problems: [] });
		expect(
			decodeMonthCounts([
				['2020-03', 4, 2],
				['2020-13', 1, 1],
				['2020-02', 0, 1],
				'x',
				['2019-12', 2, 1],
				['2020-04', 2],
				['2020-05', 2, 3],
				['2020-06', 2, 0]
			])
		).toEqual({
			value: [
				['2019-12', 2, 1],
				['2020-03', 4, 2]
			],
			problems: [
				'explorer.json: extractedMonths[1]: not [yyyy-mm, count, files]',
				'explorer.json: extractedMonths[2]: not [yyyy-mm, count, files]',
				'explorer.json: extractedMonths[3]: not [yyyy-mm, count, files]',
				'explorer.json: extractedMonths[5]: not [yyyy-mm, count, files]',
				'explorer.json: extractedMonths[6]: not [yyyy-mm, count, files]',
				'explorer.json: extractedMonths[7]: not [yyyy-mm, count, files]'
			]
		});
		expect(decodeMonthCounts({}).value).toEqual([]);
	});
});

describe('extractedInRange', () => {
	const events = [
		decoded(record('week', '2020-01-30', 'week')),
		decoded(record('month', '2020-02-01', 'month')),
		decoded(record('day', '2020-02-10'))
	];

	it('keeps an event whose span meets the range', () => {
		const ids = (from: string, to: string) => extractedInRange(events, { from, to }).map((e) => e.event.id);
		expect(ids('2020-02-04', '2020-02-05')).toEqual(['week', 'month']);
		expect(ids('2020-02-06', '2020-02-09')).toEqual(['month']);
		expect(ids('2020-01-01', '2020-01-29')).toEqual([]);
	});

	it('applies the filter hook after the range', () => {
		expect(
			extractedInRange(events, { from: '2020-02-01' }, (e) => e.event.datePrecision === 'day').map(
				(e) => e.event.id
			)
		).toEqual(['day']);
	});
});

describe('placeExtracted', () => {
	/**
	 * A head and two sealed pages of two, each newest first: the head 10 and 8 February, page 1 the 5th
	 * and 3rd, page 0 January; the head's spans list the files oldest first.
	 */
	const files: Record<string, ExtractedPlacePageData> = {
		head: {
			events: [decoded(record('ha', '2020-02-10')), decoded(record('hb', '2020-02-08'))],
			pages: [
				{ first: '2020-01-10', last: '2020-01-20', count: 2 },
				{ first: '2020-02-03', last: '2020-02-05', count: 2 },
				{ first: '2020-02-08', last: '2020-02-10', count: 2 }
			]
		},
		1: { events: [decoded(record('p1a', '2020-02-05')), decoded(record('p1b', '2020-02-03'))] },
		0: { events: [decoded(record('p0a', '2020-01-20')), decoded(record('p0b', '2020-01-10'))] }
	};
	const have =
		(...loaded: ExtractedPlaceFile[]) =>
		(k: ExtractedPlaceFile) =>
			loaded.includes(k) ? files[k] : undefined;

	it('asks for the head first of all', () => {
		expect(placeExtracted(have(), {}, 20)).toEqual({
			events: [],
			fetch: ['head'],
			more: false,
			count: 0,
			exact: false
		});
	});

	it('then for the sealed pages the range meets, newest first, only as many as fill the list', () => {
		const range = { from: '2020-01-15', to: '2020-02-04' };
		const view = placeExtracted(have('head'), range, 1);
		expect(view).toMatchObject({ events: [], fetch: [1], count: 4, exact: false, more: true });
		const next = placeExtracted(have('head', 1), range, 1);
		expect(next.events.map((e) => e.event.id)).toEqual(['p1b']);
		// The list is full: January's page is counted, not fetched, until "Show older".
		expect(next).toMatchObject({ fetch: [], count: 3, exact: false, more: true });
		expect(placeExtracted(have('head', 1), range, 2).fetch).toEqual([0]);
		const all = placeExtracted(have('head', 1, 0), range, 20);
		expect(all.events.map((e) => e.event.id)).toEqual(['p1b', 'p0a']);
		expect(all).toMatchObject({ fetch: [], count: 2, exact: true, more: false });
	});

	it('lists every loaded event, newest first, with no range', () => {
		const view = placeExtracted(have('head', 1, 0), {}, 3);
		expect(view.events.map((e) => e.event.id)).toEqual(['ha', 'hb', 'p1a']);
		expect(view).toMatchObject({ count: 6, exact: true, more: true });
	});

	it('asks for a sealed file by the number its span gives, not its place in key order', () => {
		const split = {
			...files.head!,
			pages: files.head!.pages!.map((p, k) => (k < 2 ? { ...p, page: 7 - k } : p))
		};
		const loaded = (k: ExtractedPlaceFile) => (k === 'head' ? split : k === 6 ? files[1] : undefined);
		const view = placeExtracted(loaded, {}, 3);
		expect(view.events.map((e) => e.event.id)).toEqual(['ha', 'hb', 'p1a']);
		expect(placeExtracted(loaded, {}, 5).fetch).toEqual([7]);
	});

	it('lists nothing for a place with no events', () => {
		const empty = { events: [], pages: [{ first: '', last: '', count: 0 }] };
		expect(placeExtracted(() => empty, {}, 20)).toEqual({
			events: [],
			fetch: [],
			more: false,
			count: 0,
			exact: true
		});
	});
});

const COUNTS: ExtractedMonthCounts = [
	['2019-12', 5, 1],
	['2020-01', 3, 1],
	['2020-02', 4, 1],
	['2020-04', 2, 1]
];

/** The keys of the first file of each month. */
const first = (...months: string[]) => months.map((m) => monthFileKey(m, 0));

describe('chronologyMonths', () => {
	it('asks for the whole range, from its end in the list’s order, while the page is not full', () => {
		expect(chronologyMonths(COUNTS, {}, { order: 'newest' })).toEqual(
			first('2020-04', '2020-02', '2020-01', '2019-12')
		);
		// December too: a week dated from 26 December reaches into the range.
		expect(chronologyMonths(COUNTS, { from: '2020-01-01', to: '2020-04-30' }, { order: 'oldest' })).toEqual(
			first('2019-12', '2020-01', '2020-02', '2020-04')
		);
	});

	it('looks six days back for a week that starts in the month before', () => {
		expect(chronologyMonths(COUNTS, { from: '2020-02-03', to: '2020-02-29' }, { order: 'oldest' })).toEqual(
			first('2020-01', '2020-02')
		);
		expect(chronologyMonths(COUNTS, { from: '2020-02-10', to: '2020-02-29' }, { order: 'oldest' })).toEqual(
			first('2020-02')
		);
	});

	it('stops at the full page’s last entry, then asks for the months the range only partly covers', () => {
		const range = { from: '2019-12-15', to: '2020-04-10' };
		expect(chronologyMonths(COUNTS, range, { order: 'newest', last: '2020-02-12' })).toEqual(
			first('2020-04', '2020-02', '2019-12')
		);
		expect(chronologyMonths(COUNTS, range, { order: 'oldest', last: '2020-01-05' })).toEqual(
			first('2019-12', '2020-01', '2020-04')
		);
	});

	it('asks for a month’s files in the list’s order: the newest events are in its last file', () => {
		const counts: ExtractedMonthCounts = [
			['2020-01', 3, 1],
			['2020-02', 450, 3]
		];
		expect(chronologyMonths(counts, { from: '2020-01-10', to: '2020-02-29' }, { order: 'newest' })).toEqual([
			'2020-02/2',
			'2020-02/1',
			'2020-02/0',
			'2020-01/0'
		]);
		expect(chronologyMonths(counts, { from: '2020-01-10', to: '2020-02-29' }, { order: 'oldest' })).toEqual([
			'2020-01/0',
			'2020-02/0',
			'2020-02/1',
			'2020-02/2'
		]);
	});
});

describe('chronologyExtracted', () => {
	const months: Record<string, ExtractedEvent[]> = {
		'2020-01/0': [decoded(record('jan-week', '2020-01-30', 'week')), decoded(record('jan', '2020-01-10'))],
		'2020-02/0': [decoded(record('feb-b', '2020-02-03')), decoded(record('feb-a', '2020-02-03'))]
	};
	const loaded = (m: string) => months[m];

	it('lists the loaded events in range oldest first, and counts the rest from the month counts', () => {
		const out = chronologyExtracted(COUNTS, loaded, { from: '2020-02-01', to: '2020-04-30' });
		expect(out.events.map((e) => e.event.id)).toEqual(['jan-week', 'feb-a', 'feb-b']);
		// January gives one of its three; February has its two loaded; April counts whole (inside the range).
		expect(out).toMatchObject({ count: 5, exact: true });
	});

	it('says the count is at most when a month the range only partly covers is not loaded', () => {
		const out = chronologyExtracted(COUNTS, loaded, { from: '2019-12-20', to: '2020-02-29' });
		expect(out).toMatchObject({ count: 5 + 2 + 2, exact: false });
	});

	it('counts a month’s files not yet loaded with the events its loaded files do not hold', () => {
		const counts: ExtractedMonthCounts = [['2020-02', 5, 3]];
		const files: Record<string, ExtractedEvent[]> = {
			'2020-02/2': [decoded(record('feb-late', '2020-02-27')), decoded(record('feb-last', '2020-02-28'))]
		};
		const out = chronologyExtracted(counts, (k) => files[k], { from: '2020-02-01', to: '2020-02-29' });
		expect(out.events.map((e) => e.event.id)).toEqual(['feb-late', 'feb-last']);
		// Two listed, three in the files 0 and 1 not yet here; the month lies inside the range: exact.
		expect(out).toMatchObject({ count: 5, exact: true });
		const part = chronologyExtracted(counts, (k) => files[k], { from: '2020-02-01', to: '2020-02-27' });
		expect(part).toMatchObject({ count: 1 + 3, exact: false });
	});

	it('with a filter, counts exactly only when every month is loaded', () => {
		const keep = (e: ExtractedEvent) => e.event.id !== 'feb-a';
		expect(chronologyExtracted(COUNTS, loaded, { from: '2020-01-07', to: '2020-02-29' }, keep)).toMatchObject(
			{
				count: 3,
				exact: true
			}
		);
		expect(chronologyExtracted(COUNTS, loaded, { from: '2020-01-01' }, keep).exact).toBe(false);
	});
});

describe('mergeEvents', () => {
	it('merges two lists oldest first, by date then id', () => {
		const e = (id: string, date: string) => decoded(record(id, date)).event;
		const merged = mergeEvents(
			[e('a', '2020-02-01'), e('c', '2020-02-03')],
			[e('b', '2020-02-01'), e('d', '2020-02-02'), e('z', '2020-02-05')]
		);
		expect(merged.map((x) => x.id)).toEqual(['a', 'b', 'd', 'c', 'z']);
	});
});
