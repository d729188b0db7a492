import { describe, expect, it } from 'vitest';
import { foldChar, foldText, isJoiner, tokenize } from './fold';

describe('tokenize', () => {
	it('opens a word at a capital right after a digit (a date line glued to the text), not at a small letter', () => {
		const text = 'August 21, 2019Idlib’s group; the 2020s, M4 and 9K33';
		expect(tokenize(text).map((t) => t.text)).toEqual([
			'august',
			'21',
			'2019',
			'idlib',
			's',
			'group',
			'the',
			'2020s',
			'm4',
			'and',
			'9',
			'k33'
		]);
		expect(tokenize(text)[3]).toMatchObject({ start: 15, end: 20 });
	});

	it('folds case and diacritics and keeps original offsets', () => {
		const text = 'Ma‘arrat an Nu‘mān, Sarāqib';
		const tokens = tokenize(text);
		expect(tokens.map((t) => t.text)).toEqual([
			'ma',
			'arrat',
			'an',
			'nu',
			'man',
			'sarаqib'.replace('а', 'a')
		]);
		for (const t of tokens) expect(foldText(text.slice(t.start, t.end))).toBe(t.text);
		expect(text.slice(tokens[5]!.start, tokens[5]!.end)).toBe('Sarāqib');
	});

	it('splits on apostrophes so a possessive still names the place', () => {
		expect(tokenize("Syria's Idlib").map((t) => t.text)).toEqual(['syria', 's', 'idlib']);
		expect(tokenize('Idlib’s').map((t) => t.text)).toEqual(['idlib', 's']);
	});

	it('keeps UTF-16 offsets right around astral characters', () => {
		const text = '😀 Idlib';
		const [t] = tokenize(text);
		expect(text.slice(t!.start, t!.end)).toBe('Idlib');
		expect(t!.start).toBe(3);
	});

	it('folds letters NFD cannot decompose', () => {
		expect(foldText('Straße İdlib')).toBe('strasse idlib');
	});

	it('folds every ASCII character as foldChar does, in a word and between words', () => {
		for (let cp = 0; cp < 128; cp++) {
			const ch = String.fromCharCode(cp);
			const folded = foldChar(ch);
			expect(tokenize(`a${ch}b`).map((t) => t.text)).toEqual(folded ? [`a${folded}b`] : ['a', 'b']);
		}
		expect(foldChar('A')).toBe('a');
		expect(foldChar('-')).toBe('');
	});

	it('folds a character the same way each time it is seen (the fold is remembered)', () => {
		const text = 'Ḩamāh ḨAMĀH Ḩamāh ʿAfrīn ʿAFRĪN';
		expect(tokenize(text).map((t) => t.text)).toEqual(['hamah', 'hamah', 'hamah', 'afrin', 'afrin']);
		expect([foldChar('Ḩ'), foldChar('Ḩ'), foldChar('ʿ'), foldChar('ʿ')]).toEqual(['h', 'h', '', '']);
	});
});

describe('isJoiner', () => {
	it('accepts spaces, hyphens, dashes and apostrophes only', () => {
		for (const gap of [' ', '-', '–', ' – ', '’', "'", '\u00a0']) expect(isJoiner(gap)).toBe(true);
		for (const gap of ['. ', ', ', '', ' ( ', '    ']) expect(isJoiner(gap)).toBe(false);
	});

	it('never joins across a line break', () => {
		for (const gap of ['\n', '\n\n', ' \n', '\r\n']) expect(isJoiner(gap)).toBe(false);
	});
});

describe('tokenize: invisible characters', () => {
	it('reads through zero-width characters and soft hyphens, keeping offsets into the original', () => {
		const text = 'in Sara\u200bqeb and Id\u00adlib\u2060, then Ma\u200d\ufeffarrat\u200c.';
		const tokens = tokenize(text);
		expect(tokens.map((t) => t.text)).toEqual(['in', 'saraqeb', 'and', 'idlib', 'then', 'maarrat']);
		expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual([
			'in',
			'Sara\u200bqeb',
			'and',
			'Id\u00adlib',
			'then',
			'Ma\u200d\ufeffarrat'
		]);
	});
});
