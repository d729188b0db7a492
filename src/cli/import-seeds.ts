import { join } from 'node:path';
import { writeFileAtomic } from '../lib/server/atomic';
import { buildSeedArticles } from '../lib/ingest/seeds';
import { geodataDir } from '../lib/server/sources';

/** `npm run seeds`: regenerates `geodata/articles/` from the seed captures with the tested cleaner. */
const dir = geodataDir();
const seeds = buildSeedArticles(join(dir, 'captures'));
for (const seed of seeds) {
	writeFileAtomic(join(dir, 'articles', `${seed.id}.md`), seed.markdown);
	console.log(`${seed.capture} -> articles/${seed.id}.md`);
}
