import { describe, expect, it } from 'vitest';
import type { ExplorerOutlet } from '../data/explorer-data';
import { OutletFilter } from './outlet-filter.svelte';
import { buildOutletIndex } from './outlets';

const OUTLETS: ExplorerOutlet[] = [
	{ id: 'reuters', name: 'Reuters', kind: 'wire' },
	{ id: 'sputnik', name: 'Sputnik International', kind: 'party-state-media', party: 'Russia' },
	{ id: 'levant-monitor', name: 'Levant Monitor' }
];

/** A filter over six articles whose choice lives in a plain variable, as the URL would hold it. */
function setup(start?: string[]) {
	const index = buildOutletIndex({ outlets: OUTLETS, articleOutlets: [0, 1, 0, 2, 1, 0] });
	const state = $state({ chosen: start, inRange: [0, 1, 2, 3, 4, 5] as number[] });
	const writes: (string[] | undefined)[] = [];
	const filter = new OutletFilter({
		index: () => index,
		chosen: () => state.chosen,
		inRange: () => state.inRange,
		set: (outlets) => {
			writes.push(outlets);
			state.chosen = outlets;
		}
	});
	return { filter, state, writes };
}

describe('OutletFilter', () => {
	it('shows every article and every outlet when nothing is chosen', () => {
		const { filter } = setup();
		expect(filter.active).toBe(false);
		expect(filter.mask).toBeUndefined();
		expect([0, 1, 2, 3, 4, 5].every(filter.keeps)).toBe(true);
		expect(filter.groups.flatMap((g) => g.rows.map((r) => [r.outlet.id, r.count, r.checked]))).toEqual([
			['reuters', 3, true],
			['sputnik', 2, true],
			['levant-monitor', 1, true]
		]);
	});

	it('"only" narrows to one outlet: the mask, the predicates and the checkboxes follow', () => {
		const { filter, writes } = setup();
		filter.only('sputnik');
		expect(writes).toEqual([['sputnik']]);
		expect(filter.active).toBe(true);
		expect([...filter.mask!]).toEqual([0, 1, 0, 0, 1, 0]);
		expect([0, 1, 2, 3, 4, 5].filter(filter.keeps)).toEqual([1, 4]);
		expect(filter.shows('sputnik')).toBe(true);
		expect(filter.shows('reuters')).toBe(false);
		const checked = filter.groups.flatMap((g) => g.rows.filter((r) => r.checked).map((r) => r.outlet.id));
		expect(checked).toEqual(['sputnik']);
		filter.all();
		expect(writes.at(-1)).toBeUndefined();
		expect(filter.mask).toBeUndefined();
	});

	it('unchecking from "all" writes the others, and checking it again writes "all"', () => {
		const { filter, writes } = setup();
		filter.toggle('reuters', false);
		expect(writes).toEqual([['sputnik', 'levant-monitor']]);
		expect([0, 1, 2, 3, 4, 5].filter(filter.keeps)).toEqual([1, 3, 4]);
		filter.toggle('reuters', true);
		expect(writes.at(-1)).toBeUndefined();
	});

	it('counts only the articles in range, and reads a choice naming every outlet as "all"', () => {
		const { filter, state } = setup(['reuters', 'sputnik', 'levant-monitor']);
		expect(filter.active).toBe(false);
		state.inRange = [3, 4];
		expect([...filter.counts]).toEqual([0, 1, 1]);
		expect(filter.groups.map((g) => g.kind)).toEqual(['party-state-media', 'unclassified']);
		state.chosen = ['junk'];
		expect(filter.choice).toEqual([]);
	});
});
