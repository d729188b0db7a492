import { describe, expect, it } from 'vitest';
import type { DateRange } from '../core/range';
import type {
	DayCounts,
	ExplorerData,
	ExplorerPlace,
	MonthCountsData,
	OutletCounts
} from '../data/explorer-data';
import { encodePairs, encodeTriples } from '../data/month-counts';
import { indexExplorer } from './explorer-index';
import { buildOutletIndex } from './outlets';
import { RangeCounts } from './range-counts.svelte';

const town = (id: string): ExplorerPlace => ({
	type: 'Feature',
	id,
	geometry: { type: 'Point', coordinates: [36.7, 35.8] },
	properties: { name: id, kind: 'town', precision: 'exact', mentionCount: 0 }
});

/*
 * Four articles over January to March 2020 from two outlets:
 *   10 January, reuters: saraqeb;  6 February, reuters: saraqeb and idlib;
 *   20 February, afp: idlib;       5 March, afp: saraqeb.
 */
const DATA: ExplorerData = {
	places: { type: 'FeatureCollection', features: [town('saraqeb'), town('idlib')] },
	firstMonth: '2020-01',
	monthCount: 3,
	totals: [3, 2],
	monthTotals: [1, 2, 1],
	outletTotals: [2, 2],
	pageSize: 20,
	chronologyPart: 250,
	chronologyParts: [[0], [0], [0]],
	outlets: [
		{ id: 'reuters', name: 'Reuters' },
		{ id: 'afp', name: 'AFP' }
	],
	extractedMonths: [],
	events: []
};
const pairs = (entries: [number, number][]) => encodePairs(new Map(entries));
const MONTHS: MonthCountsData = {
	outletMonths: [
		pairs([
			[0, 1],
			[1, 1]
		]),
		pairs([
			[1, 1],
			[2, 1]
		])
	],
	counts: [
		pairs([
			[0, 1],
			[1, 1],
			[2, 1]
		]),
		pairs([[1, 2]])
	]
};
const FEBRUARY: DayCounts = {
	month: '2020-02',
	outlets: [pairs([[6, 1]]), pairs([[20, 1]])],
	places: {
		saraqeb: encodeTriples([{ key: 6, outlet: 0, count: 1 }]),
		idlib: encodeTriples([
			{ key: 6, outlet: 0, count: 1 },
			{ key: 20, outlet: 1, count: 1 }
		])
	}
};
const AFP: OutletCounts = {
	outlet: 'afp',
	places: { saraqeb: pairs([[2, 1]]), idlib: pairs([[1, 1]]) }
};

const settle = () => new Promise<void>((r) => setTimeout(r, 0));

function setup(range: DateRange = {}, outlets?: string[]) {
	const explorer = indexExplorer(DATA);
	const outletIndex = buildOutletIndex(DATA);
	const view = $state({ range, outlets });
	const asked: string[] = [];
	const written: (string[] | undefined)[] = [];
	const counts = new RangeCounts({
		explorer: () => explorer,
		outletIndex: () => outletIndex,
		range: () => view.range,
		outlets: () => view.outlets,
		setOutlets: (ids) => written.push(ids),
		load: {
			months: async () => (asked.push('month-counts'), MONTHS),
			days: async (m) => {
				asked.push(`days/${m}`);
				if (m !== '2020-02') throw new Error(`no day file for ${m}`);
				return FEBRUARY;
			},
			outlet: async (id) => {
				asked.push(`outlets/${id}`);
				if (id !== 'afp') throw new Error(`no outlet file for ${id}`);
				return AFP;
			}
		}
	});
	return { counts, view, asked, written };
}

describe('RangeCounts', () => {
	it('counts every date from the totals, asking for no file', () => {
		const { counts, asked } = setup();
		counts.request();
		expect(asked).toEqual([]);
		expect(counts.counting).toBe(false);
		expect([...counts.counts]).toEqual([3, 2]);
		expect(counts.shown).toBe(4);
		expect([...counts.states.count]).toEqual([3, 2]);
		expect(counts.showsOutlet).toBeUndefined();
	});

	it('counts whole months once the counts by month arrive, every date until then', async () => {
		const { counts, asked } = setup({ from: '2020-02-01', to: '2020-02-29' });
		expect(counts.counting).toBe(true);
		expect([...counts.counts]).toEqual([3, 2]);
		counts.request();
		counts.request();
		expect(asked).toEqual(['month-counts']);
		await settle();
		expect(counts.counting).toBe(false);
		expect([...counts.counts]).toEqual([1, 2]);
		expect(counts.shown).toBe(2);
	});

	it('counts a cut month by day once its file arrives', async () => {
		const { counts, asked } = setup({ from: '2020-02-01', to: '2020-02-10' });
		counts.request();
		expect(asked).toEqual(['month-counts', 'days/2020-02']);
		await settle();
		expect([...counts.counts]).toEqual([1, 1]);
		expect(counts.shown).toBe(1);
	});

	it('asks again when the range moves, and only for what it lacks', async () => {
		const { counts, view, asked } = setup({ from: '2020-02-01', to: '2020-02-10' });
		counts.request();
		await settle();
		view.range = { from: '2020-02-15', to: '2020-03-31' };
		counts.request();
		expect(asked).toEqual(['month-counts', 'days/2020-02']);
		expect([...counts.counts]).toEqual([1, 1]);
	});

	it('counts the chosen outlets once their file arrives, and keeps every outlet’s for the panel', async () => {
		const { counts, asked } = setup({}, ['afp']);
		expect([...counts.counts]).toEqual([3, 2]);
		counts.request();
		expect(asked).toEqual(['outlets/afp']);
		await settle();
		expect([...counts.counts]).toEqual([1, 1]);
		expect([...counts.countsAllOutlets]).toEqual([3, 2]);
		expect(counts.place(0)).toEqual({ total: 3, inRange: 1, inDates: 3 });
		expect(counts.shown).toBe(2);
		expect(counts.showsOutlet?.('reuters')).toBe(false);
		expect(counts.showsOutlet?.('afp')).toBe(true);
	});

	it('writes a new choice of outlets through the view', () => {
		const { counts, written } = setup();
		counts.outlets.only('reuters');
		expect(written).toEqual([['reuters']]);
	});

	it('gives zeros for no place, and leaves a failed file’s figures rounded', async () => {
		const { counts } = setup({ from: '2020-01-01', to: '2020-01-20' });
		expect(counts.place(undefined)).toEqual({ total: 0, inRange: 0, inDates: 0 });
		counts.request();
		await settle();
		expect(counts.files.error).toMatch('2020-01');
		expect([...counts.counts]).toEqual([1, 0]);
	});
});
