import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '../../src/lib/corpus/article';
import { formatIssues, type DataIssue } from '../../src/lib/core/errors';
import { compromiseMentions } from './baseline';
import {
	checkGold,
	goldFileSchema,
	scoreLinks,
	scoreMentions,
	type ArticleMentions,
	type Score
} from './evaluate';
import { buildAliasIndex, findMentions, type AliasIndex, type Mention } from '../../src/lib/geoparse/match';
import { loadDataset } from '../../src/lib/server/pipeline';

const EVAL_DIR = fileURLToPath(new URL('../../tests/eval/', import.meta.url));
const GOLD_DIR = join(EVAL_DIR, 'gold');
const UNSEEN_DIR = join(EVAL_DIR, 'unseen');

interface Text {
	id: string;
	body: string;
	/** For a corpus article, the mentions the pipeline publishes; the alias matcher is scored on these. */
	published?: Mention[];
}

interface EvalSet {
	name: 'corpus' | 'unseen';
	dir: string;
	texts: Text[];
	gold: ArticleMentions[];
}

interface Row extends Score {
	system: string;
	set: string;
	unit: 'mentions' | 'links';
}

interface System {
	name: string;
	run: (text: Text, index: AliasIndex) => Mention[];
}

const ALIAS_MATCHER: System = {
	name: 'alias matcher',
	run: (text, index) => text.published ?? findMentions(text.body, index)
};
const BASELINE: System = {
	name: 'compromise places()',
	run: (text, index) => compromiseMentions(text.body, index)
};

function shown(path: string): string {
	return relative(process.cwd(), path) || '.';
}

function readUnseen(issues: DataIssue[]): Text[] {
	const names = readdirSync(UNSEEN_DIR)
		.filter((n) => n.endsWith('.md'))
		.sort();
	const texts: Text[] = [];
	for (const name of names) {
		const file = shown(join(UNSEEN_DIR, name));
		const article = parseArticle(file, readFileSync(join(UNSEEN_DIR, name), 'utf8'), issues);
		if (article) texts.push({ id: article.id, body: article.body });
	}
	return texts;
}

/** Reads `<dir>/<id>.json` for every text and checks it against the text; no gold file may be left over. */
function readGold(dir: string, texts: Text[], placeIds: Set<string>, issues: DataIssue[]): ArticleMentions[] {
	const gold: ArticleMentions[] = [];
	const ids = new Set(texts.map((t) => t.id));
	for (const name of readdirSync(dir).filter((n) => n.endsWith('.json'))) {
		if (!ids.has(name.slice(0, -5)))
			issues.push({ file: shown(join(dir, name)), field: '(file name)', message: 'no article with this id' });
	}
	for (const { id, body } of texts) {
		const file = shown(join(dir, `${id}.json`));
		let data: unknown;
		try {
			data = JSON.parse(readFileSync(join(dir, `${id}.json`), 'utf8'));
		} catch (e) {
			issues.push({ file, field: '(file)', message: `cannot read gold mentions: ${(e as Error).message}` });
			continue;
		}
		const parsed = goldFileSchema.safeParse(data);
		if (!parsed.success) {
			for (const issue of parsed.error.issues)
				issues.push({ file, field: issue.path.join('.') || '(root)', message: issue.message });
			continue;
		}
		if (parsed.data.article !== id)
			issues.push({ file, field: 'article', message: `is "${parsed.data.article}", expected "${id}"` });
		for (const message of checkGold(parsed.data, body, placeIds))
			issues.push({ file, field: 'mentions', message });
		gold.push(parsed.data);
	}
	return gold;
}

function fixed(n: number): string {
	return n.toFixed(3);
}

function table(rows: Row[]): string {
	const head = ['system', 'set', 'unit', 'tp', 'fp', 'fn', 'precision', 'recall', 'F1'];
	const cells = rows.map((r) => [
		r.system,
		r.set,
		r.unit,
		String(r.tp),
		String(r.fp),
		String(r.fn),
		fixed(r.precision),
		fixed(r.recall),
		fixed(r.f1)
	]);
	const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
	const line = (c: string[]) =>
		c.map((v, i) => (i < 3 ? v.padEnd(widths[i]!) : v.padStart(widths[i]!))).join('  ');
	return [line(head), ...cells.map(line)].join('\n');
}

function errors(set: EvalSet, predicted: ArticleMentions[]): string[] {
	const key = (m: Mention) => `${m.start}:${m.end}:${m.place}`;
	const out: string[] = [];
	for (const g of set.gold) {
		const p = predicted.find((a) => a.article === g.article)?.mentions ?? [];
		const goldKeys = new Set(g.mentions.map(key));
		const predictedKeys = new Set(p.map(key));
		const missed = g.mentions.filter((m) => !predictedKeys.has(key(m)));
		const extra = p.filter((m) => !goldKeys.has(key(m)));
		if (!missed.length && !extra.length) continue;
		out.push(`${set.name} ${g.article}`);
		for (const m of missed) out.push(`  missed ${m.start}-${m.end} "${m.surface}" ${m.place}`);
		for (const m of extra) out.push(`  extra  ${m.start}-${m.end} "${m.surface}" ${m.place}`);
	}
	return out;
}

/**
 * `npm run eval`: scores the alias matcher and a compromise baseline against hand-checked gold
 * mentions, on the corpus (`tests/eval/gold/`) and on invented articles written with spellings the
 * curated aliases may lack (`tests/eval/unseen/`), so a change to aliases or matching shows its effect
 * on both precision and recall. `--json` prints only JSON; `--errors` also lists each article's missed
 * and extra mentions for the alias matcher. Exits 1 when a gold file is inconsistent with its article.
 */
function main(argv: string[]): number {
	const unknown = argv.filter((a) => a !== '--json' && a !== '--errors');
	if (unknown.length) {
		console.error(`eval: unknown argument(s) ${unknown.join(' ')}; usage: eval [--json] [--errors]`);
		return 2;
	}
	const json = argv.includes('--json');
	const { places, articles } = loadDataset();
	const placeIds = new Set(places.map((p) => p.id));
	const index = buildAliasIndex(places);

	const issues: DataIssue[] = [];
	const corpusTexts = articles.map((a) => ({ id: a.id, body: a.body, published: a.mentions }));
	const unseenTexts = readUnseen(issues);
	const sets: EvalSet[] = [
		{
			name: 'corpus',
			dir: GOLD_DIR,
			texts: corpusTexts,
			gold: readGold(GOLD_DIR, corpusTexts, placeIds, issues)
		},
		{
			name: 'unseen',
			dir: UNSEEN_DIR,
			texts: unseenTexts,
			gold: readGold(UNSEEN_DIR, unseenTexts, placeIds, issues)
		}
	];
	if (issues.length) {
		console.error(`eval: the gold data has ${issues.length} problem(s):\n${formatIssues(issues)}`);
		return 1;
	}

	const rows: Row[] = [];
	const details: string[] = [];
	for (const system of [ALIAS_MATCHER, BASELINE]) {
		for (const set of sets) {
			const predicted = set.texts.map((t) => ({ article: t.id, mentions: system.run(t, index) }));
			rows.push({
				system: system.name,
				set: set.name,
				unit: 'mentions',
				...scoreMentions(set.gold, predicted)
			});
			rows.push({ system: system.name, set: set.name, unit: 'links', ...scoreLinks(set.gold, predicted) });
			if (system === ALIAS_MATCHER) details.push(...errors(set, predicted));
		}
	}

	const summary = sets.map((s) => ({
		set: s.name,
		dir: shown(s.dir),
		articles: s.texts.length,
		goldMentions: s.gold.reduce((n, a) => n + a.mentions.length, 0),
		goldLinks: new Set(s.gold.flatMap((a) => a.mentions.map((m) => `${a.article} ${m.place}`))).size
	}));
	if (json) {
		const out: Record<string, unknown> = { sets: summary, results: rows };
		if (argv.includes('--errors')) out.aliasMatcherErrors = details;
		console.log(JSON.stringify(out, null, 2));
		return 0;
	}
	console.log('Geoparser evaluation against hand-checked gold mentions');
	for (const s of summary)
		console.log(
			`  ${s.set}: ${s.articles} articles, ${s.goldMentions} mentions, ${s.goldLinks} links (${s.dir})`
		);
	console.log('  mentions: exact span and place; links: distinct (article, place) pairs\n');
	console.log(table(rows));
	if (argv.includes('--errors')) console.log(`\nAlias matcher against the gold:\n${details.join('\n')}`);
	return 0;
}

process.exit(main(process.argv.slice(2)));
