import { describe, expect, it } from 'vitest';
import { articleInRange, type DateRange } from '../core/range';
import type { ExplorerData, ExplorerEvent, ExplorerPlace } from '../data/explorer-data';
import { eventLabels } from './event-labels';
import { LAYER_IDS } from './layers';
import { buildRangeIndex, placeStates } from './range-index';

const event = (id: string, place: string, date: string, label: string): ExplorerEvent => ({
	id,
	places: [place],
	date,
	datePrecision: 'day',
	kind: 'entered',
	label,
	extracted: false,
	source: { type: 'outside', outlet: 'Fixture', url: 'https://example.org/', published: date }
});

const place = (
	id: string,
	kind: ExplorerPlace['properties']['kind'],
	established?: string
): ExplorerPlace => ({
	type: 'Feature',
	id,
	geometry: { type: 'Point', coordinates: [36.8, 35.8] },
	properties: { name: id, kind, precision: 'exact', mentionCount: 1, established }
});

const PLACES = [
	place('saraqeb', 'town'),
	place('abu-al-duhur-air-base', 'air-base'),
	place('post-9', 'observation-post', '2018-04-07'),
	place('morek', 'town')
];
const EVENTS = [
	event('abu-2015', 'abu-al-duhur-air-base', '2015-09-09', 'Overrun by the Nusra Front'),
	event('abu-2018', 'abu-al-duhur-air-base', '2018-01-20', 'Recaptured by the army'),
	event('morek-2019', 'morek', '2019-08-23', 'Taken by government forces'),
	event('saraqeb-0205', 'saraqeb', '2020-02-05', 'Entered as rebels retreat'),
	event('saraqeb-0206', 'saraqeb', '2020-02-06', 'Entered by government forces'),
	event('saraqeb-0227', 'saraqeb', '2020-02-27', 'Rebels say they retook it'),
	event('post-9-out', 'post-9', '2020-10-19', 'Withdrawn')
];
const DATA: Pick<ExplorerData, 'places' | 'events'> = {
	places: { type: 'FeatureCollection', features: PLACES },
	events: EVENTS
};
const INDEX = buildRangeIndex(DATA);
/** Every place is named by one article, of 7 February 2020: its count in `range`. */
const counts = (range: DateRange) =>
	PLACES.map(() => (articleInRange({ published: '2020-02-07', datePrecision: 'day' }, range) ? 1 : 0));

function labelsFor(range: DateRange, selected?: string, layers = [...LAYER_IDS]) {
	return eventLabels({
		places: PLACES,
		events: EVENTS,
		index: INDEX,
		states: placeStates(INDEX, range, counts(range)),
		range,
		selected,
		layers
	});
}

describe('eventLabels', () => {
	it('labels a place with its latest event in range: Abu al-Duhur in January 2018 with its recapture', () => {
		expect(labelsFor({ from: '2018-01-01', to: '2018-01-31' })).toEqual([
			{
				place: 'abu-al-duhur-air-base',
				event: 'abu-2018',
				text: 'Recaptured by the army (20 Jan 2018)',
				date: '2018-01-20',
				selected: false,
				broad: false
			}
		]);
	});

	it('moves Saraqeb’s label with the range, and leaves Morek’s 2019 event out of February 2020', () => {
		expect(labelsFor({ from: '2020-02-01', to: '2020-02-29' }).map((l) => l.event)).toEqual(['saraqeb-0227']);
		expect(labelsFor({ from: '2020-02-06', to: '2020-02-07' }).map((l) => l.text)).toEqual([
			'Entered by government forces (6 Feb 2020)'
		]);
	});

	it('writes no labels without a chosen range, but the selected place keeps its latest event', () => {
		expect(labelsFor({})).toEqual([]);
		expect(labelsFor({}, 'saraqeb').map((l) => [l.event, l.selected])).toEqual([['saraqeb-0227', true]]);
		expect(labelsFor({ from: '2021-01-01', to: '2021-01-31' }, 'morek').map((l) => l.event)).toEqual([
			'morek-2019'
		]);
	});

	it('orders the labels towns first, then military sites, each newest first; the selected place first of all', () => {
		const all = { from: '2015-01-01', to: '2020-12-31' };
		expect(labelsFor(all).map((l) => l.event)).toEqual([
			'saraqeb-0227',
			'morek-2019',
			'post-9-out',
			'abu-2018'
		]);
		expect(labelsFor(all, 'abu-al-duhur-air-base').map((l) => l.event)).toEqual([
			'abu-2018',
			'saraqeb-0227',
			'morek-2019',
			'post-9-out'
		]);
	});

	it('writes an event at several places once, at the first of them or at the selected one', () => {
		const twoPlaces: ExplorerEvent = { ...EVENTS[2]!, places: ['morek', 'post-9'], date: '2020-10-20' };
		const events = [...EVENTS, { ...twoPlaces, id: 'both' }];
		const index = buildRangeIndex({ ...DATA, events });
		const range = { from: '2020-10-20', to: '2020-10-31' };
		const labels = (selected?: string) =>
			eventLabels({
				places: PLACES,
				events,
				index,
				states: placeStates(index, range, counts(range)),
				range,
				selected,
				layers: LAYER_IDS
			}).map((l) => [l.place, l.event]);
		expect(labels()).toEqual([['morek', 'both']]);
		expect(labels('post-9')).toEqual([['post-9', 'both']]);
	});

	it('gives no label to a place of a hidden layer or one that does not exist yet', () => {
		const noTowns = LAYER_IDS.filter((id) => id !== 'places');
		expect(labelsFor({ from: '2020-02-01', to: '2020-02-29' }, undefined, noTowns)).toEqual([]);
		expect(labelsFor({ from: '2018-01-01', to: '2018-03-31' }, 'post-9')).toEqual([
			expect.objectContaining({ event: 'abu-2018' })
		]);
	});
});
