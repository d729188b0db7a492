/**
 * `npm run train:events`: trains the learned event reading (`tools/train/event-reader.ts`) on the event
 * labels of the real set's development half, and measures how it carries over to text it was not
 * trained on. The test half is never read.
 *
 * `--logo` holds each gathering (`batch` of the labels) out in turn, trains on the others and scores
 * the held-out captures with the extractor given the labelled place mentions (the eval's "extractor
 * alone" setting): the rules alone, the model alone, and the rules joined by the model's readings
 * above each threshold, and the rules with the model as a filter, micro-averaged over the folds, then
 * per gathering. `--first-sight`, `--lexicon` and `--no-lexicon` (below) make the comparison honest;
 * `--out <file>` trains on every gathering and writes the weights with the gatherings they came from.
 * The model is measured here only: the build and ingest use the rules.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatIssues, type DataIssue } from '../../src/lib/core/errors';
import { loadDataset } from '../../src/lib/server/pipeline';
import { placePositions, proposeCapture } from '../../src/lib/ingest/propose';
import { linkablePlaces } from '../../src/lib/data/dataset';
import { recordPlaces } from '../../src/lib/data/records';
import { geoNamesCities } from '../../src/lib/server/geonames';
import { readSources } from '../../src/lib/server/sources';
import { buildAliasIndex } from '../../src/lib/geoparse/match';
import { extractEvents, type EventCandidate } from '../../src/lib/events/extract';
import {
	labelProbabilities,
	MODEL_LABELS,
	mentionReads,
	readEvents,
	type EventModel,
	type MentionRead
} from './event-reader';
import type { Found } from '../../src/lib/events/triggers';
import { readCaptures } from '../eval/captures';
import { bodyMentions, type IngestOutput } from '../eval/real';
import { foundEvents, scoredEvents, scoreEvents, type ScoredEvent } from '../eval/events';
import { canonicalPlaces, equatedLabels, labelledPlaceKinds } from '../eval/labelled-places';
import { DEFAULT_TRAIN, train, type Example } from './learn';

const REAL_DIR = fileURLToPath(new URL('../../tests/eval/real/', import.meta.url));

/** A labelled mention placed in a body, remembering where it stands in the raw capture. */
interface Placed {
	place: string;
	start: number;
	end: number;
	rawStart: number;
	rawEnd: number;
}

/** One article ingest made of a capture, read once: its mentions' features and the rules' events. */
interface Article {
	body: string;
	mentions: Placed[];
	reads: MentionRead<Placed>[];
	rules: EventCandidate[];
}

/** One labelled development capture, ready for every fold. */
interface Item {
	name: string;
	gathering: string;
	raw: string;
	published: string;
	output: IngestOutput;
	articles: Article[];
	gold: ScoredEvent[];
	inHeadline: number;
	examples: Example[];
}

/** The figures of one way of reading, pooled over some items. */
function score(items: readonly Item[], found: (item: Item) => EventCandidate[][]) {
	const gold = items.flatMap((i) => i.gold);
	const all = items.flatMap((i) => foundEvents(i.name, i.raw, i.output, found(i), (id) => id));
	const inHeadline = items.reduce((n, i) => n + i.inHeadline, 0);
	return scoreEvents(gold, all, items.length, 0, inHeadline);
}

/**
 * The event words the model's features read: the rules' own (`triggersIn`, tuned on all of dev, so
 * they know every held-out gathering), none (`--no-lexicon`: words only), or an older copy's
 * (`--lexicon <dir>`: `<dir>/src/lib/events/extract.ts` exporting its `triggersIn`, e.g. the rules
 * before the gatherings that are held out were gathered).
 */
type Lexicon = ((sentence: string) => Found[]) | undefined;

/** The kind of each labelled place, as `readItems` told the extractor. */
const goldKinds = new Map<string, ReturnType<ReturnType<typeof labelledPlaceKinds>>>();

function readItems(lexicon: Lexicon): Item[] {
	const issues: DataIssue[] = [];
	const { places } = loadDataset();
	const geodataSources = readSources().sources;
	const linkable = linkablePlaces(
		places.filter((p) => p.curation !== 'automatic'),
		geodataSources.automaticReview,
		geoNamesCities(),
		issues,
		geodataSources.communities
	);
	const index = buildAliasIndex(recordPlaces(linkable));
	const positions = placePositions(linkable);
	const captures = readCaptures(join(REAL_DIR, 'dev'), issues);
	const equated = equatedLabels(geodataSources.communities, geoNamesCities(), issues);
	if (issues.length) throw new Error(`the development half has problems:\n${formatIssues(issues)}`);
	const curatedSince = (
		JSON.parse(readFileSync(join(REAL_DIR, 'curated-ids.json'), 'utf8')) as { ids: Record<string, string> }
	).ids;
	const canonical = canonicalPlaces(linkable, geoNamesCities(), curatedSince, equated);
	const goldKind = labelledPlaceKinds(linkable, canonical);
	for (const c of captures)
		for (const m of c.labels.mentions) goldKinds.set(canonical(m.place), goldKind(canonical(m.place)));
	return captures.flatMap((c): Item[] => {
		if (!c.events) return [];
		const proposal = proposeCapture(c.raw, 'txt', index, positions, () => []);
		const output: IngestOutput = {
			articles: proposal.articles.map((a) => ({
				title: a.title,
				titleInferred: a.titleInferred,
				body: a.body,
				mentions: a.mentions
			}))
		};
		const placed = bodyMentions(
			c.raw,
			output,
			c.labels.mentions.map((m) => ({
				place: canonical(m.place),
				start: m.start,
				end: m.end,
				rawStart: m.start,
				rawEnd: m.end
			}))
		);
		const published = c.labels.published;
		const labels = c.events.events.map((e) => ({ ...e, places: e.places.map(canonical) }));
		const examples: Example[] = [];
		const articles = output.articles.map((a, n): Article => {
			const mentions = placed[n]!;
			const reads = mentionReads({ body: a.body, mentions, published, placeKind: goldKind }, lexicon);
			for (const r of reads) {
				const m = r.mention;
				const kinds = [
					...new Set(
						labels
							.filter((e) => e.places.includes(m.place) && e.start <= m.rawStart && m.rawEnd <= e.end)
							.map((e) => e.kind as string)
					)
				];
				const target = MODEL_LABELS.map((l) =>
					kinds.length ? (kinds.includes(l) ? 1 / kinds.length : 0) : l === 'none' ? 1 : 0
				);
				examples.push({ features: r.features, target });
			}
			const rules = extractEvents({ body: a.body, mentions, published, placeKind: goldKind });
			return { body: a.body, mentions, reads, rules };
		});
		const scored = scoredEvents(c.name, c.raw, c.labels.title, c.events, canonical);
		return [
			{
				name: c.name,
				gathering: c.labels.batch === undefined ? 'first' : String(c.labels.batch),
				raw: c.raw,
				published,
				output,
				articles,
				gold: scored.events,
				inHeadline: scored.inHeadline,
				examples
			}
		];
	});
}

/** A model trained on the given items' examples, in their (sorted) order. */
function trainOn(items: readonly Item[]): EventModel {
	return {
		trainedOn: [...new Set(items.map((i) => i.gathering))].sort(),
		labels: [...MODEL_LABELS],
		weights: train(
			items.flatMap((i) => i.examples),
			MODEL_LABELS.length,
			OPTIONS
		)
	};
}

/** The training options, `DEFAULT_TRAIN` unless `--epochs=`, `--rate=`, `--l2=` or `--min=` say otherwise. */
const OPTIONS = {
	epochs: Number(arg('epochs') ?? DEFAULT_TRAIN.epochs),
	rate: Number(arg('rate') ?? DEFAULT_TRAIN.rate),
	l2: Number(arg('l2') ?? DEFAULT_TRAIN.l2),
	minCount: Number(arg('min') ?? DEFAULT_TRAIN.minCount)
};

/** The value of `--<name>=<value>` on the command line. */
function arg(name: string): string | undefined {
	return process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

const THRESHOLDS = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];

/** The rules' events joined by the model's readings at `t` (the model adds, never removes). */
function union(item: Item, model: EventModel, t: number): EventCandidate[][] {
	return item.articles.map((a) => [...a.rules, ...readEvents(model, a.reads, a.body, item.published, t)]);
}

/** The rules' events that the model does not read as `none` with probability `t` or more. */
function filtered(item: Item, model: EventModel, t: number): EventCandidate[][] {
	const none = MODEL_LABELS.indexOf('none');
	return item.articles.map((a) =>
		a.rules.filter((c) => {
			const read = a.reads.filter((r) => c.places.includes(r.mention.place) && r.sentenceStart === c.start);
			return !read.length || read.some((r) => labelProbabilities(model, r.features)[none]! < t);
		})
	);
}

const fmt = (s: { precision: number; recall: number; f1: number; tp: number; fp: number; fn: number }) =>
	`${s.precision.toFixed(3)} / ${s.recall.toFixed(3)} / ${s.f1.toFixed(3)} (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;

function logo(items: Item[]): void {
	const gatherings = [...new Set(items.map((i) => i.gathering))].sort();
	const models = new Map<string, EventModel>();
	for (const g of gatherings) models.set(g, trainOn(items.filter((i) => i.gathering !== g)));
	const held = (i: Item) => models.get(i.gathering)!;
	console.log(
		`events, leave one gathering out: ${gatherings.length} gatherings, ${items.length} captures, ` +
			`${items.reduce((n, i) => n + i.examples.length, 0)} place mentions; extractor given the labelled mentions`
	);
	const rules = score(items, (i) => i.articles.map((a) => a.rules));
	console.log(
		`rules alone (tuned on every gathering, so in-sample): P/R/F1 ${fmt(rules)}, dates ${rules.datesRight}`
	);
	const rows: { name: string; read: (i: Item) => EventCandidate[][] }[] = [];
	for (const t of THRESHOLDS) {
		rows.push({
			name: `model alone, p >= ${t}`,
			read: (i) => union({ ...i, articles: i.articles.map((a) => ({ ...a, rules: [] })) }, held(i), t)
		});
	}
	for (const t of THRESHOLDS)
		rows.push({ name: `rules + model, p >= ${t}`, read: (i) => union(i, held(i), t) });
	for (const t of THRESHOLDS)
		rows.push({ name: `rules unless model none >= ${t}`, read: (i) => filtered(i, held(i), t) });
	for (const r of rows) {
		const s = score(items, r.read);
		console.log(`${r.name}: P/R/F1 ${fmt(s)}, dates ${s.datesRight} of ${s.tp}`);
	}
	const pick = process.argv.find((a) => a.startsWith('--per='))?.slice('--per='.length);
	const chosen = rows.find((r) => r.name === pick) ?? rows.find((r) => r.name === 'model alone, p >= 0.5')!;
	console.log(`\nper gathering, held out: rules (in-sample) | ${chosen.name}`);
	for (const g of gatherings) {
		const part = items.filter((i) => i.gathering === g);
		console.log(
			`  ${g.padEnd(5)} ${fmt(score(part, (i) => i.articles.map((a) => a.rules)))} | ${fmt(score(part, chosen.read))}`
		);
	}
}

/**
 * `--first-sight <gathering>=<dir>`: the rules as they stood when a gathering was first scored
 * (`<dir>/src/lib` unpacked from that commit, `git archive`), joined by the model trained without
 * that gathering: the honest measure of what the model adds to rules that had not seen the text.
 */
async function firstSight(items: Item[], specs: string[]): Promise<void> {
	const held = new Map<string, Item[]>();
	for (const spec of specs) {
		const [g, dir] = spec.split('=') as [string, string];
		const old = (await import(join(dir, 'src/lib/events/extract.ts'))) as {
			extractEvents: typeof extractEvents;
		};
		const placeKind = (id: string) => goldKinds.get(id);
		held.set(
			g,
			items
				.filter((i) => i.gathering === g)
				.map((i) => ({
					...i,
					articles: i.articles.map((a) => ({
						...a,
						rules: old.extractEvents({
							body: a.body,
							mentions: a.mentions,
							published: i.published,
							placeKind
						})
					}))
				}))
		);
	}
	const models = new Map([...held.keys()].map((g) => [g, trainOn(items.filter((i) => i.gathering !== g))]));
	const all = [...held.values()].flat();
	const rulesOnly = (i: Item) => i.articles.map((a) => a.rules);
	console.log(`\nfirst sight: the rules as each gathering was first scored, ${[...held.keys()].join(' ')}`);
	for (const [g, part] of held) console.log(`  ${g.padEnd(5)} rules then ${fmt(score(part, rulesOnly))}`);
	console.log(`  pooled rules then: ${fmt(score(all, rulesOnly))}`);
	for (const t of THRESHOLDS) {
		const s = score(all, (i) => union(i, models.get(i.gathering)!, t));
		console.log(`  pooled rules then + model, p >= ${t}: ${fmt(s)}, dates ${s.datesRight} of ${s.tp}`);
	}
	const pick = Number(process.argv.find((a) => a.startsWith('--t='))?.slice(4) ?? 0.8);
	for (const [g, part] of held)
		console.log(
			`  ${g.padEnd(5)} rules then + model p >= ${pick}: ${fmt(score(part, (i) => union(i, models.get(g)!, pick)))}`
		);
}

async function main(argv: string[]): Promise<number> {
	const out = argv.includes('--out') ? argv[argv.indexOf('--out') + 1] : undefined;
	if (!argv.includes('--logo') && !argv.includes('--first-sight') && !out) {
		console.error(
			'usage: train:events [--logo [--per=<row>]] [--first-sight <gathering>=<dir> [--t=<p>]] ' +
				'[--lexicon <dir> | --no-lexicon] [--epochs= --rate= --l2= --min=] [--out <weights.json>]'
		);
		return 2;
	}
	const at = argv.indexOf('--lexicon');
	const lexicon: Lexicon = argv.includes('--no-lexicon')
		? () => []
		: at >= 0
			? ((await import(join(argv[at + 1]!, 'src/lib/events/extract.ts'))) as { triggersIn: Lexicon })
					.triggersIn
			: undefined;
	const items = readItems(lexicon);
	if (argv.includes('--logo')) logo(items);
	const specs = argv.flatMap((a, i) => (argv[i - 1] === '--first-sight' ? [a] : []));
	if (specs.length) await firstSight(items, specs);
	if (out) {
		const model = trainOn(items);
		writeFileSync(out, `${JSON.stringify(model)}\n`);
		console.log(
			`wrote ${out}: ${Object.keys(model.weights).length} features, trained on ${model.trainedOn.join(', ')}`
		);
	}
	return 0;
}

process.exit(await main(process.argv.slice(2)));
