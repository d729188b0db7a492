import { parseArgs } from 'node:util';
import { isDateOverride } from '../lib/ingest/propose';
import { httpUrl } from '../lib/core/url';
import { cleanControl } from '../lib/core/control';
import { MAX_ARTICLE_BYTES } from '../lib/corpus/article';
import { ingest, type ArticleReport, type FileReport, type IngestResult } from '../lib/ingest/run';
import { geodataDir } from '../lib/server/sources';

const USAGE = `usage: npm run ingest -- [options] FILE...

Reads raw captures (.txt, .md with or without front matter, .html saved pages), cleans them with the
seeds' cleaner, proposes title, outlet and date with their evidence, geoparses them against geodata/,
and looks the names it does not know up in GeoNames.

  --dry-run        change nothing; print the proposals
  --json           with --dry-run: only a JSON array on stdout, one object per article
                   ({ file, title, outlet, published, datePrecision, dateEvidence, mentions, unresolved,
                   events, ... }); events are the candidate events of the text (id, kind, places, date,
                   datePrecision, confidence, start, end, sentence) that npm run events -- accept takes
  --force          replace an article file that already exists
  --add-places     append each unresolved name's best gazetteer match in the region to
                   geodata/gazetteer-additions.geojson (precision: approximate), for a curator to review
  --title T        title of the (first) article, when the capture's headline is missing or wrong
  --date D         publication date for every article (YYYY-MM-DD, or YYYY-MM for a month)
  --outlet NAME    outlet for every article
  --url URL        source URL for every article
  --max-article-kb N
                   the largest article body to accept, in KB (default ${MAX_ARTICLE_BYTES / 1024}); a longer one is
                   refused before it is geoparsed
  -h, --help       this text

Exit status: 0 when every file went through, 1 when any file or article failed (each is named on
stderr; the other files are still processed), 2 for a usage error.`;

/**
 * Everything printed goes through the control-character rule, so text from a capture (or a file
 * name) can never send escape sequences to the terminal. JSON output escapes them by itself.
 */
function say(text: string): void {
	console.log(cleanControl(text));
}

function warn(text: string): void {
	console.error(cleanControl(text));
}

/** A one-line progress bar on stderr, only when stderr is a terminal a person is watching. */
function progress(index: number, total: number, file: string): void {
	if (!process.stderr.isTTY || total < 2) return;
	const width = 24;
	const done = Math.round((index / total) * width);
	const name = cleanControl(file.length > 40 ? `…${file.slice(-39)}` : file);
	process.stderr.write(
		`\r\x1b[K[${'#'.repeat(done)}${'.'.repeat(width - done)}] ${index + 1}/${total} ${name}`
	);
}

function clearProgress(): void {
	if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
}

/** The dry-run JSON record of one article: the documented fields first, then the evidence. */
function jsonRecord(a: ArticleReport) {
	return {
		file: a.file,
		...(a.article !== undefined ? { article: a.article } : {}),
		id: a.id,
		title: a.title,
		titleInferred: a.titleInferred,
		outlet: a.outlet,
		published: a.published,
		datePrecision: a.datePrecision,
		dateEvidence: a.dateEvidence,
		dateInferred: a.dateInferred,
		outletEvidence: a.outletEvidence,
		...(a.url ? { url: a.url } : {}),
		...(a.byline ? { byline: a.byline } : {}),
		mentions: a.mentions.map(({ place, surface, start, end, role }) => ({
			place,
			surface,
			start,
			end,
			...(role ? { role } : {})
		})),
		unresolved: a.unresolved.map((u) => ({
			surface: u.surface,
			start: u.start,
			end: u.end,
			candidates: u.candidates.map(({ name, lat, lon, source, country, featureCode }) => ({
				name,
				lat,
				lon,
				source,
				country,
				featureCode
			}))
		})),
		events: a.events.map((e) => ({
			id: e.id,
			kind: e.kind,
			places: e.places,
			date: e.date,
			datePrecision: e.datePrecision,
			confidence: e.confidence,
			...(e.source && 'sentence' in e.source
				? { start: e.source.start, end: e.source.end, sentence: e.source.sentence }
				: {}),
			note: e.note
		})),
		body: a.body
	};
}

function describe(a: ArticleReport, dryRun: boolean): string {
	const places = [...new Set(a.mentions.map((m) => m.place))];
	const lines = [
		`  "${a.title}"${a.titleInferred ? ' (no headline in the capture: title is the first sentence, check it or give --title)' : ''}`,
		`    outlet: ${a.outlet ?? '(unknown)'} (${a.outletEvidence})`,
		`    date:   ${a.published ? `${a.published} (${a.datePrecision}${a.dateInferred ? ', inferred: check it' : ''})` : '(unknown)'}`,
		`            ${a.dateEvidence}`,
		`    places: ${places.length ? places.join(', ') : '(none)'} (${a.mentions.length} mentions)`
	];
	const seen = new Map<string, { count: number; best: ArticleReport['unresolved'][number] }>();
	for (const u of a.unresolved) {
		const entry = seen.get(u.surface);
		if (entry) entry.count++;
		else seen.set(u.surface, { count: 1, best: u });
	}
	for (const [surface, { count, best: u }] of seen) {
		const best = u.candidates[0];
		const more = u.candidates.length > 1 ? ` +${u.candidates.length - 1} more` : '';
		const match = best
			? `${best.name} (${best.country} ${best.featureCode}, ${best.source})${more}`
			: 'no gazetteer match';
		lines.push(`    unresolved "${surface}"${count > 1 ? ` (${count}×)` : ''}: ${match}`);
	}
	for (const e of a.events) {
		const sentence = 'sentence' in e.source ? e.source.sentence : '';
		lines.push(
			`    event ${e.id}: ${e.kind} ${e.places.join(', ')}, ${e.date} (${e.datePrecision}), confidence ${e.confidence}`,
			`            "${sentence.length > 160 ? `${sentence.slice(0, 159)}…` : sentence}"`
		);
	}
	if (a.events.length)
		lines.push(`    accept one, once the article is written: npm run events -- accept <event id>`);
	if (!dryRun) lines.push(a.written ? `    written: ${a.written}` : `    NOT written: ${a.error}`);
	return lines.join('\n');
}

/** The capture's dropped lines, each with its reason, cut to a line's width. */
function describeDropped(dropped: FileReport['dropped']): string {
	return [
		`  dropped by the cleaner: ${dropped.length} line(s)`,
		...dropped.map(
			({ line, reason, rule }) =>
				`    ${reason}${rule ? ` (${rule})` : ''}: "${line.length > 100 ? `${line.slice(0, 99)}…` : line}"`
		)
	].join('\n');
}

function summary(result: IngestResult): string {
	const articles = result.files.flatMap((f) => f.articles);
	const failedFiles = result.files.filter((f) => f.error).length;
	const failedArticles = articles.filter((a) => a.error).length;
	const mentions = articles.reduce((n, a) => n + a.mentions.length, 0);
	const places = new Set(articles.flatMap((a) => a.mentions.map((m) => m.place))).size;
	const unresolved = articles.reduce((n, a) => n + a.unresolved.length, 0);
	const written = articles.filter((a) => a.written).length;
	return (
		`${result.files.length} file(s), ${articles.length} article(s), ${mentions} mention(s) of ${places} place(s), ` +
		`${unresolved} unresolved name(s); ${written} written, ${failedFiles} file(s) and ${failedArticles} article(s) failed` +
		(result.placesAdded.length ? `; places added for review: ${result.placesAdded.join(', ')}` : '')
	);
}

function main(): number {
	let parsed;
	try {
		parsed = parseArgs({
			allowPositionals: true,
			options: {
				'dry-run': { type: 'boolean', default: false },
				json: { type: 'boolean', default: false },
				force: { type: 'boolean', default: false },
				'add-places': { type: 'boolean', default: false },
				title: { type: 'string' },
				date: { type: 'string' },
				outlet: { type: 'string' },
				url: { type: 'string' },
				'max-article-kb': { type: 'string' },
				help: { type: 'boolean', short: 'h', default: false }
			}
		});
	} catch (e) {
		warn(`ingest: ${(e as Error).message}\n\n${USAGE}`);
		return 2;
	}
	const { values: v, positionals: files } = parsed;
	if (v.help) {
		say(USAGE);
		return 0;
	}
	const usage = (why: string) => {
		warn(`ingest: ${why}\n\n${USAGE}`);
		if (v.json) process.stdout.write(`${JSON.stringify([{ file: null, error: why }], null, 2)}\n`);
		return 2;
	};
	const maxKb = v['max-article-kb'] === undefined ? undefined : Number(v['max-article-kb']);
	if (maxKb !== undefined && !(Number.isFinite(maxKb) && maxKb > 0))
		return usage(`--max-article-kb must be a positive number, got "${v['max-article-kb']}"`);
	if (!files.length) return usage('no capture files given');
	if (v.json && !v['dry-run']) return usage('--json prints proposals only: use it with --dry-run');
	if (v.date !== undefined && !isDateOverride(v.date))
		return usage(`--date must be YYYY-MM-DD or YYYY-MM, got "${v.date}"`);
	if (v.url !== undefined && !httpUrl(v.url))
		return usage(`--url must be an absolute http(s) URL, got "${v.url}"`);
	if (v.outlet !== undefined && !v.outlet.trim()) return usage('--outlet must not be empty');
	if (v.title !== undefined && !v.title.trim()) return usage('--title must not be empty');

	let result: IngestResult;
	try {
		result = ingest(files, {
			geodata: geodataDir(),
			dryRun: v['dry-run'],
			force: v.force,
			addPlaces: v['add-places'],
			overrides: { title: v.title?.trim(), date: v.date, outlet: v.outlet?.trim(), url: v.url },
			...(maxKb ? { maxArticleBytes: Math.round(maxKb * 1024) } : {}),
			onFile: progress
		});
	} catch (e) {
		// Ingest reports every problem with its file; this is for what nobody foresaw. It still leaves
		// one line on stderr and, with --json, a JSON array on stdout.
		clearProgress();
		const message = e instanceof Error ? e.message : String(e);
		warn(`ingest: ${message}`);
		if (v.json) process.stdout.write(`${JSON.stringify([{ file: null, error: message }], null, 2)}\n`);
		return 1;
	}
	clearProgress();

	for (const d of result.dataErrors) warn(`ingest: ${d.file}: ${d.error}`);
	for (const f of result.files) {
		if (f.error) warn(`ingest: ${f.file}: ${f.error}`);
		for (const w of f.warnings) warn(`ingest: ${f.file}: warning: ${w}`);
		for (const a of f.articles) if (a.error) warn(`ingest: ${f.file}: "${a.title}": ${a.error}`);
	}
	for (const w of result.placeWarnings) warn(`ingest: warning: ${w}`);

	if (v.json) {
		// The capture's dropped lines go on its first record: its error, else its first article.
		const records: object[] = [
			...result.dataErrors,
			...result.files.flatMap((f): object[] => {
				const own: Record<string, unknown>[] = [
					...(f.error ? [{ file: f.file, error: f.error }] : []),
					...f.articles.map(jsonRecord)
				];
				if (own[0] && f.dropped.length) own[0].dropped = f.dropped;
				return own;
			})
		];
		process.stdout.write(`${JSON.stringify(records, null, 2)}\n`);
	} else {
		for (const f of result.files) {
			if (!f.articles.length) continue;
			say(f.file);
			for (const a of f.articles) say(describe(a, v['dry-run']));
			if (f.dropped.length) say(describeDropped(f.dropped));
		}
		say(summary(result));
	}
	const failed =
		result.dataErrors.length > 0 || result.files.some((f) => f.error || f.articles.some((a) => a.error));
	return failed ? 1 : 0;
}

process.exitCode = main();
