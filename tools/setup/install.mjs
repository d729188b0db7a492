// @ts-check
/**
 * `npm start`'s first step: runs `npm ci` only when the installed packages may not match
 * `package-lock.json`, instead of on every start. It must run on a fresh clone, before any dependency
 * is installed, so it is plain JavaScript using only Node's own modules.
 *
 * After a successful `npm ci` it writes `node_modules/.install-stamp.json` with the lockfile's sha256
 * and the platform; the next start installs again only when node_modules or the stamp is missing, the
 * lockfile changed (a `git pull` that moved a dependency), or the packages were installed for another
 * platform (native binaries such as esbuild's differ). `node tools/setup/install.mjs [folder]` checks
 * another package folder (the audit's, `tools/audit`).
 */
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Where the stamp lives: inside node_modules, so deleting node_modules deletes it too. */
export const STAMP = join('node_modules', '.install-stamp.json');

/**
 * What an install of `dir` depends on: the lockfile's hash and the platform.
 * @param {string} dir
 * @returns {{ lock: string, platform: string }}
 */
export function installKey(dir, platform = `${process.platform}-${process.arch}`) {
	const lock = createHash('sha256')
		.update(readFileSync(join(dir, 'package-lock.json')))
		.digest('hex');
	return { lock, platform };
}

/**
 * Whether `dir` needs `npm ci`, and why (undefined when it does not).
 * @param {string} dir
 * @param {string} [platform]
 * @returns {string | undefined}
 */
export function installReason(dir, platform) {
	if (!existsSync(join(dir, 'package-lock.json'))) throw new Error(`${dir} has no package-lock.json`);
	if (!existsSync(join(dir, 'node_modules'))) return 'node_modules is missing';
	const stampPath = join(dir, STAMP);
	if (!existsSync(stampPath)) return 'node_modules was not installed by this script (no install stamp)';
	/** @type {unknown} */
	let stamp;
	try {
		stamp = JSON.parse(readFileSync(stampPath, 'utf8'));
	} catch {
		return 'the install stamp is unreadable';
	}
	const key = installKey(dir, platform);
	const s = /** @type {{ lock?: unknown, platform?: unknown }} */ (stamp ?? {});
	if (s.lock !== key.lock) return 'package-lock.json changed since the last install';
	if (s.platform !== key.platform) return `installed for ${String(s.platform)}, this is ${key.platform}`;
	return undefined;
}

/**
 * Records that `dir`'s node_modules matches its lockfile now.
 * @param {string} dir
 * @param {string} [platform]
 */
export function writeStamp(dir, platform) {
	writeFileSync(join(dir, STAMP), `${JSON.stringify(installKey(dir, platform))}\n`);
}

/**
 * Runs `npm ci` in `dir` when needed; returns the exit status (0 when nothing was needed).
 * @param {string} dir
 * @returns {number}
 */
export function installIfNeeded(dir) {
	const reason = installReason(dir);
	if (!reason) {
		console.log(`${dir}: packages up to date with package-lock.json, not reinstalling`);
		return 0;
	}
	console.log(`${dir}: ${reason}; running npm ci`);
	// Under `npm run`, npm_execpath is the npm that runs us: use the same one.
	const npm = process.env.npm_execpath;
	const run = npm
		? spawnSync(process.execPath, [npm, 'ci'], { cwd: dir, stdio: 'inherit' })
		: spawnSync('npm', ['ci'], { cwd: dir, stdio: 'inherit', shell: process.platform === 'win32' });
	if (run.status !== 0) return run.status ?? 1;
	writeStamp(dir);
	return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
	process.exit(installIfNeeded(resolve(process.argv[2] ?? '.')));
}
