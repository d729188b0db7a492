/**
 * Which event labels the map writes for a date range, and what they say. A place's label is its latest
 * event in the range (`placeStates`' `event`), so stepping from January to February 2020 moves
 * Saraqeb's label on to what happened there in February rather than repeating its first event. The
 * selected place keeps a label even when nothing happened there in the range: its latest event up to
 * the range's end, since that is the situation the analyst opened it to see.
 *
 * The result lists only labels to draw: the map keeps them in a small source of their own, so a label
 * that is not shown takes no room from the place names (see `src/lib/map/layers.ts`). It is in the
 * order the map tries to place them where they collide: the towns where the front line moved first,
 * then the military sites, the roads and last the areas (whose "convoy sent to Idlib" has no one point
 * to stand at); within each, the newest event first. An event at several places (four posts besieged
 * in one report) is written once, at the first of them.
 */
import type { ExplorerEvent, ExplorerPlace, PlaceKind } from '../data/explorer-data';
import type { DateRange } from '../core/range';
import { eventLabelText } from './events';
import { layerOfKind, type LayerId } from './layers';
import { latestEventUpTo, NO_EVENT, type PlaceStates, type RangeIndex } from './range-index';

/** One label for the map: the place it stands beside, its text, and whether the place is selected. */
export interface EventLabel {
	place: string;
	/** The event's id in `ExplorerData.events`. */
	event: string;
	text: string;
	/** The event's first day, for ordering: the map places newer events first when labels collide. */
	date: string;
	selected: boolean;
	/**
	 * At a road or an area, which has no one point to stand at: the map places these after the place
	 * names, where the towns' and sites' event labels come before them.
	 */
	broad: boolean;
}

/** Tiers from this one on are roads and areas (`EventLabel.broad`). */
const BROAD_TIER = 2;

/** Which places' event labels the map tries first (smallest first). */
const LABEL_TIER: Record<PlaceKind, number> = {
	city: 0,
	town: 0,
	village: 0,
	mountain: 0,
	capital: 0,
	plain: 0,
	crossing: 0,
	camp: 0,
	airport: 1,
	'observation-post': 1,
	'air-base': 1,
	'naval-base': 1,
	highway: 2,
	zone: 3,
	governorate: 3,
	province: 3,
	district: 3
};

export interface EventLabelInput {
	places: readonly ExplorerPlace[];
	events: readonly ExplorerEvent[];
	index: RangeIndex;
	states: PlaceStates;
	range: DateRange;
	/** The open place's id, if any. */
	selected?: string;
	/** The registry layers shown: a place whose layer is hidden gets no label either. */
	layers: readonly LayerId[];
}

/**
 * The labels to draw, in the order the map places them (see above), the selected place's included.
 * Places that do not exist on the range's last day and places of hidden layers get none.
 */
export function eventLabels({
	places,
	events,
	index,
	states,
	range,
	selected,
	layers
}: EventLabelInput): EventLabel[] {
	const shown = new Set(layers);
	const candidates: (Omit<EventLabel, 'broad'> & { tier: number })[] = [];
	places.forEach((place, i) => {
		if (!states.exists[i]) return;
		const layer = layerOfKind(place.properties.kind);
		if (!layer || !shown.has(layer)) return;
		const isSelected = place.id === selected;
		let e = states.event[i]!;
		if (e === NO_EVENT && isSelected) e = latestEventUpTo(index, i, range);
		const event = events[e];
		if (!event) return;
		candidates.push({
			place: place.id,
			event: event.id,
			text: eventLabelText(event),
			date: event.date,
			selected: isSelected,
			tier: LABEL_TIER[place.properties.kind]
		});
	});
	candidates.sort(
		(a, b) =>
			Number(b.selected) - Number(a.selected) ||
			a.tier - b.tier ||
			b.date.localeCompare(a.date) ||
			a.place.localeCompare(b.place)
	);
	const written = new Set<string>();
	const out: EventLabel[] = [];
	for (const c of candidates) {
		if (written.has(c.event)) continue;
		written.add(c.event);
		out.push({
			place: c.place,
			event: c.event,
			text: c.text,
			date: c.date,
			selected: c.selected,
			broad: c.tier >= BROAD_TIER
		});
	}
	return out;
}
