import { DATELINE, datelineEnd, datelineLine } from './dateline';
import { LEADING_STAMP, UPDATE_STAMP } from './dates';
import {
	COMMENT_COUNT,
	COMMENTS_START,
	END_MARKERS,
	END_SHAPE,
	endsText,
	LINK_LIST_MARKERS,
	isMasthead,
	isTextMasthead
} from './furniture';
import {
	markAskingHeadlines,
	markAuthorNotes,
	markCapitalCrossheads,
	markCaptionTwins,
	markCreditedCaptions,
	markPageTitles,
	markSocialPostText,
	markSourcesOverTimeStamps,
	markWrappedLines
} from './line-context';
import { contentStems, markHeadlineBoxes, markUnrelatedHeadlines } from './cohesion';
import { classify } from './line-kind';
import { SITE_LINE, TERMINAL, withoutBullet, wordCount, type LineKind } from './words';

/** The dateline's rules live in `dateline.ts`; the data layer reads them from here. */
export { datelineEnd, datelineSpan } from './dateline';

/**
 * Turns a raw web capture (a page's text as copied or scraped) into clean articles: the headline,
 * the article's own paragraphs, and what the page said around them (captions, credits, the outlet's
 * name) kept aside as evidence. The same function cleans the seed captures and every later ingest,
 * so a new capture gets exactly the treatment the seeds got.
 *
 * The rules are generic, not per site: lines are classified one by one (furniture, caption, credit,
 * headline-like, prose) and article boundaries are found where a headline starts a new story. A
 * line read alone is `line-kind.ts`'s work, from the shapes in `furniture.ts`, `captions.ts`,
 * `dates.ts` and `dateline.ts`; `line-context.ts` changes kinds by a line's neighbours; this module
 * finds the articles, their titles and where their text ends.
 */

/** Why a line of the capture was not kept in an article body. */
export type DropReason =
	| 'before-title'
	| 'furniture'
	| 'caption'
	| 'credit'
	| 'repeated'
	| 'related-link'
	| 'after-end'
	| 'other-script'
	| 'headline-without-text'
	| 'embed'
	| 'comment';

/** One article found in a capture. */
export interface CleanArticle {
	title: string;
	/**
	 * Set when the capture shows no headline before the text: the title is then the first sentence,
	 * for a person to check (ingest says so, and takes `--title`).
	 */
	titleInferred?: true;
	/** Paragraphs joined by a blank line; crossheads are kept as `## ` lines. */
	body: string;
	paragraphs: string[];
	/** Credit lines ("Reporting by …", "AFP contributed to this story."), joined with "; ". */
	byline?: string;
	/** Photo captions, kept because their dates are evidence for the publication date. */
	captions: string[];
	/** The outlet as the page names it ("Reuters" from a dateline, a "- Site Name" line). */
	outletHint?: string;
	/** The dateline's place words, e.g. "ISTANBUL/ANKARA". */
	dateline?: string;
}

/** A line the cleaner dropped: why, and for furniture the shape that made it so ("time stamp"). */
export interface DroppedLine {
	line: string;
	reason: DropReason;
	rule?: string;
}

/** Everything the cleaner decided, for tests and for ingest's dry-run report. */
export interface CleanResult {
	articles: CleanArticle[];
	dropped: DroppedLine[];
}

/** A sentence in the first person singular: "I suspect …", "… . I think …". */
const FIRST_PERSON = /(?:^|[.!?]\s+)I \p{Ll}/u;

/** A paragraph in the first person that quotes nobody: a reader speaking, not the report. */
function speaksForItself(paragraph: string): boolean {
	return !paragraph.startsWith('## ') && FIRST_PERSON.test(paragraph) && !/["“”]/.test(paragraph);
}

/**
 * A reader's comment copied with the page reads on from the article's last paragraph: the first
 * person, no quotation, under a report that never spoke so. Such trailing paragraphs are taken off
 * `paragraphs` and returned; an article written in the first person keeps all of its own.
 */
function trailingComments(paragraphs: string[]): string[] {
	let from = paragraphs.length;
	while (from > 1 && speaksForItself(paragraphs[from - 1]!)) from--;
	if (from === paragraphs.length || paragraphs.slice(0, from).some(speaksForItself)) return [];
	if (!paragraphs.slice(0, from).some((p) => !p.startsWith('## '))) return [];
	return paragraphs.splice(from);
}

/**
 * Splits a capture into lines the way the cleaner reads them (BOM, line endings and spaces
 * normalised).
 */
export function normaliseLines(raw: string): string[] {
	return raw
		.replace(/^\uFEFF/, '')
		.replace(/\r\n?/g, '\n')
		.replace(/[\u00a0\u2007\u202f]/g, ' ')
		.split('\n')
		.map((l) => l.replace(/[ \t]+/g, ' ').trim());
}

/**
 * True when `title` appears again among the next few non-blank lines: the way pages repeat a
 * headline.
 */
function repeatsSoon(lines: string[], from: number, title: string): boolean {
	let seen = 0;
	for (let k = from + 1; k < lines.length && seen < 10; k++) {
		if (!lines[k]) continue;
		seen++;
		if (lines[k] === title) return true;
	}
	return false;
}

/** The index of the nearest non-blank line before line `index`, or -1. */
function previousNonBlank(lines: string[], index: number): number {
	for (let k = index - 1; k >= 0; k--) if (lines[k]) return k;
	return -1;
}

/** The nearest line before line `index` that is not blank and not furniture. */
function previousText(lines: string[], kinds: LineKind[], index: number): string | undefined {
	for (let k = index - 1; k >= 0; k--) if (lines[k] && kinds[k] !== 'furniture') return lines[k];
	return undefined;
}

/**
 * Whether the next non-blank line after line `index` reads as text though it has no sentence's end:
 * many words, or a comma and lowercase words (a paragraph the capture cut short).
 */
function textFollows(lines: string[], index: number): boolean {
	for (let k = index + 1; k < lines.length; k++) if (lines[k]) return TEXT_LIKE.test(lines[k]!);
	return false;
}

function blankRunBefore(lines: string[], index: number): number {
	let n = 0;
	for (let k = index - 1; k >= 0 && !lines[k]; k--) n++;
	return n;
}

/**
 * The first sentence of a line, for a title when the capture shows no headline. A capture's date
 * stamp ("date 2018-09-17 President …") is no part of the sentence.
 */
function firstSentence(line: string): string {
	const body = line.slice(datelineEnd(line) || (LEADING_STAMP.exec(line)?.[0].length ?? 0));
	const m = /^.+?[.!?…](?=["”’')\]]*(?:\s|$))/u.exec(body);
	const sentence = (m ? m[0] : body).trim();
	return sentence.length > 160 ? `${sentence.slice(0, 157).replace(/\s+\S*$/, '')}…` : sentence;
}

/** A line cut off mid-sentence reads like text: lowercase words joined by commas, many words. */
const TEXT_LIKE = /^\S+(?:\s+\S+){11,}$|,\s+\p{Ll}/u;

/**
 * Whether line `i` opens a hard-wrapped paragraph: text with no sentence's end and the paragraph's
 * next line right under it, read as text too (`markWrappedLines`). Such a line is text however few
 * words the wrap left on it ("A Turkish military column this evening, from"), so the headline above
 * it heads text and the line is no furniture before a title.
 */
function opensWrap(lines: string[], kinds: LineKind[], i: number): boolean {
	return kinds[i] === 'prose' && !TERMINAL.test(lines[i]!) && !!lines[i + 1] && kinds[i + 1] === 'prose';
}

/** The most words a label above a dateline has: a name. */
const LABEL_WORDS = 4;
/** A dateline of a city in capitals and a dash: "TEHRAN – Clashes …". */
const DASH_DATELINE = /^\p{Lu}{3,}(?:[ /,]+\p{Lu}{2,})*\s+[-–—]\s+\p{Lu}/u;

/** A sentence's tail: a lowercase word opening a line, then a comma or more words. */
const SENTENCE_TAIL = /^\p{Ll}+\s\S/u;

/** What a page puts between a dateline and its text: the agency's credit, a picture. */
const ASIDE: ReadonlySet<LineKind> = new Set(['credit', 'caption']);

/** How many non-blank lines of furniture may stand between a headline and the text it heads. */
const HEADLINE_REACH = 8;

/** A breaking-news flag before a headline: "URGENT: Syrian Army seizes …", "BREAKING: …". */
const FLASH_LABEL = /^\p{Lu}{4,}:\s+\p{Lu}/u;

/**
 * Whether a headline-like line below line `h`, before any text, opens with a breaking-news flag:
 * that line is the headline, and `h` (a site's name, a section) is above it. A standfirst never
 * opens so.
 */
function flashHeadlineFollows(lines: string[], kinds: LineKind[], h: number): boolean {
	for (let k = h + 1, seen = 0; k < lines.length && seen < HEADLINE_REACH; k++) {
		if (!lines[k]) continue;
		seen++;
		if (kinds[k] === 'prose' && wordCount(lines[k]!) >= 8) return false;
		if (kinds[k] === 'headline' && FLASH_LABEL.test(lines[k]!)) return true;
	}
	return false;
}

/** A line that is a quotation whole: it opens on a quotation mark and closes on one. */
const WHOLE_QUOTATION = /^["“‘'].*["”’']$/u;
/**
 * The most words a quotation's attribution has: a name and a work ("Khalil Gibran (The Prophet)").
 */
const ATTRIBUTION_WORDS = 8;

/**
 * Whether line `h` is the attribution of a quotation right above it, as a blog prints an epigraph
 * at the top of its pages: a short line under a line that is a quotation whole. It credits the
 * quotation and heads no text.
 */
function attributesQuotation(lines: string[], h: number): boolean {
	const above = previousNonBlank(lines, h);
	return above >= 0 && WHOLE_QUOTATION.test(lines[above]!) && wordCount(lines[h]!) <= ATTRIBUTION_WORDS;
}

/** The most words of a bulleted link to another story, its bullet included. */
const BULLETED_LINK_WORDS = 13;

/** A bulleted line of a few words that is no sentence: it closes on no full stop. */
function bulletedLink(line: string | undefined): boolean {
	return (
		!!line &&
		withoutBullet(line) !== line &&
		wordCount(line) <= BULLETED_LINK_WORDS &&
		!/\.["”’')\]]*$/u.test(line)
	);
}

/**
 * Whether line `i` is one of two or more bulleted links set tight together (no blank line between
 * them), as pages list other stories inside the text.
 */
function inBulletedLinks(lines: string[], i: number): boolean {
	return bulletedLink(lines[i]) && (bulletedLink(lines[i - 1]) || bulletedLink(lines[i + 1]));
}

/** The fewest words of a line under a standfirst that no longer reads as a crosshead. */
const CROSSHEAD_WORDS = 7;
/** The most words a section's label over the headline has ("Water and Sanitation (WASH)"). */
const SECTION_LABEL_WORDS = 6;

/** Title case: no word of four letters or more opens in lowercase. */
function titleCase(line: string): boolean {
	return !line.split(/\s+/).some((w) => /^\p{Ll}{4,}/u.test(w));
}

/**
 * Whether headline-like `upper` is the label of a section above the headline `lower` right under
 * it, not a headline over its standfirst: both in title case, `upper` short and `lower` twice as
 * long at least. A standfirst is a sentence, in sentence case; a report's title in quotation
 * marks is its own and its subtitle ("Shelling of Villages Along the River") not much longer; a
 * section's name is short and unquoted. A section's name also names a whole section, not the
 * story: a short headline over a long title-case standfirst tells the same story and shares a
 * word with it ("… Shelling in Kafr Tal" over "Nine in Ten of Kafr Tal's Families Fled …").
 */
function labelsHeadline(upper: string, lower: string): boolean {
	const words = wordCount(upper);
	const below = contentStems(lower);
	return (
		words <= SECTION_LABEL_WORDS &&
		![...contentStems(upper)].some((s) => below.has(s)) &&
		!/^["“‘']/u.test(upper) &&
		wordCount(lower) >= 2 * words &&
		titleCase(upper) &&
		titleCase(lower) &&
		!isMasthead(lower)
	);
}

/**
 * Where the first article of a capture begins. Pages put menus, taglines, sharing buttons and other
 * stories' teasers above the headline, so the headline is the first headline-like line that text
 * follows, with only furniture, captions, credits and dates between them. A capture cut off below
 * its headline (it opens with two or more lines of text, or shows no headline at all) starts at its
 * first line of text, and its title is inferred.
 */
function firstArticle(lines: string[], kinds: LineKind[]): { line: number; inferred: boolean } | undefined {
	const isText = (i: number) =>
		kinds[i] === 'prose' && (wordCount(lines[i]!) >= 8 || opensWrap(lines, kinds, i));
	const firstText = lines.findIndex((_, i) => isText(i));
	// A capture whose first line is text opening in lowercase was cut in a sentence's middle ("in
	// Aleppo countryside, the sources added, …"): a headline never opens so, and a line below it is
	// no headline of that text, so the article starts at its tail.
	const firstLine = lines.findIndex(Boolean);
	if (firstLine >= 0 && firstLine === firstText && SENTENCE_TAIL.test(lines[firstLine]!))
		return { line: firstLine, inferred: true };
	let textSeen = 0;
	for (let h = 0; h < lines.length; h++) {
		if (isText(h) && ++textSeen >= 2) break;
		if (kinds[h] !== 'headline' || wordCount(lines[h]!) < 3 || COMMENTS_START.test(lines[h]!)) continue;
		if (isMasthead(lines[h]!) || flashHeadlineFollows(lines, kinds, h)) continue;
		if (attributesQuotation(lines, h)) continue;
		let seen = 0;
		let standfirst = false;
		let headline = h;
		for (let k = h + 1; k < lines.length && seen < HEADLINE_REACH; k++) {
			const kind = kinds[k]!;
			if (kind === 'blank') continue;
			seen++;
			if (isText(k)) return { line: headline, inferred: false };
			if (kind === 'prose' && !isControlLabel(lines[k]!)) break;
			// A short headline-like line under a headline is a byline or a label ("Zein Al RIFAI"); one
			// longer one may be its standfirst.
			if (kind === 'headline' && wordCount(lines[k]!) > 4) {
				// The headline again without what led it (a wire's story code, "BFF-54 Syrian
				// rebels …" above "Syrian rebels …"): that copy is the headline.
				if (lines[h]!.endsWith(` ${lines[k]!}`)) break;
				// Under a standfirst, a line of a crosshead's length heads the first paragraph; a longer
				// one makes a run of teasers.
				if (standfirst && wordCount(lines[k]!) >= CROSSHEAD_WORDS) break;
				if (!standfirst && labelsHeadline(lines[h]!, lines[k]!)) headline = k;
				standfirst = true;
			}
		}
	}
	if (firstText >= 0) {
		// A live report cut off above its first update heading starts at that heading.
		const update = previousNonBlank(lines, firstText);
		return { line: update >= 0 && UPDATE_STAMP.test(lines[update]!) ? update : firstText, inferred: true };
	}
	const headline = kinds.findIndex((k, i) => k === 'headline' && wordCount(lines[i]!) >= 3);
	return headline < 0 ? undefined : { line: headline, inferred: false };
}

function finish(
	title: string,
	paragraphs: string[],
	credits: string[],
	captions: string[],
	site: string | undefined
): CleanArticle {
	const article: CleanArticle = { title, body: paragraphs.join('\n\n'), paragraphs, captions };
	if (credits.length) article.byline = credits.join('; ');
	const first = paragraphs[0];
	const dateline = first ? DATELINE.exec(first) : null;
	if (dateline) {
		article.dateline = dateline[1]!.trim();
		article.outletHint = dateline[2]!.trim();
	} else if (site) article.outletHint = site;
	return article;
}

/**
 * The fewest words of a line cut short by the capture's end that is text whatever comes before its
 * verb (a crosshead and a label glued to it, "Field notes: Eastern Hama: The army has begun the"):
 * a headline or a teaser is shorter.
 */
const CUT_TEXT_WORDS = 16;

/** An auxiliary verb and a lowercase word after it: a clause going on ("… has begun the"). */
const AUXILIARY = '\\s+(?:was|were|is|are|has|have|had|will)\\s+\\p{Ll}';
const AUXILIARY_THEN_LOWER = new RegExp(AUXILIARY, 'u');
/** A capitalised word, lowercase words and then the auxiliary: "A ceasefire agreement was reached". */
const OPENING_THEN_AUXILIARY = new RegExp(`^\\p{Lu}\\p{Ll}*(?:\\s+\\p{Ll}+)*${AUXILIARY}`, 'u');

/**
 * The opening of a sentence the capture's end cut short: it ends on a comma ("Last year,"), it has
 * an auxiliary verb and lowercase words ("A ceasefire agreement was reached bet"), it is long and
 * has an auxiliary before a lowercase word, or it is one participle ("Bordering"). A teaser for
 * another story has no auxiliary; a label is a noun.
 */
function cutShort(line: string): boolean {
	return (
		/,$/u.test(line) ||
		(wordCount(line) >= CUT_TEXT_WORDS && AUXILIARY_THEN_LOWER.test(line)) ||
		OPENING_THEN_AUXILIARY.test(line) ||
		/^\p{Lu}\p{Ll}{3,}ing$/u.test(line)
	);
}

/**
 * A line that is one quotation and nothing else: "'We were in the middle'", "“We have nowhere to
 * go”".
 */
const QUOTED_CROSSHEAD = /^['‘"“][^'‘’"“”]+['’"”]$/u;

/** A line of text that opens a list: it ends with a colon ("The villages taken are:"). */
const LIST_OPENER = /:["”’')\]]*$/u;

/**
 * A short line ending with a colon between a headline and its text: a page's control ("Adjust font
 * size:", "Share:"), not text, since no text has started for it to introduce a list of.
 */
function isControlLabel(line: string): boolean {
	return LIST_OPENER.test(line) && wordCount(line) < 8;
}

/** The longest item of a list under a line of text, in words: a name or a short phrase. */
const LIST_ITEM_WORDS = 8;

/**
 * Whether line `i`, under a line of text that ends with a colon and its list's items so far, is the
 * next item: a short line without a sentence's end (what the classifier calls a headline), in the
 * same block (one blank line at most before it). Pages list the villages taken or the names of the
 * dead this way; read alone, each item looks like a heading or a menu entry, and dropping them
 * loses the article's text.
 */
function isTextListItem(lines: string[], i: number, kind: LineKind): boolean {
	const line = lines[i]!;
	return (
		kind === 'headline' &&
		wordCount(line) <= LIST_ITEM_WORDS &&
		blankRunBefore(lines, i) < 2 &&
		!COMMENTS_START.test(line)
	);
}

/**
 * Cleans one capture into its articles. Every line is either kept in exactly one article or
 * reported in `dropped` with a reason, so nothing disappears silently.
 */
export function cleanCapture(raw: string): CleanResult {
	const lines = normaliseLines(raw);
	const dropped: CleanResult['dropped'] = [];
	const articles: CleanArticle[] = [];
	let site: string | undefined;
	for (const line of lines) {
		const m = SITE_LINE.exec(line);
		if (m && wordCount(line) <= 6) {
			site = m[1]!.trim();
			break;
		}
	}

	/** For each line read as furniture, the shape that made it so. */
	const rules: (string | undefined)[] = [];
	const kinds = lines.map((l, i) => {
		const why: { rule?: string } = {};
		const kind = classify(l, site, why);
		rules[i] = why.rule;
		return kind;
	});
	markCreditedCaptions(lines, kinds);
	markCaptionTwins(lines, kinds);
	markSocialPostText(lines, kinds);
	markAuthorNotes(lines, kinds);
	markWrappedLines(lines, kinds);
	markSourcesOverTimeStamps(lines, kinds, rules);
	markPageTitles(lines, kinds, rules);
	markAskingHeadlines(lines, kinds);
	markCapitalCrossheads(lines, kinds, rules);
	const lastLine = lines.findLastIndex((l) => !!l);
	const cutByCaptureEnd = (i: number) => i === lastLine && cutShort(lines[i]!);
	markUnrelatedHeadlines(lines, kinds, rules, cutByCaptureEnd);
	markHeadlineBoxes(lines, kinds, rules, cutByCaptureEnd);
	/** The kind of the nearest non-blank line after (1) or before (-1) line `i`. */
	const kindAround = (i: number, step: 1 | -1): LineKind | undefined => {
		for (let k = i + step; k >= 0 && k < lines.length; k += step) if (lines[k]) return kinds[k];
		return undefined;
	};
	/** The kind of the nearest non-blank line after line `i` whose kind is not in `skip`. */
	const kindPast = (i: number, skip: ReadonlySet<LineKind>): LineKind | undefined => {
		for (let k = i + 1; k < lines.length; k++) if (lines[k] && !skip.has(kinds[k]!)) return kinds[k];
		return undefined;
	};
	/** Whether nothing but furniture follows line `i` up to an end marker or a comment section. */
	const endsHere = (i: number): boolean => {
		for (let k = i + 1; k < lines.length; k++) {
			const line = lines[k]!;
			if (!line) continue;
			const lower = line.toLowerCase().replace(/[\s:]+$/, '');
			if (END_MARKERS.has(lower) || END_SHAPE.test(lower) || COMMENTS_START.test(line) || endsText(line))
				return true;
			if (kinds[k] !== 'furniture' && kinds[k] !== 'embed' && kinds[k] !== 'credit') return false;
		}
		// A capture cut off after a line of text ("… as battles have escalated si") ends on text.
		return false;
	};
	/** Whether the next non-blank line after line `i` is text that opens with a dateline. */
	const datelineAfter = (i: number): boolean => {
		for (let k = i + 1; k < lines.length; k++)
			if (lines[k])
				return kinds[k] === 'prose' && (DATELINE.test(lines[k]!) || DASH_DATELINE.test(lines[k]!));
		return false;
	};
	const first = firstArticle(lines, kinds);
	let title: string | undefined;
	let titleInferred = false;
	let paragraphs: string[] = [];
	let credits: string[] = [];
	let captions: string[] = [];
	let ended = false;
	/** Past the start of a comment section: nothing after it is a new story. */
	let inComments = false;
	let inLinkList = false;
	/**
	 * After a line of text that ends with a colon: the short lines under it are its list's items.
	 */
	let inTextList = false;
	const drop = (line: string, reason: DropReason, rule?: string) =>
		dropped.push(rule ? { line, reason, rule } : { line, reason });
	const closeArticle = () => {
		if (!title) return;
		for (const comment of trailingComments(paragraphs)) drop(comment, 'comment');
		if (paragraphs.length) {
			const article = finish(title, paragraphs, credits, captions, site);
			if (titleInferred) article.titleInferred = true;
			articles.push(article);
		} else drop(title, 'headline-without-text');
	};
	const startArticle = (headline: string, inferred = false) => {
		closeArticle();
		title = headline;
		titleInferred = inferred;
		paragraphs = [];
		credits = [];
		captions = [];
		ended = false;
		inLinkList = false;
		inTextList = false;
	};

	lines.forEach((line, i) => {
		const kind = kinds[i]!;
		if (kind === 'blank') return;
		if (!title && (!first || i < first.line))
			return kind === 'caption' || kind === 'embed'
				? drop(line, kind)
				: drop(line, 'before-title', kind === 'furniture' ? rules[i] : undefined);
		if (!title && first?.inferred) {
			const update = UPDATE_STAMP.test(line);
			const text = update ? lines.find((l, k) => k > i && kinds[k] === 'prose') : line;
			startArticle(firstSentence(text ?? line), true);
			paragraphs.push(update ? `## ${line}` : line);
			return;
		}
		if (inTextList && isTextListItem(lines, i, kind)) {
			paragraphs.push(line);
			return;
		}
		inTextList = false;
		const isHeadline = kind === 'headline' && wordCount(line) >= 3;
		if (title && paragraphs.length && COMMENTS_START.test(line) && wordCount(line) <= 20)
			ended = inComments = true;
		if (isHeadline && line !== title && !inComments) {
			const opensStory =
				!title ||
				repeatsSoon(lines, i, line) ||
				(paragraphs.length > 0 && blankRunBefore(lines, i) >= 2 && !inLinkList);
			if (opensStory) {
				startArticle(line);
				return;
			}
		}
		if (!title) return drop(line, kind === 'caption' ? 'caption' : 'before-title');
		if (!titleInferred && withoutBullet(line) === title) return drop(line, 'repeated');
		// Between paragraphs of text, two or more bulleted lines set tight that are no sentences are
		// links to other stories ("• Why does the battle matter?"); a list the text introduces with a
		// colon was read above, and bulleted key points are sentences with their full stops.
		if (!ended && paragraphs.some((p) => !p.startsWith('## ')) && inBulletedLinks(lines, i))
			return drop(line, 'related-link');
		// A live report's update heading dates the text under it: a crosshead, though read alone it looks
		// like a time stamp or a label in capitals, and it does not open another story.
		if (!ended && UPDATE_STAMP.test(line)) {
			paragraphs.push(`## ${line}`);
			return;
		}
		// A dateline on its own line stands above the text, under the headline and any standfirst;
		// a credit or a picture may come between it and the text.
		const noTextYet = paragraphs.every((p) => p.startsWith('## '));
		if (noTextYet && datelineLine(line) && kindPast(i, ASIDE) === 'prose') {
			paragraphs.push(line);
			return;
		}
		// Under the headline, before any text, a short line ending with a colon is a page's control
		// ("Adjust font size:"), as `firstArticle` reads it.
		if (noTextYet && kind === 'prose' && isControlLabel(line)) return drop(line, 'furniture', 'page control');
		switch (kind) {
			case 'furniture': {
				const lower = line.toLowerCase();
				// Before any text the marker is a page's topic tags ("Related Topics" under a headline),
				// not the end of the text: ending there would lose the whole article.
				if (!noTextYet && (END_MARKERS.has(lower) || END_SHAPE.test(lower) || endsText(line))) ended = true;
				// A comment count under the text heads the readers' comments: nothing after it is the
				// report's, nor a new story.
				if (!noTextYet && COMMENT_COUNT.test(line)) ended = inComments = true;
				if (LINK_LIST_MARKERS.has(lower)) inLinkList = true;
				return drop(line, 'furniture', rules[i]);
			}
			case 'other-script':
				return drop(line, 'other-script');
			case 'embed':
				return drop(line, 'embed');
			case 'site':
				return drop(line, 'furniture', 'site name');
			case 'caption':
				captions.push(line);
				return drop(line, 'caption');
			case 'credit':
				credits.push(line);
				return drop(line, 'credit');
		}
		if (ended) return drop(line, 'after-end');
		if (kind === 'headline') {
			// The capture's last line opening a sentence that a comma leaves unfinished ("Last year,") is
			// the text cut short where the copy ended, not a label.
			if (paragraphs.length && cutShort(line) && lines.slice(i + 1).every((l) => !l)) {
				paragraphs.push(line);
				return;
			}
			if (isTextMasthead(line)) return drop(line, 'furniture', 'masthead');
			// A few words right above a paragraph that opens with a dateline: a story is filed from
			// there, so nothing above it heads a section of this text; it is a label (the blog a
			// post is reblogged from, a section's name).
			if (paragraphs.length && wordCount(line) <= LABEL_WORDS && datelineAfter(i))
				return drop(line, 'furniture', 'label above a dateline');
			const nextKind = kindAround(i, 1);
			const words = wordCount(line);
			// A standfirst stands right under its headline, and a short crosshead ("Summary") right above
			// its text: a picture beside either does not make it a teaser.
			const standfirst = !paragraphs.length && previousText(lines, kinds, i) === title && words > 4;
			const crosshead = words < 3 && (nextKind === 'prose' || textFollows(lines, i));
			const besideCaption =
				!standfirst && !crosshead && (kindAround(i, -1) === 'caption' || nextKind === 'caption');
			// A crosshead that quotes someone in the report ("'We were in the middle'") heads the text under
			// it, whatever that line's shape: pages print other stories' teasers unquoted.
			if (!inLinkList && paragraphs.length && QUOTED_CROSSHEAD.test(line) && words <= 12) {
				paragraphs.push(`## ${line}`);
				return;
			}
			if (inLinkList || besideCaption || /\S: \S/.test(line)) return drop(line, 'related-link');
			// A crosshead heads text, and there is no section to head before the first paragraph: a short
			// line there, or one that no text follows, is a label (a byline's "International Editor",
			// a section's name); a run of headline-like lines is a list of teasers.
			if (words < 3 && ((nextKind !== 'prose' && !textFollows(lines, i)) || !paragraphs.length))
				return drop(line, 'furniture', 'short label');
			if (nextKind === 'headline' && !TEXT_LIKE.test(line) && !textFollows(lines, i))
				return drop(line, 'related-link');
			// Under the text, a headline that no text follows before the page's lists of other stories
			// or its comments heads nothing: it is a teaser for another story.
			if (paragraphs.length && !TEXT_LIKE.test(line) && endsHere(i)) return drop(line, 'related-link');
			if (paragraphs.includes(`## ${line}`)) return drop(line, 'repeated');
			paragraphs.push(`## ${line}`);
			return;
		}
		inLinkList = false;
		inTextList = !ended && LIST_OPENER.test(line);
		// A paragraph printed twice (a page's summary and its first paragraph) is the article's text both
		// times: it is not furniture, so it stays.
		paragraphs.push(line);
	});
	closeArticle();
	return { articles, dropped };
}
