/**
 * Which outlet each article was published by, as the explorer lists them: an article's `outlet` (as its
 * front matter writes it) is looked up among the curated outlets' names and aliases, case aside; an
 * outlet no curated entry names becomes an outlet of its own with no kind, shown as not classified,
 * because a kind is never guessed.
 */
import { slugWords } from '../core/fold';
import type { CuratedOutlet } from '../corpus/outlets';
import type { ExplorerOutlet } from './explorer-data';

/** The outlets the articles use, by name, and each article's outlet as an index into them. */
export interface ResolvedOutlets {
	outlets: ExplorerOutlet[];
	/** By article position: the index of its outlet in `outlets`. */
	outletOf: number[];
}

/** A curated outlet as the explorer publishes it. */
function published(outlet: CuratedOutlet): ExplorerOutlet {
	const out: ExplorerOutlet = { id: outlet.id, name: outlet.name, kind: outlet.kind };
	if (outlet.aliases?.length) out.aliases = outlet.aliases;
	if (outlet.party) out.party = outlet.party;
	out.basis = outlet.basis;
	out.source = outlet.source;
	return out;
}

/**
 * Resolves every article's outlet. Only outlets some article uses are listed, sorted by name; an
 * outlet not curated gets a slug of its name as id (with `-2`, `-3`… when that is taken), so the URL
 * can name it too.
 */
export function resolveOutlets(
	articles: readonly { outlet: string }[],
	curated: readonly CuratedOutlet[]
): ResolvedOutlets {
	const byName = new Map<string, CuratedOutlet>();
	for (const o of curated)
		for (const name of [o.name, ...(o.aliases ?? [])]) byName.set(name.toLowerCase(), o);
	/** The key of each article's outlet: a curated id, or the name as written for one not curated. */
	const keys = articles.map((a) => {
		const name = a.outlet.trim();
		const hit = byName.get(name.toLowerCase());
		return hit ? { key: `c:${hit.id}`, outlet: hit, name } : { key: `n:${name}`, name };
	});
	const found = new Map<string, ExplorerOutlet>();
	const taken = new Set(curated.map((o) => o.id));
	for (const { key, outlet, name } of keys) {
		if (found.has(key)) continue;
		if (outlet) {
			found.set(key, published(outlet));
			continue;
		}
		const base = slugWords(name).join('-') || 'outlet';
		let id = base;
		for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
		taken.add(id);
		found.set(key, { id, name });
	}
	const order = [...found.entries()].sort(
		([, a], [, b]) => a.name.localeCompare(b.name, 'en') || a.id.localeCompare(b.id)
	);
	const index = new Map(order.map(([key], i) => [key, i]));
	return { outlets: order.map(([, o]) => o), outletOf: keys.map(({ key }) => index.get(key)!) };
}
