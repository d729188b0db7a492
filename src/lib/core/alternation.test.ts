import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { phraseAlternation } from './alternation';

/** The flat form the trie replaces: every phrase side by side, longest first. */
function flat(phrases: string[]): RegExp {
	const escape = (p: string) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ +/g, '\\s+');
	const sorted = [...phrases].filter(Boolean).sort((a, b) => b.length - a.length);
	return new RegExp(`\\b(?:${sorted.map(escape).join('|')})\\b`, 'gi');
}

const trie = (phrases: string[]) => new RegExp(`\\b${phraseAlternation(phrases)}\\b`, 'gi');
const found = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => [m.index, m[0]]);

describe('phraseAlternation', () => {
	it('shares prefixes and takes the longest phrase that ends on a word boundary', () => {
		const re = trie(['took', 'took control of', 'taken', 'take']);
		expect(re.source).toBe('\\b(?:t(?:ook(?:\\s+control\\s+of)?|ake(?:n)?))\\b');
		expect(found(re, 'They took  control of Saraqeb, then took Kafr Nabl.')).toEqual([
			[5, 'took  control of'],
			[36, 'took']
		]);
		// "took control" alone is not a phrase: the shorter "took" is what ends on a boundary.
		expect(found(re, 'Troops took control there.')).toEqual([[7, 'took']]);
		expect(found(re, 'They retook it; the takeover')).toEqual([]);
	});

	it('matches case-insensitively and escapes what a regular expression would read', () => {
		const re = trie(['U.S. forces', 'a+b']);
		expect(found(re, 'u.s. Forces left; USX forces stayed')).toEqual([[0, 'u.s. Forces']]);
		expect(new RegExp(phraseAlternation(['a+b']), 'i').test('a+b')).toBe(true);
		expect(new RegExp(phraseAlternation(['a+b']), 'i').test('aab')).toBe(false);
	});

	it('never matches with no phrase', () => {
		expect(found(trie([]), 'anything at all')).toEqual([]);
		expect(found(trie(['']), 'anything at all')).toEqual([]);
	});

	it('finds what the longest-first alternation finds, on any phrases and text', () => {
		const word = fc.stringMatching(/^[a-c]{1,4}$/);
		const phrase = fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(' '));
		const text = fc
			.array(fc.oneof(word, fc.constantFrom(' ', '  ', ', ', '-', 'A', 'B')), { maxLength: 30 })
			.map((parts) => parts.join(' '));
		fc.assert(
			fc.property(fc.array(phrase, { minLength: 1, maxLength: 12 }), text, (phrases, t) => {
				expect(found(trie(phrases), t)).toEqual(found(flat(phrases), t));
			}),
			{ numRuns: 1000 }
		);
	});
});
