/**
 * What the candidate finder leaves over in the real corpus: a statement about `geodata/` (its gazetteer
 * covers every place its articles name), so it lives here rather than beside the rule in
 * `src/lib/ingest/unknown-names.test.ts`, which runs on a gazetteer of its own.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findUnknownNames } from '../../src/lib/ingest/unknown-names';
import { loadDataset } from '../../src/lib/server/pipeline';

const dataset = loadDataset(join(import.meta.dirname, '..', '..', 'geodata'));

describe('findUnknownNames on the corpus', () => {
	it('finds nothing the curated gazetteer misses in any corpus article', () => {
		for (const a of dataset.articles) expect(findUnknownNames(a.body, a.mentions), a.id).toEqual([]);
	});
});
