import { execAll } from '../core/regex';

/**
 * A light, deterministic shallow parse of one news sentence, with no model and no dictionary
 * beyond a few closed word classes: what an event word's clause holds once the asides, relative
 * clauses and other clauses inside it are set aside, and whether a place in that clause hangs
 * on the word. The extractor's own rules read a word's place within a few words with no comma
 * between; this reads the places a word governs across an aside ("launched an attack, the third this week,
 * north of X"), a relative clause ("struck the depot, which rebels had used, in X") or a long run
 * of phrases, and leaves out places the word does not govern (another clause's, another verb's).
 *
 * Everything here works on character offsets of the sentence it was given, so a caller's mention
 * offsets apply unchanged.
 */

/** A stretch of the sentence, as UTF-16 offsets (end exclusive). */
export interface Span {
	start: number;
	end: number;
}

/**
 * What a stretch set aside is: a parenthesis or a pair of dashes; a comma aside (an apposition,
 * an adverbial, "according to …", a participle phrase); a relative clause ("which …", "who …");
 * a subordinate clause ("while …", "because …").
 */
export type AsideKind = 'bracket' | 'dash' | 'comma' | 'relative' | 'subordinate';

export interface Aside extends Span {
	kind: AsideKind;
}

/**
 * The shallow parse: the asides (nested stretches the sentence goes on after) and the clause
 * breaks (offsets where a clause the sentence does not come back from begins).
 */
export interface Chunks {
	text: string;
	asides: Aside[];
	breaks: number[];
}

/** Words that open a relative clause. */
const RELATIVE = /^(?:which|who|whom|whose|where)\b/i;

/**
 * Words that open a subordinate clause (adverbial), "as" among them after a comma (", as thousands
 * fled"), not "as part of", "as well as", "as a result".
 */
const SUBORDINATOR =
	/^(?:while|whereas|although|though|because|since|unless|until|when|whenever|if|as\s+(?!(?:part|well|a\s+result|expected|usual|such|of|for|from|in|at|on|to)\b))\b/iu;

/**
 * What opens a comma aside that the sentence goes on after: an adverbial or attribution
 * ("according to", "however", "reportedly", "it said"), a participle phrase ("backed by …",
 * "using …"), a share or count ("most of them …"), or an apposition that names or describes the
 * noun before it ("the third this week", "a town of 20,000").
 */
const COMMA_ASIDE_OPENER =
	/^(?:according\s+to|however|meanwhile|reportedly|apparently|officials?\s+said|sources?\s+said|(?:it|he|she|they)\s+(?:said|says|added)|(?:the|a|an|its|their|his|her|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s|[\p{L}-]+(?:ed|ing)\s+(?:by|with|from|in|on|at|to)\b|(?:most|many|some|all|several|half)\s+of\b|mostly|mainly|including|backed\s+by|supported\s+by)/iu;

/** An end of a clause the sentence does not come back from: a semicolon, a colon not in a time. */
const HARD_BREAK = /;|(?<!\d):(?!\d)/g;

/**
 * A coordinated predicate or clause: "and" or "but" before a finite verb form or a new subject
 * ("and then shelled", ", and the army entered", ", and residents fled"). A list's "and" ("X and
 * Y") is not one.
 */
const NEW_PREDICATE =
	/,\s*(?:and|but)\s+(?=(?:[\p{L}-]+\s+){1,2}[\p{L}-]+ed\s)|,?\s+(?:and|but|or)\s+(?:then\s+)?(?=(?:(?:also|later|then|have|has|had|was|were|is|are|will|would)\b|[\p{L}-]+ed\s+(?:the|a|an|its|their|on|in|at|to|into|from)\b|(?:the|a|an|its|their)\s+(?:[\p{L}-]+\s+){0,3}?(?:have|has|had|was|were|is|are|said|says|[\p{L}-]+ed)\b|(?:they|it|he|she|we)\b))/giu;

/**
 * Verbs of saying that end the reported clause before them ("…, the ministry said", "…, a
 * spokesman for the civil defence in X said", "…, its minister told reporters in X").
 */
const SAYING =
	/,\s*(?:[\p{L}'’-]+\s+){0,8}?(?:said|says|added|reported|claimed|announced|told|tells|stated|confirmed|noted)\b/giu;

/**
 * The end of a comma aside opened at `from` (just past its comma): the next comma, dash or
 * bracket before a clause end, or -1 when the aside runs to the end of the sentence.
 */
function commaEnd(text: string, from: number): number {
	for (let i = from; i < text.length; i++) {
		const c = text[i]!;
		if (c === ',') return i;
		if (c === ';' || c === '(' || c === ')') return -1;
		if (c === ':' && !/\d/.test(text[i - 1] ?? '') && !/\d/.test(text[i + 1] ?? '')) return -1;
	}
	return -1;
}

/** An aside between a pair of dashes, with the spaces around them. */
const DASH_PAIR = /\s[—–]\s[^—–;:]{1,120}?\s[—–]\s|\s--\s[^;:]{1,120}?\s--\s/g;

/** Whether a stretch reads as a whole clause (has a finite verb of its own). */
const FINITE = /\b(?:is|are|was|were|has|have|had|will|would|said|says)\b/i;

/**
 * The shallow parse of a sentence: brackets, pairs of dashes, comma asides and relative or
 * subordinate clauses set off by commas are asides; a relative or subordinate clause, a saying
 * verb's clause or a new predicate running on to the end starts at a break.
 */
export function chunk(text: string): Chunks {
	const asides: Aside[] = [];
	const breaks: number[] = [];
	for (const m of execAll(/\([^()]*\)|\[[^[\]]*\]/g, text))
		asides.push({ start: m.index, end: m.index + m[0].length, kind: 'bracket' });
	for (const m of execAll(DASH_PAIR, text))
		asides.push({ start: m.index, end: m.index + m[0].length, kind: 'dash' });
	for (const m of execAll(HARD_BREAK, text)) breaks.push(m.index);
	// A single dash with no pair opens an afterthought the sentence does not come back from.
	for (const m of execAll(/\s[—–]\s|\s--\s/g, text))
		if (!asides.some((a) => a.kind === 'dash' && m.index >= a.start && m.index < a.end)) breaks.push(m.index);
	for (const m of execAll(/,\s*/g, text)) {
		const open = m.index + m[0].length;
		const rest = text.slice(open);
		if (asides.some((a) => m.index >= a.start && m.index < a.end)) continue;
		const relative = RELATIVE.test(rest);
		const subordinate = SUBORDINATOR.test(rest);
		const close = commaEnd(text, open);
		if (relative || subordinate) {
			if (close < 0) breaks.push(m.index);
			else
				asides.push({
					start: m.index,
					end: close + 1,
					kind: relative ? 'relative' : 'subordinate'
				});
			continue;
		}
		if (close < 0) continue;
		const inside = text.slice(open, close);
		// "X, Y and Z": a list's comma encloses a name, not an aside; an aside opens with its own
		// words and has no finite verb of a clause the sentence is in.
		if (COMMA_ASIDE_OPENER.test(rest) && !FINITE.test(inside) && inside.split(/\s+/).length <= 12)
			asides.push({ start: m.index, end: close + 1, kind: 'comma' });
	}
	// A relative or subordinate clause with no comma before it ("the depot which rebels used", "an
	// assault that targeted troops") starts where its word is, and runs to the next comma.
	const opener =
		/\s(?:which|who|whom|whose|while|whereas|although|because|until|unless)\b|\sthat\s+(?=(?:[\p{L}-]+ed|is|are|was|were|has|have|had|will|would)\b)/giu;
	for (const m of execAll(opener, text)) {
		if (asides.some((a) => m.index >= a.start && m.index < a.end)) continue;
		if (/,\s*$/.test(text.slice(0, m.index + 1))) continue;
		const close = commaEnd(text, m.index + 1);
		if (close < 0) breaks.push(m.index);
		else
			asides.push({
				start: m.index,
				end: close + 1,
				kind: /^\s(?:wh)/i.test(m[0]) ? 'relative' : 'subordinate'
			});
	}
	for (const m of execAll(SAYING, text)) {
		// "…, activists said, in X": a saying verb between commas is an aside the clause goes on
		// after.
		const close = /^\s*,/.exec(text.slice(m.index + m[0].length));
		if (close) {
			const end = m.index + m[0].length + close[0].length;
			if (!asides.some((a) => a.start === m.index)) asides.push({ start: m.index, end, kind: 'comma' });
		} else breaks.push(m.index);
	}
	for (const m of execAll(NEW_PREDICATE, text)) breaks.push(m.index);
	asides.sort((a, b) => a.start - b.start || b.end - a.end);
	breaks.sort((a, b) => a - b);
	return { text, asides, breaks: [...new Set(breaks)] };
}

/** Whether an offset lies inside an aside. */
function inAside(c: Chunks, at: number): Aside | undefined {
	return c.asides.find((a) => at >= a.start && at < a.end);
}

/**
 * The text a word at `word` governs after it: from its end to the first clause break, with every
 * aside inside blanked to spaces (so offsets hold). A word inside an aside governs up to that
 * aside's end only. Returns the end offset and the blanked text from the word's end.
 */
export function governedAfter(c: Chunks, word: Span): { end: number; text: string } {
	const own = inAside(c, word.start);
	let end = own ? own.end : c.text.length;
	for (const b of c.breaks) if (b >= word.end && b < end) end = b;
	let text = c.text.slice(word.end, end);
	for (const a of c.asides) {
		if (a === own || a.end <= word.end || a.start >= end) continue;
		if (own && a.start < own.start) continue;
		const from = Math.max(a.start, word.end) - word.end;
		const to = Math.min(a.end, end) - word.end;
		text = text.slice(0, from) + ' '.repeat(to - from) + text.slice(to);
	}
	return { end, text };
}

/**
 * A preposition of place, maybe with a bearing, right before a place ("in", "near", "north of",
 * "on the outskirts of", "in the town of", "in the countryside of"). A place a word governs across
 * other phrases hangs on it by one of these.
 */
const LOCATIVE_BEFORE =
	/\b(?:in|at|near|inside|outside|around|on|across|along|into|to|towards?|(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+(?:outskirts\s+)?of)|(?:on\s+the\s+)?outskirts\s+of|(?:the\s+)?vicinity\s+of)\s+(?:the\s+)?(?:(?:[\p{L}-]+\s+){0,2}(?:town|village|city|area|countryside|region|province|outskirts|vicinity|district)\s+of\s+)?["“]?$/iu;

/**
 * A verb form of its own between the word and the place: the place's phrase hangs on that verb,
 * not on the word ("struck a convoy carrying troops to X", "shelled the area where rebels are based
 * in X"). A participle after a determiner or adverb is an adjective ("the besieged town").
 */
const OTHER_VERB =
	/(?<!\b(?:the|a|an|its|their|his|her|this|these|those|newly|heavily|recently)\s+)\b(?!(?:happened|occurred|erupted|started|began)\b)[\p{L}-]{2,}(?:ing|ed)\s+(?:to|into|towards?|from|by|for|through|via|with|as|the|a|an|its|their|our|them|him|her|it|in|at|near|on)\b/iu;

/**
 * An infinitive between word and place: a purpose or a plan with its own verb ("to set up the zone
 * in X", "an aim to prevent clashes in X"), whose phrases hang on that verb. A place or a bearing
 * after "to" is a destination, not an infinitive.
 */
const INFINITIVE =
	/\bto\s+(?!(?:the|a|an|its|their|this|that|these|those|north|south|east|west|northern|southern|eastern|western|central|rural|nearby|areas?|positions?)\b)\p{Ll}+\b/u;

/** Finite verbs and auxiliaries between word and place: another predicate's. */
const OTHER_FINITE = /\b(?:is|are|was|were|has|have|had|will|would|could|can|may|might|be|been|being)\b/i;

/** Places only a movement's origin or passage gives ("from", "through", "via"). */
const ORIGIN = /\b(?:from|through|via)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}$/iu;

/** How many words of governed text a word may reach across (asides not counted). */
export const MAX_ATTACH_WORDS = 30;

/**
 * Whether a place after a word hangs on it: the place lies in the text the word governs (its own
 * clause, asides set aside), a preposition of place comes right before it, and no verb form of its
 * own, other predicate or origin stands between. Returns the number of words between (asides not
 * counted), or -1.
 */
export function attachedAfter(c: Chunks, word: Span, place: Span): number {
	if (place.start < word.end) return -1;
	if (inAside(c, place.start) && inAside(c, place.start) !== inAside(c, word.start)) return -1;
	const gov = governedAfter(c, word);
	if (place.end > gov.end) return -1;
	const between = gov.text.slice(0, place.start - word.end);
	const count = (between.match(/[\p{L}\p{N}'’]+/gu) ?? []).length;
	if (count > MAX_ATTACH_WORDS) return -1;
	if (!LOCATIVE_BEFORE.test(between)) return -1;
	if (OTHER_VERB.test(between) || OTHER_FINITE.test(between) || ORIGIN.test(between)) return -1;
	if (INFINITIVE.test(between)) return -1;
	return count;
}

/**
 * The text between two offsets with the asides inside blanked to spaces (same length): what joins
 * two phrases once what is set aside between them is left out.
 */
export function asideBlanked(c: Chunks, from: number, to: number): string {
	let text = c.text.slice(from, to);
	for (const a of c.asides) {
		if (a.start < from || a.end > to) continue;
		text = text.slice(0, a.start - from) + ' '.repeat(a.end - a.start) + text.slice(a.end - from);
	}
	return text;
}

/**
 * Footage, a video or a photograph placed by where it was made ("footage filmed at X", "video
 * taken in X"), as the subject of a verb of showing right before the word.
 */
const SCENE_BEFORE =
	/\b(?:footage|video|videos|images?|photos?|photographs?|pictures?)\s+(?:(?:[\p{L}-]+\s+){0,2})?(?:filmed|taken|shot|recorded)\s+(?:at|in|near|outside)\s+(?:the\s+)?$/iu;

/** A verb of showing and the words of the shown noun phrase before the word. */
const SHOWS_BEFORE = /\b(?:shows|showed|show|showing)\s+(?:[\p{L}-]+\s+){0,4}$/iu;

/**
 * Whether footage, a video or a picture made at a place shows the word ("footage filmed at X, near
 * Y, shows a large convoy": X): the place follows the making, and the showing verb opens the word's
 * phrase in the same clause. Returns the words between (asides not counted), or -1.
 */
export function sceneOf(c: Chunks, word: Span, place: Span): number {
	if (place.end > word.start || !SCENE_BEFORE.test(c.text.slice(0, place.start))) return -1;
	if (!SHOWS_BEFORE.test(c.text.slice(0, word.start))) return -1;
	if (c.breaks.some((b) => b > place.end && b < word.start)) return -1;
	const between = asideBlanked(c, place.end, word.start);
	const count = (between.match(/[\p{L}\p{N}'’]+/gu) ?? []).length;
	return count <= MAX_ATTACH_WORDS ? count : -1;
}

/** How many words may lie between a word and a relative clause about it ("a deal in X, which"). */
const MAX_RELATIVE_LEAD_WORDS = 6;

/**
 * The relative clause that follows a word and is about its phrase ("signed a deal in Moscow,
 * which paved the way for …"): the first relative aside, or relative clause running on to the
 * sentence's end, opened within a few words after the word with no clause break between.
 */
export function relativeAfter(c: Chunks, word: Span): Span | undefined {
	const open = /,\s*(?:which|that)\b/gi;
	open.lastIndex = word.end;
	const m = open.exec(c.text);
	if (!m) return undefined;
	const lead = c.text.slice(word.end, m.index);
	if ((lead.match(/[\p{L}\p{N}'’]+/gu) ?? []).length > MAX_RELATIVE_LEAD_WORDS) return undefined;
	if (c.breaks.some((b) => b >= word.end && b < m.index)) return undefined;
	const aside = c.asides.find((a) => a.start === m.index && a.kind === 'relative');
	if (aside) return { start: aside.start, end: aside.end };
	const end = c.breaks.find((b) => b > m.index + m[0].length) ?? c.text.length;
	return { start: m.index, end };
}
