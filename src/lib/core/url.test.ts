import { describe, expect, it } from 'vitest';
import { httpUrl } from './url';

describe('httpUrl', () => {
	it('accepts absolute web URLs only', () => {
		expect(httpUrl('https://example.org/a?b=1')?.href).toBe('https://example.org/a?b=1');
		expect(httpUrl('http://example.org')?.protocol).toBe('http:');
		for (const bad of [
			'javascript:alert(1)',
			'JavaScript:alert(1)',
			' javascript:alert(1)',
			'java\tscript:alert(1)',
			'java\nscript:alert(1)',
			'vbscript:msgbox(1)',
			'file:///etc/passwd',
			'data:text/html,x',
			'/relative',
			'example.org',
			'',
			null,
			undefined
		]) {
			expect(httpUrl(bad), String(bad)).toBeUndefined();
		}
	});
});
