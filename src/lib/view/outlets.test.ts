import { describe, expect, it } from 'vitest';
import type { ExplorerOutlet } from '../data/explorer-data';
import { buildOutletIndex, normalizeChoice, outletGroups, outletMask, toggleOutlet } from './outlets';

const OUTLETS: ExplorerOutlet[] = [
	{ id: 'levant-monitor', name: 'Levant Monitor' },
	{ id: 'state-news', name: 'State News', kind: 'party-state-media', party: 'Ruritania' },
	{ id: 'the-daily', name: 'The Daily', kind: 'other' },
	{ id: 'wire-one', name: 'Wire One', kind: 'wire', aliases: ['Wire One (interview)'] }
];
const INDEX = buildOutletIndex({ outlets: OUTLETS });
const IDS = INDEX.ids;

describe('normalizeChoice', () => {
	it('keeps known ids in list order and calls every outlet undefined', () => {
		expect(normalizeChoice(IDS, ['wire-one', 'junk', 'state-news'])).toEqual(['state-news', 'wire-one']);
		expect(normalizeChoice(IDS, [...IDS].reverse())).toBeUndefined();
		expect(normalizeChoice(IDS, undefined)).toBeUndefined();
		expect(normalizeChoice(IDS, [])).toEqual([]);
	});
});

describe('outletMask', () => {
	it('marks the chosen outlets, and is absent for every outlet', () => {
		expect(outletMask(INDEX, undefined)).toBeUndefined();
		expect([...outletMask(INDEX, ['wire-one'])!]).toEqual([0, 0, 0, 1]);
		expect([...outletMask(INDEX, ['state-news', 'levant-monitor'])!]).toEqual([1, 1, 0, 0]);
		expect([...outletMask(INDEX, [])!]).toEqual([0, 0, 0, 0]);
	});
});

describe('outletGroups', () => {
	it('groups by curated kind in a fixed order, unclassified last, most articles first', () => {
		const groups = outletGroups(INDEX, [1, 2, 0, 3], undefined);
		expect(groups.map((g) => [g.label, g.rows.map((r) => [r.outlet.id, r.count, r.checked])])).toEqual([
			['Wire agencies', [['wire-one', 3, true]]],
			['State media of a party to the conflict', [['state-news', 2, true]]],
			['Other (not classified)', [['levant-monitor', 1, true]]]
		]);
	});

	it('keeps a chosen outlet listed with no article in range, so it can be unchecked', () => {
		const groups = outletGroups(INDEX, [1, 0, 0, 3], ['the-daily', 'wire-one']);
		const rows = groups.flatMap((g) => g.rows.map((r) => [r.outlet.id, r.count, r.checked]));
		expect(rows).toEqual([
			['wire-one', 3, true],
			['the-daily', 0, true],
			['levant-monitor', 1, false]
		]);
		expect(groups.map((g) => g.kind)).toEqual(['wire', 'other', 'unclassified']);
	});
});

describe('toggleOutlet', () => {
	it('unchecking one of every outlet leaves the others; checking the last one back is every outlet', () => {
		const rest = toggleOutlet(IDS, undefined, 'state-news', false);
		expect(rest).toEqual(['levant-monitor', 'the-daily', 'wire-one']);
		expect(toggleOutlet(IDS, rest, 'state-news', true)).toBeUndefined();
		expect(toggleOutlet(IDS, ['wire-one'], 'wire-one', false)).toEqual([]);
		expect(toggleOutlet(IDS, [], 'the-daily', true)).toEqual(['the-daily']);
	});
});
