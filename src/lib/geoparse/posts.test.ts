import { describe, expect, it } from 'vitest';
import { buildAliasIndex, findMentions, type GazetteerPlace } from './match';

/** An invented group of three posts, drawn as its members (no geometry of its own), and a town. */
const PLACES: GazetteerPlace[] = [
	{
		id: 'posts',
		kind: 'observation-post',
		aliases: ['observation posts', 'Turkish observation posts', 'military posts']
	},
	...[1, 2, 3].map((n) => ({
		id: `post-${n}`,
		kind: 'observation-post',
		geometry: { type: 'Point', coordinates: [36 + n / 10, 35.5] },
		aliases: [`observation post No. ${n}`]
	})),
	{ id: 'idlib', aliases: ['Idlib'] }
];
const index = buildAliasIndex(PLACES);
const spans = (text: string) => findMentions(text, index).map((m) => [m.surface, m.place]);

describe('a count of all the posts names the group', () => {
	it('reads a count equal to the group, in figures or in words, in a sentence naming Turkey', () => {
		expect(spans('Turkey set up 3 posts in Idlib.')).toEqual([
			['posts', 'posts'],
			['Idlib', 'idlib']
		]);
		expect(spans('Idlib, where 3 Turkish posts overlook the zone.')).toEqual([
			['Idlib', 'idlib'],
			['posts', 'posts']
		]);
		expect(spans('Unlike the three Turkish observation post around Idlib, it was new.')).toEqual([
			['observation post', 'posts'],
			['Idlib', 'idlib']
		]);
		expect(spans('Turkey has 3 monitoring points.')).toEqual([['monitoring points', 'posts']]);
	});

	it('leaves the group to its own aliases where one matches inside the count', () => {
		// The alias's own span: the owner is left out of the name, as everywhere.
		expect(spans('Turkey has 3 Turkish observation posts.')).toEqual([['observation posts', 'posts']]);
		expect(spans('Turkey has 3 military posts.')).toEqual([['military posts', 'posts']]);
	});

	it('reads no other count, no count without Turkey and no count across a line', () => {
		expect(spans('Turkey set up 2 posts in Idlib.')).toEqual([['Idlib', 'idlib']]);
		expect(spans('The army set up 3 posts in Idlib.')).toEqual([['Idlib', 'idlib']]);
		expect(spans('Turkey. The rebels hold 3 points.')).toEqual([]);
		expect(spans('Turkey set up 3\nposts.')).toEqual([]);
	});
});
