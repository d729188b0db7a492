import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import config from '../../svelte.config.js';
import { liveSite, readManifest, siteManifest } from '../lib/server/publish';

/**
 * `npm run check:stable`: builds the site a second time, into `build-stable/`, and checks that every
 * file has the same bytes as in the published `build/` (run `npm run build` first). A build that
 * depends on the clock or on chance fails here, naming the files that differ: such a build changes
 * the inline script's hash, and with it the page's policy, without any change to the source. The
 * second build computes every article's record afresh (`RECORD_CACHE=off`), so a record cache that
 * serves stale or wrong records to the first build fails here too; and it compresses every file afresh
 * (`COMPRESS_CACHE=off`), so the first build's copies from the compression cache must be a cold
 * build's bytes.
 */
const reference = 'build';
const again = 'build-stable';

function ownFiles(out: string): Record<string, string> {
	const site = liveSite(out);
	if (!site) throw new Error(`${out} is not a published site: run \`npm run build\` first`);
	return readManifest(site) ?? siteManifest(site);
}

/** A `build/` from other sources than the working tree's would differ for a good reason. */
const version = (
	JSON.parse(readFileSync(join(reference, '_app', 'version.json'), 'utf8')) as { version: string }
).version;
if (version !== config.kit?.version?.name) {
	console.error(
		`${reference}/ was built from other sources (version ${version}): run \`npm run build\` first`
	);
	process.exit(1);
}
const first = ownFiles(reference);
const build = spawnSync('npm', ['run', 'build'], {
	stdio: 'inherit',
	env: { ...process.env, SITE_OUT: again, RECORD_CACHE: 'off', COMPRESS_CACHE: 'off' }
});
if (build.status !== 0) process.exit(build.status ?? 1);
const second = ownFiles(again);
const names = [...new Set([...Object.keys(first), ...Object.keys(second)])].sort();
const differ = names.filter((name) => first[name] !== second[name]);
if (differ.length > 0) {
	console.error(`${differ.length} of ${names.length} files differ between two builds of the same source:`);
	for (const name of differ.slice(0, 20)) console.error(`  ${name}`);
	process.exit(1);
}
console.log(`two builds of the same source: all ${names.length} files have the same bytes`);
