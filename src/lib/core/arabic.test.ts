import { describe, expect, it } from 'vitest';
import { TOPOGRAPHIC_PREFIXES, TOPOGRAPHIC_PREFIX_WORDS, topographicPrefixPattern } from './arabic';

describe('the topographic prefixes', () => {
	const leads = new RegExp(String.raw`^${topographicPrefixPattern()}(?= )`, 'u');

	it('match each prefix as running text writes it, apostrophes in any form', () => {
		for (const name of [
			'Tell Touqan',
			'Tallat al-Eis',
			"Ma'arrat Misrin",
			'Ma’arat al-Numan',
			'Qal‘at al-Madiq'
		])
			expect(name, name).toMatch(leads);
		expect('Tell Touqan'.match(leads)?.[0]).toBe('Tell');
	});

	it('do not take an ordinary capitalised word for a prefix', () => {
		for (const name of ['Telling Hama', 'Abundant Idlib', 'Bird Street'])
			expect(name, name).not.toMatch(leads);
	});

	it('give the tokenizer the one-word forms only, lowercase', () => {
		expect(TOPOGRAPHIC_PREFIX_WORDS.has('kafr')).toBe(true);
		expect(TOPOGRAPHIC_PREFIX_WORDS.has("qal'at")).toBe(false);
		for (const p of TOPOGRAPHIC_PREFIXES) expect(p).toBe(p.toLowerCase());
	});
});
