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
