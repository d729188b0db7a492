/**
 * Whether the first-visit hint shows: on a visit until it is dismissed, and never again once it has
 * been, remembered in the browser's storage. Storage may be missing or refuse (a private window, a
 * policy that blocks it, a full quota): reading it then counts as a first visit and writing it is
 * skipped, so the hint can still be dismissed for the page's lifetime and nothing throws.
 */

import { isoDay } from '../core/dates';

/** The part of the Web Storage API the hint uses. */
export interface HintStorage {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
}

/** The storage key; its value is the day the hint was dismissed. */
export const HINT_DISMISSED_KEY = 'idlib-explorer:first-visit-hint-dismissed';

export class FirstVisitHint {
	#open = $state(false);
	readonly #storage: () => HintStorage | null | undefined;

	/**
	 * `storage` is asked for lazily and may throw (reading `window.localStorage` throws a SecurityError
	 * where storage is blocked); `today` dates the dismissal.
	 */
	constructor(
		storage: () => HintStorage | null | undefined,
		readonly today = () => isoDay(Math.floor(Date.now() / 86_400_000))
	) {
		this.#storage = storage;
		this.#open = !this.#read();
	}

	/** True while the hint is to be shown. */
	get open(): boolean {
		return this.#open;
	}

	/** Hides the hint, and remembers that it was dismissed when storage allows. */
	dismiss(): void {
		this.#open = false;
		try {
			this.#storage()?.setItem(HINT_DISMISSED_KEY, this.today());
		} catch {
			// Storage refused the write: the hint stays dismissed for this page only.
		}
	}

	/** Whether storage says the hint was dismissed before. */
	#read(): boolean {
		try {
			return !!this.#storage()?.getItem(HINT_DISMISSED_KEY);
		} catch {
			return false;
		}
	}
}
