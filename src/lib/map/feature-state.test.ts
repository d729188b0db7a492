import { describe, expect, it } from 'vitest';
import { NO_EVENT, type PlaceStates } from '../view/range-index';
import { NO_STATUS, statusCode } from '../view/status';
import { featureStateUpdates, type PlacesShown } from './feature-state';

/** Four places: a town, a governorate, an observation post and a village. */
const IDS = ['saraqeb', 'idlib-governorate', 'op-4', 'kafranbel'] as const;

/**
 * Per place `[count, exists, event, status]`, in `IDS` order: `event` 1 for an event in range (the
 * first event of the data), 0 for none; `status` a typed status, none when left out.
 */
function states(...rows: [number, 0 | 1, 0 | 1, number?][]): PlaceStates {
	return {
		count: Int32Array.from(rows.map((r) => r[0])),
		exists: Uint8Array.from(rows.map((r) => r[1])),
		event: Int32Array.from(rows.map((r) => (r[2] ? 0 : NO_EVENT))),
		status: Uint8Array.from(rows.map((r) => r[3] ?? NO_STATUS))
	};
}

const FEBRUARY_2020 = states([3, 1, 1], [5, 1, 0], [0, 1, 0], [1, 1, 0]);
/** The same range one day shorter: Saraqeb's event drops out and one governorate article with it. */
const EARLY_FEBRUARY_2020 = states([3, 1, 0], [4, 1, 0], [0, 1, 0], [1, 1, 0]);
/** Before the post was set up: it does not exist and nothing names anything. */
const EARLY_2017 = states([0, 1, 0], [0, 1, 0], [0, 0, 0], [0, 1, 0]);

const shown = (s: PlaceStates, lit: string[] = [], ids: readonly string[] = IDS): PlacesShown => ({
	ids,
	states: s,
	lit: new Set(lit)
});

describe('featureStateUpdates', () => {
	it('sets every place, with its whole state, on a map that has been given nothing', () => {
		expect(featureStateUpdates(undefined, shown(FEBRUARY_2020, ['saraqeb']))).toEqual([
			{
				id: 'saraqeb',
				state: { count: 3, exists: true, active: true, event: true, status: '', selected: true }
			},
			{
				id: 'idlib-governorate',
				state: { count: 5, exists: true, active: true, event: false, status: '', selected: false }
			},
			{
				id: 'op-4',
				state: { count: 0, exists: true, active: false, event: false, status: '', selected: false }
			},
			{
				id: 'kafranbel',
				state: { count: 1, exists: true, active: true, event: false, status: '', selected: false }
			}
		]);
	});

	it('sets nothing when nothing changed, even through new arrays and a new selection set', () => {
		const before = shown(FEBRUARY_2020, ['saraqeb']);
		const again = shown(states([3, 1, 1], [5, 1, 0], [0, 1, 0], [1, 1, 0]), ['saraqeb']);
		expect(featureStateUpdates(before, again)).toEqual([]);
	});

	it('sets only the places whose count or event changed on a date change', () => {
		const updates = featureStateUpdates(shown(FEBRUARY_2020), shown(EARLY_FEBRUARY_2020));
		expect(updates.map((u) => u.id)).toEqual(['saraqeb', 'idlib-governorate']);
		expect(updates[0]!.state).toEqual({
			count: 3,
			exists: true,
			active: true,
			event: false,
			status: '',
			selected: false
		});
		expect(updates[1]!.state.count).toBe(4);
	});

	it('hides a place that no longer exists and fades those no article in range names', () => {
		const updates = featureStateUpdates(shown(FEBRUARY_2020), shown(EARLY_2017));
		expect(updates).toHaveLength(4);
		expect(updates.find((u) => u.id === 'op-4')!.state).toEqual({
			count: 0,
			exists: false,
			active: false,
			event: false,
			status: '',
			selected: false
		});
		expect(updates.find((u) => u.id === 'kafranbel')!.state.active).toBe(false);
	});

	it('sets the old and the new selection when the selection moves, and nothing else', () => {
		const updates = featureStateUpdates(
			shown(FEBRUARY_2020, ['saraqeb']),
			shown(FEBRUARY_2020, ['idlib-governorate', 'op-4'])
		);
		expect(updates.map((u) => [u.id, u.state.selected])).toEqual([
			['saraqeb', false],
			['idlib-governorate', true],
			['op-4', true]
		]);
	});

	it('counts a place that exists but is named by nothing in range as existing and not active', () => {
		const [update] = featureStateUpdates(undefined, shown(states([0, 1, 1]), [], ['saraqeb']));
		expect(update!.state).toEqual({
			count: 0,
			exists: true,
			active: false,
			event: true,
			status: '',
			selected: false
		});
	});

	it('sets a post whose status changed at the range’s end, with the status by name', () => {
		const manned = states([3, 1, 1], [5, 1, 0], [0, 1, 0, statusCode('manned')], [1, 1, 0]);
		const withdrawn = states([3, 1, 1], [5, 1, 0], [0, 1, 0, statusCode('withdrawn')], [1, 1, 0]);
		const updates = featureStateUpdates(shown(manned), shown(withdrawn));
		expect(updates).toEqual([
			{
				id: 'op-4',
				state: { count: 0, exists: true, active: false, event: false, status: 'withdrawn', selected: false }
			}
		]);
	});

	it('sets every place again when the places themselves change', () => {
		const next = shown(FEBRUARY_2020, [], [...IDS]);
		expect(featureStateUpdates(shown(FEBRUARY_2020), next)).toHaveLength(IDS.length);
	});

	it('sets a place whose state changed and only it, among many', () => {
		const n = 2000;
		const ids = Array.from({ length: n }, (_, i) => `p${i}`);
		const base: PlaceStates = {
			count: new Int32Array(n).fill(2),
			exists: new Uint8Array(n).fill(1),
			event: new Int32Array(n).fill(NO_EVENT),
			status: new Uint8Array(n)
		};
		const changed: PlaceStates = { ...base, count: base.count.slice() };
		changed.count[1234] = 3;
		const updates = featureStateUpdates(shown(base, [], ids), shown(changed, [], ids));
		expect(updates).toEqual([
			{
				id: 'p1234',
				state: { count: 3, exists: true, active: true, event: false, status: '', selected: false }
			}
		]);
	});
});
