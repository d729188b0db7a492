/**
 * Property tests for the capture cleaner. Its worst failure is silent: a sentence naming a place that
 * never reaches an article body is a mention the map will never show, and nobody reviewing the output
 * would notice the absence. So the generated captures here mix real article prose with the page furniture
 * the cleaner is built to remove, and check that all of the prose survives and every line is accounted for.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanCapture, normaliseLines, type CleanResult } from './clean';

/** Fixed seed: the properties are exploratory, but a CI run must not pass one day and fail the next. */
const RUNS = { numRuns: 300, seed: 20200207 };

/**
 * Place names of every shape a gazetteer alias takes: one word or several, capitalised or not,
 * hyphenated, with apostrophes, ayns, diacritics, an en dash or a digit, and one ending in a full stop.
 * The names only have to read like the ones articles carry; which names `geodata/` holds does not matter
 * to the cleaner, so they are this test's own.
 */
const ALIASES = [
	'Idlib',
	'Saraqeb',
	'Sarāqib',
	'Idlib province',
	'city of Idlib',
	'northern Hama countryside',
	'M5',
	'M-5',
	'M 5',
	'Damascus–Aleppo highway',
	'Hmeymim air base',
	'Abū aẓ Ẓuhūr',
	"Ma'arrat al-Nu'man",
	'Ma‘arrat an Nu‘mān',
	'Ma`arat al-Nu`man',
	"Turkey's observation posts",
	'observation posts',
	'al-Sirman post',
	'Jabal Sheikh Barakat',
	'Khān Shaykhūn',
	'de-escalation zone',
	'demilitarised zone in Idlib',
	'İstanbul',
	'Genève',
	'Nur-Sultan',
	'the Gaza Strip',
	'Washington D.C.'
];
/** Aliases that can close a headline without giving it terminal punctuation ("Washington D.C." cannot). */
const PLAIN_ALIASES = ALIASES.filter((a) => /[\p{L}\p{N}]$/u.test(a));

/** `dropped` reports lines as the cleaner normalised them, so the accounting compares like with like. */
const normalisedLines = normaliseLines;
const wordCount = (line: string) => line.split(/\s+/).filter(Boolean).length;
/** The cleaner's test for a line that ends a sentence. */
const TERMINAL = /[.!?…:;]["”’'»)\]]*$/u;

/** Every line the result keeps: titles and paragraphs, with the `## ` crosshead mark taken off. */
function keptLines({ articles }: CleanResult): string[] {
	return articles.flatMap((a) => [a.title, ...a.paragraphs.map((p) => p.replace(/^## /, ''))]);
}

/** Non-blank input lines that are neither kept nor listed in `dropped`. */
function unaccounted(raw: string, result: CleanResult): string[] {
	const seen = new Set([...keptLines(result), ...result.dropped.map((d) => d.line)]);
	return normalisedLines(raw).filter((line) => line && !seen.has(line));
}

// Filler for prose and headlines: plain news words, none of the cleaner's caption, credit or furniture
// cues ("photo", "attends", "is seen", "Reporting by", "contributed to"), so that a generated sentence is
// prose by the cleaner's documented rules and nothing else.
const FILLER = [
	'troops',
	'shelling',
	'residents',
	'said',
	'the',
	'of',
	'near',
	'after',
	'officials',
	'reported',
	'fighting',
	'continued',
	'convoy',
	'villages',
	'talks',
	'ceasefire',
	'government',
	'rebels',
	'civilians',
	'on',
	'Monday',
	'with',
	'and',
	'a',
	'new',
	'offensive',
	'around',
	'road',
	'military',
	'forces',
	'hundreds',
	'displaced',
	'families',
	'agreed',
	'warned',
	'airstrikes',
	'hit',
	'positions',
	'late',
	'overnight'
];
const filler = fc.constantFrom(...FILLER);
const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** One sentence of 9+ words that names a place and ends with a full stop: prose by any reading. */
const sentence = fc
	.tuple(fc.array(filler, { minLength: 8, maxLength: 24 }), fc.constantFrom(...ALIASES), fc.nat())
	.map(([words, alias, at]) => {
		words.splice(at % (words.length + 1), 0, alias);
		return `${capitalised(words.join(' '))}.`;
	});
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 3 });

/** A headline: 3–10 words, often with a place name, never ending in punctuation. */
const headline = fc
	.tuple(
		fc.array(filler, { minLength: 3, maxLength: 6 }),
		fc.option(fc.constantFrom(...PLAIN_ALIASES), { nil: undefined }),
		fc.nat()
	)
	.map(([words, alias, at]) => {
		if (alias && wordCount(alias) + words.length <= 10) words.splice(at % words.length, 0, alias);
		return words.map(capitalised).join(' ');
	});

// Page furniture taken from the cleaner's own vocabulary and from the seed captures: menu words, counters,
// photo captions and credits, bylines. None of it is a headline-shaped line of 3+ words, which would
// (correctly) open a story when it comes first.
const FURNITURE = [
	'Subscribe',
	'Subscribe now',
	'Share',
	'Print',
	'Email',
	'Comments:',
	'Advertisement',
	'Loader',
	'Chats',
	'TT',
	'20',
	'3',
	'Follow us',
	'Menu',
	'Search',
	'Close',
	'Share this article',
	'Log in or register',
	'Powered by automated translation',
	'Syrians gather in Idlib, Syria, February 12, 2020. (Reuters)',
	'© AP Photo / Someone',
	'Destruction in Syria’s Idlib province. AFP file photo',
	'TOPSHOT - A Turkish military convoy drives near Saraqeb',
	'A Turkish soldier is seen near Idlib, Feb. 2, 2020',
	'Image: FILE PHOTO',
	'Reporting by Ezgi Erkoyun; Editing by William Maclean',
	'AFP and Tasnim contributed to this story.',
	'- Sputnik International',
	'Заголовок'
];
/** Markers after which a list of related links follows, dropped as links rather than kept as crossheads. */
const LINK_MARKERS = ['Read more', 'See also', 'Related'];
const LINKS = [
	'Syria government increases pressure on two of opposition',
	"Assad's Idlib offensive surprises rebels",
	'Turkey sends more troops to the border',
	'Talks in Sochi end without a deal'
];
/**
 * Lines that end a page's own text (`END_MARKERS` in clean.ts). Prose after them is dropped by design,
 * so they only ever come after a story's last paragraph, as on a real page.
 */
const END_MARKERS = ['Related Articles', 'Related Stories', 'Newsfeed', 'Back to top', 'Most read'];

interface Story {
	headline: string;
	/** Each paragraph's sentences; a paragraph is one line of the page. */
	sentences: string[][];
	paragraphs: string[];
	/** Furniture lines put before each paragraph but the first (index i goes before paragraph i + 1). */
	between: (string | undefined)[];
	/** Whether the page repeats the headline after a caption, as several seed captures do. */
	repeatHeadline: boolean;
	end: string | undefined;
}

const story = fc
	.tuple(headline, fc.array(paragraph, { minLength: 1, maxLength: 5 }), fc.boolean())
	.chain(([h, ps, repeatHeadline]) =>
		fc.record({
			headline: fc.constant(h),
			sentences: fc.constant(ps),
			paragraphs: fc.constant(ps.map((sentences) => sentences.join(' '))),
			between: fc.array(
				fc.option(fc.constantFrom(...FURNITURE, ...LINK_MARKERS), { nil: undefined, freq: 2 }),
				{ minLength: ps.length - 1, maxLength: ps.length - 1 }
			),
			repeatHeadline: fc.constant(repeatHeadline),
			end: fc.option(fc.constantFrom(...END_MARKERS), { nil: undefined })
		})
	);

interface Capture {
	raw: string;
	stories: Story[];
}

/** Lays the stories out as a page would, with random blank lines, indentation and line endings. */
const capture = fc
	.record({
		before: fc.array(fc.constantFrom(...FURNITURE), { maxLength: 4 }),
		stories: fc.uniqueArray(story, { minLength: 1, maxLength: 3, selector: (s) => s.headline }),
		blanks: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 64, maxLength: 64 }),
		indents: fc.array(fc.constantFrom('', ' ', '\t', '  ', '\u00a0'), { minLength: 64, maxLength: 64 }),
		eol: fc.constantFrom('\n', '\r\n'),
		bom: fc.boolean()
	})
	.map(({ before, stories, blanks, indents, eol, bom }): Capture => {
		const out: string[] = [];
		let n = 0;
		const line = (text: string, maxBlanks = 2) => {
			out.push(indents[n % indents.length] + text + indents[(n + 7) % indents.length]);
			for (let b = 0; b < Math.min(maxBlanks, blanks[n % blanks.length]!); b++) out.push('');
			n++;
		};
		const links = [...LINKS];
		for (const f of before) line(f);
		stories.forEach((s, k) => {
			// A new story needs two blank lines before its headline: the cleaner's story boundary.
			if (k > 0) out.push('', '');
			line(s.headline);
			if (s.repeatHeadline) {
				line('Destruction in Syria’s Idlib province. AFP file photo');
				line(s.headline);
			}
			s.paragraphs.forEach((p, i) => {
				const f = i > 0 ? s.between[i - 1] : undefined;
				if (f) line(f);
				// Each link text appears once per capture: a headline-shaped line repeated within ten lines
				// is how the cleaner recognises a story's own repeated headline.
				if (f && LINK_MARKERS.includes(f) && links.length) line(links.pop()!);
				line(p);
			});
			// After an end marker come links; two blank lines before one would make it a new story's
			// headline, which is the cleaner's story boundary working as documented, not what is tested here.
			if (s.end) {
				line(s.end, 1);
				line(links.pop() ?? 'Most read', 1);
			}
		});
		return { raw: (bom ? '\uFEFF' : '') + out.join(eol), stories };
	});

describe('cleanCapture on generated article pages', () => {
	it('keeps every sentence that names a place in an article body', () => {
		fc.assert(
			fc.property(capture, ({ raw, stories }) => {
				const { articles } = cleanCapture(raw);
				for (const sent of stories.flatMap((s) => s.sentences.flat()))
					expect(
						articles.some((a) => a.body.includes(sent)),
						`sentence lost: ${sent}`
					).toBe(true);
			}),
			RUNS
		);
	});

	it('finds each story under its headline with exactly its paragraphs', () => {
		fc.assert(
			fc.property(capture, ({ raw, stories }) => {
				const { articles } = cleanCapture(raw);
				expect(articles.map((a) => a.title)).toEqual(stories.map((s) => s.headline));
				expect(articles.map((a) => a.paragraphs)).toEqual(stories.map((s) => s.paragraphs));
			}),
			RUNS
		);
	});

	it('accounts for every line exactly once and keeps no furniture', () => {
		fc.assert(
			fc.property(capture, ({ raw }) => {
				const result = cleanCapture(raw);
				expect(unaccounted(raw, result)).toEqual([]);
				const nonBlank = normalisedLines(raw).filter(Boolean);
				expect(keptLines(result).length + result.dropped.length).toBe(nonBlank.length);
				const kept = new Set(keptLines(result));
				for (const f of [...FURNITURE, ...LINK_MARKERS, ...LINKS, ...END_MARKERS])
					expect(kept.has(f.trim()), f).toBe(false);
			}),
			RUNS
		);
	});
});

// Arbitrary text, biased towards what makes lines: words, spaces, line breaks, terminal punctuation.
const unit = fc.constantFrom(
	'Idlib',
	'troops',
	'a',
	'Б',
	'إدلب',
	'20',
	' ',
	'  ',
	'\t',
	'\u00a0',
	'\n',
	'\n\n',
	'\r\n',
	'\r',
	'.',
	':',
	'”',
	'©',
	'-',
	'(Reuters)',
	'Read more',
	'Related Articles',
	'😀',
	'\ufeff'
);
const anyCapture = fc.oneof(
	fc.string({ maxLength: 200 }),
	fc.string({ unit: 'binary', maxLength: 200 }),
	fc.string({ unit, maxLength: 60 })
);

describe('cleanCapture on arbitrary text', () => {
	it('never throws and never keeps a blank or invented line', () => {
		fc.assert(
			fc.property(anyCapture, (raw) => {
				const result = cleanCapture(raw);
				const lines = new Set(normalisedLines(raw).filter(Boolean));
				for (const a of result.articles) {
					expect(a.paragraphs.length).toBeGreaterThan(0);
					expect(a.body).toBe(a.paragraphs.join('\n\n'));
				}
				for (const line of [...keptLines(result), ...result.dropped.map((d) => d.line)]) {
					expect(line).not.toBe('');
					expect(lines.has(line) || lines.has(`## ${line}`), line).toBe(true);
				}
				expect(keptLines(result).length + result.dropped.length).toBeLessThanOrEqual(
					normalisedLines(raw).filter(Boolean).length
				);
			}),
			RUNS
		);
	});

	it('loses no line other than the headline of a story that never got a paragraph', () => {
		fc.assert(
			fc.property(anyCapture, (raw) => {
				for (const line of unaccounted(raw, cleanCapture(raw))) {
					const words = wordCount(line);
					expect(words >= 3 && words <= 20 && !TERMINAL.test(line), line).toBe(true);
				}
			}),
			RUNS
		);
	});

	/**
	 * `cleanCapture` promises that every line is kept or reported in `dropped`. A headline is held back as
	 * the title until its story has a paragraph; this property found that a headline with no text after it
	 * (`cleanCapture('a b c')`) used to vanish from both lists. It is now dropped as
	 * `headline-without-text`.
	 */
	it('accounts for every non-blank line of any text', () => {
		fc.assert(
			fc.property(anyCapture, (raw) => {
				expect(unaccounted(raw, cleanCapture(raw))).toEqual([]);
			}),
			RUNS
		);
	});
});
