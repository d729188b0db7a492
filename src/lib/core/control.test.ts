import { describe, expect, it } from 'vitest';
import { cleanControl } from './control';

describe('cleanControl', () => {
	it('removes terminal escape sequences’ control characters, keeping tab and newline', () => {
		expect(cleanControl('a\u001b]0;pwned\u0007b\u001b[2Jc\td\ne\r\u0085f\u007f')).toBe(
			'a]0;pwnedb[2Jc\td\nef'
		);
	});

	it('removes an unclosed right-to-left override but keeps a closed one', () => {
		expect(cleanControl('Levant \u202eMonitor 2020-02-01')).toBe('Levant Monitor 2020-02-01');
		expect(cleanControl('a \u202edesrever\u202c b')).toBe('a \u202edesrever\u202c b');
	});

	it('removes a closer that closes nothing, and pairs per line', () => {
		expect(cleanControl('x\u202c y\u2069')).toBe('x y');
		expect(cleanControl('\u202eone\ntwo\u202c')).toBe('one\ntwo');
	});

	it('pairs isolates, dropping embeddings left open inside a closed isolate', () => {
		expect(cleanControl('\u2067\u202bin\u2069 out')).toBe('\u2067in\u2069 out');
		expect(cleanControl('\u2068name\u2069')).toBe('\u2068name\u2069');
	});

	it('leaves zero-width characters and ordinary text alone', () => {
		const text = 'zero\u200bwidth\u200cand\u200djoiner, Sarāqib سراقب';
		expect(cleanControl(text)).toBe(text);
	});
});
