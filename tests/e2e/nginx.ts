import {
	chmodSync,
	cpSync,
	existsSync,
	mkdirSync,
	readFileSync,
	rmSync,
	symlinkSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { liveSite, publishSite, stagingFolder } from '../../src/lib/server/publish';

/**
 * Debian's nginx serving the built site with the configuration the build ships (`build.nginx/`), for
 * the `nginx` browser tests. It runs in the foreground as a child of `nginx-serve.ts` with its pid, logs
 * and temporary files in its own folder, reading Debian's stock mime.types.
 */

/** The nginx binary: NGINX_PATH, or Debian's. */
export const NGINX = process.env.NGINX_PATH || '/usr/sbin/nginx';

/** The stock types file the shipped configuration includes as `mime.types`. */
const STOCK_MIME_TYPES = process.env.NGINX_MIME_TYPES || '/etc/nginx/mime.types';

/** A header a deployer adds to the shipped server block, which must reach every response. */
export const DEPLOYER_HEADER = ['X-Deployer-Header', 'kept'] as const;

/** The folders and files of the test server listening on `port` (the swap server is on `port + 1`). */
export function nginxPaths(port: number) {
	const dir = join(tmpdir(), `idlib-nginx-${port}`);
	return {
		dir,
		conf: join(dir, 'nginx.conf'),
		/** The published path the swap tests switch between sites, as a deploy would. */
		swapOut: join(dir, 'swap', 'site'),
		swapPort: port + 1
	};
}

/**
 * The shipped server block as a deployer would adapt it: listening on the test port on the loopback
 * only, with one `add_header` of their own in the block.
 */
export function deployedServer(serverConf: string, port: number): string {
	const [name, value] = DEPLOYER_HEADER;
	const out = serverConf
		.replace(/^\tlisten \[::\]:80;\n/m, '')
		.replace(/^\tlisten 80;$/m, `\tlisten 127.0.0.1:${port};`)
		.replace(/^server \{$/m, `server {\n\tadd_header ${name} "${value}" always;`);
	if (!out.includes(`listen 127.0.0.1:${port};`))
		throw new Error('the shipped server.conf has no `listen 80;`');
	return out;
}

/**
 * Writes the test server's folder: nginx.conf with the shipped server block for `build/` on `port`, and
 * a second server on `port + 1` with the shipped site file whose root is a published path of its own,
 * holding a copy of the current build, for the swap tests. Returns the paths.
 */
export function prepareNginx(port: number, root = process.cwd()) {
	const paths = nginxPaths(port);
	rmSync(paths.dir, { recursive: true, force: true });
	mkdirSync(paths.dir, { recursive: true });
	chmodSync(paths.dir, 0o755);
	symlinkSync(STOCK_MIME_TYPES, join(paths.dir, 'mime.types'));
	const serverConf = readFileSync(resolve(root, 'build.nginx/server.conf'), 'utf8');
	const siteConf = resolve(root, 'build.nginx/site.conf');
	const live = liveSite(resolve(root, 'build'));
	if (!live) throw new Error('build/ is not a published site: run `npm run build` first');
	const staging = stagingFolder(paths.swapOut);
	cpSync(live, staging, { recursive: true });
	publishSite(staging, paths.swapOut);
	const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
		.map((t) => `\t${t}_temp_path ${join(paths.dir, t)};`)
		.join('\n');
	// Started by root, nginx runs its workers as `nobody`, who may not enter a checkout under /root.
	const asRoot = process.getuid?.() === 0 ? 'user root;\n' : '';
	writeFileSync(
		paths.conf,
		`${asRoot}worker_processes 1;
pid ${join(paths.dir, 'nginx.pid')};
error_log ${join(paths.dir, 'error.log')} warn;
events { worker_connections 256; }
http {
	access_log ${join(paths.dir, 'access.log')};
${temp}
${deployedServer(serverConf, port)}
server {
	listen 127.0.0.1:${paths.swapPort};
	root ${paths.swapOut};
	include ${siteConf};
}
}
`
	);
	return paths;
}

/** The arguments that run nginx on the prepared folder (`-t` to only test the configuration). */
export function nginxArgs(port: number, ...extra: string[]): string[] {
	const { dir, conf } = nginxPaths(port);
	return ['-p', dir, '-c', conf, '-e', 'stderr', ...extra];
}

/** Whether the configured nginx binary is there. */
export function haveNginx(): boolean {
	return existsSync(NGINX);
}
