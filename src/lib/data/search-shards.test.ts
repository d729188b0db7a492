import { describe, expect, it } from 'vitest';
import { dayNumber } from '../core/dates';
import { articleKey, articleKeys } from './article-keys';
import type { PublishedArticle } from './dataset';
import { deltaDecode } from './delta';
import { sentenceSpans } from './excerpt';
import { sealedPages } from './explorer-data';
import {
	buildSearchShards,
	docSentences,
	headArticles,
	outletTerm,
	postingsName,
	postingsPath,
	shardFile,
	shardOf,
	termFiles,
	type PostingsHead,
	type PostingsPage,
	type TermEntry
} from './search-shards';

const article = (id: string, body: string, published = '2020-02-07'): PublishedArticle => ({
	id,
	title: `Report ${id}`,
	outlet: 'Test',
	published,
	datePrecision: 'day',
	body,
	mentions: []
});

function entry(shards: ReturnType<typeof buildSearchShards>, word: string): TermEntry | undefined {
	const prefix = shardOf(shards.manifest.shards, word);
	if (prefix === undefined) return undefined;
	return shards.shard(shardFile(prefix))?.terms.find((t) => t[0] === word);
}

describe('sentenceSpans', () => {
	it('cuts paragraphs and sentences and leaves out a heading marker', () => {
		const body = '## Talks in Astana\nTroops moved. The U.S. said so.\n\nSaraqeb fell.';
		expect(sentenceSpans(body).map((s) => body.slice(s.start, s.end))).toEqual([
			'Talks in Astana',
			'Troops moved.',
			'The U.S. said so.',
			'Saraqeb fell.'
		]);
		expect(docSentences('One  line\twith gaps.')).toEqual(['One line with gaps.']);
	});
});

describe('buildSearchShards', () => {
	const articles = [
		article('a0', 'Convoys reached Sarāqib on the M5.'),
		article('a1', 'Ankara sent about 20 tanks to Hatay.'),
		article('a2', 'The convoy of tanks stopped near Taftanaz.')
	];
	const shards = buildSearchShards(articles, { docBits: 1 });
	/** Three articles of one day: two bits of rank, so the keys are day × 4 + 0, 1 and 2. */
	const day = dayNumber('2020-02-07');
	const key = (rank: number) => articleKey(day, rank, 2);

	it('indexes folded whole words with the keys of the articles holding them', () => {
		expect(shards.manifest).toMatchObject({ articles: 3, keyBits: 2, docBits: 1 });
		expect(entry(shards, 'tanks')).toEqual(['tanks', 2, [key(1), 1]]);
		expect(entry(shards, 'saraqib')).toEqual(['saraqib', 1, [key(0)]]);
		expect(entry(shards, 'report')).toEqual(['report', 3, [key(0), 1, 1]]);
	});

	it('has no entry for a word in no article, not even a prefix of one', () => {
		expect(entry(shards, 'tank')).toBeUndefined();
		expect(entry(shards, 'zebra')).toBeUndefined();
		expect(shardOf(shards.manifest.shards, 'xylophone')).toBeUndefined();
	});

	it('publishes each article once in a docs file, with its sentences', () => {
		// Key ÷ 2 (docBits 1): the first two in one file, the third in the next.
		expect(shards.docFiles).toEqual([day * 2, day * 2 + 1]);
		expect(shards.docs(day * 2)!.articles.map((a) => a.id)).toEqual(['a0', 'a1']);
		expect(shards.docs(day * 2 + 1)).toEqual({
			chunk: day * 2 + 1,
			articles: [
				{
					id: 'a2',
					title: 'Report a2',
					outlet: 'Test',
					date: '2020-02-07',
					sentences: ['The convoy of tanks stopped near Taftanaz.']
				}
			]
		});
		expect(shards.docs(day * 2 + 2)).toBeUndefined();
		expect(shards.docs(1)).toBeUndefined();
	});

	it('pages a frequent word from the oldest end, and splits a large shard by prefix', () => {
		const many = Array.from({ length: 25 }, (_, i) =>
			article(`b${String(i).padStart(2, '0')}`, `Shelling near Saraqeb, day ${i}. Word${i}x stays rare.`)
		);
		const big = buildSearchShards(many, { inline: 4, page: 10, shardBytes: 200 });
		const { keys } = articleKeys(many);
		// In more than `inline` articles: the shard has the word alone, its head the rest.
		expect(entry(big, 'shelling')).toEqual(['shelling']);
		expect(entry(big, 'word3x')).toEqual(['word3x', 1, [keys[3]]]);
		expect(big.manifest).toMatchObject({ version: 5, page: 10, inline: 4, keyBits: 5 });
		// The 25 rare words of "w" outgrow a shard and are split by their next letters.
		expect(shardOf(big.manifest.shards, 'word3x')!.length).toBeGreaterThan(1);
		const decode = (deltas: number[]) => [...deltaDecode(deltas, new Int32Array(deltas.length))];
		// Sealed page 0 is the 10 oldest; the head the 15 newest (10 to 19 of them), with every
		// file's first position.
		expect(decode((big.postings('shelling', 0) as PostingsPage).positions)).toEqual(keys.slice(0, 10));
		const head = big.postings('shelling', 'head') as PostingsHead;
		expect(decode(head.positions)).toEqual(keys.slice(10));
		expect(decode(head.pages)).toEqual([keys[0], keys[10]]);
		expect(headArticles(head)).toBe(25);
		expect(big.postings('shelling', 1)).toBeUndefined();
		expect(big.postings('saraqeb', 'head')).toBeDefined();
		expect(big.postings('word3x', 'head')).toBeUndefined();
		expect(big.pages().filter(([name]) => name === 'shelling')).toEqual([
			['shelling', 'head'],
			['shelling', 0]
		]);
		// Every word is in exactly the shard its longest prefix names.
		for (const p of big.manifest.shards)
			for (const [word] of big.shard(shardFile(p))!.terms) expect(shardOf(big.manifest.shards, word)).toBe(p);
	});

	it('leaves a word’s sealed pages as they were when newer articles are added', () => {
		// Three articles a day, in the published order.
		const day = (i: number) => `2020-01-${String(1 + Math.floor(i / 3)).padStart(2, '0')}`;
		const make = (n: number) =>
			Array.from({ length: n }, (_, i) =>
				article(`c${String(i).padStart(3, '0')}`, 'Shelling today.', day(i))
			);
		const cut = { inline: 4, page: 10 };
		const before = buildSearchShards(make(57), cut);
		const after = buildSearchShards(make(57).concat(make(70).slice(57)), cut);
		expect(sealedPages(57, 10)).toBe(4);
		expect(sealedPages(70, 10)).toBe(6);
		for (let n = 0; n < 4; n++)
			expect(JSON.stringify(after.postings('shelling', n))).toBe(
				JSON.stringify(before.postings('shelling', n))
			);
		// The head changed and sealed two more pages; every file's first position is in its table.
		const head = after.postings('shelling', 'head') as PostingsHead;
		const { keys } = articleKeys(make(70));
		expect(deltaDecode(head.pages, new Int32Array(7))).toEqual(
			Int32Array.from([0, 10, 20, 30, 40, 50, 60].map((i) => keys[i]!))
		);
		expect(head.positions).toHaveLength(10);
	});

	it('leaves a term shard as it was when newer articles hold only its frequent words', () => {
		const day = (i: number) => `2020-03-${String(1 + Math.floor(i / 2)).padStart(2, '0')}`;
		const body = (i: number) =>
			i === 2 ? 'Shelling and a barrage near Sarmin.' : `Shelling near Sarmin${i >= 42 ? ', again' : ''}.`;
		// One title for all, so that no article brings a word of its own but "again".
		const make = (n: number) =>
			Array.from({ length: n }, (_, i) => ({
				...article(`s${String(i).padStart(3, '0')}`, body(i), day(i)),
				title: 'Report'
			}));
		const cut = { inline: 4, page: 10, shardBytes: 120 };
		const before = buildSearchShards(make(30), cut);
		const after = buildSearchShards(make(45), cut);
		const file = (shards: typeof before, word: string) =>
			JSON.stringify(shards.shard(shardFile(shardOf(shards.manifest.shards, word)!)));
		expect(after.manifest.shards).toEqual(before.manifest.shards);
		// "shelling", "near", "sarmin" and "report" are in every article: their entries are the word
		// alone, so their shards are the same to the byte; their heads took the new positions.
		for (const word of ['shelling', 'near', 'sarmin', 'report']) {
			expect(entry(after, word)).toEqual([word]);
			expect(file(after, word)).toBe(file(before, word));
		}
		const head = (shards: typeof before) => shards.postings('shelling', 'head') as PostingsHead;
		expect(headArticles(head(before))).toBe(30);
		expect(headArticles(head(after))).toBe(45);
		// "barrage" (rare, in an old article only) is unchanged; "again" is a new word.
		expect(file(after, 'barrage')).toBe(file(before, 'barrage'));
		expect(entry(before, 'again')).toBeUndefined();
		const { keys } = articleKeys(make(45));
		// 42 and 43 share a day (ranks 0 and 1), 44 is the next day's first: keys one apart each.
		expect(entry(after, 'again')).toEqual(['again', 3, [keys[42], 1, 1]]);
	});

	it('leaves the postings and docs of other days as they were when an article is dated among the others', () => {
		// Two articles a day over ten days (three on the last), then one more dated on the third day,
		// whose id sorts after that day's two: no other article's key moves.
		const days = Array.from({ length: 21 }, (_, i) =>
			article(
				`d${String(i).padStart(2, '0')}`,
				'Shelling today.',
				`2020-04-${String(1 + Math.min(9, i >> 1)).padStart(2, '0')}`
			)
		);
		const late = article('d99', 'Shelling today, and a ceasefire.', '2020-04-03');
		const cut = { inline: 4, page: 5, docBits: 1 };
		const before = buildSearchShards(days, cut);
		const after = buildSearchShards([...days.slice(0, 6), late, ...days.slice(6)], cut);
		expect(before.manifest.keyBits).toBe(2);
		expect(after.manifest.keyBits).toBe(2);
		const kept = articleKeys(days).keys;
		const added = articleKeys([...days.slice(0, 6), late, ...days.slice(6)]).keys;
		expect(added.filter((_, i) => i !== 6)).toEqual(kept);
		expect(added[6]).toBe(articleKey(dayNumber('2020-04-03'), 2, 2));
		// Only the sealed page whose span holds the new key changed, and the pages after it shifted:
		// that is the page-cutting rule's, not the keys'. The docs files of other days are the same.
		for (const chunk of before.docFiles)
			if (chunk >> 1 !== dayNumber('2020-04-03'))
				expect(JSON.stringify(after.docs(chunk))).toBe(JSON.stringify(before.docs(chunk)));
		expect(after.docs(articleKey(dayNumber('2020-04-03'), 2, 2) >> 1)!.articles.map((a) => a.id)).toEqual([
			'd99'
		]);
	});

	it('names a word’s postings folder as a shard file, and a very long one by a hash', () => {
		expect(postingsName('shelling')).toBe('shelling');
		expect(postingsName('~al-watan')).toBe('_7e_al_2d_watan');
		const long = 'ح'.repeat(30);
		expect(postingsName(long)).toMatch(/^(_62d_){16}-[0-9a-f]{8}$/);
		expect(postingsName(long)).not.toBe(postingsName('ح'.repeat(31)));
		expect(postingsPath('shelling', 'head')).toBe('/data/search/postings/shelling/head.json');
		expect(postingsPath('shelling', 3)).toBe('/data/search/postings/shelling/3.json');
	});

	it('names a shard file safely whatever the letters of its prefix', () => {
		expect(shardFile('sa')).toBe('sa');
		expect(shardFile('ح')).toBe('_62d_');
		expect(shardFile('é/')).toBe('_e9__2f_');
	});
});

describe('outlet postings', () => {
	const articles = [
		{ ...article('o0', 'Tanks.'), outlet: 'Reuters' },
		{ ...article('o1', 'Tanks.'), outlet: 'Anadolu Agency' },
		{ ...article('o2', 'Tanks.'), outlet: 'Reuters' }
	];
	const { keys } = articleKeys(articles);

	it('index each article under its outlet’s id, a term no word of a text can be', () => {
		const shards = buildSearchShards(articles, {}, ['reuters', 'anadolu', 'reuters']);
		expect(outletTerm('reuters')).toBe('~reuters');
		expect(entry(shards, '~reuters')).toEqual(['~reuters', 2, [keys[0], 2]]);
		expect(entry(shards, '~anadolu')).toEqual(['~anadolu', 1, [keys[1]]]);
		// A word is folded letters and digits: no text makes a term with the outlet's mark.
		expect(shards.manifest.shards.filter((p) => p.startsWith('~'))).toEqual(['~']);
		expect(shardFile('~')).toBe('_7e_');
	});

	it('take the explorer’s outlet ids when given none: a slug of each outlet as written', () => {
		const shards = buildSearchShards(articles);
		expect(entry(shards, '~reuters')).toEqual(['~reuters', 2, [keys[0], 2]]);
		expect(entry(shards, '~anadolu-agency')).toEqual(['~anadolu-agency', 1, [keys[1]]]);
	});

	it('refuse outlet ids that do not match the articles', () => {
		expect(() => buildSearchShards(articles, {}, ['reuters'])).toThrow(/3 articles/);
	});
});

describe('termFiles with the previous generation’s postings', () => {
	const decode = (deltas: number[]) => [...deltaDecode(deltas, new Int32Array(deltas.length))];
	it('puts back-dated positions into the sealed page whose span holds them, splitting it past 2 × page', () => {
		const cut = { inline: 2, page: 4, shardBytes: 1000 };
		// "tank" in articles of keys 0, 10, …, 150: pages 0 (0–30), 1 (40–70), 2 (80–110), head 120–150.
		const before = termFiles(new Map([['tank', Array.from({ length: 16 }, (_, i) => i * 10)]]), cut);
		const head = before.postings('tank', 'head') as PostingsHead;
		expect(head.numbers).toEqual([0, 1, 2]);
		expect(head.count).toBe(16);
		const previous = { bits: 0, first: decode(head.pages), pages: head.numbers };
		// Five back-dated articles between 40 and 70: page 1 holds 9, past 8, and splits into 3 and 4.
		const added = [41, 42, 43, 44, 45];
		const list = [...Array.from({ length: 16 }, (_, i) => i * 10), ...added].sort((a, b) => a - b);
		const after = termFiles(new Map([['tank', list]]), { ...cut, previous: () => previous });
		const next = after.postings('tank', 'head') as PostingsHead;
		expect(next.numbers).toEqual([0, 3, 4, 2]);
		expect(next.count).toBe(21);
		expect(after.postings('tank', 0)).toEqual(before.postings('tank', 0));
		expect(after.postings('tank', 2)).toEqual(before.postings('tank', 2));
		expect(after.postings('tank', 1)).toBeUndefined();
		expect(decode((after.postings('tank', 3) as PostingsPage).positions)).toEqual([40, 41, 42, 43]);
		expect(after.pages().map(([, file]) => file)).toEqual(['head', 0, 3, 4, 2]);
	});
});
