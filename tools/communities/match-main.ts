/**
 * Prints how `geodata/communities.json` meets the places the evaluation set labels `new:`
 * (`tests/eval/real/new-places.json`, or another copy of it given as the first argument):
 * `npx tsx tools/communities/match-main.ts [new-places.json] [--list]`.
 *
 * An entry is matched when one of its spellings names a community under the name key of
 * `communities.ts` ("exact": case, diacritics, article and word breaks aside), or else under its loose
 * key ("loose"); a match is unambiguous when one community alone answers. For
 * each unambiguous match the distance from the entry's position is given, split between the entries
 * whose position was estimated and those whose position a published source gave (their agreement with
 * the communities' GeoNames points is the check on both). `--list` prints every matched entry.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
	indexCommunities,
	isSourced,
	km,
	matchNewPlaces,
	median,
	type Community,
	type Match,
	type NewPlace
} from './communities';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The one community a match points to, and how it was found, or null when none or several answer. */
function unambiguous(m: Match): { community: Community; how: 'exact' | 'loose' } | null {
	if (m.exact.length === 1) return { community: m.exact[0]!, how: 'exact' };
	if (m.exact.length === 0 && m.loose.length === 1) return { community: m.loose[0]!, how: 'loose' };
	return null;
}

const fmt = (n: number) => (Number.isNaN(n) ? '–' : n.toFixed(2));

function main(): void {
	const list = process.argv.includes('--list');
	const file = JSON.parse(readFileSync(path.join(root, 'geodata/communities.json'), 'utf8')) as {
		communities: Community[];
	};
	const placesFile =
		process.argv.slice(2).find((a) => !a.startsWith('--')) ??
		path.join(root, 'tests/eval/real/new-places.json');
	const entries = JSON.parse(readFileSync(placesFile, 'utf8')) as NewPlace[];
	const matches = matchNewPlaces(entries, indexCommunities(file.communities));
	const any = matches.filter((m) => m.exact.length || m.loose.length);
	const exact = matches.filter((m) => m.exact.length);
	const one = matches.map((m) => ({ m, u: unambiguous(m) })).filter((x) => x.u !== null);
	// An entry whose position was never found (lat and lon null) is matched but has no distance.
	const placed = one.filter((x) => typeof x.m.entry.lat === 'number' && typeof x.m.entry.lon === 'number');
	console.log(`new-places.json: ${entries.length} entries; communities: ${file.communities.length}`);
	console.log(
		`matched: ${any.length} (by name key ${exact.length}, by loose key only ${any.length - exact.length}); unambiguous: ${one.length} (${one.filter((x) => x.u!.how === 'exact').length} by name key)`
	);
	console.log(`  of these, without a position in new-places.json: ${one.length - placed.length}`);
	for (const [label, sourced] of [
		['estimated positions', false],
		['sourced positions', true]
	] as const) {
		const rows = placed.filter((x) => isSourced(x.m.entry) === sourced);
		for (const how of ['exact', 'loose'] as const) {
			const d = rows.filter((x) => x.u!.how === how).map((x) => km(x.m.entry, x.u!.community));
			console.log(
				`  ${label}, ${how}: ${d.length}; km from the entry: median ${fmt(median(d))}, max ${fmt(d.length ? Math.max(...d) : NaN)}; within 1 km ${d.filter((x) => x <= 1).length}, 1–5 km ${d.filter((x) => x > 1 && x <= 5).length}, 5–20 km ${d.filter((x) => x > 5 && x <= 20).length}, over 20 km ${d.filter((x) => x > 20).length}`
			);
		}
	}
	if (!list) return;
	for (const m of any) {
		const u = unambiguous(m);
		const shown = (c: Community) =>
			`${c.id} ${c.name} [${c.district}, ${c.governorate}] ${c.lat},${c.lon} ${km(m.entry, c).toFixed(1)} km`;
		console.log(
			`${m.entry.id}\t${isSourced(m.entry) ? 'sourced' : 'estimate'}\t${u ? u.how : 'ambiguous'}\t${m.entry.name}\n\t${(m.exact.length ? m.exact : m.loose).slice(0, 4).map(shown).join('\n\t')}`
		);
	}
}

main();
