/**
 * A static server for the audit that answers as a deployment does: the files of the published site,
 * the `.br` or `.gz` copy the build wrote when the browser accepts it, and the headers of the site's own
 * `_headers` file (the security headers and the cache rules the nginx configuration also sends), so
 * Lighthouse judges the site as it is served, not as a development server serves it.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.geojson': 'application/geo+json',
	'.csv': 'text/csv; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff2': 'font/woff2',
	'.txt': 'text/plain; charset=utf-8',
	'.webmanifest': 'application/manifest+json'
};

/** The rules of a `_headers` file: a path pattern (`/*`, `/_app/immutable/*`) and its headers. */
export function parseHeaders(text: string): { pattern: string; headers: [string, string][] }[] {
	const rules: { pattern: string; headers: [string, string][] }[] = [];
	for (const line of text.split('\n')) {
		if (!line.trim() || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
		else {
			const colon = line.indexOf(':');
			rules.at(-1)?.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
		}
	}
	return rules;
}

function matches(pattern: string, path: string): boolean {
	return pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;
}

/** The file a request path names under one of `roots` (the first that has it): as is, `.html`, or `index.html`. */
function fileFor(roots: readonly string[], path: string): string | undefined {
	const rel = normalize(decodeURIComponent(path)).replace(/^(\.\.[/\\])+/, '');
	for (const root of roots) {
		for (const candidate of [rel, `${rel}.html`, join(rel, 'index.html')]) {
			const file = join(root, candidate);
			if (file.startsWith(root) && existsSync(file) && statSync(file).isFile()) return file;
		}
	}
	return undefined;
}

/** Serves `roots` (first match wins) with the headers of `headersFile` on 127.0.0.1:`port`. */
export function serveSite(roots: readonly string[], headersFile: string, port: number): Promise<Server> {
	const dirs = roots.map((r) => resolve(r));
	const rules = existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, 'utf8')) : [];
	const server = createServer((req, res) => {
		const path = new URL(req.url ?? '/', 'http://localhost').pathname;
		for (const rule of rules)
			if (matches(rule.pattern, path)) for (const [k, v] of rule.headers) res.setHeader(k, v);
		const file = fileFor(dirs, path);
		if (!file) {
			res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
			return;
		}
		res.setHeader('content-type', TYPES[extname(file)] ?? 'application/octet-stream');
		res.setHeader('vary', 'accept-encoding');
		const accept = String(req.headers['accept-encoding'] ?? '');
		for (const [encoding, suffix] of [
			['br', '.br'],
			['gzip', '.gz']
		] as const) {
			if (accept.includes(encoding) && existsSync(file + suffix)) {
				res.writeHead(200, { 'content-encoding': encoding }).end(readFileSync(file + suffix));
				return;
			}
		}
		res.writeHead(200).end(readFileSync(file));
	});
	return new Promise((ok, fail) => {
		server.once('error', fail);
		server.listen(port, '127.0.0.1', () => ok(server));
	});
}
