import { describe, expect, it } from 'vitest';
import type { EventLabel } from '../view/event-labels';
import { eventLabelCollection, eventLabelsKey } from './event-labels';
import { labelAnchor } from './features';

const label = (place: string, event: string, selected = false, broad = false): EventLabel => ({
	place,
	event,
	text: `${event} text`,
	date: '2020-02-06',
	selected,
	broad
});

describe('eventLabelCollection', () => {
	it('puts each label at its place’s anchor, in the order given, and leaves out places with none', () => {
		const anchors = new Map<string, [number, number]>([
			['saraqeb', [36.8, 35.86]],
			['al-eis', [36.97, 36.04]]
		]);
		const data = eventLabelCollection(
			[label('saraqeb', 'e1', true), label('group', 'e2'), label('al-eis', 'e3', false, true)],
			anchors
		);
		expect(data.features.map((f) => [f.geometry.coordinates, f.properties])).toEqual([
			[
				[36.8, 35.86],
				{
					role: 'event',
					placeId: 'saraqeb',
					event: 'e1',
					text: 'e1 text',
					selected: true,
					broad: false,
					order: 0
				}
			],
			[
				[36.97, 36.04],
				{
					role: 'event',
					placeId: 'al-eis',
					event: 'e3',
					text: 'e3 text',
					selected: false,
					broad: true,
					order: 2
				}
			]
		]);
	});
});

describe('eventLabelsKey', () => {
	it('changes with the events shown and the selection, not with new arrays of the same labels', () => {
		const a = [label('saraqeb', 'e1')];
		expect(eventLabelsKey(a)).toBe(eventLabelsKey([label('saraqeb', 'e1')]));
		expect(eventLabelsKey(a)).not.toBe(eventLabelsKey([label('saraqeb', 'e2')]));
		expect(eventLabelsKey(a)).not.toBe(eventLabelsKey([label('saraqeb', 'e1', true)]));
		expect(eventLabelsKey([])).toBe('');
	});
});

describe('labelAnchor', () => {
	it('stands at a point, the middle of a line, and the centre of an area’s largest part', () => {
		expect(labelAnchor({ type: 'Point', coordinates: [36.8, 35.86] })).toEqual([36.8, 35.86]);
		expect(
			labelAnchor({
				type: 'LineString',
				coordinates: [
					[36, 35],
					[36.5, 35.5],
					[37, 36]
				]
			})
		).toEqual([36.5, 35.5]);
		expect(
			labelAnchor({
				type: 'MultiPolygon',
				coordinates: [
					[
						[
							[0, 0],
							[1, 0],
							[1, 1],
							[0, 0]
						]
					],
					[
						[
							[10, 10],
							[14, 10],
							[14, 12],
							[10, 10]
						]
					]
				]
			})
		).toEqual([12, 11]);
	});

	it('has none for a group drawn as its members or no geometry', () => {
		expect(labelAnchor(null)).toBeUndefined();
		expect(labelAnchor({ type: 'MultiPoint', coordinates: [[36, 35]] })).toBeUndefined();
	});
});
