import { describe, expect, it } from 'vitest';
import { buildAliasIndex, farFromTheArticle, findMentions, type GazetteerPlace } from './match';

/** A community of the north-west as `places/communities.ts` makes it: automatic, context only, no population. */
function community(id: string, aliases: string[], lon: number, lat: number): GazetteerPlace {
	return {
		id,
		aliases,
		kind: 'village',
		curation: 'automatic',
		contextOnly: true,
		population: 0,
		sources: [`GeoNames 1 (${aliases[0]}, PPL, SY) via Who's On First 2 (whosonfirst-data-admin-sy)`],
		geometry: { type: 'Point', coordinates: [lon, lat] }
	};
}

const PLACES: GazetteerPlace[] = [
	{
		id: 'kafr-nabl',
		aliases: ['Kafr Nabl', 'Kafranbel'],
		kind: 'town',
		geometry: { type: 'Point', coordinates: [36.56, 35.61] }
	},
	{
		id: 'hish',
		aliases: ['Hish'],
		kind: 'village',
		geometry: { type: 'Point', coordinates: [36.63, 35.55] }
	},
	{
		id: 'aleppo',
		aliases: ['Aleppo'],
		kind: 'city',
		geometry: { type: 'Point', coordinates: [37.16, 36.2] }
	},
	{
		id: 'surman-post',
		aliases: ['Surman observation post'],
		kind: 'post',
		geometry: { type: 'Point', coordinates: [36.7, 35.6] }
	},
	community('tarmala', ['Tarmala'], 36.6, 35.57),
	community('bisaqla', ['Bisaqla'], 36.62, 35.63),
	community('ghazal', ['Ghazal'], 36.6, 35.6),
	community('surman', ['Surman'], 36.71, 35.6),
	community('far-village', ['Faraway'], 38.2, 36.5)
];
const index = buildAliasIndex(PLACES);
const linked = (text: string) => findMentions(text, index).map((m) => m.place);

describe('communities: linked only in place context', () => {
	it('links a community the text introduces as a village, and its name again in the article', () => {
		expect(linked('Shelling hit the village of Tarmala. Tarmala was emptied.')).toEqual([
			'tarmala',
			'tarmala'
		]);
		expect(linked('Shelling hit Tarmala village.')).toEqual(['tarmala']);
	});

	it('never links a community on its name alone', () => {
		expect(linked('Tarmala said the talks had failed.')).toEqual([]);
	});

	it('links the items of a list a plural settlement noun closes', () => {
		expect(linked('The army took Bisaqla and Tarmala villages.')).toEqual(['bisaqla', 'tarmala']);
	});

	it('links a community listed with a linked settlement near it', () => {
		expect(linked('The army took Kafr Nabl, Tarmala and Hish.')).toEqual(['kafr-nabl', 'tarmala', 'hish']);
	});

	it('links a community after "in" beside a linked settlement', () => {
		expect(linked('Near Kafr Nabl, shelling in Bisaqla killed two.')).toEqual(['kafr-nabl', 'bisaqla']);
	});

	it('leaves a community far from every settlement the article links (a namesake)', () => {
		expect(linked('Aleppo and Faraway were shelled.')).toEqual(['aleppo']);
		expect(linked('The army took the village of Faraway near Kafr Nabl.')).toEqual(['kafr-nabl']);
	});

	it('leaves the tail of a longer capitalised name', () => {
		expect(linked('The army took Midan Ghazal, Kafr Nabl and Hish.')).toEqual(['kafr-nabl', 'hish']);
	});

	it("reads a post's name as the post before the community of that name", () => {
		expect(linked('Shells fell near the Turkish observation post in Surman.')).toEqual(['surman-post']);
	});

	it('keeps a community introduced in an article that links no other settlement', () => {
		expect(
			farFromTheArticle(findMentions('Shelling hit the village of Faraway.', index), index).map(
				(m) => m.place
			)
		).toEqual(['far-village']);
	});
});
