import { describe, expect, it } from 'vitest';
import { compromiseMentions, UNMATCHED } from './baseline';
import { buildAliasIndex } from '../../src/lib/geoparse/match';

const index = buildAliasIndex([
	{ id: 'idlib-governorate', aliases: ['Idlib', 'Idlib province'] },
	{
		id: 'idlib-city',
		aliases: ['Idlib', 'Idlib city'],
		seatOf: 'idlib-governorate',
		bareName: 'governorate'
	},
	{ id: 'ankara', aliases: ['Ankara'] },
	{ id: 'moscow', aliases: ['Moscow'] }
]);

describe('compromiseMentions', () => {
	it('links what compromise tags as places to curated ids, and marks the rest unmatched', () => {
		const text = 'Turkey said Ankara would not leave Idlib province to the regime, Moscow said.';
		const found = compromiseMentions(text, index);
		expect(found.map((m) => m.place)).toEqual([
			`${UNMATCHED}turkey`,
			'ankara',
			'idlib-governorate',
			'moscow'
		]);
		for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.surface);
	});

	it('drops a possessive before looking the name up', () => {
		const text = "Fighting resumed on the edge of Idlib's countryside as Ankara's convoy arrived.";
		const ankara = compromiseMentions(text, index).find((m) => m.surface === 'Ankara');
		expect(ankara).toMatchObject({ place: 'ankara', start: 55, end: 61 });
	});
});
