/**
 * The search index's term shards, postings files and `index.json` that a build adding articles
 * writes. Shards are cut a first letter at a time (`termFiles`), so only the first letters of the new
 * articles' words are cut again, from the published shards of those letters: a rare word's entry
 * carries its positions, and a word kept in postings files has its head read and added to
 * (`addedPostings`), its sealed pages left as they are. The words of those letters the new articles do
 * not hold keep their files. What this reads is those letters' shards and the heads of the words the
 * new articles hold (each at most 2 × `page` − 1 positions), not the articles before.
 */
import { deltaEncode } from './delta';
import { sealedPages } from './explorer-data';
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
	/** The postings files written for the words the new articles hold, as `[folder name, file]`. */
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
 * A paged word's postings files after its new positions `fresh` (ascending, after every published
 * one), from its published head alone: the new positions fall after every sealed page's span, so the
 * sealed pages stay as they are (the split rule keeps their spans) and the head's entries with the new
 * ones are cut as the full cut cuts a head (`cutBySpans`): pages of `size` sealed from its oldest,
 * numbered after the others, until 2 × size − 1 or fewer are left. Gives the head and the new sealed
 * pages, or why the head cannot be added to.
 */
export function addedPostings(
	head: PostingsHead,
	fresh: readonly number[],
	size: number
): Map<PostingsFile, PostingsPage | PostingsHead> | string {
	if (!Array.isArray(head.numbers) || !Array.isArray(head.positions) || !Array.isArray(head.pages))
		return 'a postings head of another form';
	const first = decode(head.pages);
	const tail = [...decode(head.positions), ...fresh];
	if (first.length !== head.numbers.length + 1 || !head.positions.length || tail[0] !== first.at(-1))
		return 'a postings head whose table does not hold it';
	const last = tail[head.positions.length - 1]!;
	if (fresh.length && fresh[0]! <= last) return 'a new position is not after the published ones';
	let next = head.numbers.length ? Math.max(...head.numbers) + 1 : 0;
	const files = new Map<PostingsFile, PostingsPage | PostingsHead>();
	const numbers = [...head.numbers];
	const firsts = first.slice(0, -1);
	const sealed = sealedPages(tail.length, size);
	for (let i = 0; i < sealed; i++) {
		const page = next++;
		const list = tail.slice(i * size, (i + 1) * size);
		files.set(page, { positions: deltaEncode(list) });
		numbers.push(page);
		firsts.push(list[0]!);
	}
	const rest = tail.slice(sealed * size);
	firsts.push(rest[0]!);
	files.set('head', {
		positions: deltaEncode(rest),
		pages: deltaEncode(firsts),
		numbers,
		count: head.count + fresh.length
	});
	return files;
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
	/** The published term shards read, by file: each is read once. */
	const shards = new Map<string, TermShard | undefined>();
	const shardOf = (file: string) => {
		if (!shards.has(file)) shards.set(file, search.shard(file));
		return shards.get(file);
	};
	for (const letter of letters) {
		const lists = new Map<string, number[]>();
		const paged = new Set<string>();
		const old = index.shards.filter((p) => letterOf(p) === letter);
		for (const prefix of old) {
			const shard = shardOf(shardFile(prefix));
			if (!shard) return `term shard ${shardFile(prefix)} is missing`;
			for (const entry of shard.terms) {
				const word = entry[0];
				const fresh = added.get(word);
				if (isPaged(entry)) {
					paged.add(word);
					if (!fresh) continue;
					const name = postingsName(word);
					const head = search.postings(name, 'head') as PostingsHead | undefined;
					if (!head) return `the postings head of ${name} is missing`;
					const made = addedPostings(head, fresh, index.page);
					if (typeof made === 'string') return `${name}: ${made}`;
					for (const [file, value] of made) {
						files.set(`data/search/postings/${name}/${file}.json`, JSON.stringify(value));
						pages.push([name, file]);
					}
				} else lists.set(word, decode(entry[2]));
			}
		}
		for (const [word, fresh] of added) {
			if (letterOf(word) !== letter || paged.has(word)) continue;
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
			const held = shardOf(file);
			if (!held || JSON.stringify(held) !== text) files.set(`data/search/terms/${file}.json`, text);
			prefixes.push(prefix);
		}
		for (const prefix of old)
			if (!terms.prefixes.includes(prefix)) removed.push(`data/search/terms/${shardFile(prefix)}.json`);
		// The words that pass `inline` with the new articles: their postings files are all new.
		for (const [name, file] of terms.pages()) {
			pages.push([name, file]);
			files.set(`data/search/postings/${name}/${file}.json`, JSON.stringify(terms.postings(name, file)));
		}
	}
	prefixes.sort();
	const next: SearchManifest = { ...index, articles, shards: prefixes };
	files.set('data/search/index.json', JSON.stringify(next));
	return { files, removed, index: next, pages };
}
