import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import {
	articleSlug,
	MAX_ARTICLE_ID_LENGTH,
	parseArticle,
	serializeArticle,
	type FrontMatter
} from '../corpus/article';
import { slugWords } from '../core/fold';
import { DataError, formatIssues, type DataIssue } from '../core/errors';
import { buildAliasIndex, type AliasIndex } from '../geoparse/match';
import {
	CAPTURE_FORMATS,
	placePositions,
	proposeCapture,
	type Overrides,
	type PlaceCandidate,
	type PlaceLookup,
	type PlacePositions,
	type ProposedArticle
} from './propose';
import type { Place, PlaceKind } from '../places/schema';
import { validatePlaces, type SourceFile } from '../places/validate';
import { writeFileAtomic } from '../server/atomic';
import { GAZETTEER_SOURCE, toMatch, type GazetteerMatch } from '../places/gazetteer';
import { citedGeoNamesIds } from '../places/automatic';
import type { GeoNamesCity } from '../places/geonames';
import { geoNamesCities, lookup } from '../server/geonames';
import { linkablePlaces } from '../data/dataset';
import { recordPlaces } from '../data/records';
import { decodeText, readSources } from '../server/sources';
import { candidateRecord } from '../data/extracted';
import { extractEvents } from '../events/extract';
import type { EventRecord } from '../events/schema';

/** The largest capture ingest reads: a news page's text is far smaller; anything bigger is a mistake. */
export const MAX_CAPTURE_BYTES = 10 * 1024 * 1024;

/** The file `--add-places` writes, beside the curated place files, for a curator to review. */
export const ADDITIONS_FILE = 'gazetteer-additions.geojson';

/** Countries whose GeoNames rows `--add-places` accepts: the region the corpus reports on. */
const ACCEPTED_COUNTRIES = new Set(['SY', 'TR', 'LB', 'IQ', 'JO']);

/** One article of one file, as reported: the proposal plus what was done with it. */
export interface ArticleReport extends ProposedArticle {
	file: string;
	/** Which article of the capture, when it holds more than one. */
	article?: number;
	/** The article id (file name) it is or would be written under, once it has a date. */
	id: string | null;
	/** The path written, or why it was not. */
	written?: string;
	error?: string;
	/**
	 * The events the article's text reports, as the build will show them once it is written (same ids):
	 * unreviewed, each with its sentence, date, precision and confidence. Empty until it has a date.
	 */
	events: EventRecord[];
}

/** One input file's outcome: its articles, or the reason it could not be read at all. */
export interface FileReport {
	file: string;
	articles: ArticleReport[];
	error?: string;
	warnings: string[];
	/**
	 * Every line the cleaner dropped from the capture, with its reason (and for furniture the shape, as
	 * "time stamp"), in the capture's order: nothing leaves a capture unreported, so a curator can see
	 * what was taken for furniture.
	 */
	dropped: { line: string; reason: string; rule?: string }[];
}

/** A run's outcome: every file's report, and what `--add-places` did. */
export interface IngestResult {
	files: FileReport[];
	/**
	 * Problems of the curated data (a place file, the review of automatic places), each with the file it
	 * is in. When there are any, no capture is proposed: each says so in its report.
	 */
	dataErrors: { file: string; error: string }[];
	/** Ids of places added to or extended in `gazetteer-additions.geojson`. */
	placesAdded: string[];
	placeWarnings: string[];
}

export interface IngestOptions {
	/** The data folder: articles go to `<geodata>/articles/`, additions to `<geodata>/gazetteer-additions.geojson`. */
	geodata: string;
	dryRun: boolean;
	force: boolean;
	addPlaces: boolean;
	overrides: Overrides;
	/** The largest article body in bytes; `MAX_ARTICLE_BYTES` when not given. */
	maxArticleBytes?: number;
	/** Called before each file, for a progress display. */
	onFile?: (index: number, total: number, file: string) => void;
}

/** Everything ingest needs from the curated data, read once per run. */
interface Curated {
	places: Place[];
	/** The automatic places an article may link, by id, for `--add-places` to promote. */
	automatic: Map<string, Place>;
	placeFiles: SourceFile[];
	index: AliasIndex;
	positions: PlacePositions;
	/** Every linkable place by id, for the kinds and names of event candidates. */
	linkable: Map<string, Place>;
}

function readCurated(geodata: string): Curated {
	const { sources, issues } = readSources(geodata);
	const { places, issues: placeIssues } = validatePlaces(sources.placeFiles, geoNamesCities());
	const all = [...issues, ...placeIssues];
	// Ingest links what the build links: the curated places, the automatic ones from GeoNames and the communities.
	const linkable = linkablePlaces(
		places,
		sources.automaticReview,
		geoNamesCities(),
		all,
		sources.communities
	);
	if (all.length) throw new DataError(all);
	const positions = placePositions(linkable);
	const automatic = new Map(linkable.filter((p) => p.curation === 'automatic').map((p) => [p.id, p]));
	return {
		places,
		automatic,
		placeFiles: sources.placeFiles,
		index: buildAliasIndex(recordPlaces(linkable)),
		positions,
		linkable: new Map(linkable.map((p) => [p.id, p]))
	};
}

/** GeoNames through the project's gazetteer, in the shape the report lists. */
function asCandidate(c: GazetteerMatch): PlaceCandidate {
	return {
		name: c.name,
		lat: c.lat,
		lon: c.lon,
		source: `geonames:${c.geonameid}`,
		country: c.country,
		featureCode: c.featureCode,
		geonameid: c.geonameid
	};
}

const geoNamesLookup: PlaceLookup = (surface, near) => lookup(surface, { near }).map(asCandidate);

/** Reads one capture, refusing what is not one: wrong type, too big, empty, binary or not UTF-8. */
export function readCapture(path: string): {
	text: string;
	format: (typeof CAPTURE_FORMATS)[keyof typeof CAPTURE_FORMATS];
} {
	const ext = extname(path).toLowerCase();
	const format = CAPTURE_FORMATS[ext as keyof typeof CAPTURE_FORMATS];
	if (!format)
		throw new Error(`unsupported file type "${ext || '(none)'}": give .txt, .md or .html captures`);
	let size: number;
	try {
		const stat = statSync(path);
		if (!stat.isFile()) throw new Error('is not a file');
		size = stat.size;
	} catch (e) {
		const code = (e as NodeJS.ErrnoException).code;
		throw new Error(code === 'ENOENT' ? 'no such file' : (e as Error).message, { cause: e });
	}
	if (size > MAX_CAPTURE_BYTES) {
		const mb = (size / 1024 / 1024).toFixed(1);
		throw new Error(`is ${mb} MB, over the 10 MB limit for one capture (is it really one article's page?)`);
	}
	const bytes = readFileSync(path);
	if (bytes.includes(0)) throw new Error('is binary, not text (NUL bytes)');
	const decoded = decodeText(bytes);
	if ('problem' in decoded) throw new Error(decoded.problem);
	if (!decoded.text.trim()) throw new Error('is empty');
	return { text: decoded.text, format };
}

/** Why the cleaner found nothing, in numbers: "42 lines dropped (30 before-title, 12 furniture)". */
function droppedSummary(dropped: { reason: string }[]): string {
	const counts = new Map<string, number>();
	for (const d of dropped) counts.set(d.reason, (counts.get(d.reason) ?? 0) + 1);
	const parts = [...counts].map(([reason, n]) => `${n} ${reason}`);
	return `${dropped.length} line(s) dropped${parts.length ? ` (${parts.join(', ')})` : ''}`;
}

/** The front matter an article is written with, or why it cannot be written yet. */
function frontMatterOf(a: ProposedArticle): FrontMatter | string {
	if (!a.published || !a.datePrecision) return 'no publication date found: give one with --date YYYY-MM-DD';
	if (!a.outlet) return 'no outlet found: give one with --outlet "Name"';
	const fm: FrontMatter = {
		title: a.title,
		outlet: a.outlet,
		published: a.published,
		datePrecision: a.datePrecision,
		dateEvidence: a.dateEvidence
	};
	if (a.url) fm.url = a.url;
	if (a.byline) fm.byline = a.byline;
	return fm;
}

function kindOf(featureCode: string): PlaceKind {
	if (featureCode === 'PPLC') return 'capital';
	if (featureCode === 'PPLA' || featureCode === 'PPLA2') return 'city';
	return 'town';
}

function placeSlug(name: string): string {
	return slugWords(name).join('-') || 'place';
}

interface Addition {
	feature: {
		type: 'Feature';
		id: string;
		geometry: { type: 'Point'; coordinates: [number, number] };
		properties: {
			name: string;
			aliases: string[];
			kind: PlaceKind;
			precision: 'approximate';
			sources: string[];
			description: string;
		};
	};
	geonameid: number;
}

function readAdditions(path: string): Addition[] {
	if (!existsSync(path)) return [];
	const json = JSON.parse(readFileSync(path, 'utf8')) as { features: Addition['feature'][] };
	return json.features.map((feature) => ({
		feature,
		geonameid: Number(/geonames:(\d+)/.exec(feature.properties.sources.join(' '))?.[1] ?? NaN)
	}));
}

function additionsText(additions: Addition[]): string {
	return `${JSON.stringify({ type: 'FeatureCollection', features: additions.map((a) => a.feature) }, null, '\t')}\n`;
}

let rowsById: Map<number, GeoNamesCity> | undefined;

/** An automatic place as the gazetteer candidate it was made from: the GeoNames row it is. */
function automaticCandidate(place: Place): PlaceCandidate | undefined {
	rowsById ??= new Map(geoNamesCities().map((r) => [Number(r.cityId), r]));
	const row = rowsById.get(citedGeoNamesIds(place)[0] ?? -1);
	return row && asCandidate(toMatch(row));
}

/**
 * Appends the best gazetteer candidate of each unresolved name to `gazetteer-additions.geojson`, when
 * it lies in the region (see `ACCEPTED_COUNTRIES`). An addition that would break the curated data (an
 * alias another place already has, say) is skipped with a warning; one already added gains the new
 * spelling as an alias. The file is validated with every other place file before it is written.
 */
function addPlaces(
	curated: Curated,
	geodata: string,
	accepted: { surface: string; candidate: PlaceCandidate; article: string }[]
): { added: string[]; warnings: string[] } {
	const path = join(geodata, ADDITIONS_FILE);
	const shown = relative(process.cwd(), path) || path;
	const additions = readAdditions(path);
	const others = curated.placeFiles.filter((f) => basename(f.file) !== ADDITIONS_FILE);
	const ids = new Set(curated.places.map((p) => p.id));
	const warnings: string[] = [];
	const added = new Set<string>();
	const valid = (list: Addition[]) =>
		validatePlaces([...others, { file: shown, text: additionsText(list) }]).issues;
	for (const { surface, candidate, article } of accepted) {
		const existing = additions.find((a) => a.geonameid === candidate.geonameid);
		let next: Addition[];
		if (existing) {
			if (existing.feature.properties.aliases.includes(surface)) continue;
			next = additions.map((a) =>
				a === existing
					? {
							...a,
							feature: {
								...a.feature,
								properties: { ...a.feature.properties, aliases: [...a.feature.properties.aliases, surface] }
							}
						}
					: a
			);
		} else {
			let id = placeSlug(candidate.name);
			if (ids.has(id)) id = `${id}-geonames-${candidate.geonameid}`;
			const aliases = [...new Set([candidate.name, surface])];
			next = [
				...additions,
				{
					geonameid: candidate.geonameid,
					feature: {
						type: 'Feature',
						id,
						geometry: { type: 'Point', coordinates: [candidate.lon, candidate.lat] },
						properties: {
							name: candidate.name,
							aliases,
							kind: kindOf(candidate.featureCode),
							precision: 'approximate',
							sources: [`${GAZETTEER_SOURCE}, geonames:${candidate.geonameid}`],
							description: `Added by npm run ingest for "${surface}" in ${article}; the gazetteer's best match (${candidate.country}, ${candidate.featureCode}). Review before relying on it.`
						}
					}
				}
			];
		}
		const issues = valid(next);
		if (issues.length) {
			warnings.push(`not added "${surface}" (${candidate.name}): ${issues.map((i) => i.message).join('; ')}`);
			continue;
		}
		additions.splice(0, additions.length, ...next);
		for (const a of additions) ids.add(a.feature.id);
		added.add(additions.find((a) => a.geonameid === candidate.geonameid)!.feature.id);
	}
	if (added.size) writeFileAtomic(path, additionsText(additions));
	return { added: [...added], warnings };
}

/** What the files of one run share: the curated data, the options, the ids taken, the places to add. */
interface Run {
	curated: Curated;
	options: IngestOptions;
	/** Article ids this run has proposed or written, so two articles never get the same one. */
	claimed: Set<string>;
	accepted: { surface: string; candidate: PlaceCandidate; article: string }[];
}

/** An error's message without its stack: what a person running ingest needs to read. */
function messageOf(e: unknown): string {
	return e instanceof Error ? e.message : String(e);
}

/** `id`, or `id-2`, `id-3`… (kept within `MAX_ARTICLE_ID_LENGTH`): the first this run has not taken. */
function uniqueId(id: string, claimed: Set<string>): string {
	let unique = id;
	for (let k = 2; claimed.has(unique); k++) {
		const suffix = `-${k}`;
		unique = `${id.slice(0, MAX_ARTICLE_ID_LENGTH - suffix.length).replace(/-+$/, '')}${suffix}`;
	}
	return unique;
}

/** Reads, proposes and (without `dryRun`) writes the articles of one file into its report. */
function ingestFile(file: string, report: FileReport, run: Run): void {
	const { curated, options, claimed } = run;
	let proposal;
	try {
		const { text, format } = readCapture(file);
		proposal = proposeCapture(
			text,
			format,
			curated.index,
			curated.positions,
			geoNamesLookup,
			options.overrides,
			{ maxArticleBytes: options.maxArticleBytes }
		);
	} catch (e) {
		report.error = messageOf(e);
		return;
	}
	report.warnings.push(...proposal.warnings);
	report.dropped.push(...proposal.dropped);
	if (proposal.refused.length) report.error = proposal.refused.join('; ');
	if (!proposal.articles.length) {
		report.error ??= `no article found: the cleaner kept no headline followed by text; ${droppedSummary(proposal.dropped)}`;
		return;
	}
	proposal.articles.forEach((a, n) => {
		const id = a.published ? uniqueId(articleSlug(a.published, a.title), claimed) : null;
		if (id) claimed.add(id);
		const entry: ArticleReport = {
			file,
			...(proposal.articles.length > 1 ? { article: n } : {}),
			id,
			...a,
			events:
				id && a.published
					? extractEvents({
							body: a.body,
							mentions: a.mentions,
							published: a.published,
							placeKind: (p) => curated.linkable.get(p)?.kind
						}).map((c) => candidateRecord(id, c, (p) => curated.linkable.get(p)?.name ?? p))
					: []
		};
		report.articles.push(entry);
		if (options.dryRun) return;
		try {
			writeArticle(entry, a, run);
		} catch (e) {
			entry.error = messageOf(e);
		}
	});
}

/** Writes one proposed article (when it has a date and an outlet), after the build's validation. */
function writeArticle(entry: ArticleReport, a: ProposedArticle, run: Run): void {
	const { curated, options, accepted } = run;
	const articlesDir = join(options.geodata, 'articles');
	const fm = frontMatterOf(a);
	if (typeof fm === 'string') {
		entry.error = fm;
		return;
	}
	const id = entry.id!;
	const target = join(articlesDir, `${id}.md`);
	const shown = relative(process.cwd(), target) || target;
	if (existsSync(target) && !options.force) {
		entry.error = `${shown} exists: not replaced (use --force to replace it)`;
		return;
	}
	const markdown = serializeArticle(fm, a.body);
	const issues: DataIssue[] = [];
	parseArticle(shown, markdown, issues);
	if (issues.length) {
		entry.error = `would be invalid:\n${formatIssues(issues)}`;
		return;
	}
	writeFileAtomic(target, markdown);
	entry.written = shown;
	if (options.addPlaces) {
		// Promote the automatic places the article links, so a curator reviews them as curated ones.
		for (const m of a.mentions) {
			const place = curated.automatic.get(m.place);
			const candidate = place && automaticCandidate(place);
			if (candidate) accepted.push({ surface: m.surface, candidate, article: id });
		}
		for (const u of a.unresolved) {
			const best = u.candidates[0];
			if (best && ACCEPTED_COUNTRIES.has(best.country))
				accepted.push({ surface: u.surface, candidate: best, article: id });
		}
	}
}

/**
 * Ingests captures: each file is read and proposed on its own, so one bad file is reported and the
 * others still go through. Without `dryRun`, each article with a date and an outlet is written to
 * `<geodata>/articles/<id>.md` atomically, after the same validation the build applies, and never over
 * an existing article unless `force`.
 */
export function ingest(files: readonly string[], options: IngestOptions): IngestResult {
	let curated: Curated;
	try {
		curated = readCurated(options.geodata);
	} catch (e) {
		const dataErrors =
			e instanceof DataError
				? e.issues.map((i) => ({ file: i.file, error: `${i.field}: ${i.message}` }))
				: [{ file: options.geodata, error: messageOf(e) }];
		return {
			files: files.map((file) => ({
				file,
				articles: [],
				warnings: [],
				dropped: [],
				error: 'not processed: the curated data is invalid (its errors are listed with their files)'
			})),
			dataErrors,
			placesAdded: [],
			placeWarnings: []
		};
	}
	const run: Run = { curated, options, claimed: new Set(), accepted: [] };
	const reports = files.map((file, i): FileReport => {
		options.onFile?.(i, files.length, file);
		const report: FileReport = { file, articles: [], warnings: [], dropped: [] };
		try {
			ingestFile(file, report, run);
		} catch (e) {
			// Anything unforeseen is this file's error; the other files still go through.
			report.error = messageOf(e);
		}
		return report;
	});
	let places: { added: string[]; warnings: string[] } = { added: [], warnings: [] };
	if (run.accepted.length) {
		try {
			places = addPlaces(curated, options.geodata, run.accepted);
		} catch (e) {
			places.warnings.push(`${ADDITIONS_FILE}: places not added: ${messageOf(e)}`);
		}
	}
	return { files: reports, dataErrors: [], placesAdded: places.added, placeWarnings: places.warnings };
}
