import { resolve } from 'node:path';
import { DataError, formatIssues } from '../lib/core/errors';
import { prepareData } from '../lib/server/pipeline';
import { recordCacheDir } from '../lib/server/record-cache';
import { workerCount } from '../lib/server/record-pool';
import { describeStats, openCache } from '../lib/server/records';
import { parseShard, writePart } from '../lib/server/records-part';

/**
 * `npm run build:part -- --shard i/n --out DIR`: computes the records of the i-th of n partitions of the
 * articles and writes them to `DIR/part-<i>-of-<n>.jsonl`, for `npm run build:merge` to join on the
 * machine that builds. Each part reads the whole data folder (the places and the partition need it) and
 * uses every core of its machine (`BUILD_WORKERS`).
 */
const USAGE = 'usage: npm run build:part -- --shard i/n --out DIR';

async function main(args: string[]): Promise<number> {
	let shardText: string | undefined;
	let out: string | undefined;
	for (let i = 0; i < args.length; i++) {
		if (args[i] === '--shard') shardText = args[++i];
		else if (args[i] === '--out') out = args[++i];
		else {
			console.error(`unknown argument ${args[i]}\n${USAGE}`);
			return 2;
		}
	}
	if (!shardText || !out) {
		console.error(USAGE);
		return 2;
	}
	try {
		const shard = parseShard(shardText);
		const prepared = prepareData();
		const { path, stats } = await writePart(
			prepared,
			shard,
			resolve(out),
			openCache(recordCacheDir(), prepared),
			workerCount()
		);
		console.log(`part ${shard.index}/${shard.count}: ${describeStats(stats)}; written to ${path}`);
		return 0;
	} catch (e) {
		if (e instanceof DataError) {
			console.error(`build:part found ${e.issues.length} problem(s):\n${formatIssues(e.issues)}`);
			return 1;
		}
		console.error(e instanceof Error ? e.message : e);
		return 2;
	}
}

process.exit(await main(process.argv.slice(2)));
