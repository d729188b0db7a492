import nlp from 'compromise';
import { matchExtents } from '../../src/lib/ingest/unknown-names';
import { foldText } from '../../src/lib/core/fold';
import { aliasNameRange, findMentions, type AliasIndex, type Mention } from '../../src/lib/geoparse/match';

/**
 * Prefix of the place id given to a place compromise finds that no curated alias names. The folded
 * text follows it, so each distinct unmatched name is its own false-positive link ("?syria").
 */
export const UNMATCHED = '?';

const POSSESSIVE = /['’]s$/u;

/**
 * A baseline for the evaluation: compromise's general-purpose place tagger, `nlp(text).places()`,
 * linked to curated places by looking its whole text up in the alias index (folded, so case and
 * diacritics do not matter). A place compromise finds that is not exactly one curated alias ("Syria",
 * "Ankara Moscow") keeps its span with an `UNMATCHED` id and scores as a false
 * positive. A city-or-governorate name is resolved without its sentence, by the pair's default.
 */
export function compromiseMentions(text: string, index: AliasIndex): Mention[] {
	return matchExtents(nlp(text).places().json({ offset: true })).map(({ start, end }) => {
		const nameEnd = POSSESSIVE.test(text.slice(start, end)) ? end - 2 : end;
		const surface = text.slice(start, nameEnd);
		const found = findMentions(surface, index);
		const only = found.length === 1 ? found[0] : undefined;
		// The whole span is one alias when the matcher's mention is that alias's name ("Tartus" of
		// "Tartus naval base"); the baseline then reports the name, under the same span convention.
		const name = aliasNameRange(surface);
		if (only && only.start === name.start && only.end === name.end)
			return { ...only, start: start + only.start, end: start + only.end };
		return { place: UNMATCHED + foldText(surface), start, end: nameEnd, surface };
	});
}
