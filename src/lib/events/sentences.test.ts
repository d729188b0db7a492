import { describe, expect, it } from 'vitest';
import { sentenceRanges } from './sentences';

describe('sentenceRanges', () => {
	it('splits at end punctuation before a capital and at line breaks, not after abbreviations or initials', () => {
		const text = 'Troops moved on Oct. 15 to the U.S. line. Then they left.\n\n## Next\nA third one!';
		const parts = sentenceRanges(text).map((r) => text.slice(r.start, r.end));
		expect(parts).toEqual([
			'Troops moved on Oct. 15 to the U.S. line.',
			'Then they left.',
			'Next',
			'A third one!'
		]);
	});
});
