import { describe, expect, it } from 'vitest';
import type { ExplorerOutlet } from '../data/explorer-data';
import { OutletFilter } from './outlet-filter.svelte';
import { buildOutletIndex } from './outlets';

const OUTLETS: ExplorerOutlet[] = [
	{ id: 'reuters', name: 'Reuters', kind: 'wire' },
	{ id: 'sputnik', name: 'Sputnik International', kind: 'party-state-media', party: 'Russia' },
	{ id: 'levant-monitor', name: 'Levant Monitor' }
];

/** A filter whose choice and counts in range live in plain variables, as the URL and the counts would hold them. */
function setup(start?: string[]) {
	const index = buildOutletIndex({ outlets: OUTLETS });
	const state = $state({ chosen: start, counts: Int32Array.from([3, 2, 1]) });
	const writes: (string[] | undefined)[] = [];
	const filter = new OutletFilter({
		index: () => index,
		chosen: () => state.chosen,
		counts: () => state.counts,
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
		expect(filter.choice).toBeUndefined();
		expect(['reuters', 'sputnik', 'levant-monitor', 'anyone'].every(filter.shows)).toBe(true);
		expect(filter.chosenIndexes).toEqual([]);
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
		expect([...filter.mask!]).toEqual([0, 1, 0]);
		expect(filter.chosenIndexes).toEqual([1]);
		expect(filter.choice).toEqual(['sputnik']);
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
		expect([...filter.mask!]).toEqual([0, 1, 1]);
		filter.toggle('reuters', true);
		expect(writes.at(-1)).toBeUndefined();
	});

	it('counts only the articles in range, and reads a choice naming every outlet as "all"', () => {
		const { filter, state } = setup(['reuters', 'sputnik', 'levant-monitor']);
		expect(filter.active).toBe(false);
		state.counts = Int32Array.from([0, 1, 1]);
		expect([...filter.counts]).toEqual([0, 1, 1]);
		expect(filter.groups.map((g) => g.kind)).toEqual(['party-state-media', 'unclassified']);
		state.chosen = ['junk'];
		expect(filter.choice).toEqual([]);
	});
});
