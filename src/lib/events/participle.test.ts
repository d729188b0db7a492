import { describe, expect, it } from 'vitest';
import { describesForce } from './participle';

describe('describesForce', () => {
	it('reads "the soldiers deployed near X" followed by their own verb as a description', () => {
		expect(describesForce('The army soldiers ', 'deployed', ' airbase stormed the positions.')).toBe(true);
		expect(describesForce('the men ', 'deployed', ' are 40 km away from the coast now.')).toBe(true);
		expect(describesForce('Turkish troops ', 'deployed', ' were shelled on Monday.')).toBe(true);
		expect(describesForce('The soldiers ', 'deployed in', ' stormed the rebel positions.')).toBe(true);
	});

	it("reads a deployment that is the sentence's own verb as one", () => {
		expect(describesForce('Troops ', 'deployed', ' on Monday.')).toBe(false);
		expect(describesForce('Reinforcements were ', 'deployed', ' are there now.')).toBe(false);
		expect(describesForce('Troops ', 'sent', ' are 40 km away.')).toBe(false);
		expect(describesForce('Turkey ', 'deployed', ' troops are there.')).toBe(false);
	});
});
