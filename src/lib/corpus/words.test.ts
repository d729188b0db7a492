import { describe, expect, it } from 'vitest';
import { TERMINAL, withoutBullet, wordCount } from './words';

describe('words', () => {
	it('counts words however many spaces part them', () => {
		expect(wordCount('  Troops   enter the town ')).toBe(4);
		expect(wordCount('')).toBe(0);
	});

	it.each([
		['The army entered the town.', true],
		['“We have nowhere to go.”', true],
		['The villages taken are:', true],
		['Troops enter the town', false]
	])('reads a sentence’s end in %s', (line, ends) => {
		expect(TERMINAL.test(line)).toBe(ends);
	});

	it('reads a line without its list bullet', () => {
		expect(withoutBullet('• Troops enter the town')).toBe('Troops enter the town');
		expect(withoutBullet('Troops enter the town')).toBe('Troops enter the town');
	});
});
