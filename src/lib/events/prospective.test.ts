import { describe, expect, it } from 'vitest';
import { notYetBefore } from './prospective';

describe('notYetBefore', () => {
	it('reads a change about to happen as not yet happened', () => {
		expect(notYetBefore('the monitor said troops are at the point of ', 'taking control of')).toBe(true);
		expect(notYetBefore('the rebels were on the verge of ', 'capturing')).toBe(true);
		expect(notYetBefore('troops came close to ', 'storming')).toBe(true);
	});

	it('reads a pretext or aim as a purpose, not an act', () => {
		expect(notYetBefore('the town under the pretext of ', 'setting up')).toBe(true);
		expect(notYetBefore('a convoy left with the aim of ', 'reinforcing')).toBe(true);
		expect(notYetBefore('the army moved in the context of ', 'establishing')).toBe(true);
	});

	it('reads an event noun after "there will be" as future', () => {
		expect(notYetBefore('From 15 March there will be joint ', 'patrols')).toBe(true);
		expect(notYetBefore('there would be a ', 'ceasefire')).toBe(true);
	});

	it('leaves acts that happened, and nouns near a place, alone', () => {
		expect(notYetBefore('troops ', 'took control of')).toBe(false);
		expect(notYetBefore('fighting close to the ', 'ceasefire line')).toBe(false);
		expect(notYetBefore('there were joint ', 'patrols')).toBe(false);
		expect(notYetBefore('the point of ', 'capture')).toBe(false);
	});
});
