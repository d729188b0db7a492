import { execAll } from '../core/regex';

/**
 * The text units the extractor reads: sentences as ranges of the body, their words, and the breaks
 * that end a clause. Also the two helpers the word lists of `event-words.json` are built with.
 */

/**
 * A word or phrase of a word list as a regular-expression source, its spaces matching any space.
 */
export function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
}

/** A word list as a set of lower-case words. */
export const lowerSet = (words: readonly string[]) => new Set(words.map((w) => w.toLowerCase()));

/**
 * What ends a clause between a trigger and a place: a semicolon, a colon (not one inside a time,
 * "from 00:01 of 6 March"), a dash, or a word that opens a new clause ("as" with its own pronoun
 * subject: "captured a village as they moved toward X"). A place past it is governed by something
 * else.
 */
export const CLAUSE_BREAK =
	/[;—–]|(?<!\d):(?!\d)|\s-\s|\b(?:which|who|whom|while|but|when|whereas|although|because|despite|since|until|said|says)\b|\bas\s+(?:they|it|he|she|we)\b|\b(?:after|before)\b(?!\s+(?:midnight|dawn|noon|sunrise|sunset|nightfall)\b)/i;

/** Abbreviations whose full stop does not end a sentence ("Oct. 15", "Gen. Mayhoub", "No. 9"). */
const ABBREVIATIONS = new Set(
	[
		'jan',
		'feb',
		'mar',
		'apr',
		'jun',
		'jul',
		'aug',
		'sep',
		'sept',
		'oct',
		'nov',
		'dec',
		'mr',
		'mrs',
		'ms',
		'dr',
		'gen',
		'lt',
		'col',
		'maj',
		'capt',
		'sgt',
		'st',
		'no',
		'nos',
		'vs',
		'etc',
		'approx'
	].map((w) => w.toLowerCase())
);

/**
 * An end of sentence: `. ! ? …`, closing quotes or brackets, then space and a capital, digit or
 * opening quote; or a full stop glued to the next sentence's first word ("children.In this video"),
 * as pages lose the space when paragraphs are joined: after a lower-case word and before a
 * capitalised one.
 */
const SENTENCE_END = /[.!?…]["”’')\]]*(?=\s+["“‘'([]?[\p{Lu}\d])|(?<=\p{Ll}{2})[.!?](?=\p{Lu}\p{Ll})|\n+/gu;

/**
 * The sentences of a text as UTF-16 ranges, in order: paragraphs split at line breaks, then at end
 * punctuation before a capital or a digit, except after a known abbreviation or a single capital
 * ("U.S."). Leading spaces and a crosshead's `## ` are left out of each range.
 */
export function sentenceRanges(text: string): { start: number; end: number }[] {
	const out: { start: number; end: number }[] = [];
	let start = 0;
	const push = (s: number, e: number) => {
		while (s < e && /[\s#]/.test(text[s]!)) s++;
		while (e > s && /\s/.test(text[e - 1]!)) e--;
		if (e > s) out.push({ start: s, end: e });
	};
	for (const m of execAll(SENTENCE_END, text)) {
		const at = m.index;
		if (m[0].startsWith('\n')) {
			push(start, at);
			start = at + m[0].length;
			continue;
		}
		if (m[0][0] === '.') {
			const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(start, at - 12), at))?.[1] ?? '';
			if (ABBREVIATIONS.has(word.toLowerCase()) || /^(?:\p{Lu}\.)*\p{Lu}$/u.test(word)) continue;
		}
		const end = at + m[0].length;
		push(start, end);
		start = end;
	}
	push(start, text.length);
	return out;
}

/** The words of a stretch of text, lower case, apostrophes kept ("n't"). */
export function words(text: string): string[] {
	return text.toLowerCase().match(/[\p{L}\p{N}'’]+/gu) ?? [];
}

export function wordCount(text: string): number {
	return words(text).length;
}
