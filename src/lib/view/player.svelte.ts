/**
 * Playback of the date range: it steps the range through time, a week or a month at a time with its
 * length kept (`playbackStep`), until the data's last day, and can be paused, stepped by hand and
 * sped up or slowed down. The range itself stays where it always is, in the view's URL state: each
 * step goes through `setRange`, which `ViewUrl` writes with `replaceState`, so playing a year does not
 * leave a year of history entries behind.
 *
 * With `prefers-reduced-motion` playback still runs, but never faster than one step every
 * `SLOWEST_MS` (the slow speed): the map's labels and symbols change at every step, and fewer changes
 * are easier to follow. It never moves the camera at all.
 */
import type { DateRange } from '../core/range';
import { playbackStart, playbackStep, unitFor, type StepUnit } from './presets';

/** The speeds offered, slowest first: how long each range stays on screen before the next. */
export const SPEEDS = [
	{ id: 'slow', label: 'Slow', ms: 4000 },
	{ id: 'normal', label: 'Normal', ms: 2000 },
	{ id: 'fast', label: 'Fast', ms: 1000 }
] as const;
export type SpeedId = (typeof SPEEDS)[number]['id'];

/** The interval of the slow speed, the fastest playback runs with reduced motion. */
export const SLOWEST_MS = SPEEDS[0].ms;

export interface PlayerOptions {
	/** The current range, read at every step, so a change made meanwhile by hand is carried on from. */
	range: () => DateRange;
	setRange: (range: DateRange) => void;
	/** The first and last day of the data (`YYYY-MM-DD`): where playback starts and stops. */
	extent: () => { first: string; last: string } | undefined;
	/** Whether the person asked for reduced motion (`prefers-reduced-motion: reduce`). */
	reducedMotion?: () => boolean;
}

/**
 * The player's state (playing, speed, step unit) as reactive fields, and the timer that steps. Call
 * `dispose` on teardown to stop the timer.
 */
export class Player {
	#playing = $state(false);
	#speed = $state<SpeedId>('normal');
	/** The unit chosen by hand; until then the range's own (`unitFor`). */
	#unit = $state<StepUnit>();
	#timer: ReturnType<typeof setTimeout> | undefined;
	readonly #options: PlayerOptions;

	constructor(options: PlayerOptions) {
		this.#options = options;
	}

	get playing(): boolean {
		return this.#playing;
	}
	get speed(): SpeedId {
		return this.#speed;
	}
	/** How far a step moves the range: the unit chosen, or the one that suits the range. */
	get unit(): StepUnit {
		return this.#unit ?? unitFor(this.#options.range());
	}
	get reducedMotion(): boolean {
		return this.#options.reducedMotion?.() ?? false;
	}
	/** Milliseconds between steps: the speed's, and never under `SLOWEST_MS` with reduced motion. */
	get interval(): number {
		const ms = SPEEDS.find((s) => s.id === this.#speed)!.ms;
		return this.reducedMotion ? Math.max(ms, SLOWEST_MS) : ms;
	}

	setSpeed(speed: SpeedId): void {
		if (!SPEEDS.some((s) => s.id === speed)) return;
		this.#speed = speed;
		if (this.#playing) this.#schedule();
	}

	setUnit(unit: StepUnit): void {
		this.#unit = unit;
	}

	/**
	 * Starts stepping. An open range first becomes the data's first week or month; a range already at
	 * the end of the data starts again from there.
	 */
	play(): void {
		if (this.#playing) return;
		const extent = this.#options.extent();
		if (!extent) return;
		const range = this.#options.range();
		if (!range.from || !range.to || this.#past(playbackStep(range, this.unit, 1), extent.last))
			this.#options.setRange(playbackStart(extent.first, this.unit));
		this.#playing = true;
		this.#schedule();
	}

	pause(): void {
		this.#playing = false;
		clearTimeout(this.#timer);
		this.#timer = undefined;
	}

	toggle(): void {
		if (this.#playing) this.pause();
		else this.play();
	}

	/**
	 * One step by hand, back or forward; it pauses playback. From an open range it goes to the data's
	 * first week or month; a step past either end of the data is not taken.
	 */
	step(direction: 1 | -1): void {
		this.pause();
		const extent = this.#options.extent();
		if (!extent) return;
		const range = this.#options.range();
		if (!range.from || !range.to) {
			this.#options.setRange(playbackStart(extent.first, this.unit));
			return;
		}
		const next = playbackStep(range, this.unit, direction);
		if (direction === 1 ? this.#past(next, extent.last) : next.to! < extent.first) return;
		this.#options.setRange(next);
	}

	/** Stops the timer; the page calls it when it is torn down. */
	dispose(): void {
		this.pause();
	}

	/** True when a range starts after the data's last day: playback has nothing more to show. */
	#past(range: DateRange, last: string): boolean {
		return !!range.from && range.from > last;
	}

	#schedule(): void {
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => this.#tick(), this.interval);
	}

	#tick(): void {
		this.#timer = undefined;
		if (!this.#playing) return;
		const extent = this.#options.extent();
		const range = this.#options.range();
		const next = playbackStep(range, this.unit, 1);
		if (!extent || !range.from || !range.to || this.#past(next, extent.last)) {
			this.pause();
			return;
		}
		this.#options.setRange(next);
		this.#schedule();
	}
}
