import { DataError, formatIssues } from '../lib/core/errors';
import { addDataFiles, describeDelta } from '../lib/server/data-delta';
import { describeSteps, writeDataFiles } from '../lib/server/data-files';
import { workerCount } from '../lib/server/record-pool';
import { siteDataDir, siteText } from '../lib/server/published';
import { describeStats } from '../lib/server/records';
import { describeReplaced } from '../lib/server/replace-changed';

/**
 * `npm run build:files [-- DIR]`: runs the data build and writes every `data/` file the site publishes
 * (and the pages' `site.json`) into DIR (default `$SITE_DATA_DIR`, else the dev server's
 * `.svelte-kit/dev-data`) once complete, the written folder taking DIR's place with the files whose
 * bytes did not change kept as they were (hard links), and says how many changed; a run cut short
 * leaves DIR whole, and the next run puts right what it left (`server/cut-short.ts`). The files
 * already in DIR are the previous generation whose places' page tables the new cut keeps
 * (`page-cut.ts`). `npm run build` does this step itself; the dev server runs this command when
 * it starts.
 * `SITE_TEXT=excerpts` writes what an excerpts-only build publishes.
 *
 * `npm run build:files -- --add [DIR]` adds the data folder's new articles (new `articles/*.md` and
 * `bulk/*.parquet` files since the build that wrote DIR) to DIR's files, reading DIR's saved state
 * (`build-state.json`, `build-inputs.json`) and only the published files they touch
 * (`server/data-delta.ts`); when it cannot (any other input changed, an older article, …) it says why
 * and takes the full path.
 */
const args = process.argv.slice(2);
const add = args.includes('--add');
const rest = args.filter((a) => a !== '--add');
if (rest.length > 1 || rest[0]?.startsWith('-')) {
	console.error('usage: npm run build:files [-- [--add] DIR]');
	process.exit(2);
}
const out = rest[0] ?? siteDataDir();
try {
	if (add) {
		const done = await addDataFiles(out, { text: siteText(), workers: workerCount() });
		if (typeof done !== 'string') {
			console.log(describeDelta(done, out));
			process.exit(0);
		}
		console.log(`the full build, since the new articles cannot be added: ${done}`);
	}
	const { data, files, replaced, repaired, seconds, steps, cpu } = await writeDataFiles(out, {
		text: siteText()
	});
	for (const line of repaired) console.log(line);
	console.log(`data: ${describeStats(data.stats)}`);
	console.log(
		`${files} data files written to ${out} in ${seconds.toFixed(1)} s (${describeSteps(steps, cpu)}); ` +
			describeReplaced(replaced)
	);
} catch (e) {
	if (e instanceof DataError) console.error(`${e.issues.length} problem(s):\n${formatIssues(e.issues)}`);
	else console.error(e instanceof Error ? e.message : e);
	process.exit(1);
}
