import { describe, expect, it } from 'vitest';
import { netlifyHeaders } from '../../src/lib/server/headers';
import { parseHeaders } from './serve';

describe('parseHeaders', () => {
	it('reads the rules of the _headers file the build writes', () => {
		const rules = parseHeaders(netlifyHeaders("default-src 'self'"));
		expect(rules.map((r) => r.pattern)).toEqual(['/*', '/_app/immutable/*']);
		expect(rules[0]!.headers).toContainEqual(['Content-Security-Policy', "default-src 'self'"]);
		expect(rules[0]!.headers).toContainEqual(['X-Content-Type-Options', 'nosniff']);
		expect(rules[1]!.headers).toEqual([['Cache-Control', 'public, max-age=31536000, immutable']]);
	});

	it('keeps a value holding colons whole and skips comments and blank lines', () => {
		expect(parseHeaders('# c\n\n/a\n  Link: <https://x.example/>; rel=preload\n')).toEqual([
			{ pattern: '/a', headers: [['Link', '<https://x.example/>; rel=preload']] }
		]);
	});
});
