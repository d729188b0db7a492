import { spawnSync } from 'node:child_process';
import {
	copyFileSync,
	existsSync,
	linkSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
	statSync
} from 'node:fs';
import { join, relative, resolve } from 'node:path';
import config from '../../svelte.config.js';
import { writeFileAtomic } from '../lib/server/atomic';
import { compressCacheDir, precompress } from '../lib/server/compress';
import { parseSiteText, type SiteText } from '../lib/data/excerpts-only';
import { headerPolicy, netlifyHeaders, requireMetaPolicy, type Directives } from '../lib/server/headers';
import { nginxServerConf, nginxSiteConf } from '../lib/server/nginx';
import { liveSite, publishSite, stagingFolder, stateOf } from '../lib/server/publish';
import { removeReplaced } from '../lib/server/replace-changed';
import { BUILD_INPUTS } from '../lib/server/build-inputs';
import { addDataFiles, describeDelta } from '../lib/server/data-delta';
import { BUILD_STATE, describeSteps, SITE_FACTS, writeDataFiles } from '../lib/server/data-files';
import { workerCount } from '../lib/server/record-pool';
import { describeStats } from '../lib/server/records';

/**
 * `npm run build`: runs the data build and writes the `data/` files first (`writeDataFiles`: every
 * article's record the record cache does not hold is computed on every core and cached, and the files
 * are written from the corpus in rounds, beside the staging folder, places' pages keeping the cut of
 * the generation published at `out`), then has Vite prerender the pages
 * (the shell, the About page, the curated articles' pages, `/read` and the places' share pages, which
 * read only the facts the data step wrote, `SITE_DATA_DIR`) into a staging folder, moves the `data/`
 * files in, adds what a static host needs (`_headers`,
 * `.gz`/`.br` copies, from the compression cache where a file's bytes were compressed before) and only then publishes it at `build/` (or `$SITE_OUT`, as in svelte.config.js)
 * with one atomic symlink switch (see src/lib/server/publish.ts). The nginx files go to
 * `build.nginx/`, outside the served folder; they are the same for every build.
 *
 * `--excerpts-only` (or `SITE_TEXT=excerpts`) publishes each article's excerpts instead of its whole
 * text, for a public deployment (see src/lib/data/excerpts-only.ts); any other argument is refused.
 *
 * The data step's saved state (`build-state.json`, `build-inputs.json`, `site.json`) is kept beside
 * the generation it belongs to (`.sites/build/<id>.state/`), put there before the symlink switches, so
 * the state beside the published generation is always that generation's, whenever a build is cut
 * short. `--add` starts
 * the data files from the published ones and adds the data folder's new articles to them
 * (`addDataFiles`, reading that state); when they cannot be added it says why and writes every file
 * from the corpus as without it. The rest of the build (prerendering, compressed copies, publishing)
 * is the same either way.
 */
const out = process.env.SITE_OUT || 'build';
const args = process.argv.slice(2);
const unknown = args.filter((a) => a !== '--excerpts-only' && a !== '--add');
if (unknown.length) {
	console.error(`unknown argument ${unknown.join(' ')} (the options are --excerpts-only and --add)`);
	process.exit(2);
}
const add = args.includes('--add');
if (args.includes('--excerpts-only')) process.env.SITE_TEXT = 'excerpts';
let siteText: SiteText;
try {
	siteText = parseSiteText(process.env.SITE_TEXT);
} catch (e) {
	console.error(e instanceof Error ? e.message : e);
	process.exit(2);
}
const nginxDir = `${out}.nginx`;

function htmlFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return htmlFiles(path);
		return name.endsWith('.html') ? [path] : [];
	});
}

/** Writes `path` and says whether its content changed. */
function writeIfChanged(path: string, text: string): boolean {
	if (existsSync(path) && readFileSync(path, 'utf8') === text) return false;
	writeFileAtomic(path, text);
	return true;
}

/**
 * The project's `tsconfig.json` extends `.svelte-kit/tsconfig.json`, which only `svelte-kit sync` for
 * the default site writes. A build into another folder (`SITE_OUT=build-bench`, the hostile and bulk
 * builds) syncs its own `.svelte-kit-<name>` instead, so on a fresh clone nothing has written the
 * file the root config extends and Vite's transform fails to find it: write it first.
 */
function ensureRootTsconfig(): void {
	if (existsSync('.svelte-kit/tsconfig.json')) return;
	const env = { ...process.env };
	delete env.SITE_OUT;
	const sync = spawnSync(process.execPath, [resolve('node_modules/@sveltejs/kit/svelte-kit.js'), 'sync'], {
		stdio: 'inherit',
		env
	});
	if (sync.status !== 0) throw new Error(`svelte-kit sync failed (exit ${sync.status ?? sync.signal})`);
}

/** The files of the saved state, kept in `<generation>.state/` beside the published generation. */
const STATE_FILES = [BUILD_STATE, BUILD_INPUTS, SITE_FACTS];

/**
 * Hard-links every file under `from` into `to` but the compressed copies (`.gz`, `.br`), which the
 * build makes again: the new generation starts as the published one's files, and a file the delta
 * changes is renamed over its link, so the published generation's file stays as it was.
 */
function linkTree(from: string, to: string): void {
	mkdirSync(to, { recursive: true });
	for (const entry of readdirSync(from, { withFileTypes: true })) {
		const source = join(from, entry.name);
		if (entry.isDirectory()) linkTree(source, join(to, entry.name));
		else if (!/\.(gz|br)$/.test(entry.name)) linkSync(source, join(to, entry.name));
	}
}

/**
 * `--add`: the published generation's `data/` and the saved state, linked into `written`, with the
 * data folder's new articles added (`addDataFiles`); or why they cannot be (nothing is left in
 * `written` then).
 */
async function addToPublished(written: string): Promise<string | undefined> {
	const live = liveSite(out);
	const saved = live && stateOf(live);
	if (!saved || !existsSync(join(live, 'data')) || !STATE_FILES.every((f) => existsSync(join(saved, f))))
		return `no published data/ and saved state (<generation>.state/ beside it) to add to`;
	linkTree(join(live, 'data'), join(written, 'data'));
	for (const f of STATE_FILES) copyFileSync(join(saved, f), join(written, f));
	const done = await addDataFiles(written, { text: siteText, workers: workerCount() });
	if (typeof done === 'string') {
		rmSync(written, { recursive: true, force: true });
		return done;
	}
	console.log(describeDelta(done, 'the published data'));
	return undefined;
}

const staging = stagingFolder(out);
const written = `${staging}.data`;
const state = `${staging}.state`;
try {
	const refused = add ? await addToPublished(written) : 'no --add';
	if (add && refused) console.log(`the full build, since the new articles cannot be added: ${refused}`);
	if (refused) {
		// The published generation (`out`) is the previous one whose page tables the new cut keeps.
		const { data, files, seconds, steps, cpu: stepCpu } = await writeDataFiles(written, {
			text: siteText,
			previous: out
		});
		console.log(`data: ${describeStats(data.stats)}`);
		console.log(`${files} data files written in ${seconds.toFixed(1)} s (${describeSteps(steps, stepCpu)})`);
	}
	ensureRootTsconfig();
	const vite = spawnSync(process.execPath, [resolve('node_modules/vite/bin/vite.js'), 'build'], {
		stdio: 'inherit',
		env: { ...process.env, SITE_STAGING: staging, SITE_DATA_DIR: resolve(written) }
	});
	if (vite.status !== 0) throw new Error(`vite build failed (exit ${vite.status ?? vite.signal})`);
	if (existsSync(join(staging, 'data'))) throw new Error(`vite build wrote ${staging}/data, which the data step writes`);
	renameSync(join(written, 'data'), join(staging, 'data'));
	// The saved state goes beside the generation as it is published, for a later `--add` to read.
	mkdirSync(state, { recursive: true });
	for (const f of STATE_FILES) renameSync(join(written, f), join(state, f));
	removeReplaced(written);

	const pages = htmlFiles(staging).sort();
	for (const page of pages) requireMetaPolicy(relative(staging, page), readFileSync(page, 'utf8'));
	const policy = headerPolicy((config.kit?.csp?.directives ?? {}) as Directives);
	writeFileAtomic(join(staging, '_headers'), netlifyHeaders(policy));
	const compressStart = performance.now();
	const compressCpu = process.cpuUsage();
	const sizes = await precompress(staging, { cache: compressCacheDir(out) });
	const cpu = process.cpuUsage(compressCpu);
	console.log(
		`compressed copies of ${sizes.compressed + sizes.cached} files: ${sizes.compressed} compressed, ${sizes.cached} from the cache, ` +
			`in ${((performance.now() - compressStart) / 1000).toFixed(1)} s (${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU)`
	);

	const siteConf = resolve(nginxDir, 'site.conf');
	const changed = writeIfChanged(siteConf, nginxSiteConf(policy));
	writeIfChanged(resolve(nginxDir, 'server.conf'), nginxServerConf(resolve(out), siteConf));

	const published = publishSite(staging, out, state);
	// Where builds before session 25 kept the state, apart from the generation it belonged to.
	rmSync(`${out}.state`, { recursive: true, force: true });
	console.log(
		`${siteText === 'excerpts' ? 'excerpts only' : 'full text'}; ${pages.length} pages; ${sizes.copies} compressed copies (${(sizes.bytes / 1e6).toFixed(2)} MB of text, ` +
			`${(sizes.gzBytes / 1e6).toFixed(2)} MB gzip)`
	);
	console.log(
		published.unchanged
			? `${out} already publishes these files (${out} -> ${relative(resolve('.'), published.site)})`
			: `published ${out} -> ${relative(resolve('.'), published.site)}` +
					(published.carried ? `, with ${published.carried} immutable files of the previous build` : '') +
					(published.previous
						? `; ${published.changed} of ${published.files} files new or changed since it, ${published.removed} gone (the rest are its files, linked)`
						: '')
	);
	if (changed) console.log(`nginx configuration written to ${nginxDir}/: reload nginx if it serves ${out}`);
} catch (e) {
	rmSync(staging, { recursive: true, force: true });
	removeReplaced(written);
	rmSync(state, { recursive: true, force: true });
	console.error(e instanceof Error ? e.message : e);
	process.exit(1);
}
