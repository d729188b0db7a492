/**
 * The event labels in the labels source (`LABELS_SOURCE`): one point per label the view chose (`src/lib/view/event-labels.ts`),
 * at its place's anchor, with the text, whether the place is selected and the order the labels are
 * placed in (newest first). Pure, so it is tested without a map.
 */
import type { EventLabel } from '../view/event-labels';
import type { LabelRole } from './layers';

/** The features for `labels`; a label whose place has no anchor is left out. */
export function eventLabelCollection(
	labels: readonly EventLabel[],
	anchors: ReadonlyMap<string, [number, number]>
): GeoJSON.FeatureCollection<GeoJSON.Point> {
	const features: GeoJSON.Feature<GeoJSON.Point>[] = [];
	labels.forEach((label, order) => {
		const at = anchors.get(label.place);
		if (!at) return;
		features.push({
			type: 'Feature',
			geometry: { type: 'Point', coordinates: at },
			properties: {
				role: 'event' satisfies LabelRole,
				placeId: label.place,
				event: label.event,
				text: label.text,
				selected: label.selected,
				broad: label.broad,
				order
			}
		});
	});
	return { type: 'FeatureCollection', features };
}

/**
 * A key that changes exactly when the drawn labels would: the map's part compares it with the last one
 * so a date change that leaves the labels as they were does not touch the source.
 */
export function eventLabelsKey(labels: readonly EventLabel[]): string {
	return labels.map((l) => `${l.place}\u0000${l.event}\u0000${l.selected ? 1 : 0}`).join('\u0001');
}
