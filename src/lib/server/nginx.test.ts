import { describe, expect, it } from 'vitest';
import { headerPolicy } from './headers';
import { EXTRA_TYPES, nginxServerConf, nginxSiteConf } from './nginx';

const POLICY = headerPolicy({ 'default-src': ['self'], 'script-src': ['self'] });
const CONF = nginxSiteConf(POLICY);

/** The text of each location block of an nginx file, braces balanced. */
function locations(conf: string): string[] {
	const blocks: string[] = [];
	for (const match of conf.matchAll(/^\s*location /gm)) {
		const at = match.index;
		let depth = 0;
		let end = conf.indexOf('{', at);
		do {
			if (conf[end] === '{') depth++;
			if (conf[end] === '}') depth--;
			end++;
		} while (depth > 0);
		blocks.push(conf.slice(at, end));
	}
	return blocks;
}

describe('nginx configuration', () => {
	it('is the same text for the same policy', () => {
		expect(nginxSiteConf(POLICY)).toBe(CONF);
	});

	it('sets every header at the server level, so a deployer’s own add_header lines stay in force', () => {
		expect(locations(CONF).length).toBeGreaterThanOrEqual(4);
		for (const block of locations(CONF)) expect(block).not.toMatch(/add_header/);
		expect(CONF).toContain(`add_header Content-Security-Policy "${POLICY}" always;`);
		expect(CONF).toContain('add_header X-Content-Type-Options "nosniff" always;');
		expect(CONF).toContain('add_header Cache-Control $idlib_cache_control;');
		expect(CONF).toMatch(/^error_page 404 \/404\.html;$/m);
	});

	it('caches hashed files for a year through the variable, and revalidates the rest', () => {
		const immutable = locations(CONF).find((b) => b.startsWith('location ^~ /_app/immutable/ '));
		expect(immutable).toContain('set $idlib_cache_control "public, max-age=31536000, immutable";');
		expect(CONF).toMatch(/^set \$idlib_cache_control "no-cache";$/m);
	});

	it('types MapLibre’s worker and the data files on top of the stock types', () => {
		expect(CONF).toMatch(/^include mime\.types;\ntypes \{\n/m);
		expect(EXTRA_TYPES.mjs).toBe('application/javascript');
		for (const [ext, type] of Object.entries(EXTRA_TYPES)) expect(CONF).toContain(`\t${type} ${ext};\n`);
	});

	it('compresses: precompressed copies first, then on the fly', () => {
		expect(CONF).toMatch(/^gzip_static on;$/m);
		expect(CONF).toMatch(/^gzip on;$/m);
		expect(CONF).toMatch(/^gzip_types .*application\/javascript.*application\/json.*;$/m);
	});

	it('serves pages by their address with or without .html, and not the host header files', () => {
		expect(CONF).toContain('try_files $uri $uri.html $uri/index.html =404;');
		const denied = locations(CONF).find((b) => b.includes('_(headers|redirects)'));
		expect(denied).toContain('return 404;');
	});

	it('writes a full server block around the site file, with absolute paths only', () => {
		const server = nginxServerConf('/srv/explorer/build', '/srv/explorer/build.nginx/site.conf');
		expect(server).toContain('\troot /srv/explorer/build;\n\tinclude /srv/explorer/build.nginx/site.conf;\n');
		expect(server).toMatch(/^server \{$/m);
		expect(() => nginxServerConf('build', '/x/site.conf')).toThrow(/absolute/);
		expect(() => nginxServerConf('/my site', '/x/site.conf')).toThrow(/absolute/);
	});
});
