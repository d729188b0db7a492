import { wordCount, type LineKind } from './words';

/**
 * Lexical cohesion: a report's headline and crossheads speak of what its paragraphs speak of, and the
 * headlines a page prints beside it (a "Latest" box, another story's teaser above the headline, an
 * unrelated story pasted into a scraped page) speak of something else. Read alone both are short
 * lines without a sentence's end; what separates them on every site is whether they share a word
 * with the text. No site's phrases are listed: only the capture's own words are compared.
 */

/** Rule name for a headline-shaped line that shares no word with the capture's text. */
export const UNRELATED_HEADLINE_RULE = 'headline sharing no word with the text';
/** Rule name for the paragraph printed right under such a headline: its teaser's blurb. */
export const UNRELATED_BLURB_RULE = 'blurb of a headline sharing no word with the text';

/**
 * The fewest words a headline-shaped line needs before its words are compared: a crosshead of a few
 * words ("Details of the mission", "Relief groups in the area") may name nothing of the text and
 * still head it, while another story's headline tells that story whole, in seven words or more.
 */
export const COMPARED_HEADLINE_WORDS = 7;
/** The most words a headline-shaped line has; a longer line is text the page did not punctuate. */
const HEADLINE_WORDS = 20;
/**
 * The fewest lines of text a capture needs for its words to stand for what the report is about: a
 * snippet of two sentences may well name its subject in other words than its headline's.
 */
const COMPARED_TEXT_LINES = 3;
/** A line of text long enough to stand for the report's vocabulary. */
const TEXT_WORDS = 8;
/** Rule name for another story's headline and paragraph spliced together into the text. */
export const SPLICED_STORY_RULE = 'headline and paragraph sharing almost no word with the text';
/**
 * A headline and the paragraph set tight under it share fewer than one in this many of their
 * words with the rest of the text when they are another story spliced in: a few common words
 * ("government", "border") meet by chance, while a crosshead and its paragraph name the report's
 * places, people and subject over and over.
 */
const SPLICE_SHARE = 8;

/**
 * The letters a word is compared by: its first five, so that "Syria" and "Syrian", "attack" and
 * "attacked", "shelling" and "shelled" meet, without a language's stemmer.
 */
const STEM_LETTERS = 5;

/**
 * Words that any English line may hold, whatever it is about: function words, reporting verbs and
 * the calendar. Sharing one of them says nothing about sharing a subject.
 */
const COMMON = new Set(
	(
		'about above after again against also among another around away back because been before being ' +
		'below between both could does doing down during each even every first from further have having ' +
		'here into itself just last later least less made make many more most much must never next only ' +
		'other over same says said should since some still such than that their them then there these ' +
		'they this those though three through today under until upon very were what when where which ' +
		'while will with within without would year years your monday tuesday wednesday thursday friday ' +
		'saturday sunday january february march april june july august september october november ' +
		'december news says told report reports reported people time week weeks month months'
	).split(' ')
);

/** The compared stems of a line's words: four letters or more, common words left out. */
export function contentStems(line: string): Set<string> {
	const stems = new Set<string>();
	for (const word of line.toLowerCase().match(/\p{L}{4,}/gu) ?? []) {
		if (!COMMON.has(word)) stems.add(word.slice(0, STEM_LETTERS));
	}
	return stems;
}

/**
 * Whether a line has a headline's shape: a short line without a sentence's end, or a title-case line
 * that asks or exclaims ("'American Idol' Is Getting Rid of Bad Auditions…But Why?"), as teasers are
 * written. A sentence of the report that asks ("What did we do?") is not in title case.
 */
function headlineShaped(line: string, kind: LineKind): boolean {
	const words = wordCount(line);
	if (words < COMPARED_HEADLINE_WORDS || words > HEADLINE_WORDS) return false;
	if (kind === 'headline') return true;
	if (kind !== 'prose' || !/[?!]$/u.test(line) || /[.?!]["”’']?\s/u.test(line.slice(0, -1))) return false;
	const long = line.split(/\s+/).filter((w) => /\p{L}{4,}/u.test(w));
	const capitalised = long.filter((w) => /^["'“‘(]?\p{Lu}/u.test(w)).length;
	return long.length > 0 && capitalised / long.length >= 0.75;
}

/**
 * Marks as furniture every headline-shaped line (`headlineShaped`, `COMPARED_HEADLINE_WORDS` words or
 * more) that shares
 * no word (`contentStems`) with the capture's lines of text, and the paragraph set tight under such
 * a line when it too shares nothing with the rest of the text: another story's headline and its
 * blurb. The text is every line read as prose of eight words or more; a capture with fewer than
 * `COMPARED_TEXT_LINES` such lines has too little text to compare with and is left alone. The
 * headline of the report shares at least a name with its paragraphs; a crosshead of fewer than
 * `COMPARED_HEADLINE_WORDS` words ("Reaction in the capital") is never compared, nor a line `spared`
 * says is text (the capture's last line, cut short mid-sentence by the capture's end).
 */
export function markUnrelatedHeadlines(
	lines: string[],
	kinds: LineKind[],
	rules: (string | undefined)[],
	spared: (i: number) => boolean = () => false
): void {
	const textLines = lines
		.map((line, i) => ({ i, stems: contentStems(line) }))
		.filter(({ i }) => kinds[i] === 'prose' && wordCount(lines[i]!) >= TEXT_WORDS);
	if (textLines.length < COMPARED_TEXT_LINES) return;
	/** Whether any line of text other than those in `skip` holds one of `stems`. */
	const shares = (stems: Set<string>, skip: ReadonlySet<number>) =>
		textLines.some(({ i, stems: other }) => !skip.has(i) && [...stems].some((s) => other.has(s)));
	/**
	 * Whether headline `i` and the paragraph `under` it, inside the text (text stands above them),
	 * share fewer than one in `SPLICE_SHARE` of their stems with the other lines of text.
	 */
	const spliced = (i: number, under: number): boolean => {
		const rest = textLines.filter((t) => t.i !== under);
		if (rest.length < COMPARED_TEXT_LINES || !rest.some((t) => t.i < i)) return false;
		if (wordCount(lines[under]!) < TEXT_WORDS) return false;
		const pair = new Set([...contentStems(lines[i]!), ...contentStems(lines[under]!)]);
		const shared = [...pair].filter((s) => rest.some((t) => t.stems.has(s))).length;
		return shared * SPLICE_SHARE < pair.size;
	};
	lines.forEach((line, i) => {
		if (!line || !headlineShaped(line, kinds[i]!) || spared(i)) return;
		const stems = contentStems(line);
		const under = lines[i + 1] && kinds[i + 1] === 'prose' ? i + 1 : -1;
		if (stems.size === 0) return;
		if (shares(stems, new Set([i]))) {
			if (under >= 0 && !spared(under) && spliced(i, under)) {
				for (const k of [i, under]) {
					kinds[k] = 'furniture';
					rules[k] = SPLICED_STORY_RULE;
				}
			}
			return;
		}
		kinds[i] = 'furniture';
		rules[i] = UNRELATED_HEADLINE_RULE;
		if (under >= 0 && !shares(contentStems(lines[under]!), new Set([i, under]))) {
			kinds[under] = 'furniture';
			rules[under] = UNRELATED_BLURB_RULE;
		}
	});
}

/** Rule name for a line of a run of headlines: a box of other stories. */
export const HEADLINE_BOX_RULE = 'run of headlines';
/** The fewest headlines of `BOX_HEADLINE_WORDS` words or more that make a run a box of other stories. */
const BOX_HEADLINES = 3;
/**
 * The fewest words of a line counted as one of a box's headlines, each telling a story: its label
 * ("Latest") and the credit lines under a headline ("Editing: Name |") are shorter.
 */
const BOX_HEADLINE_WORDS = 5;

/**
 * A box of other stories ("Latest", "Most read", a column of teasers): a run of headline-shaped lines
 * with no line of text among them, blank lines and other furniture between them allowed. A run of
 * three headlines or more is such a box whole, its label and the headlines that happen to name the
 * text's places included, when a line of text stands above it or one of its headlines shares no word
 * with the text (`markUnrelatedHeadlines`): a report's crossheads are set one above each paragraph,
 * never three in a row. The run's last line stays when text follows it and it is a crosshead's length
 * or no text stands above (it may be the headline of that text), and so does a line `spared`, and,
 * above the text, a headline the run holds twice: the page's own, printed again over its text.
 */
export function markHeadlineBoxes(
	lines: string[],
	kinds: LineKind[],
	rules: (string | undefined)[],
	spared: (i: number) => boolean = () => false
): void {
	const unrelated = (i: number) => kinds[i] === 'furniture' && rules[i] === UNRELATED_HEADLINE_RULE;
	const firstText = lines.findIndex((line, i) => kinds[i] === 'prose' && wordCount(line) >= TEXT_WORDS);
	/** Whether a line of text stands above line `i`: the report has begun. */
	const textSeen = (i: number) => firstText >= 0 && firstText < i;
	let i = 0;
	while (i < lines.length) {
		if (kinds[i] !== 'headline' && !unrelated(i)) {
			i++;
			continue;
		}
		const run: number[] = [];
		let k = i;
		for (; k < lines.length; k++) {
			const kind = kinds[k]!;
			if (kind === 'blank' || (kind === 'furniture' && !unrelated(k))) continue;
			if (kind !== 'headline' && !unrelated(k)) break;
			run.push(k);
		}
		const headlines = run.filter((r) => wordCount(lines[r]!) >= BOX_HEADLINE_WORDS);
		if (headlines.length >= BOX_HEADLINES && (run.some(unrelated) || textSeen(i))) {
			const last = run[run.length - 1]!;
			const textNext = k < lines.length && kinds[k] === 'prose';
			const heads = textNext && (!textSeen(i) || wordCount(lines[last]!) < COMPARED_HEADLINE_WORDS);
			// Above the text, a headline the run prints twice (once between the menus, once over the
			// text) is the story's own: a box lists other stories, each once.
			const twice = (r: number) => !textSeen(i) && headlines.some((o) => o !== r && lines[o] === lines[r]);
			for (const r of run) {
				if (kinds[r] !== 'headline' || (r === last && heads) || spared(r) || twice(r)) continue;
				kinds[r] = 'furniture';
				rules[r] = HEADLINE_BOX_RULE;
			}
		}
		i = Math.max(k, i + 1);
	}
}
