import { describe, expect, it } from 'vitest';
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
	const shards = buildSearchShards(articles, { docChunk: 2 });

	it('indexes folded whole words with the positions of the articles holding them', () => {
		expect(entry(shards, 'tanks')).toEqual(['tanks', 2, [1, 1]]);
		expect(entry(shards, 'saraqib')).toEqual(['saraqib', 1, [0]]);
		expect(entry(shards, 'report')).toEqual(['report', 3, [0, 1, 1]]);
	});

	it('has no entry for a word in no article, not even a prefix of one', () => {
		expect(entry(shards, 'tank')).toBeUndefined();
		expect(entry(shards, 'zebra')).toBeUndefined();
		expect(shardOf(shards.manifest.shards, 'xylophone')).toBeUndefined();
	});

	it('publishes each article once in a docs file, with its sentences', () => {
		expect(shards.docChunks).toBe(2);
		expect(shards.docs(1)).toEqual({
			chunk: 1,
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
		expect(shards.docs(2)).toBeUndefined();
		expect(shards.docs(-1)).toBeUndefined();
	});

	it('pages a frequent word from the oldest end, and splits a large shard by prefix', () => {
		const many = Array.from({ length: 25 }, (_, i) =>
			article(`b${String(i).padStart(2, '0')}`, `Shelling near Saraqeb, day ${i}. Word${i}x stays rare.`)
		);
		const big = buildSearchShards(many, { inline: 4, page: 10, shardBytes: 200 });
		// In more than `inline` articles: the shard has the word alone, its head the rest.
		expect(entry(big, 'shelling')).toEqual(['shelling']);
		expect(entry(big, 'word3x')).toEqual(['word3x', 1, [3]]);
		expect(big.manifest).toMatchObject({ version: 3, page: 10, inline: 4 });
		// The 25 rare words of "w" outgrow a shard and are split by their next letters.
		expect(shardOf(big.manifest.shards, 'word3x')!.length).toBeGreaterThan(1);
		const decode = (deltas: number[]) => [...deltaDecode(deltas, new Int32Array(deltas.length))];
		// Sealed page 0 is the 10 oldest; the head the 15 newest (10 to 19 of them), with every
		// file's first position.
		expect(decode((big.postings('shelling', 0) as PostingsPage).positions)).toEqual([
			0, 1, 2, 3, 4, 5, 6, 7, 8, 9
		]);
		const head = big.postings('shelling', 'head') as PostingsHead;
		expect(decode(head.positions)).toEqual([10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24]);
		expect(decode(head.pages)).toEqual([0, 10]);
		expect(headArticles(head, 10)).toBe(25);
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
		const day = (i: number) => `2020-01-${String(1 + (i % 28)).padStart(2, '0')}`;
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
		expect(deltaDecode(head.pages, new Int32Array(7))).toEqual(Int32Array.from([0, 10, 20, 30, 40, 50, 60]));
		expect(head.positions).toHaveLength(10);
	});

	it('leaves a term shard as it was when newer articles hold only its frequent words', () => {
		const day = (i: number) => `2020-03-${String(1 + (i % 28)).padStart(2, '0')}`;
		const body = (i: number) =>
			i === 2 ? 'Shelling and a barrage near Sarmin.' : `Shelling near Sarmin${i >= 42 ? ', again' : ''}.`;
		// One title for all, so that no article brings a word of its own but "again".
		const make = (n: number) =>
			Array.from({ length: n }, (_, i) => ({
				...article(`s${String(i).padStart(3, '0')}`, body(i), day(i)),
				title: 'Report'
			}));
		const cut = { inline: 4, page: 10, shardBytes: 60 };
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
		expect(headArticles(head(before), 10)).toBe(30);
		expect(headArticles(head(after), 10)).toBe(45);
		// "barrage" (rare, in an old article only) is unchanged; "again" is a new word.
		expect(file(after, 'barrage')).toBe(file(before, 'barrage'));
		expect(entry(before, 'again')).toBeUndefined();
		expect(entry(after, 'again')).toEqual(['again', 3, [42, 1, 1]]);
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

	it('index each article under its outlet’s id, a term no word of a text can be', () => {
		const shards = buildSearchShards(articles, {}, ['reuters', 'anadolu', 'reuters']);
		expect(outletTerm('reuters')).toBe('~reuters');
		expect(entry(shards, '~reuters')).toEqual(['~reuters', 2, [0, 2]]);
		expect(entry(shards, '~anadolu')).toEqual(['~anadolu', 1, [1]]);
		// A word is folded letters and digits: no text makes a term with the outlet's mark.
		expect(shards.manifest.shards.filter((p) => p.startsWith('~'))).toEqual(['~']);
		expect(shardFile('~')).toBe('_7e_');
	});

	it('take the explorer’s outlet ids when given none: a slug of each outlet as written', () => {
		const shards = buildSearchShards(articles);
		expect(entry(shards, '~reuters')).toEqual(['~reuters', 2, [0, 2]]);
		expect(entry(shards, '~anadolu-agency')).toEqual(['~anadolu-agency', 1, [1]]);
	});

	it('refuse outlet ids that do not match the articles', () => {
		expect(() => buildSearchShards(articles, {}, ['reuters'])).toThrow(/3 articles/);
	});
});
