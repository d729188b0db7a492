import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DateRange } from '../core/range';
import { Player, SLOWEST_MS, SPEEDS } from './player.svelte';

const NORMAL_MS = SPEEDS.find((s) => s.id === 'normal')!.ms;
const FAST_MS = SPEEDS.find((s) => s.id === 'fast')!.ms;

/** A player over data from January 2018 to the end of March 2020, with the range kept in memory. */
function setUp(start: DateRange = {}, reduced = false) {
	let range = start;
	const ranges: DateRange[] = [];
	const player = new Player({
		range: () => range,
		setRange: (r) => {
			range = r;
			ranges.push(r);
		},
		extent: () => ({ first: '2018-01-10', last: '2020-03-31' }),
		reducedMotion: () => reduced
	});
	return {
		player,
		ranges,
		get range() {
			return range;
		},
		set range(r: DateRange) {
			range = r;
		}
	};
}

describe('Player', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('steps a month range a month at a time, at the chosen speed', () => {
		const t = setUp({ from: '2020-01-01', to: '2020-01-31' });
		t.player.play();
		expect(t.player.playing).toBe(true);
		expect(t.ranges).toEqual([]);
		vi.advanceTimersByTime(NORMAL_MS);
		expect(t.range).toEqual({ from: '2020-02-01', to: '2020-02-29' });
		vi.advanceTimersByTime(NORMAL_MS - 1);
		expect(t.ranges).toHaveLength(1);
		vi.advanceTimersByTime(1);
		expect(t.range).toEqual({ from: '2020-03-01', to: '2020-03-31' });
	});

	it('stops at the end of the data, and starts again from the beginning when played there', () => {
		const t = setUp({ from: '2020-02-01', to: '2020-02-29' });
		t.player.play();
		vi.advanceTimersByTime(NORMAL_MS * 5);
		expect(t.range).toEqual({ from: '2020-03-01', to: '2020-03-31' });
		expect(t.player.playing).toBe(false);
		t.player.play();
		expect(t.range).toEqual({ from: '2018-01-01', to: '2018-01-31' });
	});

	it('starts an open range at the data’s first month or week', () => {
		const t = setUp();
		t.player.play();
		expect(t.range).toEqual({ from: '2018-01-10', to: '2018-01-16' });
		vi.advanceTimersByTime(NORMAL_MS);
		expect(t.range).toEqual({ from: '2018-01-17', to: '2018-01-23' });
		const m = setUp();
		m.player.setUnit('month');
		m.player.play();
		expect(m.range).toEqual({ from: '2018-01-01', to: '2018-01-31' });
	});

	it('pauses, and a paused player does not step', () => {
		const t = setUp({ from: '2019-01-01', to: '2019-01-31' });
		t.player.toggle();
		vi.advanceTimersByTime(NORMAL_MS);
		t.player.toggle();
		expect(t.player.playing).toBe(false);
		vi.advanceTimersByTime(NORMAL_MS * 10);
		expect(t.ranges).toEqual([{ from: '2019-02-01', to: '2019-02-28' }]);
	});

	it('steps back and forward by hand, pausing, and not past the data', () => {
		const t = setUp({ from: '2020-02-01', to: '2020-02-29' });
		t.player.play();
		t.player.step(-1);
		expect(t.player.playing).toBe(false);
		expect(t.range).toEqual({ from: '2020-01-01', to: '2020-01-31' });
		t.player.step(1);
		t.player.step(1);
		expect(t.range).toEqual({ from: '2020-03-01', to: '2020-03-31' });
		t.player.step(1);
		expect(t.range).toEqual({ from: '2020-03-01', to: '2020-03-31' });
		t.range = { from: '2018-01-01', to: '2018-01-31' };
		t.player.step(-1);
		expect(t.range).toEqual({ from: '2018-01-01', to: '2018-01-31' });
		vi.advanceTimersByTime(NORMAL_MS * 3);
		expect(t.ranges).toHaveLength(3);
	});

	it('keeps a week’s length, and carries on from a range changed by hand while playing', () => {
		const t = setUp({ from: '2020-02-06', to: '2020-02-07' });
		expect(t.player.unit).toBe('week');
		t.player.play();
		vi.advanceTimersByTime(NORMAL_MS);
		expect(t.range).toEqual({ from: '2020-02-13', to: '2020-02-14' });
		t.range = { from: '2019-05-01', to: '2019-05-31' };
		vi.advanceTimersByTime(NORMAL_MS);
		expect(t.range).toEqual({ from: '2019-06-01', to: '2019-06-30' });
	});

	it('changes speed while playing', () => {
		const t = setUp({ from: '2019-01-01', to: '2019-01-31' });
		t.player.play();
		t.player.setSpeed('fast');
		expect(t.player.interval).toBe(FAST_MS);
		vi.advanceTimersByTime(FAST_MS);
		expect(t.ranges).toHaveLength(1);
	});

	it('never steps faster than the slow speed with reduced motion', () => {
		const t = setUp({ from: '2019-01-01', to: '2019-01-31' }, true);
		t.player.setSpeed('fast');
		expect(t.player.interval).toBe(SLOWEST_MS);
		t.player.play();
		vi.advanceTimersByTime(SLOWEST_MS - 1);
		expect(t.ranges).toHaveLength(0);
		vi.advanceTimersByTime(1);
		expect(t.ranges).toHaveLength(1);
	});

	it('stops its timer when disposed', () => {
		const t = setUp({ from: '2019-01-01', to: '2019-01-31' });
		t.player.play();
		t.player.dispose();
		vi.advanceTimersByTime(NORMAL_MS * 3);
		expect(t.ranges).toEqual([]);
		expect(vi.getTimerCount()).toBe(0);
	});
});
