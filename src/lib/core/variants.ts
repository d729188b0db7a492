import { ARABIC_ARTICLES } from './arabic';
import { foldText } from './fold';

/**
 * Spelling keys under which the many romanisations of one Arabic name meet. The geoparser uses them
 * for names its curated aliases do not spell exactly; the build-time gazetteer uses them to look names
 * up in GeoNames.
 */

const APOSTROPHES = /['’‘ʿʾʼʻ`´]/gu;

/**
 * Topographic words spelt several ways after normalising: tell/tel and tall/tal (hill), jebel and
 * jabal, and kafr (village) with its vowel written, moved or doubled (Kefer, Kfar, Kafar, Kefr).
 */
const SAME_WORD: Record<string, string> = {
	til: 'tal',
	jibil: 'jabal',
	jbil: 'jabal',
	kifir: 'kafr',
	kafar: 'kafr',
	kfar: 'kafr',
	kifr: 'kafr',
	kfir: 'kafr',
	kafir: 'kafr'
};

/**
 * One folded word (lowercase, no diacritics or apostrophes) in its variant form: doubled letters
 * collapse, and q/k, e/i, o/u, ou/u, sh/ch, v/f (Turkish "Tavtanaz"), y/i inside a word,
 * ay/ai/ey/ei/i, a final -ah/-eh/-a, a first vowel (the ʿayn or hamza a romanisation writes as a,
 * e, i or o: "A'zaz" and "I‘zāz", "Erbil" and "Arbil"), and tell/tal and jebel/jabal are merged.
 */
export function variantWord(word: string): string {
	const normalised = word
		.replace(/ch/g, 'sh')
		.replace(/ou/g, 'u')
		.replace(/q/g, 'k')
		.replace(/v/g, 'f')
		.replace(/[ae]h$/, 'a')
		.replace(/(?<=.)y/g, 'i')
		.replace(/[ae]i/g, 'i')
		.replace(/e/g, 'i')
		.replace(/o/g, 'u')
		.replace(/^[iu]/, 'a')
		.replace(/(.)\1+/g, '$1');
	return SAME_WORD[normalised] ?? normalised;
}

/**
 * A variant word without the vowels between its first and last letters (see `skeletonKey`). The last
 * letter stays even when it is a vowel, so the adjective "Idlibi" or "Halabi" never meets the name.
 * The ghayn written "gh" meets q and k here: Persian romanisation, which Iranian agencies use for
 * Arabic names, writes it "q" ("Meydan Qazal" for Maydan Ghazal, "Shir Maqar" for Shir Mughar), and
 * such spellings change the vowels too, so only the skeleton can meet them.
 */
export function skeletonWord(variant: string): string {
	const word = variant.replace(/gh/g, 'k');
	if (word.length <= 2) return word;
	return word[0] + word.slice(1, -1).replace(/[aeiouy]/g, '') + word.at(-1);
}

/** True for the Arabic article in any of its romanised forms (al, el, an, ash, …). */
export function isArabicArticle(folded: string): boolean {
	return ARABIC_ARTICLES.has(folded);
}

/**
 * A key under which the common English and French romanisations of one Arabic name meet: case,
 * diacritics and apostrophe letters (ʿayn, hamza) are dropped, the article and its assimilated forms
 * (al-, an-, ash-, as-, …) are removed, and each word is put in its `variantWord` form. So "Saraqeb"
 * meets "Sarāqib", "Maarat al-Numan" meets "Ma‘arrat an Nu‘mān", "Khan Sheikhoun" meets "Khān Shaykhūn"
 * and "Hama" meets "Ḩamāh".
 */
export function variantKey(name: string): string {
	return foldText(name.replace(APOSTROPHES, ''))
		.split(' ')
		.filter((w) => w && !isArabicArticle(w))
		.map(variantWord)
		.join(' ');
}

/**
 * A skeleton of fewer letters than this is too common to trust: "Hamas" and "Homs" share `hms`, "Quiet"
 * and "Al Kut" share `kt`.
 */
export const MIN_SKELETON_LETTERS = 4;

/** Whether a skeleton key is long enough to be matched at all (see `MIN_SKELETON_LETTERS`). */
export function isDistinctSkeleton(key: string): boolean {
	return key.replace(/ /g, '').length >= MIN_SKELETON_LETTERS;
}

/**
 * A looser key: the variant key without the vowels inside each word, for spellings that differ in
 * a short vowel ("Maaret" for "Ma‘arrat", "Jableh" for "Jablah"). Callers consult it only
 * after the variant key finds nothing and only where a false match is unlikely, because many unrelated
 * names share a consonant skeleton ("Atmeh" and Japan's "Atami", "Hamas" and "Homs").
 */
export function skeletonKey(name: string): string {
	return skeletonOfVariant(variantKey(name));
}

/**
 * The skeleton key of a name whose `variantKey` is already computed: an index that files a spelling
 * under both keys folds it once.
 */
export function skeletonOfVariant(variant: string): string {
	return variant.split(' ').map(skeletonWord).join(' ');
}

/**
 * Whether two spellings of one consonant skeleton write the same vowel wherever both write one between
 * the same consonants: a transcription may leave a short vowel out ("Bdāmā" for "Bidama"), but one that
 * writes other vowels is another name ("Sarmin" and "Surman" share `srmn`). Compared word by word in
 * `variantKey` form; spellings of different skeletons never agree.
 */
export function vowelsAgree(a: string, b: string): boolean {
	return wordsAgree(variantKey(a).split(' '), variantKey(b).split(' '));
}

function wordsAgree(wa: readonly string[], wb: readonly string[]): boolean {
	if (wa.length !== wb.length) return false;
	return wa.every((word, k) => {
		const [ga, gb] = [word.split(/[^aiu]/), wb[k]!.split(/[^aiu]/)];
		return ga.length === gb.length && ga.every((v, n) => !v || !gb[n] || v === gb[n]);
	});
}

/**
 * A looser `vowelsAgree` for the curated consonant-skeleton match: an `a` may stand where the other
 * spelling writes `i` or `e` (Levantine speech and French romanisation write the short a as e:
 * "Maaret" for Ma‘arrat), but a `u` or `o` only where the other writes one too. So "Litmon" is not
 * Latmin, nor "Surman" Sarmin, while "Maaret" stays Ma‘arrat and "Saraqueb" Saraqeb.
 */
export function vowelsCompatible(a: string, b: string): boolean {
	// French writes q as "qu" before e and i ("Saraqueb"): that u is no vowel.
	const words = (name: string) =>
		variantKey(name)
			.replace(/ku(?=i)/g, 'k')
			.replace(/i/g, 'a')
			.split(' ');
	return wordsAgree(words(a), words(b));
}

/**
 * The feminine ending (tāʾ marbūṭa) an Arabic name may or may not be written with: English writes
 * -a, -ah or -eh, French and Turkish -e or -é, and reporting often drops it ("Kafr Zeit" for Kafr
 * Zayta, "al-Lataman" for al-Lataminah). Only a word of three letters or more keeps its stem. A final
 * -i is no such ending: the adjective "Idlibi" must not meet Idlib.
 */
const FEMININE_ENDING = /(?<=\p{L}{3})(?:[ae]h|a|e)$/u;
/**
 * The same ending before a second word, where Arabic sounds it "-at" (the construct state: "Dārat
 * ‘Izzah", "Qalaat al-Madiq"), and reporting may write the word without it ("Dar al-Izzah"). Only
 * a word that another follows loses it: a last word's "-at" is a plural ("Aqrabat").
 */
const CONSTRUCT_ENDING = /(?<=\p{L}{3})[ae]t$/u;

/** One folded word without its feminine ending, in `variantWord` form. */
export function feminineWord(folded: string): string {
	return variantWord(folded.replace(FEMININE_ENDING, ''));
}

/**
 * A key under which spellings with and without the feminine ending meet: `variantKey`'s words without
 * the ending (`feminineWord`), reduced to their consonant skeletons. Looser than `skeletonKey`, so the
 * geoparser consults it last and only where the vowels agree (`feminineVowelsAgree`).
 */
export function feminineKey(name: string): string {
	return feminineWords(name).map(skeletonWord).join(' ');
}

/** A name's words without their feminine endings, in `variantWord` form, joined by spaces. */
export function feminineKeyWords(name: string): string {
	return feminineWords(name).join(' ');
}

function feminineWords(name: string): string[] {
	const words = foldText(name.replace(APOSTROPHES, ''))
		.split(' ')
		.filter((w) => w && !isArabicArticle(w));
	return words.map((w, k) =>
		k < words.length - 1 && CONSTRUCT_ENDING.test(w)
			? variantWord(w.replace(CONSTRUCT_ENDING, ''))
			: feminineWord(w)
	);
}

/**
 * `vowelsAgree` for the feminine key: the two spellings, each without its feminine ending, write the
 * same vowels wherever both write one. "al-Lataman" agrees with "Latamneh" (`latamn`) but not with
 * "Latmin", whose second vowel is another.
 */
export function feminineVowelsAgree(a: string, b: string): boolean {
	return wordsAgree(feminineWords(a), feminineWords(b));
}
