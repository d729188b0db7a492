/**
 * Property tests for the geoparser, on a gazetteer of their own (`fixtures/gazetteer.ts`) that has every
 * shape of alias the curated one has; that every alias of `geodata/` is found is a statement about the
 * corpus, tested in `tests/unit/corpus-gazetteer.test.ts`. Every published mention's
 * offsets are used to highlight and excerpt article text, and every mention links an article to a place,
 * so the invariants checked here are the ones the reader and the map rely on for whatever text comes in.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GAZETTEER } from './fixtures/gazetteer';
import { foldText, isJoiner, tokenize } from '../core/fold';
import { aliasNameRange, buildAliasIndex, findMentions, type Mention } from './match';
import { feminineKeyWords, skeletonKey, variantKey } from '../core/variants';

const places = GAZETTEER;
const index = buildAliasIndex(places);
/** Fixed seed: the properties are exploratory, but a CI run must not pass one day and fail the next. */
const RUNS = { numRuns: 300, seed: 20200207 };

/** Folded alias → the ids of every place that has it: the only places a mention of it may resolve to. */
const placesByFold = new Map<string, Set<string>>();
/**
 * Places by the spelling keys of their aliases: a name in another romanisation meets one of these,
 * with or without the feminine ending ("Idliba" meets "Idlib", as "Hamah" meets "Hama").
 */
const placesByKey = new Map<string, Set<string>>();
/** The part of an alias (or of a text written as one) that a mention of it spans. */
const nameOf = (alias: string) => {
	const { start, end } = aliasNameRange(alias);
	return alias.slice(start, end);
};
const file = (map: Map<string, Set<string>>, key: string, id: string) =>
	map.set(key, (map.get(key) ?? new Set()).add(id));
for (const place of places) {
	for (const alias of place.aliases) {
		// A mention's span is the name inside the alias ("Idlib" of "province of Idlib").
		for (const form of [alias, nameOf(alias)]) {
			file(placesByFold, foldText(form), place.id);
			file(placesByKey, `v:${variantKey(form)}`, place.id);
			file(placesByKey, `s:${skeletonKey(form)}`, place.id);
			file(placesByKey, `f:${feminineKeyWords(form)}`, place.id);
		}
	}
}

/** Whether `surface` names `place`: as one of its aliases, or by a spelling key of one. */
function names(surface: string, place: string): boolean {
	return (
		placesByFold.get(foldText(surface))?.has(place) ||
		placesByKey.get(`v:${variantKey(surface)}`)?.has(place) ||
		placesByKey.get(`s:${skeletonKey(surface)}`)?.has(place) ||
		placesByKey.get(`f:${feminineKeyWords(surface)}`)?.has(place) ||
		endsAnAlias(surface, place)
	);
}

/**
 * Whether the surface is the generic head that ends one of the place's aliases after another place's
 * name ("buffer zone" of "Idlib buffer zone"), which links where the article names the place.
 */
function endsAnAlias(surface: string, place: string): boolean {
	const folded = foldText(surface);
	return (
		folded.includes(' ') &&
		!!places.find((p) => p.id === place)?.aliases.some((a) => foldText(a).endsWith(` ${folded}`))
	);
}
const ALIASES = [...new Set(places.flatMap((p) => p.aliases))];

/**
 * Whether an alias can match as written: the text between its words must be a joiner, because the
 * matcher never joins words across other punctuation. Place validation rejects aliases that fail this
 * (a `Washington, D.C.` alias used to be cut short to `Washington`).
 */
function matchableAsWritten(alias: string): boolean {
	const tokens = tokenize(alias);
	return tokens.every((t, i) => i === 0 || isJoiner(alias.slice(tokens[i - 1]!.end, t.start)));
}
const MATCHABLE = ALIASES.filter(matchableAsWritten);

/**
 * Flips the case of each character by a mask: the folding must make case irrelevant. Variants where case
 * mapping itself adds a combining mark (`İ` lowercases to `i` + U+0307) are left out here: they are covered
 * by the combining-mark property below.
 */
const COMBINING_MARK = /\p{M}/u;
const recased = (alias: string) =>
	fc
		.array(fc.boolean(), { minLength: 1, maxLength: 8 })
		.map((mask) =>
			Array.from(alias, (c, i) => (mask[i % mask.length] ? c.toUpperCase() : c.toLowerCase())).join('')
		)
		.filter((variant) => !COMBINING_MARK.test(variant));

/** Where an alias was put in a generated text: the span of its first to its last word. */
interface Inserted {
	alias: string;
	start: number;
	end: number;
}

type Piece = { kind: 'alias'; alias: string; text: string; lead: string } | { kind: 'other'; text: string };

// Words that steer the city/governorate choice, plus near-misses that must never match ("Idlibi",
// "XM5").
const WORDS = [
	'the',
	'of',
	'and',
	'or',
	'in',
	'near',
	'forces',
	'shelling',
	'northern',
	'western',
	'rural',
	'province',
	'provinces',
	'governorate',
	'countryside',
	'city',
	'town',
	'zone',
	// First words of longer aliases, so that leftmost-longest sometimes takes an inserted alias's first words.
	'Idlib',
	'Sochi',
	'Jabal',
	'Mount',
	'Turkish',
	'military',
	'fourth',
	'Idlibi',
	'Hamas',
	'Saraqebs',
	'M55',
	'XM5',
	'Türkiye',
	'Straße'
];
const PUNCTUATION = [
	',',
	'.',
	'!',
	'?',
	'(',
	')',
	'"',
	'“',
	'”',
	'—',
	'–',
	'-',
	"'",
	'’',
	'‘',
	':',
	';',
	'/',
	'…'
];
const EXOTIC = [
	'😀',
	'🇸🇾',
	'👩‍👩‍👧',
	'𝐈𝐝𝐥𝐢𝐛',
	'𠀋',
	'إدلب',
	'سراقب',
	'حلب',
	'ʿ',
	'\u00a0',
	'\u200b',
	'\t',
	'\n',
	'\n\n'
];
/** Text before an inserted alias: it always ends with a space, so the alias starts a clean word. */
const LEADS = [' ', '  ', '\n ', ' , ', '. ', ' (', ' — ', ' ; '];

const aliasPiece = (pool: string[]) =>
	fc
		.constantFrom(...pool)
		.chain((alias) => fc.tuple(fc.constant(alias), recased(alias), fc.constantFrom(...LEADS)))
		.map(([alias, text, lead]): Piece => ({ kind: 'alias', alias, text, lead }));
const nearMiss = fc
	.tuple(fc.constantFrom(...ALIASES), fc.constantFrom('i', 's', 'x', 'ī', '9'), fc.boolean())
	.map(([alias, glue, before]) => (before ? glue + alias : alias + glue));
const otherPiece = fc
	.oneof(
		{ weight: 3, arbitrary: fc.constantFrom(...WORDS) },
		{ weight: 2, arbitrary: nearMiss },
		{ weight: 2, arbitrary: fc.constantFrom(...PUNCTUATION) },
		{ weight: 2, arbitrary: fc.constantFrom(...EXOTIC) },
		{ weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
		{ weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) }
	)
	.chain((word) => fc.constantFrom(word, ` ${word}`, `${word} `, ` ${word} `))
	.map((text): Piece => ({ kind: 'other', text }));

/** Concatenates the pieces, recording where each alias landed; aliases get a space on both sides. */
function assemble(pieces: Piece[]): { text: string; inserted: Inserted[] } {
	let text = '';
	const inserted: Inserted[] = [];
	for (const piece of pieces) {
		if (piece.kind === 'other') {
			text += piece.text;
			continue;
		}
		text += piece.lead;
		const tokens = tokenize(piece.text);
		inserted.push({
			alias: piece.alias,
			start: text.length + tokens[0]!.start,
			end: text.length + tokens.at(-1)!.end
		});
		text += `${piece.text} `;
	}
	return { text, inserted };
}

const texts = (pool: string[]) =>
	fc
		.array(fc.oneof({ weight: 2, arbitrary: aliasPiece(pool) }, { weight: 3, arbitrary: otherPiece }), {
			maxLength: 30,
			size: 'max'
		})
		.map(assemble);

/** The invariants every result must satisfy, whatever the text. */
function expectWellFormed(text: string, mentions: Mention[]): void {
	const tokens = tokenize(text);
	const starts = new Set(tokens.map((t) => t.start));
	const ends = new Set(tokens.map((t) => t.end));
	let last = 0;
	for (const m of mentions) {
		expect(m.start).toBeLessThan(m.end);
		expect(text.slice(m.start, m.end)).toBe(m.surface);
		// Sorted and non-overlapping in one check: each mention starts at or after the previous end.
		expect(m.start).toBeGreaterThanOrEqual(last);
		last = m.end;
		// Whole words only: a mention begins and ends exactly on word boundaries.
		expect(starts.has(m.start), `starts mid-word: ${m.surface}`).toBe(true);
		expect(ends.has(m.end), `ends mid-word: ${m.surface}`).toBe(true);
		expect(index.places.has(m.place), m.place).toBe(true);
		// The surface names the place it was resolved to (an alias or its spelling), never a neighbour.
		expect(names(m.surface, m.place), `${m.surface} → ${m.place}`).toBe(true);
	}
}

/** The text between `start` and the word before it; undefined when no word comes before. */
function gapBefore(text: string, start: number): string | undefined {
	const previous = tokenize(text.slice(0, start)).at(-1);
	return previous && text.slice(previous.end, start);
}

describe('findMentions on generated text', () => {
	it('returns well-formed mentions and finds every alias inserted as whole words', () => {
		fc.assert(
			fc.property(texts(MATCHABLE), ({ text, inserted }) => {
				const mentions = findMentions(text, index);
				expectWellFormed(text, mentions);
				for (const a of inserted) {
					// The mention spans the name inside the alias, or a longer alias that took it in.
					const inside = mentions.find((m) => m.start < a.end && a.start < m.end);
					if (inside) {
						const name = aliasNameRange(a.alias);
						// Unless a longer alias ran on past it ("Edlib countryside"): then that alias chose.
						const next = tokenize(text.slice(a.end))[0];
						const ranOn = !!next && isJoiner(text.slice(a.end, a.end + next.start));
						if (inside.start === a.start + name.start && inside.end === a.start + name.end && !ranOn)
							expect(placesByFold.get(foldText(a.alias))?.has(inside.place)).toBe(true);
						continue;
					}
					// Otherwise leftmost-longest is the only excuse: a longer alias began on an earlier word
					// joined to this one ("Jabal" + "Sheikh Barakat observation post") and took its first
					// words. That needs a joiner before the alias, so after "." or "," it can never happen.
					const gap = gapBefore(text, a.start);
					expect(gap !== undefined && isJoiner(gap), `lost ${a.alias} in ${JSON.stringify(text)}`).toBe(true);
					expect(
						mentions.some((m) => m.start < a.start && a.start < m.end),
						`lost ${a.alias} in ${JSON.stringify(text)}`
					).toBe(true);
				}
			}),
			RUNS
		);
	});

	it('finds nothing in text without letters or digits', () => {
		const noWords = fc.string({
			unit: fc.constantFrom(...PUNCTUATION, '😀', '🇸🇾', ' ', '\n', '\t', '\u00a0')
		});
		fc.assert(
			fc.property(noWords, (text) => {
				expect(findMentions(text, index)).toEqual([]);
			}),
			RUNS
		);
	});

	it('keeps its invariants on arbitrary strings', () => {
		const anything = fc.oneof(fc.string({ maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 60 }));
		fc.assert(
			fc.property(fc.array(fc.oneof(anything, fc.constantFrom(...ALIASES)), { maxLength: 8 }), (parts) => {
				const text = parts.join('');
				expectWellFormed(text, findMentions(text, index));
			}),
			RUNS
		);
	});

	it('treats the apostrophes it splits on as interchangeable inside a name', () => {
		const withApostrophe = MATCHABLE.filter((a) => /['‘’`]/.test(a));
		const variant = fc
			.tuple(
				fc.constantFrom(...withApostrophe),
				fc.array(fc.constantFrom("'", '‘', '’', '`'), { minLength: 4 })
			)
			.map(([alias, marks]) => {
				let k = 0;
				return { alias, text: alias.replace(/['‘’`]/g, () => marks[k++ % marks.length]!) };
			});
		fc.assert(
			fc.property(variant, ({ alias, text }) => {
				const [m, ...rest] = findMentions(`Shelling in ${text}.`, index);
				expect(rest).toEqual([]);
				expect(m?.surface).toBe(nameOf(text));
				expect(placesByFold.get(foldText(alias))?.has(m!.place)).toBe(true);
			}),
			RUNS
		);
	});

	/**
	 * The apostrophe-like letters of Arabic transliteration (ʿ ʾ ʻ ʼ) must never decide whether a place is
	 * found. They are Unicode modifier letters (\p{Lm}); this property found that `Maʿarrat al-Nuʿman`
	 * once matched nothing, so `fold.ts` now treats them as separators like ' and ‘.
	 */
	it('finds a name whatever apostrophe-like letter transliterates its ayn or hamza', () => {
		const withApostrophe = MATCHABLE.filter((a) => /['‘’`]/.test(a));
		const variant = fc
			.tuple(fc.constantFrom(...withApostrophe), fc.constantFrom('ʿ', 'ʾ', 'ʻ', 'ʼ'))
			.map(([alias, mark]) => ({ alias, text: alias.replace(/['‘’`]/g, mark) }));
		fc.assert(
			fc.property(variant, ({ alias, text }) => {
				const [m] = findMentions(`Shelling in ${text}.`, index);
				expect(m?.surface).toBe(nameOf(text));
				expect(placesByFold.get(foldText(alias))?.has(m!.place)).toBe(true);
			}),
			RUNS
		);
	});

	/**
	 * Text in decomposed form (NFD: `Sarāqib` as `a` + U+0304, as macOS and some web pages produce it, or
	 * `İstanbul` lowercased by JavaScript) must match like its precomposed form. This property found lone
	 * combining marks splitting words; `tokenize` now keeps a mark inside the word it follows.
	 */
	it('finds a name whose diacritics are written as combining marks', () => {
		const accented = MATCHABLE.filter((a) => a.normalize('NFD') !== a);
		fc.assert(
			fc.property(fc.constantFrom(...accented), (alias) => {
				const text = alias.normalize('NFD');
				const [m] = findMentions(`Shelling in ${text}.`, index);
				expect(m?.surface).toBe(nameOf(text));
				expect(placesByFold.get(foldText(alias))?.has(m!.place)).toBe(true);
			}),
			RUNS
		);
	});

	/**
	 * `findMentions` never joins words across `.` or `,`, so an alias with such punctuation inside could
	 * never match whole (this property found `Washington, D.C.` cut short to `Washington`). Place
	 * validation now rejects such aliases, so every alias of a valid gazetteer (this one, and the curated one
	 * in `tests/unit/corpus-gazetteer.test.ts`) is found whole.
	 */
	it('finds every alias of the gazetteer whole when punctuation sets it apart', () => {
		const guarded = fc
			.array(fc.tuple(fc.constantFrom(...ALIASES), fc.constant('. ')), { minLength: 20, maxLength: 40 })
			.map((pairs) => assemble(pairs.map(([alias, lead]) => ({ kind: 'alias', alias, text: alias, lead }))));
		fc.assert(
			fc.property(guarded, ({ text, inserted }) => {
				const mentions = findMentions(text, index);
				for (const a of inserted)
					expect(
						mentions.some((m) => m.start < a.end && a.start < m.end),
						a.alias
					).toBe(true);
			}),
			RUNS
		);
	});
});
