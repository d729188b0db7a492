import { DataError, formatIssues } from '../lib/core/errors';
import { loadDataset } from '../lib/server/pipeline';
import { geodataDir } from '../lib/server/sources';
import { resolveOutlets } from '../lib/data/outlets';

/** `npm run check:data`: validates geodata/ and prints what the build would publish. */
function main(): number {
	const dir = geodataDir();
	try {
		const { places, articles, events, outlets: curated = [] } = loadDataset(dir);
		const mentions = articles.reduce((n, a) => n + a.mentions.length, 0);
		const linked = new Set(articles.flatMap((a) => a.mentions.map((m) => m.place)));
		console.log(`${dir}: ${places.length} places, ${articles.length} articles, ${mentions} mentions`);
		const curatedArticles = articles.filter((a) => a.curated);
		const bulk = articles.length - curatedArticles.length;
		// The bulk store's articles are counted, not listed: there may be hundreds of thousands.
		if (bulk)
			console.log(
				`  ${curatedArticles.length} curated (articles/*.md), ${bulk} from the bulk store (bulk/*.parquet)`
			);
		for (const a of curatedArticles) {
			const ids = [...new Set(a.mentions.map((m) => m.place))];
			console.log(
				`  ${a.id} (${a.published}, ${a.datePrecision}): ${a.mentions.length} mentions of ${ids.length} places`
			);
		}
		const unlinked = places.filter((p) => !linked.has(p.id)).map((p) => p.id);
		if (unlinked.length) console.log(`  places no article mentions: ${unlinked.join(', ')}`);
		const reviewed = events.filter((e) => !e.extracted);
		const fromArticles = reviewed.filter((e) => 'article' in e.source).length;
		console.log(
			`  ${reviewed.length} reviewed events: ${fromArticles} sourced to a sentence of the corpus, ${reviewed.length - fromArticles} to outside reporting; ` +
				`${events.length - reviewed.length} more found in the articles' text, not reviewed (npm run events -- list)`
		);
		const { outlets } = resolveOutlets(articles, curated);
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

process.exit(main());
