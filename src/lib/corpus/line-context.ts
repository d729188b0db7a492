import { PICTURE_CREDIT_LINE, REPORTING, captionPrintedTwice, captionTwin } from './caption-credit';
import { AUTHOR_LINE, BY_LINE, CAPTION_VERBS, CREDIT_ONLY } from './captions';
import { datelineEnd } from './dateline';
import { CAPTION_DATE } from './dates';
import { BARE_HANDLE, SECTION_LABEL_RULE } from './line-kind';
import { TERMINAL, wordCount, type LineKind } from './words';

/**
 * Kinds that a line's neighbours change: a caption known by the credit under it or by its twin, an
 * embedded post's text under its handle, an author's note, hard-wrapped lines of text, a source's
 * name over a time stamp, and a page's title over the headline it repeats.
 */

/**
 * The text of an embedded social post: the first line under a handle printed on its own line
 * ("@SomeAgency" above the post's words), in whatever language or case the post was written. It is
 * the post, not the report, as the handle above it says.
 */
export function markSocialPostText(lines: string[], kinds: LineKind[]): void {
	lines.forEach((line, i) => {
		if (!BARE_HANDLE.test(line)) return;
		for (let k = i + 1; k < lines.length; k++) {
			if (!lines[k]) continue;
			const kind = kinds[k];
			if (kind === 'prose' || kind === 'headline' || kind === 'other-script') kinds[k] = 'embed';
			return;
		}
	});
}

/** How many times a capture must show a line broken mid-sentence to be read as hard-wrapped. */
const WRAPS_TO_TRUST = 2;
/** The shortest line a hard wrap leaves: wire copy wraps near 70 characters, not at a few words. */
const WRAPPED_LINE_CHARACTERS = 40;

/**
 * Lines of a hard-wrapped paragraph (wire copy broken near 70 characters, its paragraphs set
 * apart by blank lines): read alone, a line that stops mid-sentence looks like a headline or a
 * crosshead. A line without a sentence's end with the next line right under it, that next line
 * opening in lower case ("... Syrian rebels have completed the" over "withdrawal of heavy
 * weapons ..."), is a wrapped line of text. Where a capture shows `WRAPS_TO_TRUST` such breaks
 * it is hard-wrapped, and every long line without a sentence's end with text right under it is
 * text too, whatever case the next line opens in ("... Russian counterpart Vladimir" over
 * "Putin agreed on ..."). A line with a blank under it is left alone: a headline stands apart
 * from its text.
 */
export function markWrappedLines(lines: string[], kinds: LineKind[]): void {
	const broken = (i: number) =>
		kinds[i] === 'headline' &&
		lines[i]!.length >= WRAPPED_LINE_CHARACTERS &&
		!TERMINAL.test(lines[i]!) &&
		!!lines[i + 1] &&
		(kinds[i + 1] === 'prose' || kinds[i + 1] === 'headline');
	const wraps = lines.filter((_, i) => broken(i) && /^\p{Ll}/u.test(lines[i + 1]!)).length;
	if (wraps < WRAPS_TO_TRUST) return;
	lines.forEach((_, i) => {
		if (broken(i)) kinds[i] = 'prose';
	});
}

/** The most words a source's name over a time stamp has ("Iran Front Page"). */
const SOURCE_NAME_WORDS = 4;

/**
 * A short name right above a time stamp, no blank line between ("Iran Front Page" over "20th
 * May 2019, 22:13 GMT+10"): the byline of a syndicated report, its source and when it was
 * filed, not a crosshead. Every word is capitalised and nothing ends it.
 */
export function markSourcesOverTimeStamps(
	lines: string[],
	kinds: LineKind[],
	rules: readonly (string | undefined)[]
): void {
	lines.forEach((line, i) => {
		if (kinds[i] !== 'headline' || !lines[i + 1] || rules[i + 1] !== 'time stamp') return;
		const words = line.split(' ');
		if (words.length <= SOURCE_NAME_WORDS && words.every((w) => /^\p{Lu}/u.test(w)) && !TERMINAL.test(line))
			kinds[i] = 'credit';
	});
}

/**
 * A page's title as the browser shows it: the headline, a dash or a bar, and the site's short name.
 */
const PAGE_TITLE = /^(.+?)\s+[-–—|]\s+\p{Lu}[\p{L}\p{N}.&'’]*(?:\s+\p{Lu}[\p{L}\p{N}.&'’]*){0,3}$/u;
/** How many non-blank lines below a page's title its headline may stand. */
const PAGE_TITLE_REACH = 6;

/**
 * The page's title copied above its headline ("Troops take the village - Valley Courier" over
 * "Troops take the village"): the headline with the site's name after a dash or a bar. The headline
 * below is the article's title, and the page's title is furniture.
 */
export function markPageTitles(lines: string[], kinds: LineKind[], rules: (string | undefined)[]): void {
	lines.forEach((line, i) => {
		const m = kinds[i] === 'headline' ? PAGE_TITLE.exec(line) : null;
		if (!m || wordCount(m[1]!) < 3) return;
		for (let k = i + 1, seen = 0; k < lines.length && seen < PAGE_TITLE_REACH; k++) {
			if (!lines[k]) continue;
			seen++;
			if (lines[k] === m[1]) {
				kinds[i] = 'furniture';
				rules[i] = 'page title';
				return;
			}
		}
	});
}

/** A note on an article's author: the credited name, then "is" ("Sam Reed is news editor of …"). */
const AUTHOR_NOTE_WORDS = 30;

/**
 * An author's note under the text: a short line that opens with a name the page credits elsewhere
 * ("By Sam Reed", "Author: Sam Reed") followed by "is" or "was". It says who wrote the report, so
 * it is a credit, not a sentence of the report; a name credited nowhere on the page is left alone.
 */
export function markAuthorNotes(lines: string[], kinds: LineKind[]): void {
	const names = new Set<string>();
	for (const line of lines) {
		const name =
			AUTHOR_LINE.exec(line)?.[1] ?? (BY_LINE.test(line) ? line.slice(3).split(',')[0] : undefined);
		if (name) names.add(name.replace(/\s*\(.*$/u, '').trim());
	}
	if (!names.size) return;
	lines.forEach((line, i) => {
		if (kinds[i] !== 'prose' || wordCount(line) > AUTHOR_NOTE_WORDS) return;
		for (const name of names)
			if (line.startsWith(`${name} is `) || line.startsWith(`${name} was `)) kinds[i] = 'credit';
	});
}

/** The most words of a caption known only by the picture's labelled credit set tight under it. */
const LABELLED_CAPTION_WORDS = 15;

/**
 * A line that a bare photo credit follows is that photo's caption, when it reads like one: it has a
 * date, a verb of the picture, or no full stop ("Members of the Civil Defence recover a victim … on
 * Dec. 2, 2019 …" above "ABDULAZIZ KETAZ/AFP/Getty Images"). So is a short line that does not
 * report set tight above a picture's labelled credit ("Families on the road." over "Photo credit:
 * …"): a paragraph of text is longer, and a blank line stands between it and a picture.
 */
export function markCreditedCaptions(lines: string[], kinds: LineKind[]): void {
	let previous = -1;
	lines.forEach((line, i) => {
		if (!line) return;
		const credit = CREDIT_ONLY.test(line) && line.includes('/') && wordCount(line) <= 8;
		const text = previous >= 0 && (kinds[previous] === 'prose' || kinds[previous] === 'headline');
		const before = text ? lines[previous]! : '';
		if (credit && text) {
			if (CAPTION_DATE.test(before) || CAPTION_VERBS.test(before) || !TERMINAL.test(before))
				kinds[previous] = 'caption';
		} else if (
			text &&
			previous === i - 1 &&
			PICTURE_CREDIT_LINE.test(line) &&
			wordCount(before) <= LABELLED_CAPTION_WORDS &&
			!REPORTING.test(before)
		)
			kinds[previous] = 'caption';
		previous = i;
	});
}

/**
 * Captions the credit did not mark, found by the caption beside them (`captionTwin`: the same
 * picture's text printed again, with or without its credit; `captionPrintedTwice`: the same line
 * twice in a row, closed by a credit after a dash), by a copy cut short with an ellipsis
 * right above the whole caption (a gallery's excerpt, then the caption with its date), or by their
 * shape: a dated description that is no sentence (no full stop, at least 12 words, no verb of
 * reporting, not a quotation or a sentence running on after a comma) with more of the capture after
 * it, so that a line cut off at the end stays text. A dateline never becomes a caption.
 */
export function markCaptionTwins(lines: string[], kinds: LineKind[]): void {
	const around = (i: number, step: 1 | -1): number => {
		for (let k = i + step; k >= 0 && k < lines.length; k += step) if (lines[k]) return k;
		return -1;
	};
	const eligible = (i: number) => kinds[i] === 'prose' && datelineEnd(lines[i]!) === 0;
	const readable = (i: number) => kinds[i] === 'headline' || eligible(i);
	for (let pass = 0; pass < 2; pass++)
		lines.forEach((line, i) => {
			// Closed by its credit, the caption has no sentence's end: it may read as a headline.
			if (readable(i) && readable(i + 1) && captionPrintedTwice(line, lines[i + 1] ?? '')) {
				kinds[i] = 'caption';
				kinds[i + 1] = 'caption';
			}
			if (!eligible(i)) return;
			const before = around(i, -1);
			const after = around(i, 1);
			const twinOf = (k: number) => k >= 0 && kinds[k] === 'caption' && captionTwin(line, lines[k]!);
			if (twinOf(before) || twinOf(after)) kinds[i] = 'caption';
			else if (
				after >= 0 &&
				eligible(after) &&
				/(?:…|\.{3})$/u.test(line) &&
				lines[after]!.startsWith(line.replace(/\s*(?:…|\.{3})$/u, '')) &&
				CAPTION_DATE.test(lines[after]!) &&
				!REPORTING.test(lines[after]!)
			) {
				kinds[i] = 'caption';
				kinds[after] = 'caption';
			} else if (
				after >= 0 &&
				!TERMINAL.test(line) &&
				!/[,"“”]$|^["“]/u.test(line) &&
				wordCount(line) >= 12 &&
				CAPTION_DATE.test(line) &&
				!REPORTING.test(line)
			)
				kinds[i] = 'caption';
		});
}

/** The fewest and most words of a headline that asks or exclaims ("Truce in Idlib; why?!"). */
const ASKING_HEADLINE_WORDS = [3, 14] as const;
/** The fewest words of the text a headline heads: a paragraph, not a caption or a label. */
const HEADED_TEXT_WORDS = 12;

/**
 * A headline that ends on a question or an exclamation ("New ceasefire in Idlib; impossible?!"),
 * set apart above the capture's first paragraph: read alone its end makes it a sentence, so the
 * title would be inferred from the text and the headline dropped before it. A line is read so only
 * before any text, between blank lines (or the capture's start), with a paragraph under it; it
 * opens on a capital, holds one sentence and is no quotation, which would be a speaker's words.
 */
export function markAskingHeadlines(lines: string[], kinds: LineKind[]): void {
	const text = (i: number) => kinds[i] === 'prose' && wordCount(lines[i]!) >= HEADED_TEXT_WORDS;
	for (let i = 0; i < lines.length; i++) {
		if (text(i)) return;
		const line = lines[i]!;
		const words = wordCount(line);
		if (kinds[i] !== 'prose' || words < ASKING_HEADLINE_WORDS[0] || words > ASKING_HEADLINE_WORDS[1])
			continue;
		if (!/^\p{Lu}/u.test(line) || !/[?!]$/u.test(line) || /["“”‘’]/u.test(line)) continue;
		if (/[.?!]\s/u.test(line) || (i > 0 && lines[i - 1]) || lines[i + 1]) continue;
		let next = i + 1;
		while (next < lines.length && !lines[next]) next++;
		if (next < lines.length && text(next)) kinds[i] = 'headline';
		return;
	}
}

/** A bulleted point: a bullet sign and a space before the text. */
const BULLET = /^\s*[•▪◦·*-]\s/u;

/**
 * A report's crosshead in capitals ("BACKGROUND", "KEY FIGURES"): a short line in capitals set tight
 * between two paragraphs of text, one of them a bulleted point, as a situation report's sections
 * run (its highlights in bullets, then an overview). A site's section label stands above a headline
 * or in a menu, the labels inside a page's text ("ALSO READ", "TOPICS") head links or tags, and a
 * label between two plain paragraphs ("POLITICS") is no heading of the report's; next to a bulleted
 * point of text the line is one of the report's section heads, and dropping it loses a line of it.
 */
export function markCapitalCrossheads(
	lines: string[],
	kinds: LineKind[],
	rules: (string | undefined)[]
): void {
	const text = (i: number) => kinds[i] === 'prose' && wordCount(lines[i]!) >= HEADED_TEXT_WORDS;
	/** The line next to `i` in direction `step`, when it is not blank. */
	const near = (i: number, step: 1 | -1): number | undefined => {
		const k = i + step;
		return k >= 0 && k < lines.length && lines[k] ? k : undefined;
	};
	for (let i = 0; i < lines.length; i++) {
		if (kinds[i] !== 'furniture' || rules[i] !== SECTION_LABEL_RULE) continue;
		const before = near(i, -1);
		const after = near(i, 1);
		if (before === undefined || after === undefined || !text(before) || !text(after)) continue;
		if (!BULLET.test(lines[before]!) && !BULLET.test(lines[after]!)) continue;
		kinds[i] = 'headline';
		rules[i] = undefined;
	}
}
