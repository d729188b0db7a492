import { describe, expect, it } from 'vitest';
import type { CleanArticle } from '../corpus/clean';
import { proposeOutlet } from './outlet';

const article = (body: string, extra: Partial<CleanArticle> = {}): CleanArticle => ({
	title: 'T',
	body,
	paragraphs: [body],
	captions: [],
	...extra
});

describe('proposeOutlet', () => {
	it('prefers what the page states, then a dateline, then an outlet naming itself', () => {
		expect(proposeOutlet(article('x'), [{ value: 'Ledger', source: 'front matter outlet' }]).outlet).toBe(
			'Ledger'
		);
		expect(
			proposeOutlet(article('ISTANBUL (Reuters) - x', { outletHint: 'Reuters', dateline: 'ISTANBUL' }), [])
				.evidence
		).toBe('from the dateline "ISTANBUL (Reuters)"');
		expect(proposeOutlet(article('An official told The National on Wednesday.'), []).outlet).toBe(
			'The National'
		);
	});

	it('does not take a quoted wire agency or a group of people for the outlet', () => {
		expect(proposeOutlet(article('A source told Reuters. He told Turkish reporters.'), [])).toEqual({
			outlet: null,
			evidence: expect.stringContaining('--outlet')
		});
	});
});
