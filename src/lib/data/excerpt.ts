import type { Mention } from '../geoparse/match';
import { execAll } from '../core/regex';

/**
 * A run of article text: plain, or one place mention (`mark`). Views render these with text
 * interpolation only, so an article body can never inject markup.
 */
export interface Segment {
	text: string;
	/**
	 * The place this run names and the index of its mention in the article's `mentions`; `dateline`
	 * when it is where the story was filed.
	 */
	mark?: { place: string; index: number; dateline?: true };
	/** Set on the `…` runs an excerpt adds where it clips a long sentence; they are not article text. */
	ellipsis?: true;
	/** The ids of the spans (`bodySegments`' `spans`: events' sentences) this run lies in, in their order. */
	spans?: string[];
}

/** A stretch of the body to show as a whole (an event's sentence): UTF-16 offsets, `end` exclusive. */
export interface TextSpan {
	id: string;
	start: number;
	end: number;
}

/** A paragraph's runs grouped by the spans they lie in, as the reader wraps them. */
export interface SpanGroup {
	/** The spans every run of the group lies in; empty for text outside them. */
	spans: string[];
	/** The spans that start here (their first run in the body): where their anchor and label go. */
	opens: string[];
	segments: Segment[];
}

/** One paragraph of an article body, as the reader renders it: an `<h2>` crosshead or a `<p>`. */
export interface Paragraph {
	heading: boolean;
	segments: Segment[];
}

/**
 * A sentence as UTF-16 offsets into the body (`end` exclusive). The `clipped` flags say the sentence
 * ran past `EXCERPT_LIMIT` and was cut there, so a view knows where to show an ellipsis.
 */
export interface SentenceSpan {
	start: number;
	end: number;
	clippedStart: boolean;
	clippedEnd: boolean;
}

/**
 * Longest excerpt, in UTF-16 units, before a sentence is clipped around its mention. Some wire copy has
 * paragraph-long sentences or lists with no full stop; a popup or list item has room for a few lines.
 */
export const EXCERPT_LIMIT = 400;

/**
 * Words that end with a full stop without ending a sentence. Case matters: "No." before a number is an
 * abbreviation, "said no." is not; months are listed because datelines write "Feb. 7".
 */
const ABBREVIATIONS = new Set([
	'Mr',
	'Mrs',
	'Ms',
	'Dr',
	'St',
	'Mt',
	'Ft',
	'Prof',
	'Gen',
	'Lt',
	'Col',
	'Maj',
	'Capt',
	'Sgt',
	'Cpl',
	'Adm',
	'Brig',
	'Cmdr',
	'Sen',
	'Rep',
	'Gov',
	'Pres',
	'Rev',
	'Hon',
	'Jan',
	'Feb',
	'Mar',
	'Apr',
	'Jun',
	'Jul',
	'Aug',
	'Sep',
	'Sept',
	'Oct',
	'Nov',
	'Dec',
	'No',
	'Nos',
	'vs',
	'approx'
]);

/**
 * A candidate sentence end: terminal punctuation, any closing quotes or brackets, whitespace, and then
 * something that can open a sentence (a capital, a digit, an opening quote or bracket). Requiring the
 * next sentence to start this way is what keeps "3.6 million" and "the (Syrian) regime's" whole.
 */
const SENTENCE_END = /[.!?…]+["'”’»)\]]*(\s+)(?=[\p{Lu}\p{Lt}\p{N}"'“‘«([])/gu;
const OPENING_PUNCTUATION = /^[(["'“‘«]+/u;
const INITIAL = /^\p{Lu}$/u;
const DOTTED_ACRONYM = /^(?:\p{L}\.)+\p{L}$/u;
const SPACE = /\s/u;

function isSpace(ch: string | undefined): boolean {
	return ch !== undefined && SPACE.test(ch);
}

/** Whether the full stop at `dot` closes an abbreviation, an initial ("Recep T. Erdogan") or "U.S.". */
function endsAbbreviation(text: string, dot: number): boolean {
	let from = dot;
	while (from > 0 && !isSpace(text[from - 1])) from--;
	const word = text.slice(from, dot).replace(OPENING_PUNCTUATION, '');
	return ABBREVIATIONS.has(word) || INITIAL.test(word) || DOTTED_ACRONYM.test(word);
}

/** Quote marks change what an ellipsis means: inside a quotation it is a pause, not a sentence end. */
function quoteDepthAfter(ch: string, depth: number): number {
	if (ch === '“' || ch === '«') return depth + 1;
	if (ch === '”' || ch === '»') return Math.max(0, depth - 1);
	if (ch === '"') return depth > 0 ? depth - 1 : 1;
	return depth;
}

/**
 * The sentence breaks in `body[from, to)` (one paragraph), in order: `end` is where a sentence stops
 * (after its closing quotes), `next` where the following one starts (after the whitespace).
 */
function sentenceBreaks(body: string, from: number, to: number): { end: number; next: number }[] {
	const text = body.slice(from, to);
	const breaks: { end: number; next: number }[] = [];
	let depth = 0;
	let scanned = 0;
	for (const m of execAll(SENTENCE_END, text)) {
		for (; scanned < m.index; scanned++) depth = quoteDepthAfter(text[scanned]!, depth);
		const terminator = /^[.!?…]+/u.exec(m[0])![0];
		const ellipsis = terminator.includes('…') || terminator.includes('...');
		const abbreviation = terminator === '.' && endsAbbreviation(text, m.index);
		if (abbreviation || (ellipsis && depth > 0)) continue;
		const next = m.index + m[0].length;
		breaks.push({ end: from + next - m[1]!.length, next: from + next });
	}
	return breaks;
}

/**
 * Every sentence of `body` in order, as `[start, end)` spans without their surrounding whitespace: each
 * paragraph (a line) is cut at the breaks `sentenceAround` uses, and a crosshead's "## " marker is left
 * out. For the search index, which lists the sentence a query's words are in.
 */
export function sentenceSpans(body: string): { start: number; end: number }[] {
	const spans: { start: number; end: number }[] = [];
	const push = (start: number, end: number) => {
		while (start < end && isSpace(body[start])) start++;
		while (end > start && isSpace(body[end - 1])) end--;
		if (end > start) spans.push({ start, end });
	};
	let lineStart = 0;
	while (lineStart <= body.length) {
		const newline = body.indexOf('\n', lineStart);
		const lineEnd = newline < 0 ? body.length : newline;
		let from = body.startsWith('## ', lineStart) ? lineStart + 3 : lineStart;
		for (const b of sentenceBreaks(body, from, lineEnd)) {
			push(from, b.end);
			from = b.next;
		}
		push(from, lineEnd);
		lineStart = lineEnd + 1;
	}
	return spans;
}

/** The first word start at or after `from` (never past `limit`), so a clipped excerpt starts on a word. */
function wordStartFrom(body: string, from: number, limit: number): number {
	for (let i = from; i < limit; i++) if (isSpace(body[i - 1]) && !isSpace(body[i])) return i;
	return limit;
}

/** The last word end at or before `to` (never before `limit`), so a clipped excerpt ends on a word. */
function wordEndBefore(body: string, to: number, limit: number): number {
	for (let i = to; i > limit; i--) if (!isSpace(body[i - 1]) && isSpace(body[i])) return i;
	return limit;
}

/** Cuts an over-long sentence to about `EXCERPT_LIMIT` around the span, sharing the room either side. */
function clip(body: string, sentence: SentenceSpan, start: number, end: number): SentenceSpan {
	const spare = Math.max(0, EXCERPT_LIMIT - (end - start));
	const roomBefore = start - sentence.start;
	const roomAfter = sentence.end - end;
	let before = Math.min(roomBefore, Math.floor(spare / 2));
	const after = Math.min(roomAfter, spare - before);
	before = Math.min(roomBefore, spare - after);
	const from = before < roomBefore ? wordStartFrom(body, start - before, start) : sentence.start;
	const to = after < roomAfter ? wordEndBefore(body, end + after, end) : sentence.end;
	return { start: from, end: to, clippedStart: from > sentence.start, clippedEnd: to < sentence.end };
}

/**
 * The sentence holding `body[start, end)`, for showing a mention in context. Paragraph breaks always
 * bound it; inside a paragraph it ends at ". ! ?" followed by a capital, digit or quote, except after
 * an abbreviation, an initial, "U.S." or an ellipsis within a quotation. A break inside the span itself
 * is ignored so the span is never cut, and a crosshead's "## " marker is left out. Sentences longer
 * than `EXCERPT_LIMIT` are clipped to word boundaries around the span and flagged.
 */
export function sentenceAround(body: string, start: number, end: number): SentenceSpan {
	if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= body.length))
		throw new RangeError(`span ${start}..${end} is not inside a body of length ${body.length}`);
	let lineStart = start === 0 ? 0 : body.lastIndexOf('\n', start - 1) + 1;
	const newline = body.indexOf('\n', end);
	const lineEnd = newline < 0 ? body.length : newline;
	if (body.startsWith('## ', lineStart) && start >= lineStart + 3) lineStart += 3;

	let from = lineStart;
	let to = lineEnd;
	for (const b of sentenceBreaks(body, lineStart, lineEnd)) {
		if (b.next <= start) from = b.next;
		else if (b.end >= end) {
			to = b.end;
			break;
		}
	}
	while (from < start && isSpace(body[from])) from++;
	while (to > end && isSpace(body[to - 1])) to--;

	const sentence = { start: from, end: to, clippedStart: false, clippedEnd: false };
	return to - from > EXCERPT_LIMIT ? clip(body, sentence, start, end) : sentence;
}

/**
 * Splits `body[from, to)` into plain and marked runs. A mention that crosses an edge of the range is
 * marked for the part inside it, so a clipped excerpt still highlights what it shows.
 */
function segmentRange(body: string, mentions: readonly Mention[], from: number, to: number): Segment[] {
	const segments: Segment[] = [];
	let at = from;
	mentions.forEach((m, index) => {
		const s = Math.max(m.start, from);
		const e = Math.min(m.end, to);
		if (e <= s || s < at) return;
		if (s > at) segments.push({ text: body.slice(at, s) });
		const mark: NonNullable<Segment['mark']> = { place: m.place, index };
		if (m.role === 'dateline') mark.dateline = true;
		segments.push({ text: body.slice(s, e), mark });
		at = e;
	});
	if (at < to) segments.push({ text: body.slice(at, to) });
	return segments;
}

/**
 * The sentence around mention `mentionIndex`, split so every mention inside it (the focused one
 * included) is its own marked run; a clipped sentence gets `…` runs flagged `ellipsis`. Without those
 * runs the texts join to exactly `body.slice(sentence.start, sentence.end)`.
 */
export function excerptSegments(body: string, mentions: readonly Mention[], mentionIndex: number): Segment[] {
	const focus = mentions[mentionIndex];
	if (!focus) throw new RangeError(`no mention ${mentionIndex} (the article has ${mentions.length})`);
	const sentence = sentenceAround(body, focus.start, focus.end);
	const segments = segmentRange(body, mentions, sentence.start, sentence.end);
	if (sentence.clippedStart) segments.unshift({ text: '…', ellipsis: true });
	if (sentence.clippedEnd) segments.push({ text: '…', ellipsis: true });
	return segments;
}

/** One place's excerpt: a sentence, the place's mentions it holds, and its runs (`excerptSegments`). */
export interface PlaceExcerpt {
	/** The first of `mentions`: where the excerpt was cut around, and where "Read at this mention" goes. */
	mention: number;
	/** Every mention of the place the excerpt shows, ascending (indexes into the article's `mentions`). */
	mentions: number[];
	segments: Segment[];
}

/**
 * A place's excerpts from one article: one per sentence, not one per mention, so a sentence that names
 * the place twice ("Astana (now named Nur-Sultan)", both aliases of one place) is shown once with both
 * names highlighted. `indexes` are the place's mentions in the article (ascending); each excerpt is the
 * sentence around the first mention not yet shown, and takes every later one that falls in what it
 * shows (a sentence clipped to `EXCERPT_LIMIT` around one mention leaves a far one its own excerpt).
 * At most `max` excerpts; `rest` is the mentions none of them shows, for the "more mentions" link.
 */
export function placeExcerpts(
	body: string,
	mentions: readonly Mention[],
	indexes: readonly number[],
	max: number
): { excerpts: PlaceExcerpt[]; rest: number[] } {
	const excerpts: PlaceExcerpt[] = [];
	let i = 0;
	while (i < indexes.length && excerpts.length < max) {
		const first = indexes[i]!;
		const focus = mentions[first];
		if (!focus) throw new RangeError(`no mention ${first} (the article has ${mentions.length})`);
		const sentence = sentenceAround(body, focus.start, focus.end);
		const shown = [first];
		for (i++; i < indexes.length; i++) {
			const m = mentions[indexes[i]!];
			if (!m || m.start < sentence.start || m.end > sentence.end) break;
			shown.push(indexes[i]!);
		}
		excerpts.push({ mention: first, mentions: shown, segments: excerptSegments(body, mentions, first) });
	}
	return { excerpts, rest: indexes.slice(i) };
}

const PARAGRAPH_BREAK = /\n[^\S\n]*\n\s*/gu;

/** The ids of the spans holding offset `at`, in the order given. */
function spansAt(spans: readonly TextSpan[], at: number): string[] {
	return spans.filter((sp) => sp.start <= at && at < sp.end).map((sp) => sp.id);
}

/** `[from, to)` cut at every span edge inside it. */
function cutAtSpans(spans: readonly TextSpan[], from: number, to: number): [number, number][] {
	const edges = [...new Set(spans.flatMap((sp) => [sp.start, sp.end]))]
		.filter((x) => x > from && x < to)
		.sort((a, b) => a - b);
	const points = [from, ...edges, to];
	return points.slice(1).map((end, i) => [points[i]!, end]);
}

const sameSpans = (a: readonly string[] = [], b: readonly string[] = []) =>
	a.length === b.length && a.every((id, i) => id === b[i]);

/**
 * The whole body as the reader shows it: paragraphs split at blank lines, "## " paragraphs as
 * crossheads without the marker, each mention a marked run whose `index` is its place in `mentions`
 * (the reader's `#m-N` anchors). A mention is marked once, in the paragraph where it starts, so anchor
 * ids stay unique even if a mention ever ran across a paragraph break. Plain text is also cut where a
 * `spans` range starts or ends, and each run names the spans it lies in; a mention is never cut, and
 * counts as in a span when it starts in it.
 */
export function bodySegments(
	body: string,
	mentions: readonly Mention[],
	spans: readonly TextSpan[] = []
): Paragraph[] {
	const paragraphs: Paragraph[] = [];
	const marked = new Set<number>();
	const add = (from: number, to: number) => {
		const heading = body.startsWith('## ', from);
		const segments: Segment[] = [];
		let at = heading ? from + 3 : from;
		for (const segment of segmentRange(body, mentions, at, to)) {
			const plain = !segment.mark || marked.has(segment.mark.index);
			if (segment.mark) marked.add(segment.mark.index);
			const end = at + segment.text.length;
			const pieces: [number, number][] = segment.mark ? [[at, end]] : cutAtSpans(spans, at, end);
			for (const [s, e] of pieces) {
				const text = body.slice(s, e);
				const inSpans = spansAt(spans, s);
				const last = segments.at(-1);
				if (plain && last && !last.mark && sameSpans(last.spans, inSpans)) {
					last.text += text;
					continue;
				}
				const run: Segment = plain ? { text } : { ...segment, text };
				if (inSpans.length) run.spans = inSpans;
				segments.push(run);
			}
			at = end;
		}
		if (segments.length) paragraphs.push({ heading, segments });
	};
	let from = 0;
	for (const m of execAll(PARAGRAPH_BREAK, body)) {
		add(from, m.index);
		from = m.index + m[0].length;
	}
	add(from, body.length);
	return paragraphs;
}

/**
 * Each paragraph's runs in groups of the same spans, for the reader to wrap each group in one element
 * and to put a span's anchor and label where it first appears in the body.
 */
export function spanGroups(paragraphs: readonly Paragraph[]): { heading: boolean; groups: SpanGroup[] }[] {
	const opened = new Set<string>();
	return paragraphs.map(({ heading, segments }) => {
		const groups: SpanGroup[] = [];
		for (const segment of segments) {
			const ids = segment.spans ?? [];
			const last = groups.at(-1);
			if (last && sameSpans(last.spans, ids)) {
				last.segments.push(segment);
				continue;
			}
			const opens = ids.filter((id) => !opened.has(id));
			for (const id of opens) opened.add(id);
			groups.push({ spans: ids, opens, segments: [segment] });
		}
		return { heading, groups };
	});
}
