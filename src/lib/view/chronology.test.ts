import { describe, expect, it } from 'vitest';
import type { DateRange } from '../core/range';
import type { ExplorerEvent, MonthArticle } from '../data/explorer-data';
import { monthOrdinal } from '../data/month-counts';
import {
	chronologyPage,
	chronologyParts,
	eventInRange,
	eventSpan,
	eventsInRange,
	isChronologyOrder,
	type ChronologyItem,
	type ChronologyOrder,
	type PartKey
} from './chronology';
import { buildCountIndex, rangeMonths } from './counts';

const event = (
	id: string,
	date: string,
	datePrecision: ExplorerEvent['datePrecision'] = 'day',
	places = ['saraqeb']
): ExplorerEvent => ({
	id,
	places,
	date,
	datePrecision,
	kind: 'entered',
	label: id,
	extracted: false,
	source: { type: 'outside', outlet: 'Fixture', url: 'https://example.org/', published: date }
});

/** Article `position` of the fixture, of outlet `a` (even positions) or `b`. */
const article = (
	position: number,
	published: string,
	datePrecision: 'day' | 'month' = 'day'
): MonthArticle => ({
	id: `a${position}`,
	title: `t${position}`,
	outlet: 'o',
	published,
	datePrecision,
	position,
	outletId: position % 2 ? 'b' : 'a',
	places: []
});

const ARTICLES: MonthArticle[] = [
	article(0, '2018-01-10'),
	article(1, '2020-02-01', 'month'),
	article(2, '2020-02-01'),
	article(3, '2020-02-06'),
	article(4, '2020-02-07'),
	article(5, '2020-02-07'),
	article(6, '2020-02-19')
];

/** Two articles a part: January 2018 has one part, February 2020 three. */
const PART = 2;
const INDEX = buildCountIndex({
	firstMonth: '2018-01',
	monthCount: 26,
	totals: [],
	monthTotals: [1, ...new Array<number>(24).fill(0), 6],
	outletTotals: [7]
});
const monthArticles = (month: string) => ARTICLES.filter((a) => a.published.startsWith(month));
const partOf = ({ month, part }: PartKey) => monthArticles(month).slice(part * PART, (part + 1) * PART);
/** The parts of each month in key order, as a build from nothing numbers them. */
const TABLE = [[0], ...Array.from({ length: 24 }, () => []), [0, 1, 2]];
const partsFor = (range: DateRange, order: ChronologyOrder) =>
	chronologyParts(INDEX, rangeMonths(INDEX, range), TABLE, order);
/** The number of articles in range, as the counts would give it. */
const inRange = (range: DateRange, shows?: (id: string) => boolean) =>
	ARTICLES.filter(
		(a) =>
			(!range.from ||
				(a.datePrecision === 'month' ? `${a.published.slice(0, 7)}-31` : a.published) >= range.from) &&
			(!range.to || a.published <= range.to) &&
			(!shows || shows(a.outletId))
	).length;

const label = (item: ChronologyItem) => (item.type === 'event' ? item.event.id : item.position);

describe('eventSpan', () => {
	it('is the day, the seven days of a week, the month, or the day it was reported by', () => {
		expect(eventSpan('2020-02-06', 'day')).toEqual({ first: '2020-02-06', last: '2020-02-06' });
		expect(eventSpan('2020-02-26', 'week')).toEqual({ first: '2020-02-26', last: '2020-03-03' });
		expect(eventSpan('2020-02-01', 'month')).toEqual({ first: '2020-02-01', last: '2020-02-29' });
		expect(eventSpan('2020-02-19', 'reported')).toEqual({ first: '2020-02-19', last: '2020-02-19' });
	});
});

describe('eventsInRange', () => {
	const events = [
		event('month', '2020-02-01', 'month'),
		event('week', '2020-02-03', 'week'),
		event('day', '2020-02-06'),
		event('reported', '2020-02-19', 'reported')
	];

	it('keeps every event with no range, and those whose span meets a range', () => {
		expect(eventsInRange(events, {})).toEqual(events);
		const ids = (r: DateRange) => eventsInRange(events, r).map((e) => e.id);
		expect(ids({ from: '2020-02-06', to: '2020-02-07' })).toEqual(['month', 'week', 'day']);
		expect(ids({ from: '2020-02-09', to: '2020-02-09' })).toEqual(['month', 'week']);
		expect(ids({ from: '2020-02-10', to: '2020-02-18' })).toEqual(['month']);
		expect(ids({ from: '2020-02-19' })).toEqual(['month', 'reported']);
		expect(ids({ to: '2020-01-31' })).toEqual([]);
	});

	it('answers for one event as the list does', () => {
		const inFeb9 = events.map((e) => eventInRange(e, { from: '2020-02-09', to: '2020-02-09' }));
		expect(inFeb9).toEqual([true, true, false, false]);
		expect(events.every((e) => eventInRange(e, {}))).toBe(true);
		expect(eventInRange(events[3]!, { to: '2020-02-18' })).toBe(false);
	});
});

describe('chronologyParts', () => {
	it('lists the parts of the months the range touches, in the list’s order', () => {
		expect(partsFor({}, 'oldest')).toEqual([
			{ month: '2018-01', part: 0 },
			{ month: '2020-02', part: 0 },
			{ month: '2020-02', part: 1 },
			{ month: '2020-02', part: 2 }
		]);
		expect(partsFor({ from: '2020-02-05', to: '2020-02-07' }, 'newest')).toEqual([
			{ month: '2020-02', part: 2 },
			{ month: '2020-02', part: 1 },
			{ month: '2020-02', part: 0 }
		]);
		expect(partsFor({ to: '2019-12-31' }, 'newest')).toEqual([{ month: '2018-01', part: 0 }]);
		expect(monthOrdinal('2020-02') - INDEX.first).toBe(25);
	});

	it('follows the table’s order, which after a split is not that of the numbers', () => {
		// February's first part split into 3 and 4; part 1 kept its span, after them.
		const table = [[0], ...Array.from({ length: 24 }, () => []), [3, 4, 1]];
		const months = rangeMonths(INDEX, { from: '2020-02-01' });
		expect(chronologyParts(INDEX, months, table, 'oldest').map((k) => k.part)).toEqual([3, 4, 1]);
		expect(chronologyParts(INDEX, months, table, 'newest').map((k) => k.part)).toEqual([1, 4, 3]);
	});
});

describe('chronologyPage', () => {
	const events = [event('a', '2020-02-05'), event('b', '2020-02-06'), event('c', '2020-02-07')];
	const range = { from: '2020-02-05', to: '2020-02-07' };
	const page = (
		order: ChronologyOrder,
		limit: number,
		loaded = (_k: PartKey) => true,
		shows?: (id: string) => boolean
	) => {
		const keys = partsFor(range, order);
		return chronologyPage(
			events,
			keys.map((k) => (loaded(k) ? partOf(k) : undefined)),
			range,
			order,
			limit,
			inRange(range, shows),
			shows
		);
	};

	it('merges events and articles by day, events first on a day, newest first', () => {
		const list = page('newest', 100);
		expect(list.items.map(label)).toEqual(['c', 5, 4, 'b', 3, 'a', 1]);
		expect(list).toMatchObject({ events: 3, articles: 4, total: 7, next: [] });
	});

	it('runs the other way oldest first, still events first on a day', () => {
		expect(page('oldest', 100).items.map(label)).toEqual([1, 'a', 'b', 3, 'c', 4, 5]);
	});

	it('lists a page at a time and says how many there are', () => {
		const list = page('newest', 3);
		expect(list.items.map(label)).toEqual(['c', 5, 4]);
		expect(list.total).toBe(7);
		expect(chronologyPage([], [], {}, 'oldest', 3, 0).items).toEqual([]);
	});

	it('lists only what the parts fetched so far settle, and asks for the next two', () => {
		// Only February's last part (articles 5 and 6) is here: the 7th's article 5 and the event of the
		// 7th, which comes before it; what lies before the 7th waits for the parts that hold it.
		const list = page('newest', 100, (k) => k.part === 2);
		expect(list.items.map(label)).toEqual(['c', 5]);
		expect(list.next).toEqual([1, 2]);
		expect(page('newest', 100, () => false)).toMatchObject({ items: [], next: [0, 1] });
		// A page already full asks for nothing more.
		expect(page('newest', 2, (k) => k.part === 2)).toMatchObject({ next: [] });
	});

	it('lists the outlets shown only', () => {
		expect(
			page(
				'newest',
				100,
				() => true,
				(id) => id === 'a'
			).items.map(label)
		).toEqual(['c', 4, 'b', 'a']);
	});

	it('gives each entry a key of its own', () => {
		const keys = page('oldest', 100).items.map((i) => i.key);
		expect(new Set(keys).size).toBe(keys.length);
	});

	it('builds only the page it shows, from the parts nearest the range’s end', () => {
		const many = Array.from({ length: 5000 }, (_, i) => article(i, '2019-06-15'));
		const parts = Array.from({ length: 50 }, (_, k) => many.slice(k * 100, (k + 1) * 100)).reverse();
		const list = chronologyPage(
			[],
			parts.map((p, k) => (k < 2 ? p : undefined)),
			{},
			'newest',
			100,
			5000
		);
		expect(list.items).toHaveLength(100);
		expect(list.items[0]).toEqual({ type: 'article', key: 'a:4999', position: 4999 });
		expect(list.total).toBe(5000);
		expect(list.next).toEqual([]);
	});
});

describe('isChronologyOrder', () => {
	it('accepts the two orders only', () => {
		expect(['newest', 'oldest', 'Newest', '', null, undefined, '1'].map(isChronologyOrder)).toEqual([
			true,
			true,
			false,
			false,
			false,
			false,
			false
		]);
	});
});
