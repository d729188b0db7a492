/**
 * The search index's term shards, postings files and `index.json` that a build adding articles
 * writes. Shards are cut a first letter at a time (`termFiles`), so only the first letters of the new
 * articles' words are cut again, from the published shards of those letters: a rare word's entry
 * carries its positions, and a word kept in postings files is read back whole (its head and sealed
 * pages) only when the new articles hold it, then cut again keeping its published spans. The words of
 * those letters the new articles do not hold keep their files. What this reads grows with the words
 * the new articles hold (every position of each), not with the articles before.
 */
import { postingsName, shardFile, termFiles, isPaged } from './search-shards';
import type { PostingsFile, PostingsHead, PostingsPage, SearchManifest, TermShard } from './search-shards';
import type { PreviousCut } from './page-cut';

/** What the delta reads of the published search index. */
export interface PublishedSearch {
	index: SearchManifest;
	/** A term shard as published, by its file name (`shardFile`). */
	shard(file: string): TermShard | undefined;
	/** A postings file as published, by the word's folder name. */
	postings(name: string, file: PostingsFile): PostingsPage | PostingsHead | undefined;
	/** The cut of a word's postings as published (`previousPostingsCut`). */
	previous(name: string): PreviousCut | undefined;
}

/** The search files a build adding articles writes. */
export interface AddedSearch {
	/** Files whose bytes change or that are new, by path under the site. */
	files: Map<string, string>;
	/** Files published before that the new cut no longer has, by path under the site. */
	removed: string[];
	index: SearchManifest;
	/** Every postings file of the words the new articles hold, as `[folder name, file]`. */
	pages: [string, PostingsFile][];
}

/** Delta-coded values decoded. */
function decode(deltas: readonly number[]): number[] {
	let value = 0;
	return deltas.map((d) => (value += d));
}

/** The first letter a word's shard is cut under (`termFiles`). */
const letterOf = (word: string) => [...word][0]!;

/**
 * A paged word's positions as published: its sealed pages in key order (`numbers`), then its head;
 * or why they cannot be read.
 */
function publishedList(search: PublishedSearch, name: string): number[] | string {
	const head = search.postings(name, 'head') as PostingsHead | undefined;
	if (!head || !Array.isArray(head.numbers) || !Array.isArray(head.positions))
		return `the postings head of ${name} is missing or of another form`;
	const list: number[] = [];
	for (const n of head.numbers) {
		const page = search.postings(name, n) as PostingsPage | undefined;
		if (!page) return `postings page ${name}/${n} is missing`;
		list.push(...decode(page.positions));
	}
	list.push(...decode(head.positions));
	if (list.length !== head.count) return `the postings of ${name} hold ${list.length}, not ${head.count}`;
	return list;
}

/**
 * The search files after the new articles' words: `added` gives each word's new positions (keys),
 * ascending and after every published position; `articles` is the corpus's count with them. Gives
 * why the index cannot be added to instead (then the corpus is built from nothing).
 */
export function addedSearch(
	search: PublishedSearch,
	added: ReadonlyMap<string, readonly number[]>,
	articles: number
): AddedSearch | string {
	const { index } = search;
	const letters = new Set([...added.keys()].map(letterOf));
	const files = new Map<string, string>();
	const removed: string[] = [];
	const pages: [string, PostingsFile][] = [];
	const kept = index.shards.filter((p) => !letters.has(letterOf(p)));
	const prefixes = [...kept];
	for (const letter of letters) {
		const lists = new Map<string, number[]>();
		const paged = new Set<string>();
		/** The published files of the paged words the new articles hold. */
		const before = new Map<string, PostingsFile[]>();
		const old = index.shards.filter((p) => letterOf(p) === letter);
		for (const prefix of old) {
			const shard = search.shard(shardFile(prefix));
			if (!shard) return `term shard ${shardFile(prefix)} is missing`;
			for (const entry of shard.terms) {
				const word = entry[0];
				const fresh = added.get(word);
				if (isPaged(entry) && !fresh) paged.add(word);
				else if (isPaged(entry)) {
					const name = postingsName(word);
					const list = publishedList(search, name);
					if (typeof list === 'string') return list;
					const head = search.postings(name, 'head') as PostingsHead;
					before.set(name, ['head', ...head.numbers]);
					lists.set(word, list);
				} else lists.set(word, decode(entry[2]));
			}
		}
		for (const [word, fresh] of added) {
			if (letterOf(word) !== letter) continue;
			const list = lists.get(word) ?? [];
			if (list.length && fresh.length && fresh[0]! <= list.at(-1)!)
				return `a new position of "${word}" is not after its published ones`;
			lists.set(word, [...list, ...fresh]);
		}
		const terms = termFiles(lists, {
			page: index.page,
			inline: index.inline,
			keyBits: index.keyBits,
			previous: search.previous,
			paged
		});
		for (const prefix of terms.prefixes) {
			const file = shardFile(prefix);
			const text = JSON.stringify(terms.shard(file));
			const held = search.shard(file);
			if (!held || JSON.stringify(held) !== text) files.set(`data/search/terms/${file}.json`, text);
			prefixes.push(prefix);
		}
		for (const prefix of old)
			if (!terms.prefixes.includes(prefix)) removed.push(`data/search/terms/${shardFile(prefix)}.json`);
		const now = new Map<string, Set<PostingsFile>>();
		for (const [name, file] of terms.pages()) {
			pages.push([name, file]);
			const set = now.get(name) ?? new Set<PostingsFile>();
			set.add(file);
			now.set(name, set);
			const text = JSON.stringify(terms.postings(name, file));
			const held = before.has(name) ? search.postings(name, file) : undefined;
			if (!held || JSON.stringify(held) !== text)
				files.set(`data/search/postings/${name}/${file}.json`, text);
		}
		for (const [name, list] of before)
			for (const file of list)
				if (!now.get(name)?.has(file)) removed.push(`data/search/postings/${name}/${file}.json`);
	}
	prefixes.sort();
	const next: SearchManifest = { ...index, articles, shards: prefixes };
	files.set('data/search/index.json', JSON.stringify(next));
	return { files, removed, index: next, pages };
}
