import { describe, expect, it } from 'vitest';
import type { ExplorerData, ExplorerPlace } from '../data/explorer-data';
import { indexExplorer } from './explorer-index';

const place = (id: string, extra: Partial<ExplorerPlace['properties']> = {}): ExplorerPlace => ({
	type: 'Feature',
	id,
	geometry: { type: 'Point', coordinates: [36, 35] },
	properties: {
		name: `Name of ${id}`,
		kind: 'town',
		precision: 'exact',
		mentionCount: 0,
		...extra
	}
});

/** Three articles (two in February 2020, one in March); a group with a member and a town. */
const DATA: ExplorerData = {
	places: {
		type: 'FeatureCollection',
		features: [
			place('posts', { kind: 'observation-post' }),
			place('post-1', { kind: 'observation-post', partOf: 'posts' }),
			place('town')
		]
	},
	// Month 0 is February 2020, month 1 March; one outlet.
	firstMonth: '2020-02',
	monthCount: 2,
	totals: [1, 2, 2],
	monthTotals: [2, 1],
	outletTotals: [3],
	pageSize: 20,
	chronologyPart: 250,
	chronologyParts: [[0], [0]],
	outlets: [{ id: 'fixture', name: 'Fixture' }],
	extractedMonths: [],
	events: [
		{
			id: 'town-entered',
			places: ['town', 'post-1'],
			date: '2020-02-06',
			datePrecision: 'day',
			kind: 'entered',
			label: 'Entered',
			extracted: false,
			source: { type: 'outside', outlet: 'Fixture', url: 'https://example.org/', published: '2020-02-07' }
		}
	]
};

describe('indexExplorer', () => {
	const index = indexExplorer(DATA);

	it('lists the places in order and by id', () => {
		expect(index.ids).toEqual(['posts', 'post-1', 'town']);
		expect(index.places.map((p) => p.id)).toEqual(index.ids);
		expect(index.byId.get('town')?.properties.name).toBe('Name of town');
		expect(index.byId.has('atlantis')).toBe(false);
	});

	it('gives a place’s index and the members of a group', () => {
		expect(index.indexOf.get('town')).toBe(2);
		expect(index.indexOf.get('atlantis')).toBeUndefined();
		expect(index.membersOf(['posts', 'town'])).toEqual(['post-1']);
		expect([...index.counts.placeTotal]).toEqual([1, 2, 2]);
	});

	it('gives the events at each of their places', () => {
		expect(index.eventsOf('town').map((e) => e.id)).toEqual(['town-entered']);
		expect(index.eventsOf('post-1').map((e) => e.id)).toEqual(['town-entered']);
		expect(index.eventsOf('posts')).toEqual([]);
		expect(index.eventsOf('atlantis')).toEqual([]);
	});

	it('names the group a place belongs to', () => {
		expect(index.groupName(index.byId.get('post-1')!)).toBe('Name of posts');
		expect(index.groupName(index.byId.get('town')!)).toBeUndefined();
	});

	it('counts the articles per month for the timeline', () => {
		expect(index.counts.total).toBe(3);
		const counts = index.bins.filter((b) => b.count > 0).map((b) => [b.month, b.count]);
		expect(counts).toEqual([
			['2020-02', 2],
			['2020-03', 1]
		]);
	});
});
