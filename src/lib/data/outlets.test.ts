import { describe, expect, it } from 'vitest';
import type { CuratedOutlet } from '../corpus/outlets';
import { resolveOutlets } from './outlets';

const CURATED: CuratedOutlet[] = [
	{
		id: 'wire-one',
		name: 'Wire One',
		aliases: ['Wire One (interview)'],
		kind: 'wire',
		basis: 'A news agency.',
		source: 'https://example.org/wire'
	},
	{
		id: 'state-news',
		name: 'State News',
		kind: 'party-state-media',
		party: 'Ruritania',
		basis: 'State-owned.',
		source: 'https://example.org/state'
	}
];

describe('resolveOutlets', () => {
	it('maps names and aliases, case aside, to the curated outlet', () => {
		const { outlets, outletOf } = resolveOutlets(
			[{ outlet: 'Wire One' }, { outlet: 'wire one (INTERVIEW)' }, { outlet: 'State News' }],
			CURATED
		);
		expect(outlets).toEqual([
			{
				id: 'state-news',
				name: 'State News',
				kind: 'party-state-media',
				party: 'Ruritania',
				basis: 'State-owned.',
				source: 'https://example.org/state'
			},
			{
				id: 'wire-one',
				name: 'Wire One',
				// The aliases travel with it, so the page can match a search result naming it so.
				aliases: ['Wire One (interview)'],
				kind: 'wire',
				basis: 'A news agency.',
				source: 'https://example.org/wire'
			}
		]);
		expect(outletOf).toEqual([1, 1, 0]);
	});

	it('gives an outlet not curated a slug and no kind, never a guessed one', () => {
		const { outlets, outletOf } = resolveOutlets(
			[{ outlet: 'Levant Monitor' }, { outlet: 'Wire One' }, { outlet: ' Levant Monitor ' }],
			CURATED
		);
		expect(outlets).toEqual([
			{ id: 'levant-monitor', name: 'Levant Monitor' },
			expect.objectContaining({ id: 'wire-one' })
		]);
		expect(outletOf).toEqual([0, 1, 0]);
	});

	it('keeps slugs unique against curated ids and each other, and names without letters', () => {
		const { outlets } = resolveOutlets(
			[{ outlet: 'Wire-One' }, { outlet: 'Wire One!' }, { outlet: '«»' }],
			[CURATED[0]!]
		);
		expect(outlets.map((o) => o.id).sort()).toEqual(['outlet', 'wire-one-2', 'wire-one-3']);
		expect(new Set(outlets.map((o) => o.name)).size).toBe(3);
	});

	it('lists only outlets some article uses', () => {
		expect(resolveOutlets([], CURATED)).toEqual({ outlets: [], outletOf: [] });
	});
});
