import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	readlinkSync,
	rmSync,
	symlinkSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { removeStaleLinks, switchLink, temporaryLink } from './switch-link';

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A folder `name` under the root holding `site.json` with `text`. */
function generation(name: string, text: string): string {
	const dir = join(root, name);
	mkdirSync(dir, { recursive: true });
	writeFileSync(join(dir, 'site.json'), text);
	return dir;
}

describe('switchLink', () => {
	it('makes the link, then points it elsewhere, relative to its folder, leaving nothing beside', () => {
		root = mkdtempSync(join(tmpdir(), 'switch-link-'));
		const out = join(root, 'build');
		switchLink(out, generation('.sites/build/a', 'a'));
		expect(readlinkSync(out)).toBe('.sites/build/a');
		expect(readFileSync(join(out, 'site.json'), 'utf8')).toBe('a');
		let seen: string | undefined;
		switchLink(out, generation('build.gen-2', 'b'), {
			beforeRename: () => (seen = readFileSync(join(out, 'site.json'), 'utf8'))
		});
		// Just before the rename the old link still stands, whole.
		expect(seen).toBe('a');
		expect(readlinkSync(out)).toBe('build.gen-2');
		expect(readFileSync(join(out, 'site.json'), 'utf8')).toBe('b');
		expect(readdirSync(root).sort()).toEqual(['.sites', 'build', 'build.gen-2']);
	});

	it('removes the temporary links of switches whose process is gone, and no other', () => {
		root = mkdtempSync(join(tmpdir(), 'switch-link-'));
		const out = join(root, 'data');
		generation('data.gen-1', '1');
		const dead = temporaryLink(out, 2 ** 22 + 12345);
		const alive = temporaryLink(out, process.ppid);
		symlinkSync('data.gen-1', dead);
		symlinkSync('data.gen-1', alive);
		removeStaleLinks(out);
		expect(existsSync(dead)).toBe(false);
		expect(readlinkSync(alive)).toBe('data.gen-1');
	});
});
