import { DataError, formatIssues } from '../lib/core/errors';
import { buildData } from '../lib/server/pipeline';
import { recordCacheDir } from '../lib/server/record-cache';
import { workerCount } from '../lib/server/record-pool';
import { describeStats } from '../lib/server/records';

/**
 * `npm run build:data`: the data build on its own, as `npm run build` runs it first: validates the data
 * folder, then computes every article's record the cache does not hold on a pool of worker threads and
 * caches it. `BUILD_WORKERS=n` sets the pool's size (0 or 1: none), `RECORD_CACHE=off` computes every
 * record and caches none.
 */
async function main(): Promise<number> {
	if (process.argv.length > 2) {
		console.error(`unknown argument ${process.argv.slice(2).join(' ')} (build:data takes none; see BUILD_WORKERS, RECORD_CACHE)`);
		return 2;
	}
	try {
		const { dataset, stats } = await buildData(undefined, workerCount());
		console.log(`data: ${describeStats(stats)}; ${dataset.places.length} places, ${dataset.events.length} events`);
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
