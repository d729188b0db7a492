import { describe, expect, it } from 'vitest';
import { listSpellings } from './spellings';

describe('listSpellings', () => {
	it('lists spellings before the phrases built on a name, each in its given order', () => {
		expect(
			listSpellings('Kafr Nabl', ['Kafr Nabl town', 'Kafranbel', 'town of Kafranbel', 'Kfar Nubl'])
		).toEqual({ shown: ['Kafranbel', 'Kfar Nubl', 'Kafr Nabl town', 'town of Kafranbel'], more: [] });
	});

	it('drops the name itself and repeats that differ only in case or punctuation', () => {
		expect(listSpellings('Tell Rifat', ['tell rifat', 'Tall Rifaat', 'Tall-Rifaat', 'Tel Rifat'])).toEqual({
			shown: ['Tall Rifaat', 'Tel Rifat'],
			more: []
		});
	});

	it('keeps the names past the limit behind "more", phrases last', () => {
		const list = listSpellings('Post 9', ['A', 'B', 'C', 'post at A', 'D'], 3);
		expect(list.shown).toEqual(['A', 'B', 'C']);
		expect(list.more).toEqual(['D', 'post at A']);
	});

	it('does not take a name for a phrase of another because one is inside a word of it', () => {
		expect(listSpellings('Hass', ['Hass village', 'Hassa']).shown).toEqual(['Hassa', 'Hass village']);
	});

	it('gives nothing to show when there is no other name', () => {
		expect(listSpellings('Idlib', ['Idlib', ' '])).toEqual({ shown: [], more: [] });
	});
});
