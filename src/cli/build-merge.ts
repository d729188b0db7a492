import { DataError, formatIssues } from '../lib/core/errors';
import { prepareData } from '../lib/server/pipeline';
import { recordCacheDir } from '../lib/server/record-cache';
import { openCache } from '../lib/server/records';
import { mergeParts, partFiles } from '../lib/server/records-part';

/**
 * `npm run build:merge -- DIR|FILE ...`: joins part files (`npm run build:part`) into this machine's
 * record cache, so that `npm run build` publishes without computing their records again. Every part
 * must have been computed for this data folder's places and this code; a part that was not is refused.
 */
function main(args: string[]): number {
	if (!args.length || args.some((a) => a.startsWith('-'))) {
		console.error('usage: npm run build:merge -- DIR|FILE ... (folders of part-<i>-of-<n>.jsonl files, or the files)');
		return 2;
	}
	try {
		const files = partFiles(args);
		if (!files.length) {
			console.error(`no part-<i>-of-<n>.jsonl files in ${args.join(', ')}`);
			return 1;
		}
		const prepared = prepareData();
		const cache = openCache(recordCacheDir(), prepared);
		if (!cache) {
			console.error('the record cache is off (RECORD_CACHE=off) or the code cannot be hashed: nothing to merge into');
			return 1;
		}
		const result = mergeParts(prepared, files, cache);
		console.log(
			`merged ${result.parts} parts (${result.records} records) into ${cache.folder}: ` +
				`${result.covered} of ${result.articles} articles have their record`
		);
		if (result.missingShards.length)
			console.log(`parts not given: ${result.missingShards.join(', ')} (the build computes their articles)`);
		return 0;
	} catch (e) {
		if (e instanceof DataError) {
			console.error(`build:merge found ${e.issues.length} problem(s):\n${formatIssues(e.issues)}`);
			return 1;
		}
		console.error(e instanceof Error ? e.message : e);
		return 1;
	}
}

process.exit(main(process.argv.slice(2)));
