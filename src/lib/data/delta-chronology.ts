/**
 * The chronology's parts (`data/chronology/<yyyy-mm>/<n>.json`) and their table (`parts.json`) that a
 * build adding articles writes. The new articles' months are cut again (`cutParts`) from the parts
 * published for them, read back, and the new articles, keeping each part's span; a month the
 * corpus did not have is cut from nothing. Only the parts whose bytes change are given.
 */
import { deltaEncode } from './delta';
import type { PublishedArticle } from './dataset';
import { chronologyPartPath, type ChronologyTable, type MonthArticle } from './explorer-data';
import { cutParts, previousParts } from './page-cut';
import { CHRONOLOGY_PART, chronologyArticle } from './publish';

/** A new article as the chronology lists it. */
export interface ChronologyNew {
	article: PublishedArticle;
	/** Its key (`addedKeys`), its outlet's id and the places it names, in the dataset's order. */
	key: number;
	outlet: string;
	places: string[];
}

/** A chronology part as published. */
interface Part {
	month: string;
	part: number;
	articles: MonthArticle[];
}

/**
 * The parts the new articles (in the published order) change or add, by path under the site, and
 * the table with their months cut again. `table` is the published `parts.json` (its `keyBits` those
 * of the keys given); `existing` reads a part as published.
 */
export function addedChronology(
	table: ChronologyTable,
	articles: readonly ChronologyNew[],
	existing: (month: string, part: number) => string | undefined
): { files: Map<string, string>; table: ChronologyTable } | string {
	const previous = previousParts(table);
	const byMonth = new Map<string, MonthArticle[]>();
	for (const n of articles) {
		const month = n.article.published.slice(0, 7);
		let list = byMonth.get(month);
		if (!list) {
			list = [];
			for (const part of table.months[month]?.parts ?? []) {
				const text = existing(month, part);
				if (text === undefined) return `chronology part ${month}/${part} is missing`;
				list.push(...(JSON.parse(text) as Part).articles);
			}
			byMonth.set(month, list);
		}
		list.push(chronologyArticle(n.article, n.key, n.outlet, n.places));
	}
	const files = new Map<string, string>();
	const months = { ...table.months };
	for (const [month, list] of byMonth) {
		const keys = Float64Array.from(list, (a) => a.position);
		const cut = cutParts(keys, CHRONOLOGY_PART, table.keyBits, previous.get(month));
		for (const f of cut) {
			const part = f.page as number;
			const text = JSON.stringify({ month, part, articles: list.slice(f.from, f.to) });
			if (existing(month, part) !== text) files.set(chronologyPartPath(month, part).slice(1), text);
		}
		months[month] = {
			first: deltaEncode(cut.map((f) => keys[f.from]!)),
			parts: cut.map((f) => f.page as number)
		};
	}
	return { files, table: { keyBits: table.keyBits, months } };
}
