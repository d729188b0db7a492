import { describe, expect, it, vi } from 'vitest';
import { lazy } from './lazy';

describe('lazy', () => {
	it('imports once and gives every caller the same default export', async () => {
		const load = vi.fn(async () => ({ default: 'panel' }));
		const panel = lazy(load);
		expect(load).not.toHaveBeenCalled();
		const [a, b] = await Promise.all([panel(), panel()]);
		expect([a, b, await panel()]).toEqual(['panel', 'panel', 'panel']);
		expect(load).toHaveBeenCalledTimes(1);
	});

	it('tries again after a failed import instead of keeping the failure', async () => {
		const load = vi
			.fn<() => Promise<{ default: string }>>()
			.mockRejectedValueOnce(new Error('network'))
			.mockResolvedValueOnce({ default: 'chronology' });
		const chronology = lazy(load);
		await expect(chronology()).rejects.toThrow('network');
		await expect(chronology()).resolves.toBe('chronology');
		expect(load).toHaveBeenCalledTimes(2);
	});
});
