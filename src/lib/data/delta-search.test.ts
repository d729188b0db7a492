import { describe, expect, it } from 'vitest';
import { addedSearch } from './delta-search';
import { previousCut } from './page-cut';
import {
	shardFile,
	termFiles,
	type PostingsFile,
	type PostingsHead,
	type SearchManifest,
	type TermShard
} from './search-shards';

/** A cut small enough that a few positions seal pages at this size (shards as the build cuts them). */
const CUT = { page: 4, inline: 3, keyBits: 2 };

/** Every file `termFiles` makes of `lists`, by path under `data/search/`, keeping `before`'s cuts. */
function publish(lists: Map<string, number[]>, before?: Map<string, string>): Map<string, string> {
	const previous = (name: string) => {
		const head = before?.get(`postings/${name}/head.json`);
		if (!head) return undefined;
		const h = JSON.parse(head) as PostingsHead;
		return previousCut({ keyBits: CUT.keyBits, first: h.pages, pages: h.numbers });
	};
	const terms = termFiles(lists, { ...CUT, previous });
	const files = new Map<string, string>();
	for (const prefix of terms.prefixes)
		files.set(`terms/${shardFile(prefix)}.json`, JSON.stringify(terms.shard(shardFile(prefix))));
	for (const [name, file] of terms.pages())
		files.set(`postings/${name}/${file}.json`, JSON.stringify(terms.postings(name, file)));
	const index: SearchManifest = {
		version: 5,
		articles: 0,
		keyBits: CUT.keyBits,
		docBits: 2,
		page: CUT.page,
		inline: CUT.inline,
		shards: terms.prefixes
	};
	files.set('index.json', JSON.stringify(index));
	return files;
}

/** Words of two first letters in some of the articles (keys 4 apart); `b`'s only in the first 40. */
function corpus(articles: number): Map<string, number[]> {
	const lists = new Map<string, number[]>();
	for (let a = 0; a < articles; a++) {
		const words = ['the', 'tank', `t${a % 7}`, `taxi${a % 13}`, ...(a < 40 ? ['bread', `b${a % 3}`] : [])];
		for (const w of words) {
			const list = lists.get(w) ?? [];
			list.push(a * 4);
			lists.set(w, list);
		}
	}
	return lists;
}

describe('addedSearch', () => {
	it('gives the files of the new words’ first letters as the full cut does, keeping spans', () => {
		const old = corpus(40);
		const before = publish(old);
		const all = corpus(46);
		// A word new with the added articles, and one that passes `inline` with them.
		all.set('tzar', [44 * 4, 45 * 4]);
		const added = new Map<string, number[]>();
		for (const [w, list] of all) {
			const fresh = list.filter((k) => k >= 40 * 4);
			if (fresh.length) added.set(w, fresh);
		}
		const index = JSON.parse(before.get('index.json')!) as SearchManifest;
		const result = addedSearch(
			{
				index,
				shard: (file) => JSON.parse(before.get(`terms/${file}.json`) ?? 'null') ?? undefined,
				postings: (name, file: PostingsFile) =>
					JSON.parse(before.get(`postings/${name}/${file}.json`) ?? 'null') ?? undefined,
				previous: (name) => {
					const head = before.get(`postings/${name}/head.json`);
					if (!head) return undefined;
					const h = JSON.parse(head) as PostingsHead;
					return previousCut({ keyBits: CUT.keyBits, first: h.pages, pages: h.numbers });
				}
			},
			added,
			46
		);
		if (typeof result === 'string') throw new Error(result);
		const whole = publish(all, before);
		whole.set('index.json', JSON.stringify({ ...JSON.parse(whole.get('index.json')!), articles: 46 }));
		const after = new Map(before);
		for (const rel of result.removed) after.delete(rel.replace('data/search/', ''));
		for (const [rel, text] of result.files) after.set(rel.replace('data/search/', ''), text);
		expect([...after.keys()].sort()).toEqual([...whole.keys()].sort());
		for (const [rel, text] of whole) expect(after.get(rel), rel).toBe(text);
		// Only what changed is given, a sealed page among it; `b`'s shard and postings are left alone.
		for (const [rel, text] of result.files)
			expect(before.get(rel.replace('data/search/', '')), rel).not.toBe(text);
		expect([...result.files.keys()].filter((rel) => rel.includes('/b'))).toEqual([]);
		expect([...result.files.keys()].some((rel) => /postings\/[^/]+\/\d+\.json$/.test(rel))).toBe(true);
	});

	it('refuses a new position before a published one and a missing shard', () => {
		const before = publish(corpus(10));
		const index = JSON.parse(before.get('index.json')!) as SearchManifest;
		const search = {
			index,
			shard: (file: string) =>
				(JSON.parse(before.get(`terms/${file}.json`) ?? 'null') ?? undefined) as TermShard | undefined,
			postings: (name: string, file: PostingsFile) =>
				JSON.parse(before.get(`postings/${name}/${file}.json`) ?? 'null') ?? undefined,
			previous: () => undefined
		};
		expect(addedSearch(search, new Map([['bread', [0]]]), 11)).toMatch(/is not after/);
		expect(addedSearch({ ...search, shard: () => undefined }, new Map([['bread', [99]]]), 11)).toMatch(
			/term shard .* is missing/
		);
	});
});
