/**
 * Every alias of the curated gazetteer in `geodata/` is found by the geoparser, whole and resolved to a
 * place that lists it, however its case, apostrophes or diacritics are written. The matcher's rules are
 * held on a gazetteer of their own in `src/lib/geoparse/match.property.test.ts`; this is the statement
 * about the corpus (an alias a curator adds must be one the matcher can find), checked on every alias
 * rather than on a random sample.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldText } from '../../src/lib/core/fold';
import { aliasNameRange, buildAliasIndex, findMentions } from '../../src/lib/geoparse/match';
import { loadDataset } from '../../src/lib/server/pipeline';

/** The curated places: automatic ones are linked only where capitalised, which is their own rule. */
const places = loadDataset(join(import.meta.dirname, '..', '..', 'geodata')).places.filter(
	(p) => p.curation !== 'automatic'
);
const index = buildAliasIndex(places);
const ALIASES = [...new Set(places.flatMap((p) => p.aliases))];

/** Folded alias → the ids of every place that has it: the only places a mention of it may resolve to. */
const placesByFold = new Map<string, Set<string>>();
for (const place of places)
	for (const alias of place.aliases)
		placesByFold.set(foldText(alias), (placesByFold.get(foldText(alias)) ?? new Set()).add(place.id));

/** Finds `text` (a spelling of `alias`) alone in a sentence: one mention, of exactly it, of a right place. */
function expectFoundAlone(text: string, alias: string): void {
	const [m, ...rest] = findMentions(`Shelling in ${text}.`, index);
	expect(rest, text).toEqual([]);
	const ids = placesByFold.get(foldText(alias)) ?? new Set<string>();
	const name = aliasNameRange(
		text,
		places.filter((p) => ids.has(p.id)).flatMap((p) => p.aliases)
	);
	expect(m?.surface, text).toBe(text.slice(name.start, name.end));
	expect(placesByFold.get(foldText(alias))?.has(m!.place), `${text} → ${m?.place}`).toBe(true);
}

describe('the curated gazetteer and the geoparser', () => {
	it('finds every alias whole when punctuation sets it apart', () => {
		let text = '';
		const inserted: { alias: string; start: number; end: number }[] = [];
		for (const alias of ALIASES) {
			text += '. ';
			inserted.push({ alias, start: text.length, end: text.length + alias.length });
			text += `${alias} `;
		}
		const mentions = findMentions(text, index);
		for (const a of inserted)
			expect(
				mentions.some((m) => m.start < a.end && a.start < m.end),
				a.alias
			).toBe(true);
	});

	it('finds every alias alone, in upper and lower case, resolved to a place that lists it', () => {
		for (const alias of ALIASES) {
			expectFoundAlone(alias, alias);
			// Case mapping that adds a combining mark (`İ` lowercases to `i` + U+0307) is the NFD check below.
			for (const variant of [alias.toUpperCase(), alias.toLowerCase()])
				if (!/\p{M}/u.test(variant)) expectFoundAlone(variant, alias);
		}
	});

	it('finds every alias with an apostrophe whatever apostrophe or ayn letter writes it', () => {
		const withApostrophe = ALIASES.filter((a) => /['‘’`]/.test(a));
		expect(withApostrophe.length).toBeGreaterThan(0);
		for (const alias of withApostrophe)
			for (const mark of ["'", '‘', '’', '`', 'ʿ', 'ʾ', 'ʻ', 'ʼ'])
				expectFoundAlone(alias.replace(/['‘’`]/g, mark), alias);
	});

	it('finds every alias with diacritics when they are written as combining marks', () => {
		const accented = ALIASES.filter((a) => a.normalize('NFD') !== a);
		expect(accented.length).toBeGreaterThan(0);
		for (const alias of accented) expectFoundAlone(alias.normalize('NFD'), alias);
	});
});

describe('a governorate seat in the curated gazetteer', () => {
	/** Each city that shares its bare name with its governorate and reads as the city when bare. */
	const seats = places.filter((p) => p.seatOf && p.bareName === 'city');
	const read = (text: string) => findMentions(text, index).map((m) => m.place);

	it('includes the seats of the far governorates, so that their bare names are read at all', () => {
		expect(seats.map((p) => p.id)).toEqual(
			expect.arrayContaining(['homs', 'daraa', 'raqqa', 'deir-ez-zor', 'hasakah'])
		);
	});

	it('is the city when bare, the governorate with a province word, a compass word or a region noun', () => {
		for (const seat of seats) {
			const name = seat.name;
			expect(read(`Clashes in ${name} left three dead.`), name).toEqual([seat.id]);
			expect(read(`Clashes in the city of ${name}.`), name).toEqual([seat.id]);
			expect(read(`Clashes in ${name} province.`), name).toEqual([seat.seatOf]);
			expect(read(`Clashes in rural ${name}.`), name).toEqual([seat.seatOf]);
			expect(read(`Clashes in northern ${name}.`), name).toEqual([seat.seatOf]);
			expect(read(`The zones cover the southern region of ${name}.`), name).toEqual([seat.seatOf]);
		}
	});
});
