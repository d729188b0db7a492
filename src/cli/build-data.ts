import { DataError, formatIssues } from '../lib/core/errors';
import { BUILD_ROUND, buildDataInRounds } from '../lib/server/pipeline';
import { recordCacheDir } from '../lib/server/record-cache';
import { workerCount } from '../lib/server/record-pool';
import { describeStats } from '../lib/server/records';

/**
 * `npm run build:data`: the data build on its own, as `npm run build` runs it first: validates the data
 * folder, then takes the articles (the Markdown ones, then the bulk store) in rounds of `BUILD_ROUND`,
 * computes every record the cache does not hold on one pool of worker threads kept for every round,
 * caches it, and checks the mentions, the ids and the reviewed events across all of them
 * (`buildDataInRounds`), so its memory does not grow with the corpus's text. `BUILD_WORKERS=n` sets the
 * pool's size (0 or 1: none), `RECORD_CACHE=off` computes every record and caches none.
 */
async function main(): Promise<number> {
	if (process.argv.length > 2) {
		console.error(`unknown argument ${process.argv.slice(2).join(' ')} (build:data takes none; see BUILD_WORKERS, RECORD_CACHE)`);
		return 2;
	}
	try {
		const summary = await buildDataInRounds(undefined, workerCount());
		console.log(
			`data: ${describeStats(summary.stats)}, in ${summary.rounds} rounds of up to ${BUILD_ROUND}; ` +
				`${summary.placesNamed} places named, ${summary.reviewedEvents} reviewed events, ${summary.foundEvents} found in the text`
		);
		console.log(`record cache: ${recordCacheDir() ?? 'off'}`);
		return 0;
	} catch (e) {
		if (e instanceof DataError) {
			console.error(`build:data found ${e.issues.length} problem(s):\n${formatIssues(e.issues)}`);
			return 1;
		}
		throw e;
	}
}

process.exit(await main());
