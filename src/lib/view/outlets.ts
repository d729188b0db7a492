/**
 * The filter by outlet, as pure functions over `data/explorer.json`'s outlet list. A choice is a list of
 * outlet ids, or `undefined` for every outlet (the URL without `outlets`); it becomes a mask over the
 * outlets, which the counts (`counts.ts`), the panel and the chronology read, and the outlets of a range
 * are listed grouped by their curated kind.
 */
import { OUTLET_KINDS, type ExplorerData, type ExplorerOutlet, type OutletKind } from '../data/explorer-data';

/** The outlets, decoded once. */
export interface OutletIndex {
	outlets: readonly ExplorerOutlet[];
	/** Outlet ids in list order. */
	ids: readonly string[];
}

export function buildOutletIndex(data: Pick<ExplorerData, 'outlets'>): OutletIndex {
	return { outlets: data.outlets, ids: data.outlets.map((o) => o.id) };
}

/**
 * A choice as the view keeps it: the known ids of `chosen` in list order, or `undefined` when it is
 * every outlet (or `chosen` is undefined). Unknown ids are dropped.
 */
export function normalizeChoice(
	ids: readonly string[],
	chosen: readonly string[] | undefined
): string[] | undefined {
	if (!chosen) return undefined;
	const asked = new Set(chosen);
	const known = ids.filter((id) => asked.has(id));
	return known.length === ids.length ? undefined : known;
}

/**
 * Per outlet index: 1 when it is chosen. `undefined` for every outlet, so the counts keep their fast
 * path (the month sums of `explorer.json`) when nothing is filtered.
 */
export function outletMask(
	index: OutletIndex,
	chosen: readonly string[] | undefined
): Uint8Array | undefined {
	if (!chosen) return undefined;
	const asked = new Set(chosen);
	return Uint8Array.from(index.ids, (id) => (asked.has(id) ? 1 : 0));
}

/** One outlet as the filter lists it. */
export interface OutletRow {
	outlet: ExplorerOutlet;
	/** Its articles in the date range. */
	count: number;
	checked: boolean;
}

/** The filter's groups: by curated kind, then the outlets no curator has classified. */
export interface OutletGroup {
	kind: OutletKind | 'unclassified';
	label: string;
	rows: OutletRow[];
}

/** What each group is called, in the filter's order. */
export const OUTLET_GROUP_LABELS: Record<OutletGroup['kind'], string> = {
	wire: 'Wire agencies',
	'party-state-media': 'State media of a party to the conflict',
	other: 'Independent and other',
	unclassified: 'Other (not classified)'
};

/**
 * The outlets of a range, grouped: those with articles in it, and the chosen ones even without (so a
 * choice can always be undone), most articles first, then by name. Empty groups are left out.
 */
export function outletGroups(
	index: OutletIndex,
	counts: ArrayLike<number>,
	chosen: readonly string[] | undefined
): OutletGroup[] {
	const asked = chosen ? new Set(chosen) : undefined;
	const rows = index.outlets
		.map((outlet, i): OutletRow => ({ outlet, count: counts[i]!, checked: !asked || asked.has(outlet.id) }))
		.filter((r) => r.count > 0 || (asked && r.checked))
		.sort((a, b) => b.count - a.count || a.outlet.name.localeCompare(b.outlet.name, 'en'));
	const kinds: OutletGroup['kind'][] = [...OUTLET_KINDS, 'unclassified'];
	return kinds
		.map((kind) => ({
			kind,
			label: OUTLET_GROUP_LABELS[kind],
			rows: rows.filter((r) => (r.outlet.kind ?? 'unclassified') === kind)
		}))
		.filter((g) => g.rows.length > 0);
}

/**
 * The choice after one outlet's checkbox is set `on` or off. From "every outlet", unchecking one
 * leaves all the others; checking the last one missing gives "every outlet" again.
 */
export function toggleOutlet(
	ids: readonly string[],
	chosen: readonly string[] | undefined,
	id: string,
	on: boolean
): string[] | undefined {
	const set = new Set(chosen ?? ids);
	if (on) set.add(id);
	else set.delete(id);
	return normalizeChoice(ids, [...set]);
}
