/**
 * `data/explorer.json` as the page looks things up in it, built once when the data arrives: the places
 * in order and by id, the range index the states run over, the counts by month, the timeline's monthly
 * bins. Keeping these together spares the page a row of lookups that all mean "the data".
 */
import type { ExplorerData, ExplorerEvent, ExplorerPlace } from '../data/explorer-data';
import { buildCountIndex, monthBins, type CountIndex } from './counts';
import type { MonthBin } from './histogram';
import { buildRangeIndex, type RangeIndex } from './range-index';

export interface ExplorerIndex {
	/** Every place, in the order of the range index's per-place arrays. */
	places: ExplorerPlace[];
	/** Their ids, in the same order (the map's feature ids). */
	ids: string[];
	byId: ReadonlyMap<string, ExplorerPlace>;
	/** A place's index in `places` by id. */
	indexOf: ReadonlyMap<string, number>;
	/** The decoded places' establishment, events and statuses. */
	range: RangeIndex;
	/** The articles counted by month, per place and per outlet. */
	counts: CountIndex;
	/** Articles per month, for the timeline. */
	bins: MonthBin[];
	/** The name of the group a place belongs to (an observation post's), for its panel. */
	groupName(place: ExplorerPlace): string | undefined;
	/** The events at a place, oldest first (empty for none or an unknown id). */
	eventsOf(id: string): readonly ExplorerEvent[];
	/** The ids of the places whose group is one of `ids` (an observation post of "the posts"). */
	membersOf(ids: readonly string[]): string[];
}

export function indexExplorer(data: ExplorerData): ExplorerIndex {
	const places = data.places.features;
	const ids = places.map((f) => f.id);
	const byId = new Map(places.map((f) => [f.id, f]));
	const indexOf = new Map(ids.map((id, i) => [id, i]));
	const range = buildRangeIndex(data);
	const counts = buildCountIndex(data);
	const events = new Map<string, ExplorerEvent[]>();
	for (const event of data.events) {
		for (const id of event.places) {
			const list = events.get(id);
			if (list) list.push(event);
			else events.set(id, [event]);
		}
	}
	const members = new Map<string, string[]>();
	for (const p of places) {
		const group = p.properties.partOf;
		if (!group) continue;
		const list = members.get(group);
		if (list) list.push(p.id);
		else members.set(group, [p.id]);
	}
	return {
		places,
		ids,
		byId,
		indexOf,
		range,
		counts,
		bins: monthBins(counts),
		groupName(place) {
			return place.properties.partOf ? byId.get(place.properties.partOf)?.properties.name : undefined;
		},
		eventsOf(id) {
			return events.get(id) ?? [];
		},
		membersOf(list) {
			return list.flatMap((id) => members.get(id) ?? []);
		}
	};
}
