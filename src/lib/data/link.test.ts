import { describe, expect, it } from 'vitest';
import { buildAliasIndex } from '../geoparse/match';
import { isLink, linkArticle } from './link';

const index = buildAliasIndex([
	{ id: 'beirut', aliases: ['Beirut'] },
	{ id: 'saraqeb', aliases: ['Saraqeb'] }
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

	it('leaves a body without a dateline as the geoparser found it', () => {
		expect(linkArticle('Troops entered Saraqeb.', index)).toEqual([
			{ place: 'saraqeb', start: 15, end: 22, surface: 'Saraqeb' }
		]);
	});
});
