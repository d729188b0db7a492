import { describe, expect, it } from 'vitest';
import { FirstVisitHint, HINT_DISMISSED_KEY, type HintStorage } from './first-visit.svelte';

/** An in-memory storage, as `localStorage` behaves. */
function memory(): HintStorage & { data: Map<string, string> } {
	const data = new Map<string, string>();
	return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

const today = () => '2026-11-30';

describe('FirstVisitHint', () => {
	it('shows on a first visit, and after dismissal is not shown again', () => {
		const storage = memory();
		const hint = new FirstVisitHint(() => storage, today);
		expect(hint.open).toBe(true);
		hint.dismiss();
		expect(hint.open).toBe(false);
		expect(storage.data.get(HINT_DISMISSED_KEY)).toBe('2026-11-30');
		expect(new FirstVisitHint(() => storage, today).open).toBe(false);
	});

	it('shows and dismisses without storage, and when storage throws on read and write', () => {
		const none = new FirstVisitHint(() => undefined, today);
		expect(none.open).toBe(true);
		none.dismiss();
		expect(none.open).toBe(false);

		const blocked = new FirstVisitHint(() => {
			throw new DOMException('The operation is insecure.', 'SecurityError');
		}, today);
		expect(blocked.open).toBe(true);
		expect(() => blocked.dismiss()).not.toThrow();
		expect(blocked.open).toBe(false);

		const full: HintStorage = {
			getItem: () => null,
			setItem: () => {
				throw new DOMException('Quota exceeded', 'QuotaExceededError');
			}
		};
		const quota = new FirstVisitHint(() => full, today);
		expect(() => quota.dismiss()).not.toThrow();
		expect(quota.open).toBe(false);
	});
});
