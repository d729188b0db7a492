/**
 * The cleaner as it stood when a gathering was first scored, read back from the repository's
 * history: the rules of today were drawn from every development gathering, so only the rules of the
 * day show what a combination with the model would have done to a gathering nobody had fitted yet.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CleanResult } from '../../src/lib/corpus/clean';

/**
 * The commit that added each gathering's captures, before any rule was drawn from them; at each, the
 * cleaner gives the first score `docs/evaluation.md` records (the tool prints both to check).
 */
export const FIRST_SIGHT: Record<string, string> = {
	'15e': '0b64d3c',
	'16e': '442cbf6',
	'17e': '9a823be',
	'18e': '800fa2f',
	'19e': 'a56062f',
	'20e': 'f2fb32f',
	'21e': '485c43a',
	'22e': '1d15400',
	'23e': 'cba7418',
	'24e': '629f528',
	'25e': 'c949ec2',
	'26e': '1701c7d',
	'27e': '484f5a1',
	'28e': '8500b3c'
};

/**
 * The cleaner of `commit`: its `src/lib/corpus` and `src/lib/core` written to a temporary folder with
 * `git archive`, and its `cleanCapture` imported from there (the packages from `root`'s node_modules);
 * the folder is removed when the process exits.
 */
export async function cleanerAt(root: string, commit: string): Promise<(raw: string) => CleanResult> {
	const dir = mkdtempSync(join(tmpdir(), `lines-${commit}-`));
	// Removed when the tool exits (the symlink to node_modules goes, not what it points to).
	process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
	const archive = execFileSync('git', ['archive', commit, 'src/lib/corpus', 'src/lib/core'], {
		cwd: root,
		maxBuffer: 64 * 1024 * 1024
	});
	execFileSync('tar', ['-x', '-C', dir], { input: archive });
	symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
	const module = (await import(pathToFileURL(join(dir, 'src/lib/corpus/clean.ts')).href)) as {
		cleanCapture: (raw: string) => CleanResult;
	};
	return module.cleanCapture;
}
