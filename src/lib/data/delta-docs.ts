/**
 * The search index's docs files (`data/search/docs/<n>.json`, a file per `2^docBits` keys of one day)
 * that a build adding articles writes, from the new articles and the one file it may add to. Keys are
 * `day × 2^keyBits + rank` (`article-keys.ts`), so an article of a day after the build's newest has a
 * key no file holds yet, and one of the newest day itself ranks after that day's articles when its id
 * sorts after theirs: the new articles only add files, or fill the newest day's last file.
 */
import { dayNumber } from '../core/dates';
import { articleKey } from './article-keys';
import type { PublishedArticle } from './dataset';
import { SEARCH_DOC_BITS, searchDoc, type SearchDocChunk } from './search-shards';

/** What the docs files of the build before say of its newest day and its keys. */
export interface DocsBefore {
	/** The newest publication day (absent with no article) and how many articles it has. */
	last?: string;
	lastDayCount: number;
	/** The keys' bits (`search/index.json`'s `keyBits`), which the new articles must not change. */
	keyBits: number;
}

/**
 * The keys of the new `articles` (in the published order, by day then id), ranked after the newest
 * day's articles; or why they cannot be keyed so. `existing` reads a docs file the build before wrote
 * (the newest day's last one tells the id the new articles of that day must sort after).
 */
export function addedKeys(
	before: DocsBefore,
	articles: readonly { id: string; published: string }[],
	existing: (chunk: number) => SearchDocChunk | undefined
): number[] | string {
	const docBits = Math.min(SEARCH_DOC_BITS, before.keyBits);
	const collate = new Intl.Collator().compare;
	const keys: number[] = [];
	let day = Number.NaN;
	let rank = 0;
	for (const a of articles) {
		const d = dayNumber(a.published);
		if (d !== day) {
			day = d;
			rank = a.published === before.last ? before.lastDayCount : 0;
			if (rank > 0) {
				const last = articleKey(d, rank - 1, before.keyBits);
				const held = existing(last >> docBits)?.articles.at(-1);
				if (!held) return `the docs file of key ${last} (the newest day's last article) is missing`;
				if (collate(held.id, a.id) >= 0)
					return `${a.id} sorts before ${held.id} of the same day: the day's later keys would move`;
			}
		}
		if (rank >= 2 ** before.keyBits) return `${a.published} has more articles than 2^keyBits`;
		keys.push(articleKey(d, rank++, before.keyBits));
	}
	return keys;
}

/**
 * The docs files the new `articles` (in the published order, by day then id) change or add, by
 * number; or why they cannot be added (then the corpus is built from nothing): `addedKeys`.
 */
export function addedDocs(
	before: DocsBefore,
	articles: readonly PublishedArticle[],
	existing: (chunk: number) => SearchDocChunk | undefined
): Map<number, SearchDocChunk> | string {
	const keys = addedKeys(before, articles, existing);
	if (typeof keys === 'string') return keys;
	const docBits = Math.min(SEARCH_DOC_BITS, before.keyBits);
	const out = new Map<number, SearchDocChunk>();
	articles.forEach((a, i) => {
		const chunk = keys[i]! >> docBits;
		let file = out.get(chunk);
		if (!file) {
			const held = existing(chunk);
			file = { chunk, articles: held ? [...held.articles] : [] };
			out.set(chunk, file);
		}
		file.articles.push(searchDoc(a));
	});
	return out;
}
