import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { writeFileAtomic } from '../lib/server/atomic';
import { netlifyHeaders, nginxConf, policyOf, type PagePolicy } from '../lib/server/headers';

/** After `vite build`: writes `build/_headers` and `build/nginx-headers.conf` from the built pages. */
const root = 'build';

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
console.log(`security headers for ${pages.length} pages: build/_headers, build/nginx-headers.conf`);
