/**
 * The HTTP headers the site is served with, the same for every build.
 *
 * Two Content-Security-Policies apply to each page and a script runs only if both allow it:
 *
 * - the `<meta http-equiv>` policy SvelteKit writes into every prerendered page (`kit.csp`, hash mode).
 *   It allows exactly the page's own inline start-up script by its hash, which changes with every
 *   build; it travels inside the page, so it is always the right one for that page.
 * - the header policy below, built from the same directives in svelte.config.js but without hashes, so
 *   that a server's configuration never has to change when the site is rebuilt. It adds what a meta
 *   policy cannot carry (`frame-ancestors`), and allows inline scripts in `script-src`: the meta policy
 *   of the same page narrows them to the hashed one, and a header `script-src 'self'` alone would
 *   block the start-up script. The build refuses a page without a meta policy (`requireMetaPolicy`),
 *   so no page relies on the header alone.
 */

/** Directives as `kit.csp.directives` holds them: keywords without quotes, origins as they are. */
export type Directives = Record<string, readonly string[]>;

/** Headers every response gets, whatever the file. */
export const COMMON_HEADERS: readonly (readonly [string, string])[] = [
	['X-Content-Type-Options', 'nosniff'],
	['Referrer-Policy', 'no-referrer'],
	['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()'],
	['X-Frame-Options', 'DENY']
];

/**
 * Hashed file names under `/_app/immutable/` never change content, so browsers may keep them for a
 * year without asking again.
 */
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';

/**
 * Pages, data and everything else without a hash in its name: a browser may keep a copy but asks the
 * server before each use (a 304 costs a round trip and no body). A page and the data it reads are then
 * always of the same build, which a fixed lifetime would not promise right after a deploy.
 */
export const REVALIDATE_CACHE = 'no-cache';

/** The path prefix of SvelteKit's hashed, content-addressed files. */
export const IMMUTABLE_PREFIX = '/_app/immutable/';

const KEYWORDS = new Set([
	'self',
	'none',
	'unsafe-inline',
	'unsafe-eval',
	'wasm-unsafe-eval',
	'unsafe-hashes',
	'strict-dynamic',
	'report-sample'
]);

function source(value: string): string {
	return KEYWORDS.has(value) || /^(sha256|sha384|sha512|nonce)-/.test(value) ? `'${value}'` : value;
}

/** Directives only a header can deliver: browsers ignore them in a `<meta>` policy. */
const HEADER_ONLY: Directives = { 'frame-ancestors': ['none'] };

/**
 * The header policy for every response: the configured directives with no hash in them, inline scripts
 * left to each page's meta policy, and the header-only directives. The same directives give the same
 * bytes, whatever was built.
 */
export function headerPolicy(directives: Directives): string {
	const merged: Record<string, string[]> = {};
	for (const [name, values] of Object.entries(directives)) {
		merged[name] = values.filter((v) => !/^(sha256|sha384|sha512|nonce)-/.test(v));
	}
	const scripts = merged['script-src'] ?? merged['default-src'] ?? ['self'];
	merged['script-src'] = scripts.includes('unsafe-inline') ? scripts : [...scripts, 'unsafe-inline'];
	Object.assign(merged, HEADER_ONLY);
	return Object.entries(merged)
		.map(([name, values]) => [name, ...values.map(source)].join(' '))
		.join('; ');
}

const META = /<meta http-equiv="content-security-policy" content="([^"]+)"/i;

/** The policy a built HTML page declares, or undefined when it has none. */
export function policyOf(html: string): string | undefined {
	return META.exec(html)?.[1]
		?.replace(/&#39;/g, "'")
		.replace(/&quot;/g, '"');
}

/** The sources of one directive of a policy, or undefined when the policy does not have it. */
function directive(csp: string, name: string): string[] | undefined {
	for (const part of csp.split(';')) {
		const [key, ...values] = part.trim().split(/\s+/);
		if (key === name) return values;
	}
	return undefined;
}

/**
 * Checks that a built page carries a meta policy that restricts its scripts (a `script-src` or
 * `default-src` without `'unsafe-inline'`, or with a hash, which makes browsers ignore it), because
 * the header policy's `'unsafe-inline'` relies on it; throws naming the page otherwise.
 */
export function requireMetaPolicy(name: string, html: string): void {
	const csp = policyOf(html);
	if (!csp) throw new Error(`${name} has no Content-Security-Policy meta tag`);
	const scripts = directive(csp, 'script-src') ?? directive(csp, 'default-src');
	const hashed = scripts?.some((s) => /^'(sha256|sha384|sha512|nonce)-/.test(s));
	if (!scripts || (scripts.includes("'unsafe-inline'") && !hashed))
		throw new Error(`${name}: its meta policy does not restrict inline scripts`);
}

/**
 * A `_headers` file (Netlify, Cloudflare Pages). It has two rules whatever the number of pages
 * (Cloudflare Pages accepts 100): the security headers for every path, and the long cache for the
 * hashed files. Cache-Control stands only in the second, because both hosts join the values of every
 * rule that matches.
 */
export function netlifyHeaders(policy: string): string {
	const all = [...COMMON_HEADERS, ['Content-Security-Policy', policy] as const];
	return [
		'/*',
		...all.map(([k, v]) => `  ${k}: ${v}`),
		'',
		`${IMMUTABLE_PREFIX}*`,
		`  Cache-Control: ${IMMUTABLE_CACHE}`,
		''
	].join('\n');
}

/** The number of rules (path lines) in a `_headers` file. */
export function headerRuleCount(text: string): number {
	return text.split('\n').filter((line) => /^\S/.test(line) && !line.startsWith('#')).length;
}
