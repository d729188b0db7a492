import { createWriteStream, renameSync, rmSync } from 'node:fs';
import type { Writable } from 'node:stream';
import { DataError, formatIssues } from '../lib/core/errors';
import { excerptsOnly } from '../lib/data/excerpts-only';
import { writeJsonLines } from '../lib/server/json-lines';
import { buildDataInRounds, loadDataset } from '../lib/server/pipeline';
import { workerCount } from '../lib/server/record-pool';

/**
 * `npm run export:articles [-- [--excerpts-only] [file]]`: every article of the data folder with its
 * text and place mentions, one JSON object a line in the published order (`ARTICLE_ORDER` in
 * `src/lib/data/contracts.ts`), to `file` or to standard output. The site publishes the articles only in
 * shards (`data/articles/<n>.json`); this is the whole corpus for anyone who wants it, streamed so that
 * a million articles need no more memory than the dataset itself. The records come from the data build
 * (`buildDataInRounds`: computed on worker threads into the record cache, every check across articles run),
 * then read back from the cache (`loadDataset`). `--excerpts-only` writes what an excerpts-only build
 * publishes. A file is written beside its name and renamed into place once complete.
 */
async function main(): Promise<number> {
	const args = process.argv.slice(2);
	const excerpts = args.includes('--excerpts-only');
	const rest = args.filter((a) => a !== '--excerpts-only');
	if (rest.length > 1 || rest.some((a) => a.startsWith('-'))) {
		console.error(`usage: npm run export:articles -- [--excerpts-only] [file.jsonl] (got ${args.join(' ')})`);
		return 2;
	}
	const file = rest[0];
	let dataset;
	try {
		await buildDataInRounds(undefined, workerCount());
		dataset = loadDataset();
	} catch (e) {
		if (e instanceof DataError) {
			console.error(`export:articles found ${e.issues.length} problem(s):\n${formatIssues(e.issues)}`);
			return 1;
		}
		throw e;
	}
	const { articles } = excerpts ? excerptsOnly(dataset) : dataset;
	const partial = file ? `${file}.partial-${process.pid}` : undefined;
	const out: Writable = partial ? createWriteStream(partial) : process.stdout;
	let error: Error | undefined;
	out.on('error', (e) => (error ??= e));
	try {
		const lines = await writeJsonLines(out, articles);
		if (partial) {
			await new Promise<void>((done, fail) => out.end((e?: Error | null) => (e ? fail(e) : done())));
			renameSync(partial, file!);
			console.error(`export:articles: ${lines} articles to ${file}`);
		}
		return 0;
	} catch (e) {
		if (partial) rmSync(partial, { force: true });
		const failure = error ?? e;
		// A reader that stops early (`| head`) closes the pipe: that is its choice, not a failure.
		if ((failure as NodeJS.ErrnoException).code === 'EPIPE') return 0;
		console.error(`export:articles: ${failure instanceof Error ? failure.message : String(failure)}`);
		return 1;
	}
}

process.exitCode = await main();
