/**
 * The Arabic definite article and its sun-letter assimilations as romanised place names write them
 * ("Jisr al-Shughur", "Ma‘arrat an Nu‘mān", "Jisr ash Shughūr"). Ingest's unknown-name finder keeps
 * them inside a name but never lets one start or end it; the gazetteer drops them to compare spellings.
 */
export const ARABIC_ARTICLES: ReadonlySet<string> = new Set([
	'al',
	'el',
	'il',
	'ul',
	'an',
	'ar',
	'as',
	'ash',
	'at',
	'ath',
	'az',
	'ad',
	'adh',
	'ed',
	'en',
	'er',
	'es',
	'esh',
	'et',
	'ez'
]);

/**
 * Topographic words that lead an Arabic place name ("Tell Touqan", "Jabal al-Zawiya", "Kafr Nabudah",
 * "Maarat al-Numan", "Bab al-Hawa"), folded to lowercase; an apostrophe marks where a romanisation may
 * write the ayn or hamza ("Ma'arrat", "Qal'at"). One list for both readers of it: ingest's unknown-name
 * finder takes a name led by one as a place-name shape, and the geoparser never links an unreviewed
 * name that stands right after one ("Tel A'as" is not "At Tall", "Bab al-Hawa" is not al-Bab).
 */
export const TOPOGRAPHIC_PREFIXES: readonly string[] = [
	'tell',
	'tel',
	'tall',
	'tal',
	'tallat',
	'jabal',
	'jebel',
	'jabel',
	'jbel',
	'khan',
	'kafr',
	'kfar',
	'kafar',
	'maarat',
	'maaret',
	'maarrat',
	"ma'arrat",
	"ma'arat",
	'jisr',
	'deir',
	'dayr',
	'ain',
	'ayn',
	'ras',
	'bab',
	'qalaat',
	"qal'at",
	'wadi',
	'umm',
	'abu',
	'beit',
	'bayt',
	'bir'
];

/** The prefixes written as one word, as a tokenizer that splits at apostrophes sees them. */
export const TOPOGRAPHIC_PREFIX_WORDS: ReadonlySet<string> = new Set(
	TOPOGRAPHIC_PREFIXES.filter((p) => !p.includes("'"))
);

/**
 * A regular-expression source matching any prefix as written in running text: capitalised, the
 * apostrophe as any of ' ’ ‘, longest first so "Tell" is not read as "Tel".
 */
export function topographicPrefixPattern(): string {
	const written = [...TOPOGRAPHIC_PREFIXES]
		.sort((a, b) => b.length - a.length)
		.map((p) => (p[0]!.toUpperCase() + p.slice(1)).replace("'", "['’‘]"));
	return `(?:${written.join('|')})`;
}
