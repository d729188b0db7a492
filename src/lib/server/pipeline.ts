import { assembleDataset, prepareDataset, type Dataset, type PreparedDataset } from '../data/dataset';
import { DataError } from '../core/errors';
import { geoNamesCities } from './geonames';
import { recordCacheDir } from './record-cache';
import { workerCount } from './record-pool';
import { cachedRecords, openCache, workerRecords, type RecordStats } from './records';
import { geodataDir, readSources } from './sources';

let cached: { dir: string; dataset: Dataset } | undefined;

/** The data folder read and validated: everything before the per-article stage. */
export function prepareData(dir = geodataDir()): PreparedDataset {
	const { sources, issues } = readSources(dir);
	if (issues.length) throw new DataError(issues);
	return prepareDataset(sources, geoNamesCities());
}

/**
 * The one place the data pipeline runs: read `geodata/` and GeoNames (for automatic places), validate,
 * geoparse. The build's published
 * files, the reader pages and the command-line tools all call this, so they all see the same links.
 * The result is cached per process because prerendering asks for it once per page. Each article's
 * record comes from the record cache (`.cache/records`, see `record-cache.ts`) when it was computed
 * before with the same places and code; the rest are computed here and cached.
 */
export function loadDataset(dir = geodataDir()): Dataset {
	if (cached?.dir === dir) return cached.dataset;
	const prepared = prepareData(dir);
	const { records } = cachedRecords(prepared, openCache(recordCacheDir(), prepared));
	const dataset = assembleDataset(prepared, records);
	cached = { dir, dataset };
	return dataset;
}

/**
 * The data build on every core: like `loadDataset`, but the records the cache does not hold are computed
 * on a pool of `workers` threads (see `record-pool.ts`) and cached, so the build's pages, which call
 * `loadDataset` in another process, find every record there.
 */
export async function buildData(
	dir = geodataDir(),
	workers = workerCount()
): Promise<{ dataset: Dataset; stats: RecordStats }> {
	const prepared = prepareData(dir);
	const { records, stats } = await workerRecords(prepared, openCache(recordCacheDir(), prepared), workers);
	const dataset = assembleDataset(prepared, records);
	cached = { dir, dataset };
	return { dataset, stats };
}
