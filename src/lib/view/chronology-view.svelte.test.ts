import { describe, expect, it } from 'vitest';
import type { DateRange } from '../core/range';
import type { ChronologyPart, ExplorerEvent, MonthArticle } from '../data/explorer-data';
import type { ExtractedEventRecord, ExtractedMonthCounts } from '../data/extracted-files';
import type { ChronologyOrder } from './chronology';
import { ChronologyView } from './chronology-view.svelte';
import { buildCountIndex, rangeMonths } from './counts';
import { ExtractedEvents } from './extracted-state.svelte';

/** January to March 2020: one article in January, three in February (two parts of two), one in March. */
const COUNTS = buildCountIndex({
	firstMonth: '2020-01',
	monthCount: 3,
	totals: [5],
	monthTotals: [1, 3, 1],
	outletTotals: [3, 2]
});

const article = (position: number, published: string, outletId = 'reuters'): MonthArticle => ({
	id: `a${position}`,
	title: `Article ${position}`,
	outlet: outletId,
	published,
	datePrecision: 'day',
	position,
	outletId,
	places: ['saraqeb']
});
const PARTS: Record<string, ChronologyPart> = {
	'2020-01/0': { month: '2020-01', part: 0, articles: [article(0, '2020-01-10')] },
	'2020-02/0': {
		month: '2020-02',
		part: 0,
		articles: [article(1, '2020-02-03'), article(2, '2020-02-06', 'afp')]
	},
	'2020-02/1': { month: '2020-02', part: 1, articles: [article(3, '2020-02-20')] },
	'2020-03/0': { month: '2020-03', part: 0, articles: [article(4, '2020-03-05', 'afp')] }
};

const REVIEWED: ExplorerEvent[] = [
	{
		id: 'saraqeb-entered',
		places: ['saraqeb'],
		date: '2020-02-06',
		datePrecision: 'day',
		kind: 'entered',
		label: 'Entered by government forces',
		extracted: false,
		source: { type: 'outside', outlet: 'Fixture', url: 'https://example.org/', published: '2020-02-07' }
	}
];

const found = (id: string, date: string): ExtractedEventRecord => ({
	id,
	places: ['saraqeb'],
	date,
	datePrecision: 'day',
	kind: 'attacked',
	label: 'Saraqeb: attacked',
	confidence: 0.7,
	source: {
		article: 'a3',
		start: 0,
		end: 9,
		sentence: `Sentence of ${id}.`,
		outlet: 'Reuters',
		published: '2020-02-20'
	}
});
const EXTRACTED_MONTHS: ExtractedMonthCounts = [['2020-02', 1, 1]];

const settle = () => new Promise<void>((r) => setTimeout(r, 0));

function setup(order: ChronologyOrder | undefined, range: DateRange = {}) {
	const view = $state({ order, range, outlets: undefined as string[] | undefined });
	const asked: string[] = [];
	const extracted = new ExtractedEvents(async (file) => {
		asked.push(file);
		return { month: '2020-02', page: 0, events: [found('shelled', '2020-02-19')] };
	});
	const chronology = new ChronologyView({
		explorer: () => ({ events: REVIEWED, chronologyParts: [[0], [0, 1], [0]] }),
		counts: () => COUNTS,
		months: () => rangeMonths(COUNTS, view.range),
		range: () => view.range,
		order: () => view.order,
		outlets: () => view.outlets,
		shows: () => (view.outlets ? (id) => view.outlets!.includes(id) : undefined),
		keep: () => undefined,
		shown: () => 5,
		extractedMonths: EXTRACTED_MONTHS,
		extracted,
		loadPart: async (month, part) => {
			asked.push(`chronology/${month}/${part}`);
			return PARTS[`${month}/${part}`]!;
		}
	});
	/** Asks, lets the answers arrive, and asks again, as the page's effect would, until nothing new is asked. */
	const run = async () => {
		for (let n = asked.length, i = 0; i < 10; i++, n = asked.length) {
			chronology.request();
			await settle();
			if (asked.length === n) break;
		}
	};
	return { chronology, view, asked, run };
}

const keys = (view: ChronologyView) => view.page?.items.map((item) => item.key);

describe('ChronologyView', () => {
	it('lists nothing and asks for nothing while closed', async () => {
		const { chronology, asked, run } = setup(undefined);
		await run();
		expect(chronology.page).toBeUndefined();
		expect(chronology.reviewed).toBe(0);
		expect(asked).toEqual([]);
	});

	it('merges events and articles newest first, fetching parts from the range’s end', async () => {
		const { chronology, asked, run } = setup('newest');
		await run();
		expect(asked.filter((a) => a.startsWith('chronology/'))).toEqual([
			'chronology/2020-03/0',
			'chronology/2020-02/1',
			'chronology/2020-02/0',
			'chronology/2020-01/0'
		]);
		expect(asked).toContain('/data/events/months/2020-02/0.json');
		// On one day the event comes before the article: what happened, then what was published.
		expect(keys(chronology)).toEqual(['a:4', 'a:3', 'e:shelled', 'e:saraqeb-entered', 'a:2', 'a:1', 'a:0']);
		expect(chronology.reviewed).toBe(1);
		expect(chronology.automatic).toEqual({ count: 1, exact: true });
	});

	it('keeps to the range, oldest first when asked', async () => {
		const { chronology, asked, run } = setup('oldest', { from: '2020-02-01', to: '2020-02-10' });
		await run();
		expect(asked.filter((a) => a.startsWith('chronology/'))).toEqual([
			'chronology/2020-02/0',
			'chronology/2020-02/1'
		]);
		expect(keys(chronology)).toEqual(['a:1', 'e:saraqeb-entered', 'a:2']);
		expect(chronology.automatic.count).toBe(0);
	});

	it('lists only the chosen outlets’ articles', async () => {
		const { chronology, view, run } = setup('newest');
		view.outlets = ['afp'];
		await run();
		expect(keys(chronology)?.filter((k) => k.startsWith('a:'))).toEqual(['a:4', 'a:2']);
	});
});
