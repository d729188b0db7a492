import nlp from 'compromise';
import { foldText } from '../core/fold';
import { ARABIC_ARTICLES, topographicPrefixPattern } from '../core/arabic';
import WORDS from './words.json' with { type: 'json' };
import { execAll } from '../core/regex';

/** A capitalised name that no curated alias matched and that may be a place (ingest looks it up in GeoNames). `text.slice(start, end) === surface`; UTF-16, `end` exclusive. */
export interface UnknownName {
	surface: string;
	start: number;
	end: number;
}

/** A UTF-16 range of a text, `end` exclusive. */
export interface Span {
	start: number;
	end: number;
}

interface Word extends Span {
	text: string;
	folded: string;
}

interface TermJson {
	text: string;
	offset: { start: number; length: number };
}

interface MatchJson {
	terms: TermJson[];
}

/**
 * The extent of each match of a compromise view, from the first term's start to the last term's end.
 * Compromise's match-level offsets can include surrounding quotes and punctuation, while its term
 * offsets hold exactly the term's text, so only the term offsets are used.
 */
export function matchExtents(json: unknown): Span[] {
	const spans: Span[] = [];
	for (const match of json as MatchJson[]) {
		const first = match.terms[0];
		const last = match.terms[match.terms.length - 1];
		if (!first || !last) continue;
		spans.push({ start: first.offset.start, end: last.offset.start + last.offset.length });
	}
	return spans;
}

const NAME = String.raw`\p{Lu}[\p{L}\p{M}]*(?:['’‘ʿʾ][\p{L}\p{M}]+)*`;
const ARTICLE_HYPHEN = String.raw`(?:[Aa]l|[Ee]l|[Aa][dnrstz]|[Aa]sh|[Ee][dnrstz]|[Ee]sh)-`;
const ARTICLE_SPACE = String.raw`(?:[Aa]l|[Ee]l|[Aa][drz]|[Aa]sh|[Ee][dsz]) `;
const ARTICLE = `(?:${ARTICLE_HYPHEN}|${ARTICLE_SPACE})`;
/** After a topographic word an article cannot be English, so "an", "as" and "at" are allowed too. */
const ARTICLE_AFTER_PREFIX = String.raw`(?:${ARTICLE_HYPHEN}|(?:[Aa]l|[Ee]l|[Aa][dnrstz]|[Aa]sh|[Ee][dnrstz]|[Ee]sh) )`;
/** The topographic words that lead a name ("Tell", "Jabal", "Kafr"), from the one list the geoparser reads too. */
const PREFIX = topographicPrefixPattern();

/**
 * Shapes of Arabic place names that an English tagger often breaks apart or misses: `Al-X`, `X al-Y`
 * and names led by a topographic word (`Tell X`, `Jabal al-X`, `Khan X`, `Kafr X`, `Maarat al-X`,
 * `Jisr X`). People's names share some of these shapes (`Walid al-Moallem`), which the person filters
 * below remove.
 */
const ARABIC_SHAPES = [
	new RegExp(String.raw`(?<![\p{L}\p{M}])(?:Al|El|Ad|An|Ar|As|Ash|At|Az)-${NAME}`, 'gu'),
	new RegExp(String.raw`(?<![\p{L}\p{M}])${NAME}[ -]${ARTICLE}${NAME}`, 'gu'),
	new RegExp(String.raw`(?<![\p{L}\p{M}])${PREFIX}(?:[ -]${ARTICLE_AFTER_PREFIX}?${NAME}){1,2}`, 'gu')
];

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’‘ʿʾ][\p{L}\p{M}\p{N}]+)*/gu;
const POSSESSIVE = /['’]s$/u;
const NAME_GAP = /^(?: |\u00a0|-|\u2010|\u2011)$/u;
const UPPER_START = /^\p{Lu}/u;
const ACRONYM = /^\p{Lu}{1,5}$/u;
const DIGIT = /\p{N}/u;

/** Lowercase articles that may sit inside a name but never start or end one. */
const PARTICLES = ARABIC_ARTICLES;

function words(text: string, span: Span): Word[] {
	const out: Word[] = [];
	for (const m of execAll(WORD, text.slice(span.start, span.end))) {
		let raw = m[0];
		if (POSSESSIVE.test(raw)) raw = raw.slice(0, -2);
		const start = span.start + m.index;
		out.push({ text: raw, start, end: start + raw.length, folded: foldText(raw) });
	}
	return out;
}

/**
 * Cuts a span into runs of name words: capitalised words (or inner particles) joined by one space or
 * one hyphen. A comma, a dash, a lowercase word or a possessive ends a run, so "Idlib, Interfax" and
 * "Russia's Hmeymim" are two runs each.
 */
function runs(text: string, span: Span): Word[][] {
	const out: Word[][] = [];
	let run: Word[] = [];
	const flush = () => {
		if (run.length) out.push(run);
		run = [];
	};
	for (const w of words(text, span)) {
		const prev = run[run.length - 1];
		if (prev && !NAME_GAP.test(text.slice(prev.end, w.start))) flush();
		const usable = (UPPER_START.test(w.text) || PARTICLES.has(w.text)) && !DIGIT.test(w.text);
		if (!usable) {
			flush();
			continue;
		}
		run.push(w);
		if (w.end < text.length && POSSESSIVE.test(text.slice(w.start, w.end + 2))) flush();
	}
	flush();
	return out;
}

/*
 * The word lists live as data in `words.json` (lowercase, folded), so extending them for new
 * reporting is a data edit, not a code change.
 */
const COUNTRIES = WORDS.countries;
const NATIONALITIES = WORDS.nationalities;
const CALENDAR = WORDS.calendar;
/** Capitalised at the start of a sentence or a quotation; compromise sometimes tags them as names. */
const FUNCTION_WORDS = WORDS.functionWords;
/**
 * Words that make a name an organisation, a news outlet or an armed group rather than a place. The
 * group prefixes (Jeish, Jabhat, Hayat, Liwa, Ahrar, Faylaq, Harakat) are Arabic for army, front,
 * organisation, brigade, free men, legion and movement.
 */
const ORGANISATION_WORDS = WORDS.organisationWords;
/** Words that say the next name is a person's. */
const TITLES = WORDS.titles;
const DESIGNATORS = WORDS.designators;
const DIRECTIONS = WORDS.directions;

const NOT_PLACE_ALONE = new Set([...COUNTRIES, ...NATIONALITIES, ...CALENDAR, ...FUNCTION_WORDS]);
const ORGANISATION = new Set(ORGANISATION_WORDS);
const TITLE = new Set(TITLES);
const LEADING_NOISE = new Set([...FUNCTION_WORDS, ...NATIONALITIES, ...DIRECTIONS]);
const TRAILING_NOISE = new Set(DESIGNATORS);

const TITLE_BEFORE = new RegExp(
	String.raw`(?:^|[^\p{L}])(?:${TITLES.join('|')}|secretary of|told|according to)\.?\s+(?:the\s+)?$`,
	'iu'
);
const SPEECH_AFTER =
	/^(?:['’]s)?(?:,\s+(?!in |on |at |near |of |from |to |north |south |east |west )[^,.;:]{1,60},)?\s+(?:has |had |have |also |then |later |would |will )?(?:said|says|told|tells|stated|added|warned|noted|stressed|emphasi[sz]ed|asserted|accused|pledged|threatened|met|quoted|reported|described|urged|insisted|claimed|announced|underlined|wrote)\b/iu;
const ROLE_AFTER =
	/^,\s+(?:the\s+)?(?:spokesman|spokeswoman|spokesperson|minister|president|commander|leader|head|chief|envoy)\b/iu;
const MEDIA_AFTER = /^\s+(?:news agency|agency|website|newspaper|daily|tv|channel|radio|television)\b/iu;
/** "near Sarmada and Atmeh said": a name after a place preposition is where someone is, not a speaker. */
const PLACE_BEFORE =
	/(?:^|[^\p{L}])(?:in|near|from|to|at|around|outside|towards|toward|of)\s+(?:\p{Lu}[\p{L}\p{M}'’‘-]*\s+){0,3}(?:and\s+)?$/u;
const AND_BETWEEN = /^(?:\s+and\s+|,\s+)$/u;
const NAME_RUN = new RegExp(String.raw`(?<![\p{L}\p{M}])${NAME}(?:[ -]${ARTICLE}?${NAME})*`, 'gu');

/**
 * The words of every name the text marks as a person's: after a title ("Foreign Minister Sergei
 * Lavrov"), before a speech verb ("Assad has pledged") or a role (", spokesman of"), and a name joined
 * by "and" to one of those ("Presidents Vladimir Putin and Tayyip Erdogan"). Collected over the whole
 * text because the evidence is often at another mention of the same person than the one being judged.
 * A capital used for its government ("Ankara said") lands here too; curated places are covered first,
 * so that costs nothing in practice.
 */
function personWords(text: string): Set<string> {
	const people = new Set<string>();
	let previousPersonEnd = -1;
	for (const m of execAll(NAME_RUN, text)) {
		const ws = words(text, { start: m.index, end: m.index + m[0].length });
		const first = ws[0];
		const last = ws[ws.length - 1];
		if (!first || !last) continue;
		const before = text.slice(Math.max(0, first.start - 60), first.start);
		const after = text.slice(last.end, last.end + 90);
		const title = ws.findLastIndex((w) => TITLE.has(w.folded));
		let names: Word[] = [];
		if (title >= 0) names = ws.slice(title + 1);
		else if (
			TITLE_BEFORE.test(before) ||
			ROLE_AFTER.test(after) ||
			(SPEECH_AFTER.test(after) && !PLACE_BEFORE.test(before)) ||
			(previousPersonEnd >= 0 && AND_BETWEEN.test(text.slice(previousPersonEnd, first.start)))
		)
			names = ws;
		for (const w of names) if (!PARTICLES.has(w.text)) people.add(w.folded);
		previousPersonEnd = names.length ? last.end : -1;
	}
	return people;
}

function trim(run: Word[]): Word[] {
	let a = 0;
	let b = run.length;
	while (a < b && (PARTICLES.has(run[a]!.text) || LEADING_NOISE.has(run[a]!.folded))) a++;
	while (b > a && (PARTICLES.has(run[b - 1]!.text) || TRAILING_NOISE.has(run[b - 1]!.folded))) b--;
	return run.slice(a, b);
}

function overlaps(a: Span, b: Span): boolean {
	return a.start < b.end && b.start < a.end;
}

/** The index of the first of `sorted` (ascending by start) whose start is at or after `at`. */
function firstFrom(sorted: readonly Span[], at: number): number {
	let lo = 0;
	let hi = sorted.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (sorted[mid]!.start < at) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/**
 * Whether `span` overlaps any of `sorted`: spans ascending by start that do not overlap each other, so
 * only the one starting before it and the first starting inside it can.
 */
function overlapsAny(sorted: readonly Span[], span: Span): boolean {
	const k = firstFrom(sorted, span.start);
	const before = sorted[k - 1];
	const after = sorted[k];
	return (!!before && overlaps(before, span)) || (!!after && overlaps(after, span));
}

/**
 * Longest first, then leftmost; a span overlapping one already kept is dropped. Which characters the
 * kept spans cover is marked in a bitmap of the text, so testing a span costs its own length, not a
 * pass over every span kept so far (which made a capture of megabytes quadratic).
 */
function longestFirst(all: Word[][], length: number): Word[][] {
	const spanOf = (run: Word[]): Span => ({ start: run[0]!.start, end: run[run.length - 1]!.end });
	const ordered = all
		.map((run) => ({ run, span: spanOf(run) }))
		.sort((x, y) => y.span.end - y.span.start - (x.span.end - x.span.start) || x.span.start - y.span.start);
	const taken = new Uint8Array(length);
	const kept: { run: Word[]; span: Span }[] = [];
	for (const item of ordered) {
		const { start, end } = item.span;
		if (taken.subarray(start, end).includes(1)) continue;
		taken.fill(1, start, end);
		kept.push(item);
	}
	return kept.sort((x, y) => x.span.start - y.span.start).map((k) => k.run);
}

/**
 * Text longer than this is given to compromise a stretch of paragraphs at a time: its cost and memory
 * grow with the document it holds (a 5 MB capture took 1.8 GB), while a name never spans a paragraph.
 */
const NLP_STRETCH = 20_000;

/** `text` cut at paragraph breaks into stretches of about `NLP_STRETCH` characters (one if shorter). */
function stretches(text: string): Span[] {
	if (text.length <= NLP_STRETCH) return [{ start: 0, end: text.length }];
	const out: Span[] = [];
	let start = 0;
	while (start < text.length) {
		let end = Math.min(text.length, start + NLP_STRETCH);
		if (end < text.length) {
			const br = text.lastIndexOf('\n', end);
			end = br > start ? br + 1 : end;
		}
		out.push({ start, end });
		start = end;
	}
	return out;
}

/** Compromise's `#ProperNoun+` runs over the whole text, a stretch at a time. */
function properNouns(text: string): Span[] {
	return stretches(text).flatMap(({ start, end }) =>
		matchExtents(nlp(text.slice(start, end)).match('#ProperNoun+').json({ offset: true })).map((s) => ({
			start: s.start + start,
			end: s.end + start
		}))
	);
}

/**
 * Finds capitalised stretches of `text` that may be place names the curated gazetteer lacks, for a
 * build-time fallback to GeoNames. Spans overlapping `covered` (the curated mentions) are left out, so
 * only what the alias matcher missed is returned.
 *
 * Two sources are combined: compromise's `#ProperNoun+` runs and regular expressions for Arabic name
 * shapes, which compromise tends to split at "al-". Then the actors news text is full of are removed:
 * countries and nationalities (the project does not map them), months and weekdays, organisations,
 * news outlets and armed groups, and people. People are recognised by a title before the name
 * ("Foreign Minister Walid al-Moallem", "Mr Al Mahmoud"), a speech verb after it ("Lavrov said"), a
 * role apposition (", spokesman of"), or a surname already recognised so elsewhere in the text
 * ("Assad"). This is a recall-oriented heuristic: what it returns still needs a gazetteer hit.
 */
export function findUnknownNames(text: string, covered: readonly Span[] = []): UnknownName[] {
	const raw: Span[] = properNouns(text);
	for (const re of ARABIC_SHAPES) {
		for (const m of execAll(re, text)) raw.push({ start: m.index, end: m.index + m[0].length });
	}
	const all = raw
		.flatMap((span) => runs(text, span))
		.map(trim)
		.filter((r) => r.length > 0);
	const merged = longestFirst(all, text.length);
	const people = personWords(text);

	const coveredSorted = [...covered].sort((a, b) => a.start - b.start);
	const out: UnknownName[] = [];
	for (const run of merged) {
		const start = run[0]!.start;
		const end = run[run.length - 1]!.end;
		const folded = run.map((w) => w.folded);
		if (run.some((w) => TITLE.has(w.folded)) || people.has(folded[folded.length - 1]!)) continue;
		if (folded.some((f) => ORGANISATION.has(f))) continue;
		if (folded.every((f) => NOT_PLACE_ALONE.has(f) || PARTICLES.has(f))) continue;
		if (run.length === 1 && ACRONYM.test(run[0]!.text)) continue;
		if (MEDIA_AFTER.test(text.slice(end, end + 20))) continue;
		if (overlapsAny(coveredSorted, { start, end })) continue;
		out.push({ surface: text.slice(start, end), start, end });
	}
	return out;
}
