/**
 * The communities (villages, towns and hamlets) of the four north-west governorates, read from Who's On
 * First's Syrian localities, whose rows are GeoNames' populated places (feature class P) with their
 * alternate names, and matched by folded name against the places the evaluation set labels `new:`.
 *
 * Nothing here reads a file: `main.ts` reads Who's On First and writes `geodata/communities.json`,
 * `match-main.ts` compares that file with `tests/eval/real/new-places.json`.
 */
import { foldText } from '../../src/lib/core/fold';
import { distanceKm } from '../../src/lib/places/gazetteer';
import type { Community } from '../../src/lib/places/communities';

/** A governorate of the four, as a community's `governorate` names it. */
type Governorate = Community['governorate'];

/** Who's On First's ids of the four governorates (its `region` records) and the names the map uses. */
export const NORTH_WEST_REGIONS: Readonly<Record<number, Governorate>> = {
	85678373: 'Idlib',
	85678359: 'Aleppo',
	85678363: 'Hama',
	85678345: 'Latakia'
};

/** The properties of a Who's On First record that are read (its GeoJSON feature's `properties`). */
export interface WofProperties {
	'wof:id': number;
	'wof:name': string;
	'wof:placetype': string;
	'wof:hierarchy'?: { region_id?: number; county_id?: number }[];
	'wof:superseded_by'?: number[];
	'wof:concordances'?: Record<string, unknown>;
	'edtf:deprecated'?: string;
	'geom:latitude'?: number;
	'geom:longitude'?: number;
	'gn:geonameid'?: number;
	'gn:name'?: string;
	'gn:asciiname'?: string;
	'gn:feature_code'?: string;
	'gn:latitude'?: number;
	'gn:longitude'?: number;
	[name: `name:${string}`]: string[] | undefined;
}

/** One community of `geodata/communities.json`, as the site's reader checks it (`places/communities.ts`). */
export type { Community };

const LATIN = /^[\p{Script=Latin}\p{M}\p{N}\s'‘’`ʿʾ.,()-]+$/u;
const ARABIC = /\p{Script=Arabic}/u;
const HAS_LETTER = /\p{L}/u;

const round5 = (n: number) => Math.round(n * 1e5) / 1e5;

/**
 * The community a Who's On First record stands for, or null when it is not a current locality of the
 * four governorates (another place type, deprecated or superseded, another governorate, no point).
 * `counties` names Who's On First's county records by id. A locality whose hierarchy names no region
 * (one in seven of Syria's) is placed by `locate`, which gives the governorate of the four whose
 * outline holds a point, if any; its district is then left empty.
 */
export function communityFrom(
	p: WofProperties,
	counties: ReadonlyMap<number, string>,
	locate: (lon: number, lat: number) => Governorate | undefined
): Community | null {
	if (p['wof:placetype'] !== 'locality') return null;
	if (p['edtf:deprecated'] || (p['wof:superseded_by']?.length ?? 0) > 0) return null;
	const lat = p['gn:latitude'] ?? p['geom:latitude'];
	const lon = p['gn:longitude'] ?? p['geom:longitude'];
	if (typeof lat !== 'number' || typeof lon !== 'number') return null;
	const hierarchy = p['wof:hierarchy']?.[0];
	const governorate =
		hierarchy?.region_id === undefined ? locate(lon, lat) : NORTH_WEST_REGIONS[hierarchy.region_id];
	if (!governorate) return null;
	const concordance = p['wof:concordances']?.['gn:id'];
	const geonames = p['gn:geonameid'] ?? (typeof concordance === 'number' ? concordance : null);
	const name = p['wof:name'];
	const latin: string[] = [];
	const arabic: string[] = [];
	const seen = new Set([foldText(name)]);
	const candidates = [
		p['gn:name'],
		p['gn:asciiname'],
		...Object.keys(p)
			.filter((k) => k.startsWith('name:'))
			.sort()
			.flatMap((k) => p[k as `name:${string}`] ?? [])
	];
	for (const raw of candidates) {
		if (typeof raw !== 'string') continue;
		const text = raw.trim();
		if (!text || !HAS_LETTER.test(text)) continue;
		if (ARABIC.test(text)) {
			if (!arabic.includes(text)) arabic.push(text);
			continue;
		}
		if (!LATIN.test(text)) continue;
		const key = foldText(text);
		if (!key || seen.has(key)) continue;
		seen.add(key);
		latin.push(text);
	}
	return {
		id: geonames === null ? `wof-${p['wof:id']}` : `gn-${geonames}`,
		name,
		names: latin,
		arabic,
		district: (hierarchy?.county_id !== undefined && counties.get(hierarchy.county_id)) || '',
		governorate,
		lon: round5(lon),
		lat: round5(lat),
		code: p['gn:feature_code'] ?? '',
		geonames,
		wof: p['wof:id']
	};
}

/**
 * Articles and the words before a name that transliterations write in several ways, as one spelling
 * each: "Kfar", "Kafar" and "Kafr"; "Tal", "Tell" and "Tall"; "Ain", "Ein" and "Ayn"; "Jebel" and
 * "Jabal"; "Deir" and "Dayr"; "Khirbet" and "Khirbat"; "Sheikh" and "Shaykh".
 */
const WORD_FORMS: Readonly<Record<string, string>> = {
	kfar: 'kafr',
	kafar: 'kafr',
	kefr: 'kafr',
	kafer: 'kafr',
	kfr: 'kafr',
	tal: 'tall',
	tel: 'tall',
	tell: 'tall',
	ain: 'ayn',
	ein: 'ayn',
	eyn: 'ayn',
	jebel: 'jabal',
	jabel: 'jabal',
	jbel: 'jabal',
	deir: 'dayr',
	der: 'dayr',
	khirbet: 'khirbat',
	khirba: 'khirbat',
	khirbeh: 'khirbat',
	sheikh: 'shaykh',
	sheik: 'shaykh',
	shaikh: 'shaykh',
	shekh: 'shaykh',
	beit: 'bayt',
	bait: 'bayt',
	umm: 'umm',
	um: 'umm',
	abou: 'abu',
	abo: 'abu'
};
/** The Arabic article as transliterations write it, alone or assimilated. */
const ARTICLES = new Set(['al', 'el', 'ad', 'ar', 'as', 'at', 'ash', 'az', 'an', 'adh', 'ath', 'ul', 'l']);

/**
 * A key for a place name under which its spellings meet when they differ only in case, diacritics,
 * punctuation, word breaks, the article ("al-Nayrab", "An Nayrab") and the words of {@link WORD_FORMS}
 * ("Tal Fas", "Tall Fas"). Every letter of the name is kept.
 */
export function nameKey(name: string): string {
	return foldText(name)
		.split(' ')
		.filter((w) => w && !ARTICLES.has(w))
		.map((w) => WORD_FORMS[w] ?? w)
		.join('');
}

/**
 * A loose key for a place name, under which the spellings of one Arabic name mostly meet: folded,
 * articles dropped, the words of {@link WORD_FORMS} written one way, vowels after the first letter of
 * each word dropped, doubled letters and word breaks removed ("Kafr Nabl", "Kafranbel" and "Kfar Nobol"
 * all give "kfrnbl"). It joins different names too, which is why a match is only taken when one
 * community alone has the key.
 */
export function looseKey(name: string): string {
	const words = foldText(name)
		.split(' ')
		.filter((w) => w && !ARTICLES.has(w))
		.map((w) => WORD_FORMS[w] ?? w);
	return words
		.map((w) => (w[0] ?? '') + w.slice(1).replace(/[aeiouy]/g, ''))
		.join('')
		.replace(/(.)\1+/g, '$1')
		.replace(/h$/, '');
}

/** An entry of `tests/eval/real/new-places.json` (a few have no position yet: `lat` and `lon` null). */
export interface NewPlace {
	id: string;
	name: string;
	kind: string;
	lat: number;
	lon: number;
	source: string;
}

const DESCRIPTION =
	/\b(village|town|hilltop|hill|hills|city|area|farms?|camp|valley|wadi|mountain|checkpoint|crossroads?|in|of|near|north|south|east|west|northern|southern|eastern|western|countryside)\b.*$/i;

/**
 * The spellings a `new-places.json` entry gives for its place: the name before its first comma or
 * bracket, and each comma- or slash-separated spelling in the brackets, descriptions ("village in
 * Idlib", "hilltop") cut off.
 */
export function newPlaceNames(entry: Pick<NewPlace, 'name'>): string[] {
	const out: string[] = [];
	const head = entry.name.split(/[,(]/)[0] ?? '';
	const inner = [...entry.name.matchAll(/\(([^)]*)\)/g)].flatMap((m) => (m[1] ?? '').split(/[,/;]| or /));
	for (const part of [head, ...head.split('/'), ...inner]) {
		const text = part.replace(DESCRIPTION, '').trim();
		if (text && foldText(text) && !out.includes(text)) out.push(text);
	}
	return out;
}

/** Kilometres between two points (`distanceKm`, the great circle the geoparser measures with). */
export function km(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
	return distanceKm([a.lon, a.lat], [b.lon, b.lat]);
}

/** How an entry of `new-places.json` meets the communities. */
export interface Match {
	entry: NewPlace;
	/** Every community one of the entry's spellings names under {@link nameKey}, nearest first. */
	exact: Community[];
	/** Every community one of the entry's spellings names under {@link looseKey}, nearest first. */
	loose: Community[];
}

/** Indexes the communities by {@link nameKey} and by {@link looseKey}, every spelling of each. */
export function indexCommunities(communities: readonly Community[]): {
	exact: Map<string, Community[]>;
	loose: Map<string, Community[]>;
} {
	const exact = new Map<string, Community[]>();
	const loose = new Map<string, Community[]>();
	const add = (map: Map<string, Community[]>, key: string, c: Community) => {
		if (!key) return;
		const list = map.get(key);
		if (!list) map.set(key, [c]);
		else if (!list.includes(c)) list.push(c);
	};
	for (const c of communities)
		for (const name of [c.name, ...c.names]) {
			add(exact, nameKey(name), c);
			add(loose, looseKey(name), c);
		}
	return { exact, loose };
}

/**
 * The shortest loose key looked up: a short name ("al-Tah", "Hass") keeps two or three consonants,
 * which many unrelated villages share.
 */
export const MIN_LOOSE_KEY = 4;

/** Matches each entry by its spellings, under {@link nameKey} and under {@link looseKey}. */
export function matchNewPlaces(
	entries: readonly NewPlace[],
	index: ReturnType<typeof indexCommunities>
): Match[] {
	return entries.map((entry) => {
		const names = newPlaceNames(entry);
		const near = (list: Community[]) =>
			[...new Set(list)].sort((a, b) => km(entry, a) - km(entry, b) || a.id.localeCompare(b.id));
		return {
			entry,
			exact: near(names.flatMap((n) => index.exact.get(nameKey(n)) ?? [])),
			loose: near(
				names.flatMap((n) => {
					const key = looseKey(n);
					return key.length >= MIN_LOOSE_KEY ? (index.loose.get(key) ?? []) : [];
				})
			)
		};
	});
}

/**
 * Whether an entry's position was taken from a published source rather than estimated (or not found:
 * such an entry's source says "POSITION NOT FOUND").
 */
export function isSourced(entry: Pick<NewPlace, 'source'>): boolean {
	return !/^(approximate|position not found)/i.test(entry.source.trim());
}

/** The median of a list of numbers (the lower middle one of an even count), or NaN for none. */
export function median(values: readonly number[]): number {
	if (!values.length) return NaN;
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor((sorted.length - 1) / 2)]!;
}
