import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '../../src/lib/corpus/article';
import { formatIssues, type DataIssue } from '../../src/lib/core/errors';
import { compromiseMentions } from './baseline';
import {
	checkGold,
	goldFileSchema,
	scoreKeys,
	scoreLinks,
	scoreMentions,
	scoreOverlap,
	type SpanKey,
	type ArticleMentions,
	type Score
} from './evaluate';
import { buildAliasIndex, findMentions, type AliasIndex, type Mention } from '../../src/lib/geoparse/match';
import { loadDataset } from '../../src/lib/server/pipeline';
import { placePositions, proposeCapture, type PlacePositions } from '../../src/lib/ingest/propose';
import { linkablePlaces } from '../../src/lib/data/dataset';
import { recordPlaces } from '../../src/lib/data/records';
import { geoNamesCities } from '../../src/lib/server/geonames';
import { readSources } from '../../src/lib/server/sources';
import { keptText, rawMentions, bodyMentions, outsideHeadline, scoredGold, type IngestOutput } from './real';
import { readCaptures, type Capture } from './captures';
import { foundEvents, scoreEvents, scoredEvents, type EventFigures } from './events';
import { extractEvents } from '../../src/lib/events/extract';
import type { PlaceKind } from '../../src/lib/places/kinds';
import { canonicalPlaces, equatedLabels, labelledPlaceKinds } from './labelled-places';

const EVAL_DIR = fileURLToPath(new URL('../../tests/eval/', import.meta.url));
const GOLD_DIR = join(EVAL_DIR, 'gold');
const UNSEEN_DIR = join(EVAL_DIR, 'unseen');
const REAL_DIR = join(EVAL_DIR, 'real');

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
	/** `mentions~`: span overlap instead of the exact span (real sets only). */
	unit: 'mentions' | 'mentions~' | 'links';
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

/** One real capture and its labels, `tests/eval/real/<half>/<name>.{txt,json}`. */
/** Reads one half of the real set; every problem is reported with its file and field. */
function readReal(half: 'dev' | 'test', issues: DataIssue[]): Capture[] {
	return readCaptures(join(REAL_DIR, half), issues);
}

interface RealFigures {
	set: string;
	captures: number;
	sentences: number;
	sentenceRecall: number;
	furniturePer10: number;
	lost: number;
	unplaced: number;
	furniture: string[];
	/** Labelled sentences of article text the cleaner dropped, each with its capture's name. */
	missing: string[];
	events: EventFigures;
	/** The extractor given the labelled place mentions instead of the geoparser's. */
	alone: EventFigures;
}

/** Runs ingest's core on every capture of a half and scores links, mentions and the kept text. */
function scoreRealHalf(
	set: string,
	items: Capture[],
	index: AliasIndex,
	positions: PlacePositions,
	canonical: (id: string) => string,
	placeKind: (id: string) => PlaceKind | undefined,
	goldKind: (id: string) => PlaceKind | undefined,
	rows: Row[],
	details: string[]
): RealFigures {
	const outputs = items.map((item): IngestOutput => {
		const proposal = proposeCapture(item.raw, 'txt', index, positions, () => []);
		return {
			articles: proposal.articles.map((a) => ({
				title: a.title,
				titleInferred: a.titleInferred,
				body: a.body,
				mentions: a.mentions
			}))
		};
	});
	const { events, alone } = scoreRealEvents(items, outputs, canonical, placeKind, goldKind);
	const systems: { name: string; mentions: (o: IngestOutput) => IngestOutput }[] = [
		{ name: ALIAS_MATCHER.name, mentions: (o) => o },
		{
			name: BASELINE.name,
			mentions: (o) => ({
				articles: o.articles.map((a) => ({ ...a, mentions: compromiseMentions(a.body, index) }))
			})
		}
	];
	let unplaced = 0;
	for (const system of systems) {
		const goldMentions = new Set<string>();
		const goldLinks = new Set<string>();
		const predictedMentions = new Set<string>();
		const predictedLinks = new Set<string>();
		const goldSpans: SpanKey[] = [];
		const predictedSpans: SpanKey[] = [];
		items.forEach((item, k) => {
			for (const m of scoredGold(item.raw, item.labels)) {
				const place = canonical(m.place);
				goldSpans.push({ doc: item.name, place, start: m.start, end: m.end });
				goldMentions.add(`${item.name} ${m.start}:${m.end} ${place}`);
				if (m.role !== 'dateline') goldLinks.add(`${item.name} ${place}`);
			}
			const placed = rawMentions(item.raw, system.mentions(outputs[k]!));
			if (system.name === ALIAS_MATCHER.name) unplaced += placed.unplaced;
			// Ingest keeps the headline in the body when it infers a title; the headline is not scored.
			const inBody = outsideHeadline(item.raw, item.labels.title);
			for (const m of placed.mentions) {
				if (!inBody(m)) continue;
				const place = canonical(m.place);
				predictedSpans.push({ doc: item.name, place, start: m.start, end: m.end });
				predictedMentions.add(`${item.name} ${m.start}:${m.end} ${place}`);
				if (m.role !== 'dateline') predictedLinks.add(`${item.name} ${place}`);
			}
		});
		rows.push({
			system: system.name,
			set,
			unit: 'mentions',
			...scoreKeys([...goldMentions], [...predictedMentions])
		});
		rows.push({ system: system.name, set, unit: 'mentions~', ...scoreOverlap(goldSpans, predictedSpans) });
		rows.push({ system: system.name, set, unit: 'links', ...scoreKeys([...goldLinks], [...predictedLinks]) });
		if (system.name === ALIAS_MATCHER.name) {
			for (const k of goldLinks) if (!predictedLinks.has(k)) details.push(`${set} missed link ${k}`);
			for (const k of predictedLinks) if (!goldLinks.has(k)) details.push(`${set} extra  link ${k}`);
			const surface = (k: string) => {
				const [name, span] = k.split(' ') as [string, string];
				const [start, end] = span.split(':').map(Number) as [number, number];
				const raw = items.find((i) => i.name === name)?.raw ?? '';
				return JSON.stringify(raw.slice(start, end));
			};
			for (const k of goldMentions)
				if (!predictedMentions.has(k)) details.push(`${set} missed mention ${k} ${surface(k)}`);
			for (const k of predictedMentions)
				if (!goldMentions.has(k)) details.push(`${set} extra  mention ${k} ${surface(k)}`);
		}
	}
	let sentences = 0;
	let kept = 0;
	let lost = 0;
	const furniture: string[] = [];
	const missing: string[] = [];
	let articles = 0;
	items.forEach((item, k) => {
		const t = keptText(item.labels, outputs[k]!);
		sentences += t.sentences;
		kept += t.kept;
		if (t.lost) lost++;
		articles += Math.max(1, outputs[k]!.articles.length);
		furniture.push(...t.furniture.map((f) => `${item.name}: ${f}`));
		missing.push(...t.missing.map((m) => `${item.name}: ${m}`));
	});
	return {
		set,
		captures: items.length,
		sentences,
		sentenceRecall: sentences ? kept / sentences : 1,
		furniturePer10: articles ? (10 * furniture.length) / articles : 0,
		lost,
		unplaced,
		furniture,
		missing,
		events,
		alone
	};
}

/**
 * Event extraction on the labelled captures of a half: the extractor reads each body ingest produced,
 * dated by the labelled publication day (what a curator gives ingest with `--date`, so the scoring
 * measures reading dates in the text, not guessing the publication day). A capture with no
 * `<name>.events.json` is counted as not labelled and not scored.
 */
function scoreRealEvents(
	items: Capture[],
	outputs: IngestOutput[],
	canonical: (id: string) => string,
	placeKind: (id: string) => PlaceKind | undefined,
	goldKind: (id: string) => PlaceKind | undefined
): { events: EventFigures; alone: EventFigures } {
	const gold = [];
	const found = [];
	const foundAlone = [];
	let labelled = 0;
	let inHeadline = 0;
	const linked = new Set<string>();
	const labelledInBody = new Set<string>();
	for (const [k, item] of items.entries()) {
		if (!item.events) continue;
		labelled++;
		const scored = scoredEvents(item.name, item.raw, item.labels.title, item.events, canonical);
		gold.push(...scored.events);
		inHeadline += scored.inHeadline;
		const output = outputs[k]!;
		for (const a of output.articles)
			for (const m of a.mentions) linked.add(`${item.name} ${canonical(m.place)}`);
		const candidates = output.articles.map((a) =>
			extractEvents({ body: a.body, mentions: a.mentions, published: item.labels.published, placeKind })
		);
		// Found events in the headline (kept in the body when ingest infers a title) are not scored,
		// as the labelled ones there are not.
		const inBody = outsideHeadline(item.raw, item.labels.title);
		found.push(...foundEvents(item.name, item.raw, output, candidates, canonical).filter(inBody));
		// The same bodies with the labelled mentions in place of the geoparser's: the extractor alone.
		const labelledMentions = bodyMentions(
			item.raw,
			output,
			item.labels.mentions.map((m) => ({ ...m, place: canonical(m.place) }))
		);
		for (const list of labelledMentions) for (const m of list) labelledInBody.add(`${item.name} ${m.place}`);
		const alone = output.articles.map((a, n) =>
			extractEvents({
				body: a.body,
				mentions: labelledMentions[n]!,
				published: item.labels.published,
				placeKind: goldKind
			})
		);
		foundAlone.push(...foundEvents(item.name, item.raw, output, alone, (id) => id).filter(inBody));
	}
	const unlabelled = items.length - labelled;
	return {
		events: scoreEvents(gold, found, labelled, unlabelled, inHeadline, linked),
		alone: scoreEvents(gold, foundAlone, labelled, unlabelled, inHeadline, labelledInBody)
	};
}

/**
 * `npm run eval`: scores the alias matcher and a compromise baseline against hand-checked gold
 * mentions, on the corpus (`tests/eval/gold/`), on invented articles written with spellings the
 * curated aliases may lack (`tests/eval/unseen/`), and end to end through ingest on the real captures
 * (`tests/eval/real/`, dev and test halves), so a change shows its effect on precision and recall.
 * `--json` prints only JSON; `--errors` also lists the alias matcher's misses and extras; `--dev`
 * leaves the test half unread, for tuning. Exits 1 when a gold file is inconsistent with its article.
 */
function main(argv: string[]): number {
	const unknown = argv.filter((a) => a !== '--json' && a !== '--errors' && a !== '--dev');
	if (unknown.length) {
		console.error(`eval: unknown argument(s) ${unknown.join(' ')}; usage: eval [--json] [--errors] [--dev]`);
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

	const realIssues: DataIssue[] = [];
	const geodataSources = readSources().sources;
	const linkable = linkablePlaces(
		places.filter((p) => p.curation !== 'automatic'),
		geodataSources.automaticReview,
		geoNamesCities(),
		realIssues,
		geodataSources.communities
	);
	const realIndex = buildAliasIndex(recordPlaces(linkable));
	const positions = placePositions(linkable);
	// While tuning, --dev leaves the held-out test half unread, so nothing of it can be seen.
	const halves = (argv.includes('--dev') ? (['dev'] as const) : (['dev', 'test'] as const)).map((half) => ({
		half,
		items: readReal(half, realIssues)
	}));
	const equated = equatedLabels(geodataSources.communities, geoNamesCities(), realIssues);
	if (realIssues.length) {
		console.error(`eval: the real set has ${realIssues.length} problem(s):\n${formatIssues(realIssues)}`);
		return 1;
	}
	const curatedSince = (
		JSON.parse(readFileSync(join(REAL_DIR, 'curated-ids.json'), 'utf8')) as { ids: Record<string, string> }
	).ids;
	const canonical = canonicalPlaces(linkable, geoNamesCities(), curatedSince, equated);
	const kinds = new Map(linkable.map((p) => [p.id, p.kind]));
	const placeKind = (id: string) => kinds.get(id);
	const goldKind = labelledPlaceKinds(linkable, canonical);
	// The development half is also scored per gathering, so that captures added after the rules were
	// tuned show how well the rules carry over to text they were not fitted to.
	const scored = halves.flatMap((h) => {
		const batches = [...new Set(h.items.map((i) => i.labels.batch ?? 1))].sort();
		const parts = batches.length > 1 ? batches : [];
		return [
			{ set: `real ${h.half}`, items: h.items, part: false },
			...parts.map((b) => ({
				set: `real ${h.half} ${b === 1 ? 'first' : `batch ${b}`}`,
				items: h.items.filter((i) => (i.labels.batch ?? 1) === b),
				part: true
			}))
		];
	});
	const real = scored
		.filter((h) => h.items.length)
		.map((h) => ({
			// A part's misses are already listed under its whole half.
			...scoreRealHalf(
				h.set,
				h.items,
				realIndex,
				positions,
				canonical,
				placeKind,
				goldKind,
				rows,
				h.part ? [] : details
			),
			part: h.part
		}));

	const summary = sets.map((s) => ({
		set: s.name,
		dir: shown(s.dir),
		articles: s.texts.length,
		goldMentions: s.gold.reduce((n, a) => n + a.mentions.length, 0),
		goldLinks: new Set(s.gold.flatMap((a) => a.mentions.map((m) => `${a.article} ${m.place}`))).size
	}));
	if (json) {
		const out: Record<string, unknown> = {
			sets: summary,
			real: real.map(({ furniture: _furniture, missing: _missing, events, alone, ...figures }) => {
				const shownEvents = (e: EventFigures) => {
					const { missed, extra, wrongDates, ...eventFigures } = e;
					return argv.includes('--errors') ? { ...eventFigures, missed, extra, wrongDates } : eventFigures;
				};
				return { ...figures, events: shownEvents(events), extractorAlone: shownEvents(alone) };
			}),
			results: rows
		};
		if (argv.includes('--errors')) out.aliasMatcherErrors = details;
		console.log(JSON.stringify(out, null, 2));
		return 0;
	}
	console.log('Geoparser evaluation against hand-checked gold mentions');
	for (const s of summary)
		console.log(
			`  ${s.set}: ${s.articles} articles, ${s.goldMentions} mentions, ${s.goldLinks} links (${s.dir})`
		);
	console.log(
		'  mentions: exact span and place; mentions~: overlapping span and place; links: distinct (article, place) pairs\n'
	);
	console.log(table(rows));
	for (const r of real)
		console.log(
			`\n${r.set}: ${r.captures} captures, ${r.sentences} labelled sentences; kept ${fixed(r.sentenceRecall)}; ` +
				`furniture in bodies ${r.furniturePer10.toFixed(2)} lines per 10 articles; ` +
				`captures with no article ${r.lost}; mentions not placed in the capture ${r.unplaced}`
		);
	for (const r of real) {
		const e = r.events;
		console.log(
			`${r.set} events: ${e.labelled} captures labelled, ${e.unlabelled} not labelled (not scored)` +
				(e.inHeadline ? `, ${e.inHeadline} labelled events in a headline (not scored)` : '') +
				(e.labelled
					? `; (place, kind) pairs per article P/R/F1 ${fixed(e.precision)} / ${fixed(e.recall)} / ${fixed(e.f1)} ` +
						`(tp ${e.tp}, fp ${e.fp}, fn ${e.fn}, of which ${e.missedUnlinked} at a place ingest did not link); ` +
						`date and precision exactly right for ${e.datesRight} of ${e.tp} found (${fixed(e.dateShare)})`
					: '')
		);
		const a = r.alone;
		if (a.labelled)
			console.log(
				`${r.set} events, extractor alone (given the labelled place mentions): P/R/F1 ` +
					`${fixed(a.precision)} / ${fixed(a.recall)} / ${fixed(a.f1)} (tp ${a.tp}, fp ${a.fp}, fn ${a.fn}); ` +
					`dates right ${a.datesRight} of ${a.tp} (${fixed(a.dateShare)})`
			);
	}
	if (argv.includes('--errors')) {
		for (const r of real.filter((r) => !r.part)) {
			const e = r.events;
			if (e.missed.length) console.log(`\n${r.set} events missed:\n  ${e.missed.join('\n  ')}`);
			if (e.extra.length) console.log(`\n${r.set} events extra:\n  ${e.extra.join('\n  ')}`);
			if (e.wrongDates.length) console.log(`\n${r.set} event dates wrong:\n  ${e.wrongDates.join('\n  ')}`);
			const a = r.alone;
			if (a.missed.length)
				console.log(`\n${r.set} events missed, extractor alone:\n  ${a.missed.join('\n  ')}`);
			if (a.extra.length) console.log(`\n${r.set} events extra, extractor alone:\n  ${a.extra.join('\n  ')}`);
			if (a.wrongDates.length)
				console.log(`\n${r.set} event dates wrong, extractor alone:\n  ${a.wrongDates.join('\n  ')}`);
		}
		console.log(`\nAlias matcher against the gold:\n${details.join('\n')}`);
		for (const r of real.filter((r) => !r.part))
			if (r.furniture.length) console.log(`\n${r.set} furniture kept:\n  ${r.furniture.join('\n  ')}`);
		for (const r of real.filter((r) => !r.part))
			if (r.missing.length) console.log(`\n${r.set} sentences dropped:\n  ${r.missing.join('\n  ')}`);
	}
	return 0;
}

process.exit(main(process.argv.slice(2)));
