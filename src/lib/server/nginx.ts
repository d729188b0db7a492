import { COMMON_HEADERS, IMMUTABLE_CACHE, IMMUTABLE_PREFIX, REVALIDATE_CACHE } from './headers';

/**
 * The nginx configuration the site ships with. Nothing in it depends on what was built (the header
 * policy has no script hashes, see headers.ts), so a rebuild swapped in under a running nginx needs no
 * reload; only a change of the CSP directives in svelte.config.js (or of VITE_ONLINE_STYLE_URL) changes
 * it.
 */

/**
 * Types the site serves that Debian's stock `/etc/nginx/mime.types` (nginx 1.22) lacks. Without `.mjs`
 * nginx sends MapLibre's worker as `application/octet-stream`, which browsers refuse to run as a script
 * under `nosniff`: the map stays blank. Only extensions missing from the stock file are listed, because
 * nginx warns about an extension given twice.
 */
export const EXTRA_TYPES: Readonly<Record<string, string>> = {
	mjs: 'application/javascript',
	csv: 'text/csv',
	geojson: 'application/geo+json',
	webmanifest: 'application/manifest+json',
	pbf: 'application/x-protobuf',
	map: 'application/json',
	ttf: 'font/ttf',
	otf: 'font/otf'
};

/**
 * Types nginx compresses on the fly when no precompressed copy exists (text/html always is). The build
 * writes `.gz` copies of the bigger files (see compress.ts), which `gzip_static` sends as they are.
 */
export const GZIP_TYPES = [
	'text/css',
	'text/csv',
	'text/plain',
	'text/xml',
	'text/javascript',
	'application/javascript',
	'application/json',
	'application/geo+json',
	'application/manifest+json',
	'application/x-protobuf',
	'application/wasm',
	'image/svg+xml'
];

/** Types whose text is UTF-8 and says so in its Content-Type. */
const CHARSET_TYPES = [
	'text/css',
	'text/csv',
	'text/plain',
	'text/xml',
	'application/javascript',
	'application/json',
	'application/geo+json',
	'application/manifest+json',
	'image/svg+xml'
];

/** The variable the locations set and the one server-level `add_header Cache-Control` reads. */
const CACHE_VAR = '$idlib_cache_control';

function quoted(value: string): string {
	if (/["\\$]/.test(value)) throw new Error(`cannot quote ${value} for nginx`);
	return `"${value}"`;
}

/**
 * The file to include inside a `server { }` block whose `root` is the published site. Every
 * `add_header` stands at the server level and no location has its own, because nginx drops the
 * headers of an enclosing level in a location that sets any: the deployer's own server-level
 * `add_header` lines keep applying to every response. Cache-Control differs per location through a
 * variable instead.
 */
export function nginxSiteConf(policy: string): string {
	const headers = [...COMMON_HEADERS, ['Content-Security-Policy', policy] as const];
	const types = Object.entries(EXTRA_TYPES).map(([ext, type]) => `\t${type} ${ext};`);
	return [
		'# The explorer in nginx, written by `npm run build` (README, "Deployment"). It is the same for every',
		'# build, so a rebuild swapped into the root needs no reload. Include it inside a server { } block',
		'# whose root is the published site (the `build` symlink):',
		'#',
		'#     server { listen 80; root /srv/explorer/build; include /srv/explorer/build.nginx/site.conf; }',
		'#',
		'# No location here sets its own headers, so add_header lines you put in that server block apply',
		'# to every response too (nginx ignores add_header lines of the http block in this server).',
		'',
		'# Relative to the nginx configuration folder (/etc/nginx on Debian), where every nginx has it.',
		'include mime.types;',
		'types {',
		...types,
		'}',
		'default_type application/octet-stream;',
		'charset utf-8;',
		`charset_types ${CHARSET_TYPES.join(' ')};`,
		'index index.html;',
		'server_tokens off;',
		'',
		'# Files the build compressed are sent as they are; the rest is compressed on the way.',
		'gzip_static on;',
		'gzip on;',
		'gzip_vary on;',
		'gzip_proxied any;',
		'gzip_min_length 256;',
		'gzip_comp_level 6;',
		`gzip_types ${GZIP_TYPES.join(' ')};`,
		'',
		'# Security headers on every response, errors included; the page policy travels in each page.',
		...headers.map(([k, v]) => `add_header ${k} ${quoted(v)} always;`),
		'',
		'# Pages and data are revalidated on every use; hashed files are kept for a year.',
		`set ${CACHE_VAR} ${quoted(REVALIDATE_CACHE)};`,
		`add_header Cache-Control ${CACHE_VAR};`,
		'',
		"# A missing path gets the site's own page, which says so and links back to the explorer.",
		'error_page 404 /404.html;',
		'',
		'location / {',
		'\ttry_files $uri $uri.html $uri/index.html =404;',
		'}',
		`location ^~ ${IMMUTABLE_PREFIX} {`,
		`\tset ${CACHE_VAR} ${quoted(IMMUTABLE_CACHE)};`,
		'\ttry_files $uri =404;',
		'}',
		'',
		'# The Netlify/Cloudflare header file and any dot-file are not part of the site.',
		'location ~ ^/_(headers|redirects)$ {',
		'\treturn 404;',
		'}',
		'location ~ /\\. {',
		'\treturn 404;',
		'}',
		''
	].join('\n');
}

/**
 * A complete `server { }` block for the http block (e.g. `/etc/nginx/sites-enabled/`), serving `root`
 * (an absolute path: the published site's symlink) with the site file at `siteConf`.
 */
export function nginxServerConf(root: string, siteConf: string): string {
	for (const path of [root, siteConf]) {
		if (!path.startsWith('/') || /[\s;"'{}$]/.test(path))
			throw new Error(`nginx needs an absolute path without spaces or quotes: ${path}`);
	}
	return [
		'# The explorer as a complete nginx server, written by `npm run build` (README, "Deployment").',
		'# Put it in the http block, e.g. as /etc/nginx/sites-enabled/explorer, and change listen and',
		'# server_name to yours; add_header lines you add in this block apply to every response.',
		'server {',
		'\tlisten 80;',
		'\tlisten [::]:80;',
		'\tserver_name _;',
		`\troot ${root};`,
		`\tinclude ${siteConf};`,
		'}',
		''
	].join('\n');
}
