import { describe, expect, it } from 'vitest';
import { netlifyHeaders, nginxConf, policyOf } from './headers';

const HTML = `<head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-abc='"></head>`;

describe('security headers', () => {
	it('reads the policy a page declares', () => {
		expect(policyOf(HTML)).toBe("default-src 'self'; script-src 'self' 'sha256-abc='");
		expect(policyOf('<head></head>')).toBeUndefined();
	});

	it('writes a _headers file with the common headers and each page policy', () => {
		const text = netlifyHeaders([{ path: '/', csp: "default-src 'self'" }]);
		expect(text).toContain(
			'/*\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: no-referrer\n  Permissions-Policy:'
		);
		expect(text).toContain("/\n  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'");
	});

	it('writes nginx locations that repeat the common headers', () => {
		const conf = nginxConf([{ path: '/articles/a', csp: "default-src 'self'" }]);
		const block = conf.slice(conf.indexOf('location = /articles/a'));
		expect(block).toContain('add_header X-Content-Type-Options "nosniff" always;');
		expect(block).toContain(
			`add_header Content-Security-Policy "default-src 'self'; frame-ancestors 'none'" always;`
		);
	});
});
