/**
 * What the map is told when the date range, the counts or the selection change: the feature state of
 * just the places whose state differs from what the map was last given. A date change touches a handful
 * of places out of thousands, and every `setFeatureState` costs the map work, so this diff is what keeps
 * a date change fast. Pure, so it is tested without a map.
 */
import { NO_EVENT, type PlaceStates } from '../view/range-index';
import { statusOfCode } from '../view/status';
import type { PlaceFeatureState } from './layers';
import { inRange } from './place-names';

/** Everything the map shows of the places, as given to it at one moment. */
export interface PlacesShown {
	/** The place id of each index of `states`. */
	ids: readonly string[];
	/** Per place index: count in range, exists, latest event in range, status. */
	states: PlaceStates;
	/** Places drawn as selected: the selection and the members of a selected group. */
	lit: ReadonlySet<string>;
}

/** The feature state these parts own; hover and pointing are set on their own, as the pointer or a list moves. */
export type RangeFeatureState = Omit<PlaceFeatureState, 'hovered' | 'pointed'>;

/** One `setFeatureState` call: a place's id in the places source and its whole range state. */
export interface FeatureStateUpdate {
	id: string;
	state: RangeFeatureState;
}

/**
 * The `setFeatureState` calls that take the map from `previous` to `next`: one per place whose count,
 * existence, event, status or selection differs, each carrying the place's whole state (the keys are few and a
 * call costs the same either way). With no `previous` (a new map), or when the places themselves
 * changed (another `ids` array), every place is set.
 */
export function featureStateUpdates(
	previous: PlacesShown | undefined,
	next: PlacesShown
): FeatureStateUpdate[] {
	const before = previous && previous.ids === next.ids ? previous : undefined;
	const { ids, lit } = next;
	const { count, exists, event, status } = next.states;
	const updates: FeatureStateUpdate[] = [];
	for (let i = 0; i < ids.length; i++) {
		const id = ids[i]!;
		const on = lit.has(id);
		if (
			before &&
			before.states.count[i] === count[i] &&
			before.states.exists[i] === exists[i] &&
			before.states.event[i] === event[i] &&
			before.states.status[i] === status[i] &&
			before.lit.has(id) === on
		)
			continue;
		updates.push({
			id,
			state: {
				count: count[i]!,
				exists: exists[i] === 1,
				active: inRange(next.states, i),
				event: event[i] !== NO_EVENT,
				status: statusOfCode(status[i]!) ?? '',
				selected: on
			}
		});
	}
	return updates;
}
