import { spawn, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { haveNginx, NGINX, nginxArgs, prepareNginx } from './nginx';

/**
 * The `nginx` browser tests' web server (playwright.config.ts): prepares the configuration for the port
 * given as the argument, checks it with `nginx -t`, runs nginx in the foreground until it is told to
 * stop (SIGTERM or SIGINT), then stops nginx and removes its folder. nginx may get the same signal
 * from Playwright, which stops the process group: either way it exits and the folder goes.
 */
const port = Number(process.argv[2]);
if (!Number.isInteger(port)) throw new Error('usage: nginx-serve.ts <port>');
if (!haveNginx()) {
	console.error(`nginx not found at ${NGINX}: install Debian's nginx package or set NGINX_PATH`);
	process.exit(1);
}
const paths = prepareNginx(port);
const check = spawnSync(NGINX, nginxArgs(port, '-t'), { encoding: 'utf8' });
if (check.status !== 0) {
	console.error(check.stderr);
	process.exit(1);
}
const nginx = spawn(NGINX, nginxArgs(port, '-g', 'daemon off;'), { stdio: 'inherit' });
const stop = () => nginx.kill('SIGQUIT');
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
nginx.on('exit', (code, signal) => {
	rmSync(paths.dir, { recursive: true, force: true });
	process.exit(signal || code === 0 ? 0 : (code ?? 1));
});
