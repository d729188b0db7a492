import { describe, expect, it } from 'vitest';
import { httpUrl } from './url';

describe('httpUrl', () => {
	it('accepts absolute web URLs only', () => {
		expect(httpUrl('https://example.org/a?b=1')?.href).toBe('https://example.org/a?b=1');
		expect(httpUrl('http://example.org')?.protocol).toBe('http:');
		for (const bad of [
			'javascript:alert(1)',
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
