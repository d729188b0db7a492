import { describe, expect, it } from 'vitest';
import { markdownToText, readMarkdownCapture } from './markdown';

describe('markdownToText', () => {
	it('keeps words and drops markup, images and rules', () => {
		expect(
			markdownToText(
				'# Title\n\n**Bold** and *em* and _under_ and `code` and [a link](https://x.org).\n\n![photo](a.jpg)\n\n---\n> quoted\n- item'
			)
		).toBe('Title\n\nBold and em and under and code and a link.\n\n\n\n\nquoted\nitem');
	});

	it('leaves snake_case and arithmetic alone', () => {
		expect(markdownToText('a_b_c and 2*3*4')).toBe('a_b_c and 2*3*4');
	});
});

describe('readMarkdownCapture', () => {
	it('returns the front matter as given and puts its title first', () => {
		const md = readMarkdownCapture(
			"---\ntitle: Hello there world\noutlet: Ledger\npublished: '2020-03-09'\nn: 3\n---\n\nBody text.\n"
		);
		expect(md.given).toEqual({ title: 'Hello there world', outlet: 'Ledger', published: '2020-03-09' });
		expect(md.text).toBe('Hello there world\n\nBody text.');
		expect(md.titleAdded).toBe(true);
	});

	it('does not add the title again when the body starts with it', () => {
		const md = readMarkdownCapture(
			'---\ntitle: Hello there world\n---\n\n# Hello there world\n\nBody text.\n'
		);
		expect(md.text).toBe('Hello there world\n\nBody text.');
		expect(md.titleAdded).toBeUndefined();
	});

	it('reports front matter that is not YAML and still reads the text', () => {
		const md = readMarkdownCapture('---\ntitle: [unclosed\n---\nBody.\n');
		expect(md.frontMatterError).toMatch(/invalid YAML/);
		expect(md.text).toBe('Body.');
	});
});
