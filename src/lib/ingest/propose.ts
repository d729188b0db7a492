import centroid from '@turf/centroid';
import { cleanCapture, type CleanResult } from '../corpus/clean';
import type { Place } from '../places/schema';
import { isIsoDate, isIsoMonth, type DatePrecision } from '../core/dates';
import { httpUrl } from '../core/url';
import { cleanControl } from '../core/control';
import { MAX_ARTICLE_BYTES, utf8Bytes } from '../corpus/article';
import { findUnknownNames } from './unknown-names';
import type { AliasIndex, Mention } from '../geoparse/match';
import { linkArticle } from '../data/link';
import { proposeDate, type DateProposal } from './publication-date';
import { htmlToText } from './html';
import { readMarkdownCapture } from './markdown';
import { proposeOutlet } from './outlet';

/** The capture formats ingest reads, by file extension. */
export const CAPTURE_FORMATS = { '.txt': 'txt', '.md': 'md', '.html': 'html', '.htm': 'html' } as const;
export type CaptureFormat = (typeof CAPTURE_FORMATS)[keyof typeof CAPTURE_FORMATS];

/** A gazetteer hit for a name the curated places lack, as the dry-run report lists it. */
export interface PlaceCandidate {
	name: string;
	lat: number;
	lon: number;
	source: string;
	country: string;
	featureCode: string;
	geonameid: number;
}

/** A capitalised name no curated place matched, with what the gazetteer offers for it, best first. */
export interface Unresolved {
	surface: string;
	start: number;
	end: number;
	candidates: PlaceCandidate[];
}

/** Looks a name up, given the positions (`[lon, lat]`) of places already found in the article. */
export type PlaceLookup = (surface: string, near: [number, number][]) => PlaceCandidate[];

/** What the person running ingest said for every file: it wins over anything read from the capture. */
export interface Overrides {
	/** The first article's title, for a capture whose headline is missing or wrong. */
	title?: string;
	date?: string;
	outlet?: string;
	url?: string;
}

/** One article proposed from a capture, with everything a curator needs to accept or fix it. */
export interface ProposedArticle {
	title: string;
	/** True when the capture shows no headline and the title is the text's first sentence: check it. */
	titleInferred: boolean;
	outlet: string | null;
	outletEvidence: string;
	published: string | null;
	datePrecision: DatePrecision | null;
	dateEvidence: string;
	/** True when the date was worked out from the text, not read from the page or given. */
	dateInferred: boolean;
	url?: string;
	byline?: string;
	body: string;
	mentions: Mention[];
	unresolved: Unresolved[];
}

/** What one capture yields: its articles and what the cleaner left out, for the report. */
export interface CaptureProposal {
	articles: ProposedArticle[];
	/** Articles over the size limit, not proposed: why, in words, naming each by its headline. */
	refused: string[];
	dropped: CleanResult['dropped'];
	/** Problems that do not stop the capture (e.g. front matter that is not YAML). */
	warnings: string[];
}

/** How many gazetteer candidates each unresolved name lists. */
const MAX_CANDIDATES = 5;

interface Read {
	text: string;
	/** A month-precision date from front matter, which `proposeDate` (days only) would not read. */
	givenDate?: DateProposal;
	stated: { date: { value: string; source: string }[]; outlet: { value: string; source: string }[] };
	title?: string;
	/** The title put before the text for the cleaner (`readMarkdownCapture`), not a line of the capture. */
	addedTitle?: string;
	url?: string;
	warnings: string[];
}

function read(raw: string, format: CaptureFormat): Read {
	if (format === 'html') {
		const page = htmlToText(raw);
		const { meta } = page;
		return {
			text: page.text,
			stated: {
				date: meta.published ? [meta.published] : [],
				outlet: meta.siteName ? [{ value: meta.siteName, source: 'the page\u2019s site name' }] : []
			},
			url: meta.url,
			warnings: []
		};
	}
	if (format === 'md') {
		const md = readMarkdownCapture(raw);
		const g = md.given;
		const month = g.published?.replace(/-01$/, '');
		const givenDate =
			g.datePrecision === 'month' && month && isIsoMonth(month)
				? monthOrDay(month, `Front matter: ${g.dateEvidence ?? 'published with datePrecision month'}`)
				: undefined;
		return {
			...(givenDate ? { givenDate } : {}),
			text: md.text,
			stated: {
				date: g.published ? [{ value: g.published, source: 'front matter published' }] : [],
				outlet: g.outlet ? [{ value: g.outlet, source: 'front matter outlet' }] : []
			},
			title: g.title,
			...(md.titleAdded && g.title ? { addedTitle: g.title } : {}),
			url: g.url,
			warnings: md.frontMatterError ? [md.frontMatterError] : []
		};
	}
	return { text: raw, stated: { date: [], outlet: [] }, warnings: [] };
}

/** Text before a sentence's first word: the start of a paragraph or crosshead, after . ! ? and quotes, or after a dateline's "(Reuters) -". */
const SENTENCE_START = /(?:^|\n)(?:## )?$|[.!?]["”’)]*\s+["“‘(]*$|\)\s*[-–—]\s*$/u;

/**
 * Whether a name opens a sentence. There every word is capitalised, so a name found nowhere in the
 * gazetteer ("Thousands", "Quiet") is far more likely an ordinary word than a missing place.
 */
function startsSentence(body: string, start: number): boolean {
	return SENTENCE_START.test(body.slice(Math.max(0, start - 8), start));
}

/** A date given by a person (command line or front matter): a day, or a month written YYYY-MM. */
function monthOrDay(value: string, evidence: string): DateProposal {
	const month = isIsoMonth(value);
	return {
		published: month ? `${value}-01` : value,
		datePrecision: month ? 'month' : 'day',
		dateEvidence: evidence,
		inferred: false
	};
}

/** A position for each mentioned place, so the gazetteer can prefer candidates near them. */
export type PlacePositions = ReadonlyMap<string, [number, number]>;

/** Each place's centroid as `[lon, lat]` (a group without geometry has none). */
export function placePositions(places: readonly Place[]): PlacePositions {
	const positions = new Map<string, [number, number]>();
	for (const p of places) {
		if (!p.geometry) continue;
		const [lon, lat] = centroid(p.geometry).geometry.coordinates;
		positions.set(p.id, [lon!, lat!]);
	}
	return positions;
}

/** Limits of one proposal; the defaults are the documented ones. */
export interface ProposeLimits {
	/** The largest article body, in UTF-8 bytes (`MAX_ARTICLE_BYTES`); larger articles are refused. */
	maxArticleBytes?: number;
}

/**
 * Proposes the articles in one capture: the same cleaner as the seeds, then title, outlet and date
 * with their evidence, the curated places it mentions, and the other names it contains with gazetteer
 * candidates. Page-level facts (an HTML page's meta date and site name, a Markdown file's front
 * matter) belong to the capture's first article only; an override applies to every article.
 *
 * Control characters are removed first (`core/control.ts`), so nothing proposed or written carries
 * them. An article whose body is over `maxArticleBytes` is refused after cleaning, before the costly
 * steps (dates, places, names), and listed in `refused`.
 */
export function proposeCapture(
	raw: string,
	format: CaptureFormat,
	index: AliasIndex,
	positions: PlacePositions,
	lookup: PlaceLookup,
	givenOverrides: Overrides = {},
	{ maxArticleBytes = MAX_ARTICLE_BYTES }: ProposeLimits = {}
): CaptureProposal {
	const overrides = Object.fromEntries(
		Object.entries(givenOverrides).map(([k, v]) => [k, typeof v === 'string' ? cleanControl(v) : v])
	) as Overrides;
	const input = read(cleanControl(raw), format);
	const cleaned = cleanCapture(input.text);
	const refused: string[] = [];
	const fitting = cleaned.articles.flatMap((article, n) => {
		const bytes = article.body.length > maxArticleBytes / 4 ? utf8Bytes(article.body) : 0;
		if (bytes <= maxArticleBytes) return [{ article, n }];
		refused.push(
			`article "${article.title.slice(0, 80)}" is ${(bytes / 1024).toFixed(0)} KB of text, over the ${(maxArticleBytes / 1024).toFixed(0)} KB limit for one article: not proposed (is it really one article? --max-article-kb raises the limit)`
		);
		return [];
	});
	const furniture = cleaned.dropped
		.filter((d) => d.reason === 'before-title' || d.reason === 'furniture' || d.reason === 'after-end')
		.map((d) => d.line);
	const articles = fitting.map(({ article, n }): ProposedArticle => {
		const stated = n === 0 ? input.stated : { date: [], outlet: [] };
		const given = n === 0 ? input.givenDate : undefined;
		const date = overrides.date
			? monthOrDay(overrides.date, 'Given on the command line (--date).')
			: given
				? given
				: proposeDate({
						stated: stated.date,
						furniture: n === 0 ? furniture : [],
						captions: article.captions,
						body: article.body
					});
		const outlet = overrides.outlet
			? { outlet: overrides.outlet, evidence: 'given on the command line (--outlet)' }
			: proposeOutlet(article, stated.outlet);
		const mentions = linkArticle(article.body, index);
		const near = [...new Set(mentions.map((m) => m.place))]
			.map((id) => positions.get(id))
			.filter((p): p is [number, number] => p !== undefined);
		const unresolved = findUnknownNames(article.body, mentions)
			.map((c) => ({ ...c, candidates: lookup(c.surface, near).slice(0, MAX_CANDIDATES) }))
			.filter((u) => u.candidates.length > 0 || !startsSentence(article.body, u.start));
		const url = overrides.url ?? (n === 0 ? input.url : undefined);
		const givenTitle = n === 0 ? (overrides.title ?? input.title) : undefined;
		const out: ProposedArticle = {
			title: givenTitle ?? article.title,
			titleInferred: !givenTitle && !!article.titleInferred,
			outlet: outlet.outlet,
			outletEvidence: outlet.evidence,
			published: date.published,
			datePrecision: date.datePrecision,
			dateEvidence: date.dateEvidence,
			dateInferred: date.inferred,
			body: article.body,
			mentions,
			unresolved
		};
		if (url && httpUrl(url)) out.url = url;
		if (article.byline) out.byline = article.byline;
		return out;
	});
	return {
		articles,
		refused,
		dropped: notTheGivenTitle(cleaned.dropped, input.addedTitle),
		warnings: input.warnings
	};
}

/**
 * What the cleaner dropped, less the front matter's title where `readMarkdownCapture` put it before
 * the body for the cleaner to find the article by: when the cleaner does not take it for a headline
 * (two words in sentence case, say) it reports it as dropped before the title, though the article
 * keeps it as its title and the capture never had it as a line. Only its first report is that title;
 * a later line with the same words is the capture's own.
 */
function notTheGivenTitle(
	dropped: CleanResult['dropped'],
	title: string | undefined
): CleanResult['dropped'] {
	const at =
		title === undefined ? -1 : dropped.findIndex((d) => d.line === title && d.reason === 'before-title');
	return at < 0 ? dropped : dropped.filter((_, k) => k !== at);
}

/** Checks a `--date` value: a day or a month. */
export function isDateOverride(value: string): boolean {
	return isIsoDate(value) || isIsoMonth(value);
}
