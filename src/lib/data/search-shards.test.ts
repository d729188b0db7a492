import { describe, expect, it } from 'vitest';
import type { PublishedArticle } from './dataset';
import { deltaDecode } from './delta';
import { sentenceSpans } from './excerpt';
import {
	buildSearchShards,
	docSentences,
	outletTerm,
	shardFile,
	shardOf,
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

	it('pages a frequent word, newest first, and splits a large shard by prefix', () => {
		const many = Array.from({ length: 25 }, (_, i) =>
			article(`b${String(i).padStart(2, '0')}`, `Shelling near Saraqeb, day ${i}. Word${i}x stays rare.`)
		);
		const big = buildSearchShards(many, { inline: 4, page: 10, shardBytes: 200 });
		const shelling = entry(big, 'shelling');
		// Its newest SEARCH_NEWEST (8) positions, 17 to 24, are kept in the shard too, delta-coded.
		expect(shelling).toEqual(['shelling', 25, 3, [17, 1, 1, 1, 1, 1, 1, 1]]);
		const prefix = shardOf(big.manifest.shards, 'shelling')!;
		// The 25 rare words of "w" outgrow a shard and are split by their next letters.
		expect(shardOf(big.manifest.shards, 'word3x')!.length).toBeGreaterThan(1);
		const term = big.shard(shardFile(prefix))!.terms.findIndex((t) => t[0] === 'shelling');
		const page = (n: number) => {
			const deltas = big.postings(shardFile(prefix), term, n)!.positions;
			return [...deltaDecode(deltas, new Int32Array(deltas.length))];
		};
		expect(page(0)).toEqual([15, 16, 17, 18, 19, 20, 21, 22, 23, 24]);
		expect(page(2)).toEqual([0, 1, 2, 3, 4]);
		expect(big.postings(shardFile(prefix), term, 3)).toBeUndefined();
		expect(big.pages().filter(([file, t]) => file === shardFile(prefix) && t === term)).toHaveLength(3);
		// Every word is in exactly the shard its longest prefix names.
		for (const p of big.manifest.shards)
			for (const [word] of big.shard(shardFile(p))!.terms) expect(shardOf(big.manifest.shards, word)).toBe(p);
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
