import { describe, expect, it } from 'vitest';
import { csvField, parseCsv } from './csv';

describe('csvField', () => {
	it('quotes a field holding a comma, a quote or a line break, doubling the quotes', () => {
		expect(csvField('a, b')).toBe('"a, b"');
		expect(csvField('say "hi"')).toBe('"say ""hi"""');
		expect(csvField('two\nlines')).toBe('"two\nlines"');
		expect(csvField('plain')).toBe('plain');
	});

	it('keeps text a spreadsheet would run as a formula as text, but not numbers', () => {
		for (const start of ['=', '+', '-', '@', '\t']) expect(csvField(`${start}1`)).toBe(`'${start}1`);
		expect(csvField('\r1')).toBe(`"'\r1"`);
		expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
		expect(csvField(-36.5)).toBe('-36.5');
	});

	it('writes nothing for a missing value, and booleans as words', () => {
		expect(csvField(undefined)).toBe('');
		expect(csvField(true)).toBe('true');
	});
});

describe('parseCsv', () => {
	it('reads back what csvField writes, quotes, commas and line breaks included', () => {
		const values = ['a, b', 'say "hi"', 'two\r\nlines', 'plain', ''];
		const text = `${values.map(csvField).join(',')}\r\nx,y\r\n`;
		expect(parseCsv(text)).toEqual([values, ['x', 'y']]);
	});

	it('fails a file cut short rather than returning a short last row', () => {
		expect(() => parseCsv('a,b\r\nc,d')).toThrow(/does not end with CRLF/);
		expect(() => parseCsv('a,"b\r\n')).toThrow(/inside a quoted field/);
		expect(parseCsv('')).toEqual([]);
	});
});
