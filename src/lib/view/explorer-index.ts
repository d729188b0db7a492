/**
 * `data/explorer.json` as the page looks things up in it, built once when the data arrives: the places
 * in order and by id, the range index the counts run over, the timeline's monthly bins, and a place's
 * list of articles. Keeping these together spares the page a row of lookups that all mean "the data".
 */
import type { ExplorerData, ExplorerEvent, ExplorerPlace } from '../data/explorer-data';
import { monthlyCounts, type MonthBin } from './histogram';
import { buildRangeIndex, type RangeIndex } from './range-index';

export interface ExplorerIndex {
	/** Every place, in the order of the range index's per-place arrays. */
	places: ExplorerPlace[];
	/** Their ids, in the same order (the map's feature ids). */
	ids: string[];
	byId: ReadonlyMap<string, ExplorerPlace>;
	/** The decoded article index the date counts run over. */
	range: RangeIndex;
	/** Articles per month, for the timeline. */
	bins: MonthBin[];
	/** The ascending positions of the articles a place's panel stands for; undefined for an unknown id. */
	listOf(id: string): Uint32Array | undefined;
	/** The name of the group a place belongs to (an observation post's), for its panel. */
	groupName(place: ExplorerPlace): string | undefined;
	/** The events at a place, oldest first (empty for none or an unknown id). */
	eventsOf(id: string): readonly ExplorerEvent[];
}

export function indexExplorer(data: ExplorerData): ExplorerIndex {
	const places = data.places.features;
	const ids = places.map((f) => f.id);
	const byId = new Map(places.map((f) => [f.id, f]));
	const position = new Map(ids.map((id, i) => [id, i]));
	const range = buildRangeIndex(data);
	const events = new Map<string, ExplorerEvent[]>();
	for (const event of data.events) {
		for (const id of event.places) {
			const list = events.get(id);
			if (list) list.push(event);
			else events.set(id, [event]);
		}
	}
	return {
		places,
		ids,
		byId,
		range,
		bins: monthlyCounts(range.days),
		listOf(id) {
			const i = position.get(id);
			return i === undefined ? undefined : range.lists[i];
		},
		groupName(place) {
			return place.properties.partOf ? byId.get(place.properties.partOf)?.properties.name : undefined;
		},
		eventsOf(id) {
			return events.get(id) ?? [];
		}
	};
}
