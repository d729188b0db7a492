import { describe, expect, it } from 'vitest';
import { preventedBefore } from './prevented';

describe('preventedBefore', () => {
	it('reads a verb of keeping something from happening a few words before the event word', () => {
		expect(preventedBefore('The pact aims to stave off a large army ')).toBe(true);
		expect(preventedBefore('a step that has prevented a major ')).toBe(true);
		expect(preventedBefore('Talks were held to avert an ')).toBe(true);
		expect(preventedBefore('in a bid to head off a feared ')).toBe(true);
		expect(preventedBefore('a truce that avoided a major government ')).toBe(true);
	});

	it('does not reach past a clause break or too many words', () => {
		expect(preventedBefore('They tried to prevent a panic, but then the ')).toBe(false);
		expect(preventedBefore('Troops averted a crisis and launched an ')).toBe(false);
		expect(preventedBefore('a move to avert the flight of many thousands of frightened families ')).toBe(
			false
		);
	});

	it('leaves verbs of repelling to the words around them', () => {
		expect(preventedBefore('Guards fended off an ')).toBe(false);
		expect(preventedBefore('Security had warded off drone ')).toBe(false);
		expect(preventedBefore('Troops repelled an ')).toBe(false);
	});
});
