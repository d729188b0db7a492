import { DataError, formatIssues } from '../lib/core/errors';
import { buildDataInRounds } from '../lib/server/pipeline';
import { geodataDir } from '../lib/server/sources';
import { resolveOutlets } from '../lib/data/outlets';
import { datasetPlaces } from '../lib/data/dataset';

/**
 * `npm run check:data`: validates geodata/ and prints what the build would publish. It runs the data
 * build's own rounds (`buildDataInRounds`), so it holds one round of articles at a time as the build
 * does, and keeps only the figures it prints: the curated articles' lines, the places some article
 * links to, and each outlet name once.
 */
async function main(): Promise<number> {
	const dir = geodataDir();
	const lines: string[] = [];
	const linked = new Set<string>();
	const outletNames = new Set<string>();
	let mentions = 0;
	let curatedCount = 0;
	try {
		const summary = await buildDataInRounds(dir, undefined, undefined, (articles, records) => {
			articles.forEach((a, i) => {
				const found = records[i]!.mentions;
				mentions += found.length;
				for (const m of found) linked.add(m.place);
				outletNames.add(a.outlet);
				// A Markdown article has no row in the bulk store.
				if (a.row !== undefined) return;
				curatedCount++;
				const ids = new Set(found.map((m) => m.place));
				lines.push(
					`  ${a.id} (${a.published}, ${a.datePrecision}): ${found.length} mentions of ${ids.size} places`
				);
			});
		});
		const { prepared, reviewed, unreviewedEvents, stats } = summary;
		const places = datasetPlaces(prepared.candidates, linked);
		console.log(`${dir}: ${places.length} places, ${stats.articles} articles, ${mentions} mentions`);
		const bulk = stats.articles - curatedCount;
		// The bulk store's articles are counted, not listed: there may be hundreds of thousands.
		if (bulk)
			console.log(`  ${curatedCount} curated (articles/*.md), ${bulk} from the bulk store (bulk/*.parquet)`);
		for (const line of lines) console.log(line);
		const unlinked = places.filter((p) => !linked.has(p.id)).map((p) => p.id);
		if (unlinked.length) console.log(`  places no article mentions: ${unlinked.join(', ')}`);
		const fromArticles = reviewed.filter((e) => 'article' in e.source).length;
		console.log(
			`  ${reviewed.length} reviewed events: ${fromArticles} sourced to a sentence of the corpus, ${reviewed.length - fromArticles} to outside reporting; ` +
				`${unreviewedEvents} more found in the articles' text, not reviewed (npm run events -- list)`
		);
		const { outlets } = resolveOutlets(
			[...outletNames].map((outlet) => ({ outlet })),
			prepared.outlets
		);
		const unclassified = outlets.filter((o) => !o.kind).map((o) => o.name);
		console.log(
			`  ${outlets.length} outlets, ${outlets.length - unclassified.length} classified in outlets.json` +
				(unclassified.length ? `; not classified: ${unclassified.join(', ')}` : '')
		);
		return 0;
	} catch (e) {
		if (e instanceof DataError) {
			console.error(`check:data found ${e.issues.length} problem(s):\n${formatIssues(e.issues)}`);
			return 1;
		}
		throw e;
	}
}

process.exit(await main());
