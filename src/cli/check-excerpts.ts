import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scanSite } from '../lib/server/scan';

/**
 * `npm run check:excerpts`, after `npm run build:excerpts` (the fixture corpus `tests/fixtures/excerpts`
 * built with `--excerpts-only` into `build-excerpts/`): fails naming every published file that holds a
 * sentence the excerpts leave out (or a word only such sentences hold), and when the sentences the
 * excerpts keep are missing, which would mean the scan read the wrong site.
 */
const [site = 'build-excerpts', list = 'tests/fixtures/excerpts/withheld.json'] = process.argv.slice(2);
if (!existsSync(site)) {
	console.error(`${site} does not exist: run npm run build:excerpts first`);
	process.exit(1);
}
const { sentences, words, kept } = JSON.parse(readFileSync(list, 'utf8')) as {
	sentences: string[];
	words: string[];
	kept: string[];
};
const withheld = scanSite(site, [...sentences, ...words]);
const found = new Set(scanSite(site, kept).hits.map((h) => h.slice(h.indexOf(': ') + 2)));
const missing = kept.filter((s) => !found.has(s));
// Each reader page says it shows excerpts (the rights note of an excerpts build).
const readers = scanSite(
	join(site, 'articles'),
	['Excerpts only: the sentences that name places'],
	/\.html(\.gz|\.br)?$/
);
const unmarked = readers.files - readers.hits.length;
if (unmarked)
	console.error(`${unmarked} of ${readers.files} files under ${site}/articles do not say they show excerpts`);
for (const hit of withheld.hits) console.error(`published text beyond the excerpts: ${hit}`);
for (const s of missing) console.error(`an excerpt is missing from every file: ${s}`);
if (withheld.hits.length || missing.length || unmarked) process.exit(1);
console.log(
	`${site}: ${withheld.files} files scanned; none holds the ${sentences.length} withheld sentences or their words, ` +
		`and the ${kept.length} excerpts are published`
);
