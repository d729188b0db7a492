/** Invented sentences' places for the extractor's specs, and the extractor run over them. */
import type { Mention } from '../geoparse/match';
import type { PlaceKind } from '../places/kinds';
import { extractEvents, type ExtractInput } from './extract';

/** Invented places for the fixtures: the names are only looked up by these offsets. */
export const KINDS: Record<string, PlaceKind> = {
	Qarnaz: 'town',
	Dalbur: 'town',
	Sirwan: 'village',
	Halaba: 'governorate',
	'the Qarnaz post': 'observation-post',
	Kestel: 'capital',
	Vardan: 'capital',
	'Halaba zone': 'zone',
	'Tell Mira': 'town',
	'Kafr Susa': 'village',
	'Bab Sirr': 'crossing',
	'M9 highway': 'highway'
};

export const id = (name: string) => name.toLowerCase().replace(/[^a-z]+/g, '-');
export const KIND_BY_ID = new Map(Object.entries(KINDS).map(([name, kind]) => [id(name), kind]));

/** Mentions of every fixture name in a text, longest names first, never overlapping. */
export function mentionsOf(text: string): Mention[] {
	const out: Mention[] = [];
	const names = Object.keys(KINDS).sort((a, b) => b.length - a.length);
	for (const name of names) {
		for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
			const end = at + name.length;
			if (out.some((m) => at < m.end && end > m.start)) continue;
			out.push({ place: id(name), start: at, end, surface: name });
		}
	}
	return out.sort((a, b) => a.start - b.start);
}

export function extract(body: string, published = '2020-02-07', extra: Partial<ExtractInput> = {}) {
	return extractEvents({
		body,
		mentions: mentionsOf(body),
		published,
		placeKind: (p) => KIND_BY_ID.get(p),
		...extra
	});
}

export const brief = (body: string, published?: string) =>
	extract(body, published).map((e) => ({
		kind: e.kind,
		places: e.places,
		date: e.date,
		precision: e.datePrecision
	}));

/** Each event found as one line, for specs to compare: kind, places joined by "+", date, precision. */
export const line = (body: string, published?: string) =>
	brief(body, published).map((e) => `${e.kind} ${e.places.join('+')} ${e.date} ${e.precision}`);

/** Each event found as its kind and places only, for specs of what is found rather than when. */
export const kinds = (body: string, published?: string) =>
	brief(body, published).map((e) => `${e.kind} ${e.places.join('+')}`);
