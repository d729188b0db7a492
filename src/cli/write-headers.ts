import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { writeFileAtomic } from '../lib/server/atomic';
import { netlifyHeaders, nginxConf, policyOf, type PagePolicy } from '../lib/server/headers';

/**
 * After `vite build`: writes `_headers` and `nginx-headers.conf` into the built site (`build/`, or
 * `$SITE_OUT` as in svelte.config.js) from its pages.
 */
const root = process.env.SITE_OUT || 'build';

function htmlFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return htmlFiles(path);
		return name.endsWith('.html') ? [path] : [];
	});
}

const pages: PagePolicy[] = [];
for (const file of htmlFiles(root).sort()) {
	const csp = policyOf(readFileSync(file, 'utf8'));
	if (!csp) throw new Error(`${file} has no Content-Security-Policy meta tag`);
	const path = `/${relative(root, file)
		.replace(/index\.html$/, '')
		.replace(/\.html$/, '')}`;
	pages.push({ path, csp });
}
writeFileAtomic(join(root, '_headers'), netlifyHeaders(pages));
writeFileAtomic(join(root, 'nginx-headers.conf'), nginxConf(pages));
console.log(`security headers for ${pages.length} pages: ${root}/_headers, ${root}/nginx-headers.conf`);
