import { describe, expect, it } from 'vitest';
import { citation } from './cite';

describe('citation', () => {
	const source = {
		quote: 'Forces entered\nSaraqeb  on Thursday.',
		outlet: 'Levant Monitor',
		title: 'Saraqeb falls',
		date: '7 February 2020',
		url: 'https://explorer.example/articles/2020-02-07-saraqeb-falls#m-3'
	};

	it('gives the quote, outlet, headline, date and the link to the sentence, on one line', () => {
		expect(citation(source)).toBe(
			'“Forces entered Saraqeb on Thursday.” Levant Monitor, “Saraqeb falls”, 7 February 2020. ' +
				'https://explorer.example/articles/2020-02-07-saraqeb-falls#m-3'
		);
	});

	it('leaves the quote out when there is none', () => {
		expect(citation({ ...source, quote: '  ' })).toBe(
			'Levant Monitor, “Saraqeb falls”, 7 February 2020. https://explorer.example/articles/2020-02-07-saraqeb-falls#m-3'
		);
	});
});
