import { describe, expect, it } from 'vitest';
import config from '../../../svelte.config.js';
import {
	headerPolicy,
	headerRuleCount,
	IMMUTABLE_CACHE,
	netlifyHeaders,
	policyOf,
	requireMetaPolicy,
	type Directives
} from './headers';

const HTML = `<head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-abc='"></head>`;
const DIRECTIVES = (config.kit?.csp?.directives ?? {}) as Directives;

describe('security headers', () => {
	it('reads the policy a page declares', () => {
		expect(policyOf(HTML)).toBe("default-src 'self'; script-src 'self' 'sha256-abc='");
		expect(policyOf('<head></head>')).toBeUndefined();
	});

	it('builds the header policy from the configured directives alone, with nothing of a build in it', () => {
		const policy = headerPolicy(DIRECTIVES);
		expect(policy).toBe(headerPolicy(structuredClone(DIRECTIVES)));
		expect(policy).not.toMatch(/sha\d+-|nonce-/);
		expect(policy).toContain("script-src 'self' 'unsafe-inline'");
		expect(policy).toContain("frame-ancestors 'none'");
		expect(policy).toContain("object-src 'none'");
		expect(policy).toContain("base-uri 'self'");
		expect(policy).toContain("form-action 'self'");
		expect(policy).toMatch(/^default-src 'self'; /);
		expect(headerPolicy({ 'script-src': ['self', 'sha256-abc='] })).toBe(
			"script-src 'self' 'unsafe-inline'; frame-ancestors 'none'"
		);
	});

	it('refuses a page whose meta policy would leave inline scripts to the header policy', () => {
		expect(() => requireMetaPolicy('index.html', HTML)).not.toThrow();
		expect(() => requireMetaPolicy('a.html', '<head></head>')).toThrow(/a\.html has no/);
		const open = `<meta http-equiv="content-security-policy" content="script-src 'self' 'unsafe-inline'">`;
		expect(() => requireMetaPolicy('b.html', open)).toThrow(/b\.html/);
		const none = `<meta http-equiv="content-security-policy" content="img-src 'self'">`;
		expect(() => requireMetaPolicy('c.html', none)).toThrow(/c\.html/);
	});

	it('writes a _headers file of two rules, whatever the number of pages', () => {
		const text = netlifyHeaders(headerPolicy(DIRECTIVES));
		expect(headerRuleCount(text)).toBe(2);
		expect(text).toContain('/*\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: no-referrer\n');
		expect(text).toContain(`  Content-Security-Policy: ${headerPolicy(DIRECTIVES)}\n`);
		expect(text).toContain(`/_app/immutable/*\n  Cache-Control: ${IMMUTABLE_CACHE}\n`);
		expect(text.match(/Cache-Control/g)).toHaveLength(1);
	});
});
