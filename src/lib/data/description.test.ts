import { describe, expect, it } from 'vitest';
import { articleDescription, DESCRIPTION_LIMIT } from './description';

describe('articleDescription', () => {
	const describe_ = (body: string) => articleDescription({ title: 'The title', body });

	it('is the first sentence, after the dateline', () => {
		expect(describe_('ISTANBUL/ANKARA (Reuters) – Officials will meet. They will talk.')).toBe(
			'Officials will meet.'
		);
		expect(describe_('Hama was calm. Then it was not.')).toBe('Hama was calm.');
	});

	it('skips a crosshead', () => {
		expect(describe_('## A standfirst\n\nThe first sentence here. The second.')).toBe(
			'The first sentence here.'
		);
	});

	it('cuts a long sentence at a word, with an ellipsis', () => {
		const long = `${'word '.repeat(80)}end.`;
		const d = describe_(long);
		expect(d.length).toBeLessThanOrEqual(DESCRIPTION_LIMIT);
		expect(d).toMatch(/^word( word)*…$/);
	});

	it('is the title when there is no text', () => {
		expect(describe_('')).toBe('The title');
		expect(describe_('  \n\n ')).toBe('The title');
	});
});
