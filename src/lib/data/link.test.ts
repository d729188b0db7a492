import { describe, expect, it } from 'vitest';
import { buildAliasIndex } from '../geoparse/match';
import { isLink, linkArticle } from './link';

const index = buildAliasIndex([
	{ id: 'beirut', aliases: ['Beirut'] },
	{ id: 'saraqeb', aliases: ['Saraqeb'] },
	{
		id: 'ruwayha-city',
		aliases: ['Ruwayha', 'Ruwayha city'],
		seatOf: 'ruwayha-province',
		bareName: 'governorate'
	},
	{ id: 'ruwayha-province', aliases: ['Ruwayha', 'Ruwayha province'] }
]);

describe('linkArticle', () => {
	it('marks the places of the dateline, which do not link the article', () => {
		const mentions = linkArticle('BEIRUT (Reuters) - Troops entered Saraqeb. Beirut said nothing.', index);
		expect(mentions.map((m) => `${m.surface}:${m.role ?? 'link'}`)).toEqual([
			'BEIRUT:dateline',
			'Saraqeb:link',
			'Beirut:link'
		]);
		expect(mentions.filter(isLink).map((m) => m.place)).toEqual(['saraqeb', 'beirut']);
	});

	it('finds a dateline on its own line under a standfirst, and marks only its places', () => {
		const body = '## Shelling of Saraqeb goes on\n\nBEIRUT\n\nTroops entered Saraqeb.';
		expect(linkArticle(body, index).map((m) => `${m.surface}:${m.role ?? 'link'}`)).toEqual([
			'Saraqeb:link',
			'BEIRUT:dateline',
			'Saraqeb:link'
		]);
	});

	it('reads a bare seat name in a dateline as the city the story was filed from', () => {
		const [filed, ...rest] = linkArticle(
			'RUWAYHA, Syria\n\nShelling hit Ruwayha and Ruwayha province.',
			index
		);
		expect(filed).toMatchObject({ place: 'ruwayha-city', role: 'dateline' });
		expect(rest.map((m) => m.place)).toEqual(['ruwayha-province', 'ruwayha-province']);
		expect(linkArticle('RUWAYHA PROVINCE - Shelling went on.', index)[0]?.place).toBe('ruwayha-province');
		expect(linkArticle('RUWEIHA, Syria - Shelling went on.', index)[0]).toMatchObject({
			place: 'ruwayha-city',
			role: 'dateline'
		});
	});

	it('leaves a body without a dateline as the geoparser found it', () => {
		expect(linkArticle('Troops entered Saraqeb.', index)).toEqual([
			{ place: 'saraqeb', start: 15, end: 22, surface: 'Saraqeb' }
		]);
	});
});
