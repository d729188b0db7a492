import { buildDataset, type Dataset } from '../data/dataset';
import { DataError } from '../core/errors';
import { geoNamesCities } from './geonames';
import { geodataDir, readSources } from './sources';

let cached: { dir: string; dataset: Dataset } | undefined;

/**
 * The one place the data pipeline runs: read `geodata/` and GeoNames (for automatic places), validate,
 * geoparse. The build's published
 * files, the reader pages and the command-line tools all call this, so they all see the same links.
 * The result is cached per process because prerendering asks for it once per page.
 */
export function loadDataset(dir = geodataDir()): Dataset {
	if (cached?.dir === dir) return cached.dataset;
	const { sources, issues } = readSources(dir);
	if (issues.length) throw new DataError(issues);
	const dataset = buildDataset(sources, geoNamesCities());
	cached = { dir, dataset };
	return dataset;
}
