/**
 * A place's panel files (`data/places/<id>/head.json`, new sealed pages and table parts) that a build
 * adding articles writes, from the place's published head and table and its new entries. Entries of
 * articles newer than every other one fall after every sealed page's span, so the split rule
 * (`page-cut.ts`) keeps every sealed page and table part as it is: only the head changes, sealing
 * pages of `size` from its oldest end (numbered after every page the place has), and the table's kept
 * rows seal parts the same way. This is the cut a build from nothing into the same folder makes.
 */
import { deltaEncode } from './delta';
import { sealedPages, type PlacePageTable } from './explorer-data';
import { readPreviousCut } from './page-cut';

/** One panel entry: its key (`position`) and its JSON as the panel files carry it. */
export interface PanelEntryText {
	key: number;
	json: string;
}

/** The files of one place a build adding entries writes, by name in the place's folder. */
export type PanelFiles = Map<string, string>;

/**
 * The place's files after its new `entries` (ascending keys, all newer than its published ones):
 * `head.json`, each new sealed page `<n>.json` and each new table part `table-<n>.json`; or why they
 * cannot be made so. `head` is the published head (undefined when the place had none), `part` reads a
 * published table part; `bits`, `size` and `partSize` are the build's.
 */
export function addedPanel(
	place: string,
	head: { entries: unknown[]; table?: PlacePageTable } | undefined,
	part: (n: number) => unknown,
	entries: readonly PanelEntryText[],
	bits: number,
	size: number,
	partSize: number
): PanelFiles | string {
	const t = head?.table;
	if (head && !t) return `${place}: a head of another form (no table)`;
	if (t && t.keyBits !== bits) return `${place}: keys of ${t.keyBits} bits, now ${bits}`;
	const cut = head ? readPreviousCut(head, part) : undefined;
	if (head && !cut) return `${place}: its table or parts cannot be read`;
	if (t && t.parts.numbers.length > 0 && !cut?.parts)
		return `${place}: table parts without kept rows are cut again from nothing`;
	const old = ((head?.entries ?? []) as { position: number }[]).map((e) => ({
		key: e.position,
		json: JSON.stringify(e)
	}));
	old.reverse();
	const list = [...old, ...entries];
	const pages = cut?.list.pages ?? [];
	let next = pages.length ? Math.max(...pages) + 1 : 0;
	const files: PanelFiles = new Map();
	const id = JSON.stringify(place);
	const newest = (from: number, to: number) =>
		list
			.slice(from, to)
			.reverse()
			.map((e) => e.json)
			.join(',');
	// The head's entries seal pages of `size` from the oldest; the rest is the new head.
	const sealed = sealedPages(list.length, size);
	const rowKeys: number[] = [];
	const rowPages: number[] = [];
	for (let i = 0; i < sealed; i++) {
		const page = next++;
		files.set(
			`${page}.json`,
			`{"place":${id},"page":${page},"entries":[${newest(i * size, (i + 1) * size)}]}`
		);
		rowKeys.push(list[i * size]!.key);
		rowPages.push(page);
	}
	const headFrom = sealed * size;
	// The table: the rows the head kept, then the new ones, seal parts of `partSize` from the oldest.
	const keptKeys = t ? [...decode(t.first).slice(0, -1), ...rowKeys] : rowKeys;
	const keptPages = t ? [...t.pages, ...rowPages] : rowPages;
	const partNumbers = t?.parts.numbers ?? [];
	const partFirst = t ? decode(t.parts.first) : [];
	let nextPart = partNumbers.length ? Math.max(...partNumbers) + 1 : 0;
	const newParts = sealedPages(keptKeys.length, partSize);
	const numbers = [...partNumbers];
	for (let i = 0; i < newParts; i++) {
		const n = nextPart++;
		const from = i * partSize;
		const to = (i + 1) * partSize;
		files.set(
			`table-${n}.json`,
			JSON.stringify({
				place,
				part: n,
				keyBits: bits,
				first: deltaEncode(keptKeys.slice(from, to)),
				pages: keptPages.slice(from, to)
			})
		);
		numbers.push(n);
		partFirst.push(keptKeys[from]!);
	}
	const keptFrom = newParts * partSize;
	const table: PlacePageTable = {
		count: (t?.count ?? 0) + entries.length,
		size,
		keyBits: bits,
		first: deltaEncode([...keptKeys.slice(keptFrom), list[headFrom]!.key]),
		pages: keptPages.slice(keptFrom),
		parts: { size: partSize, first: deltaEncode(partFirst), numbers }
	};
	files.set(
		'head.json',
		`{"place":${id},"entries":[${newest(headFrom, list.length)}],"table":${JSON.stringify(table)}}`
	);
	return files;
}

/** Delta-coded keys decoded. */
function decode(deltas: readonly number[]): number[] {
	let value = 0;
	return deltas.map((d) => (value += d));
}
