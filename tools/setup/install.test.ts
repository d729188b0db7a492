import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { installKey, installReason, writeStamp } from './install.mjs';

describe('installReason', () => {
	let dir = '';
	beforeEach(() => {
		dir = mkdtempSync(join(tmpdir(), 'install-'));
		writeFileSync(join(dir, 'package-lock.json'), '{"lockfileVersion":3,"packages":{}}');
	});
	afterEach(() => rmSync(dir, { recursive: true, force: true }));

	it('installs a fresh clone, which has no node_modules', () => {
		expect(installReason(dir, 'linux-x64')).toBe('node_modules is missing');
	});

	it('installs once over a node_modules it did not install, then not again', () => {
		mkdirSync(join(dir, 'node_modules'));
		expect(installReason(dir, 'linux-x64')).toMatch(/no install stamp/);
		writeStamp(dir, 'linux-x64');
		expect(installReason(dir, 'linux-x64')).toBeUndefined();
	});

	it('installs again when the lockfile changes or on another platform', () => {
		mkdirSync(join(dir, 'node_modules'));
		writeStamp(dir, 'linux-x64');
		expect(installReason(dir, 'darwin-arm64')).toBe('installed for linux-x64, this is darwin-arm64');
		writeFileSync(join(dir, 'package-lock.json'), '{"lockfileVersion":3,"packages":{"x":{}}}');
		expect(installReason(dir, 'linux-x64')).toBe('package-lock.json changed since the last install');
	});

	it('treats an unreadable stamp as no install', () => {
		mkdirSync(join(dir, 'node_modules'));
		writeFileSync(join(dir, 'node_modules', '.install-stamp.json'), '{ half');
		expect(installReason(dir, 'linux-x64')).toBe('the install stamp is unreadable');
	});

	it('keys the install on the lockfile’s bytes', () => {
		const a = installKey(dir, 'p');
		expect(a).toEqual({ lock: expect.stringMatching(/^[0-9a-f]{64}$/), platform: 'p' });
		expect(installKey(dir, 'p')).toEqual(a);
	});

	it('refuses a folder with no lockfile', () => {
		rmSync(join(dir, 'package-lock.json'));
		expect(() => installReason(dir)).toThrow(/no package-lock.json/);
	});
});
