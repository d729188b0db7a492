import { DataError, formatIssues } from '../lib/core/errors';
import { describeSteps, writeDataFiles } from '../lib/server/data-files';
import { siteDataDir, siteText } from '../lib/server/published';
import { describeStats } from '../lib/server/records';
import { describeReplaced } from '../lib/server/replace-changed';

/**
 * `npm run build:files [-- DIR]`: runs the data build and writes every `data/` file the site publishes
 * (and the pages' `site.json`) into DIR (default `$SITE_DATA_DIR`, else the dev server's
 * `.svelte-kit/dev-data`) once complete, replacing only the files whose bytes changed, and says how
 * many. The files already in DIR are the previous generation whose places' page tables the new cut
 * keeps (`page-cut.ts`). `npm run build` does this step itself; the dev server runs this command when
 * it starts.
 * `SITE_TEXT=excerpts` writes what an excerpts-only build publishes.
 */
const args = process.argv.slice(2);
if (args.length > 1 || args[0]?.startsWith('-')) {
	console.error('usage: npm run build:files [-- DIR]');
	process.exit(2);
}
const out = args[0] ?? siteDataDir();
try {
	const { data, files, replaced, seconds, steps, cpu } = await writeDataFiles(out, { text: siteText() });
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
