import { articleSlug, serializeArticle, type FrontMatter } from '../../src/lib/corpus/article';
import type { Dataset } from '../../src/lib/data/dataset';
import { buildAliasIndex, findMentions, type AliasIndex } from '../../src/lib/geoparse/match';
import { foldText, tokenize } from '../../src/lib/core/fold';
import type { Place, PlaceKind } from '../../src/lib/places/schema';
import type { SourceFile } from '../../src/lib/places/validate';
import { seededRandom, type Random } from './random';

/** What the generator learns from: the real curated data, as read and as linked by the pipeline. */
export interface RealCorpus {
	/** The real `geodata/*.geojson` files; they are copied into the synthetic folder unchanged. */
	placeFiles: SourceFile[];
	/** The real corpus after validation and geoparsing, whose mentions mark the names to swap. */
	dataset: Dataset;
}

export interface SyntheticOptions {
	seed: number;
	/** How many articles to write. */
	articles: number;
	/** How many places in all, the real ones included; never fewer than the real ones. */
	places: number;
}

/** A place name the generator put into an article, with the UTF-16 span it occupies in the body. */
export interface PlantedMention {
	place: string;
	start: number;
	end: number;
}

/** One generated article file and the mentions the generator expects the geoparser to find in it. */
export interface SyntheticArticle extends SourceFile {
	id: string;
	/** The front matter and body `text` serialises, for a writer of the bulk store (one column each). */
	frontMatter: FrontMatter;
	body: string;
	/** Every place name in the body, from a swapped name or from the real text kept as it was. */
	planted: PlantedMention[];
}

/** A geodata folder's contents: paths are relative to the folder (`x.geojson`, `articles/<id>.md`). */
export interface SyntheticCorpus {
	placeFiles: SourceFile[];
	articles: SyntheticArticle[];
	/** The generated places (the real ones are in the copied files). */
	generated: Place[];
}

/** Kinds whose names the generator swaps for another settlement: the bulk of local place names. */
const SETTLEMENT_KINDS: ReadonlySet<PlaceKind> = new Set(['city', 'town', 'village', 'mountain']);

/**
 * A name in a template. A settlement's name is a slot that any settlement (real or generated) fills;
 * every other name (capitals, governorates, zones, the highway, air bases, observation posts) is kept
 * as written, because those recur in real reporting at their own rates and have no synthetic
 * counterparts.
 */
const SLOT = { slot: 'settlement' } as const;
type Piece = string | typeof SLOT | { kept: string; place: string };

interface Template {
	pieces: Piece[];
	crosshead: boolean;
}

/** Cuts a text into literal pieces and name slots at the mentions the pipeline found in it. */
function cutTemplate(text: string, index: AliasIndex, kindOf: Map<string, PlaceKind>): Piece[] {
	const pieces: Piece[] = [];
	let at = 0;
	for (const m of findMentions(text, index)) {
		if (m.start > at) pieces.push(text.slice(at, m.start));
		const kind = kindOf.get(m.place);
		if (kind && SETTLEMENT_KINDS.has(kind)) pieces.push(SLOT);
		else pieces.push({ kept: m.surface, place: m.place });
		at = m.end;
	}
	if (at < text.length) pieces.push(text.slice(at));
	return pieces;
}

const SYLLABLE_ONSETS = [
	'b',
	'd',
	'f',
	'h',
	'j',
	'k',
	'kh',
	'l',
	'm',
	'n',
	'q',
	'r',
	's',
	'sh',
	't',
	'z',
	'gh',
	'w',
	'y'
];
const SYLLABLE_VOWELS = ['a', 'a', 'a', 'i', 'i', 'u', 'e'];
const SYLLABLE_CODAS = ['', '', '', 'n', 'r', 'l', 'm', 'b', 'd', 'q', 'sh'];
const ENDINGS = ['', '', 'a', 'eh', 'iyah', 'un', 'at', 'in', 'ib', 'an'];
/** Endings after a root that ends in a vowel, so no name has two vowels in a row. */
const AFTER_VOWEL = ['', 'n', 'r', 'h', 'b', 'q', 'l', 'sh'];
const PREFIXES = [
	'Kafr',
	'Tell',
	'Ain',
	'Khan',
	'Deir',
	'Jisr',
	'Maarat',
	'Abu',
	'Bab',
	'Ras',
	'Umm',
	'Beit',
	'Tal'
];
/** Rough shares of generated kinds: mostly villages and towns, as in a district gazetteer. */
const KIND_WEIGHTS: [PlaceKind, number][] = [
	['village', 0.6],
	['town', 0.3],
	['city', 0.05],
	['mountain', 0.05]
];
const PRECISIONS = [500, 1000, 2000, 5000];

function capitalise(word: string): string {
	return word.charAt(0).toUpperCase() + word.slice(1);
}

function syllableRoot(random: Random): string {
	let root = '';
	const count = random.chance(0.7) ? 2 : 3;
	for (let i = 0; i < count; i++) {
		root += random.pick(SYLLABLE_ONSETS) + random.pick(SYLLABLE_VOWELS);
		if (i < count - 1 || random.chance(0.5)) root += random.pick(SYLLABLE_CODAS);
	}
	const ending = /[aeiou]$/.test(root) ? random.pick(AFTER_VOWEL) : random.pick(ENDINGS);
	return capitalise(root + ending);
}

/**
 * The same root spelt with a long-vowel mark, as in scholarly transliteration ("Sarāqib"): the last
 * vowel before the final letter gets it. Roots start with a consonant, so there is always a vowel.
 */
function withMacron(root: string): string {
	const marks: Record<string, string> = { a: 'ā', e: 'ē', i: 'ī', u: 'ū' };
	const vowels = [...root.toLowerCase()].flatMap((ch, i) => (marks[ch] ? [i] : []));
	const i = vowels.filter((k) => k < root.length - 1).at(-1) ?? vowels.at(-1);
	if (i === undefined) throw new Error(`"${root}" has no vowel`);
	return root.slice(0, i) + marks[root[i]!.toLowerCase()]! + root.slice(i + 1);
}

/** Another common transliteration of the same root ("Saraqeb" and "Saraqib", "Zaytuna" and "Zaytunah"). */
function otherSpelling(root: string): string {
	const rules: [RegExp, string][] = [
		[/eh$/, 'a'],
		[/iyah$/, 'iya'],
		[/ah$/, 'a'],
		[/a$/, 'ah'],
		[/q/, 'k'],
		[/ou/, 'u'],
		[/u/, 'ou'],
		[/e/, 'i'],
		[/i/, 'e']
	];
	for (const [pattern, replacement] of rules) {
		if (pattern.test(root)) return root.replace(pattern, replacement);
	}
	return `${root}e`;
}

function pickKind(random: Random): PlaceKind {
	let u = random.next();
	for (const [kind, weight] of KIND_WEIGHTS) {
		u -= weight;
		if (u < 0) return kind;
	}
	return 'village';
}

/**
 * A point over the region the corpus covers (north-west Syria and Turkey's Hatay, Gaziantep and Kilis),
 * east of the Mediterranean coast and the Gulf of Iskenderun.
 */
function regionPoint(random: Random): [number, number] {
	for (;;) {
		const lng = random.between(36.0, 38.6);
		const lat = random.between(34.9, 37.4);
		if (lng < 36.3 && lat > 36.45) continue;
		return [Math.round(lng * 1e4) / 1e4, Math.round(lat * 1e4) / 1e4];
	}
}

/**
 * Generates places with transliterated names built from syllables. A root is accepted only when none of
 * its spellings is a word of the real corpus or of a real alias, and no other place used it: then no
 * article word is mistaken for a synthetic place, and no alias is claimed twice.
 */
function generatePlaces(
	count: number,
	real: Place[],
	vocabulary: Set<string>,
	random: Random,
	seed: number
): Place[] {
	const reserved = new Set(vocabulary);
	for (const prefix of [...PREFIXES, 'Jabal']) reserved.add(foldText(prefix));
	for (const place of real)
		for (const alias of place.aliases) for (const t of tokenize(alias)) reserved.add(t.text);
	const ids = new Set(real.map((p) => p.id));
	const places: Place[] = [];
	let attempts = 0;
	while (places.length < count) {
		if (++attempts > count * 1000) throw new Error(`could not find ${count} distinct place names`);
		const kind = pickKind(random);
		const prefix = kind === 'mountain' ? 'Jabal' : random.chance(0.35) ? random.pick(PREFIXES) : undefined;
		const root = syllableRoot(random);
		const other = otherSpelling(root);
		const roots = [foldText(root), foldText(other)];
		if (roots.some((r) => r.includes(' ') || reserved.has(r)) || roots[0] === roots[1]) continue;
		const name = prefix ? `${prefix} ${root}` : root;
		const id = foldText(name).replace(/ /g, '-');
		if (ids.has(id)) continue;
		const aliases = [
			name,
			prefix ? `${prefix} ${withMacron(root)}` : withMacron(root),
			prefix ? `${prefix} al-${root}` : `al-${root}`,
			prefix ? `${prefix} ${other}` : other
		];
		for (const r of roots) reserved.add(r);
		ids.add(id);
		places.push({
			id,
			file: 'synthetic-places.geojson',
			name,
			aliases,
			kind,
			precision: random.pick(PRECISIONS),
			sources: [`Synthetic: generated by npm run bench with seed ${seed}; not a real place`],
			geometry: { type: 'Point', coordinates: regionPoint(random) }
		});
	}
	return places;
}

function placeFile(places: Place[]): string {
	const features = places.map((p) =>
		JSON.stringify({
			type: 'Feature',
			id: p.id,
			geometry: p.geometry,
			properties: {
				name: p.name,
				aliases: p.aliases,
				kind: p.kind,
				precision: p.precision,
				sources: p.sources
			}
		})
	);
	return `{\n"type": "FeatureCollection",\n"features": [\n${features.join(',\n')}\n]\n}\n`;
}

/** Characters either side of a swapped-in name that can change how it reads: longer than any alias. */
const CONTEXT = 80;

/** True when `surface`, between `before` and `after`, is read as exactly one mention of `place`. */
function readsAs(before: string, surface: string, after: string, place: string, index: AliasIndex): boolean {
	const start = before.length;
	return findMentions(before + surface + after, index).some(
		(m) => m.start === start && m.end === start + surface.length && m.place === place
	);
}

/** A place and the aliases that name it alone, so a swapped-in name links to the place chosen. */
interface SwapPlace {
	id: string;
	name: string;
	aliases: string[];
}

function swapPlaces(places: Place[]): SwapPlace[] {
	const owners = new Map<string, Set<string>>();
	for (const p of places) {
		for (const alias of p.aliases) {
			const key = foldText(alias);
			owners.set(key, (owners.get(key) ?? new Set()).add(p.id));
		}
	}
	return places.map((p) => ({
		id: p.id,
		name: p.name,
		aliases: p.aliases.filter((a) => owners.get(foldText(a))!.size === 1)
	}));
}

/**
 * Picks a candidate with a long tail: the square of a uniform draw favours the front of the shuffled
 * list, so some places are named in many articles and every place in a few, as in real reporting.
 */
function pickPopular(list: SwapPlace[], random: Random): SwapPlace {
	const u = random.next();
	return list[Math.floor(u * u * list.length)]!;
}

/** The place's name most of the time, another of its own spellings otherwise. */
function pickAlias(c: SwapPlace, random: Random): string {
	if (c.aliases.includes(c.name) && random.chance(0.6)) return c.name;
	return random.pick(c.aliases);
}

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2018, 0, 1);
const DAYS = Math.round((Date.UTC(2020, 11, 31) - FIRST_DAY) / DAY_MS) + 1;

/**
 * A corpus being generated: its place files and generated places are ready, its articles come one at a
 * time from `articles()`, so a million of them never need to be held at once (the writer puts each on
 * disk as it comes; only the ids taken so far are kept, to keep them unique).
 */
export interface CorpusStream {
	placeFiles: SourceFile[];
	generated: Place[];
	/** The articles in order; iterate once (the generator's state moves on with each article). */
	articles(): Generator<SyntheticArticle>;
}

/**
 * Generates a reproducible scale corpus from the real one: the same seed gives the same bytes, whether
 * the articles are collected (`generateCorpus`) or streamed (`streamCorpus`).
 *
 * Places are the real ones (their files copied) plus syllable-built ones in `synthetic-places.geojson`.
 * Articles are dated over 2018–2020; each body is real paragraphs drawn at random, with every town,
 * city, village or mountain the pipeline found in them swapped for another, until the body reaches a
 * length drawn from the real bodies' lengths (±25%). Titles are real titles and crossheads with their
 * names swapped the same way. So the vocabulary, paragraph shape and density of place names are the
 * real corpus's.
 */
export function streamCorpus(real: RealCorpus, options: SyntheticOptions): CorpusStream {
	const random = seededRandom(options.seed);
	const { places: realPlaces, articles: realArticles } = real.dataset;
	if (realArticles.length === 0) throw new Error('the real corpus has no articles to learn from');
	const index = buildAliasIndex(realPlaces);
	const kindOf = new Map(realPlaces.map((p) => [p.id, p.kind]));

	const vocabulary = new Set<string>();
	const paragraphs: Template[] = [];
	const titles: Piece[][] = [];
	for (const a of realArticles) {
		for (const t of tokenize(`${a.title}\n${a.body}`)) vocabulary.add(t.text);
		titles.push(cutTemplate(a.title, index, kindOf));
		for (const text of a.body.split(/\n{2,}/)) {
			const crosshead = text.startsWith('## ');
			paragraphs.push({ pieces: cutTemplate(text, index, kindOf), crosshead });
			if (crosshead) titles.push(cutTemplate(text.slice(3), index, kindOf));
		}
	}
	if (paragraphs.every((p) => p.crosshead)) throw new Error('the real corpus has no paragraphs of text');
	const lengths = realArticles.map((a) => a.body.length);
	const outlets = [...new Set(realArticles.map((a) => a.outlet))].sort();

	const generated = generatePlaces(
		Math.max(0, options.places - realPlaces.length),
		realPlaces,
		vocabulary,
		random,
		options.seed
	);
	const all = swapPlaces([...realPlaces, ...generated]);
	const kinds = new Map([...realPlaces, ...generated].map((p) => [p.id, p.kind]));
	const settlements = random.shuffled(
		all.filter((c) => SETTLEMENT_KINDS.has(kinds.get(c.id)!) && c.aliases.length)
	);

	const fullIndex = buildAliasIndex([...realPlaces, ...generated]);

	/**
	 * Appends a template's text to `out`, recording the span of every name it holds. A swapped-in name
	 * is redrawn when the words around it would make it part of a longer alias ("city of" before "Homs"
	 * is one mention of Homs), so every planted span is what a reader, and the geoparser, sees.
	 */
	const fill = (pieces: Piece[], out: { text: string; planted: PlantedMention[] }) => {
		pieces.forEach((piece, i) => {
			if (typeof piece === 'string') {
				out.text += piece;
				return;
			}
			let surface: string;
			let place: string;
			if ('kept' in piece) {
				surface = piece.kept;
				place = piece.place;
			} else {
				const before = out.text.slice(-CONTEXT);
				const next = pieces[i + 1];
				const after = typeof next === 'string' ? next.slice(0, CONTEXT) : '';
				for (let attempt = 0; ; attempt++) {
					const c = pickPopular(settlements, random);
					surface = pickAlias(c, random);
					place = c.id;
					if (readsAs(before, surface, after, place, fullIndex)) break;
					if (attempt === 100) throw new Error(`no place name reads as itself in "${before}…${after}"`);
				}
			}
			out.planted.push({ place, start: out.text.length, end: out.text.length + surface.length });
			out.text += surface;
		});
	};

	const placeFiles = real.placeFiles.map((f) => ({ file: f.file.split('/').pop()!, text: f.text }));
	if (generated.length) placeFiles.push({ file: 'synthetic-places.geojson', text: placeFile(generated) });

	function* articles(): Generator<SyntheticArticle> {
		const taken = new Set<string>();
		for (let n = 0; n < options.articles; n++) {
			const published = new Date(FIRST_DAY + random.int(0, DAYS - 1) * DAY_MS).toISOString().slice(0, 10);
			const monthOnly = random.chance(0.02);
			const title = { text: '', planted: [] };
			fill(random.pick(titles), title);
			const fm: FrontMatter = {
				title: title.text.trim(),
				outlet: random.pick(outlets),
				published: monthOnly ? `${published.slice(0, 8)}01` : published,
				datePrecision: monthOnly ? 'month' : 'day'
			};

			const target = random.pick(lengths) * random.between(0.75, 1.25);
			const body = { text: '', planted: [] as PlantedMention[] };
			let lastCrosshead = true;
			while (body.text.length < target || lastCrosshead) {
				const p = random.pick(paragraphs);
				if (p.crosshead && lastCrosshead) continue;
				if (body.text) body.text += '\n\n';
				fill(p.pieces, body);
				lastCrosshead = p.crosshead;
			}

			const base = articleSlug(fm.published, fm.title);
			let id = base;
			for (let k = 2; taken.has(id); k++) id = `${base}-${k}`;
			taken.add(id);
			yield {
				id,
				file: `articles/${id}.md`,
				text: serializeArticle(fm, body.text),
				frontMatter: fm,
				body: body.text,
				planted: body.planted
			};
		}
	}
	return { placeFiles, generated, articles };
}

/** The whole corpus at once, for tests and small runs; see {@link streamCorpus}. */
export function generateCorpus(real: RealCorpus, options: SyntheticOptions): SyntheticCorpus {
	const stream = streamCorpus(real, options);
	return { placeFiles: stream.placeFiles, generated: stream.generated, articles: [...stream.articles()] };
}
