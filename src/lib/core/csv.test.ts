import { describe, expect, it } from 'vitest';
import { csvField } from './csv';

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
