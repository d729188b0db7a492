import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deltaDecode, deltaEncode } from './delta';

describe('delta coding', () => {
	it('writes the first value, then the steps', () => {
		expect(deltaEncode([3, 5, 9, 9])).toEqual([3, 2, 4, 0]);
		expect(deltaEncode([])).toEqual([]);
	});

	it('decodes what it encodes, for any ascending list', () => {
		fc.assert(
			fc.property(fc.array(fc.nat({ max: 1_000_000 })), (raw) => {
				const sorted = [...raw].sort((a, b) => a - b);
				const back = deltaDecode(deltaEncode(sorted), new Uint32Array(sorted.length));
				expect([...back]).toEqual(sorted);
			})
		);
	});

	it('keeps negative values in a signed array', () => {
		expect([...deltaDecode(deltaEncode([-5, -2, 7]), new Int32Array(3))]).toEqual([-5, -2, 7]);
	});

	it('refuses an array of the wrong length', () => {
		expect(() => deltaDecode([1, 2], new Int32Array(1))).toThrow(RangeError);
	});
});
