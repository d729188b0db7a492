import { describe, expect, it, vi } from 'vitest';

describe('arrival', () => {
	it('says the page came from its address until the router shows another page', async () => {
		vi.resetModules();
		const arrival = await import('./arrival');
		expect(arrival.loadedFromAddress()).toBe(true);
		arrival.noteRouted();
		expect(arrival.loadedFromAddress()).toBe(false);
		arrival.noteRouted();
		expect(arrival.loadedFromAddress()).toBe(false);
	});
});
