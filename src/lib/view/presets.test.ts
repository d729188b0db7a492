import { describe, expect, it } from 'vitest';
import { monthRange, stepRange } from './presets';

describe('timeline stepping', () => {
	it('moves a range by its own inclusive length', () => {
		expect(stepRange({ from: '2020-02-07', to: '2020-02-07' }, 1)).toEqual({
			from: '2020-02-08',
			to: '2020-02-08'
		});
		expect(stepRange({ from: '2020-02-01', to: '2020-02-10' }, -1)).toEqual({
			from: '2020-01-22',
			to: '2020-01-31'
		});
		expect(stepRange({ from: '2020-02-01' }, 1)).toEqual({ from: '2020-02-01' });
	});

	it('gives whole months', () => {
		expect(monthRange('2020-02')).toEqual({ from: '2020-02-01', to: '2020-02-29' });
		expect(monthRange('2025-06')).toEqual({ from: '2025-06-01', to: '2025-06-30' });
	});
});
