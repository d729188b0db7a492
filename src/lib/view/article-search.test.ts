import { describe, expect, it } from 'vitest';
import type { PublishedArticle } from '../data/dataset';
import { articleKeys } from '../data/article-keys';
import { buildSearchShards, type SearchCut, type SearchShards } from '../data/search-shards';
import { ArticleSearcher, matchingSentence, textFragment } from './article-search';

const article = (id: string, body: string, published = '2020-02-07'): PublishedArticle => ({
	id,
	title: `Report ${id}`,
	outlet: 'Test',
	published,
	datePrecision: 'day',
	body,
	mentions: []
});

/**
 * A searcher reading the index straight from the build's functions, by the paths the page fetches,
 * with the articles' keys: `order` gives the hits' indexes in `articles` (their positions are keys),
 * and `docsOf` the docs file of the article at an index.
 */
function searcher(articles: PublishedArticle[], cut: Partial<SearchCut> = {}, { version = 0 } = {}) {
	const shards: SearchShards = buildSearchShards(articles, cut);
	const { keys } = articleKeys(articles);
	const fetchJson = async (path: string): Promise<unknown> => {
		let m: RegExpMatchArray | null;
		let file: unknown;
		if (path === '/data/search/index.json')
			file = version ? { ...shards.manifest, version } : shards.manifest;
		else if ((m = path.match(/^\/data\/search\/terms\/([^/]+)\.json$/))) file = shards.shard(m[1]!);
		else if ((m = path.match(/^\/data\/search\/postings\/([^/]+)\/(head|\d+)\.json$/)))
			file = shards.postings(m[1]!, m[2] === 'head' ? 'head' : Number(m[2]));
		else if ((m = path.match(/^\/data\/search\/docs\/(\d+)\.json$/))) file = shards.docs(Number(m[1]));
		if (file === undefined) throw new Error(`${path}: HTTP 404`);
		return JSON.parse(JSON.stringify(file));
	};
	return Object.assign(new ArticleSearcher(fetchJson), {
		keys,
		order: (hits: readonly { position: number }[]) => hits.map((h) => keys.indexOf(h.position)),
		docsOf: (i: number) => `/data/search/docs/${keys[i]! >> shards.manifest.docBits}.json`
	});
}

const corpus = [
	article('a0', 'Convoys reached Sarāqib on the M5. Nothing else happened.', '2019-05-01'),
	article('a1', 'Ankara sent about 20 tanks to Hatay. The border was quiet.', '2020-02-07'),
	article('a2', 'The convoy stopped. A column of tanks and a convoy waited near Taftanaz.', '2020-02-09')
];

describe('ArticleSearcher', () => {
	it('finds no article for a word in no article, without fetching any article', async () => {
		const s = searcher(corpus);
		expect(await s.search('helicopters', { limit: 8 })).toEqual({
			hits: [],
			total: 0,
			exact: true,
			complete: true
		});
		expect(await s.search('tanks helicopters', { limit: 8 })).toMatchObject({ hits: [] });
		// "tank" is not "tanks": whole words only, so a near word finds nothing either.
		expect((await s.search('tank', { limit: 8 })).hits).toEqual([]);
		expect(s.fetched.filter((p) => p.includes('/docs/'))).toEqual([]);
	});

	it('lists the articles holding every word, newest first, each with its marked sentence', async () => {
		const s = searcher(corpus);
		const tanks = await s.search('TANKS', { limit: 8 });
		expect(tanks.hits.map((h) => h.id)).toEqual(['a2', 'a1']);
		expect(tanks).toMatchObject({ total: 2, exact: true, complete: true });
		expect(tanks.hits[1]).toMatchObject({
			position: s.keys[1],
			title: 'Report a1',
			outlet: 'Test',
			date: '2020-02-07',
			sentence: [{ text: 'Ankara sent about 20 ' }, { text: 'tanks', mark: true }, { text: ' to Hatay.' }],
			fragment: '#:~:text=Ankara%20sent%20about%2020%20tanks%20to%20Hatay.'
		});
		const both = await s.search('convoy tanks', { limit: 8 });
		expect(both.hits.map((h) => h.id)).toEqual(['a2']);
		expect(both.hits[0]!.sentence.filter((r) => r.mark).map((r) => r.text)).toEqual(['tanks', 'convoy']);
		expect((await s.search('saraqib', { limit: 8 })).hits.map((h) => h.id)).toEqual(['a0']);
	});

	it('leaves out the outlets the filter leaves out before taking the limit, reading no docs file for them', async () => {
		const many = Array.from({ length: 12 }, (_, i) => ({
			...article(`b${String(i).padStart(2, '0')}`, 'Tanks moved.'),
			outlet: i % 2 ? 'Odd Wire' : 'Even Post'
		}));
		const s = searcher(many, { docBits: 1 });
		expect(s.order((await s.search('tanks', { limit: 8 })).hits)).toEqual([11, 10, 9, 8, 7, 6, 5, 4]);
		const odd = searcher(many, { docBits: 0 });
		const answer = await odd.search('tanks', { limit: 8, outlets: ['odd-wire'] });
		expect(odd.order(answer.hits)).toEqual([11, 9, 7, 5, 3, 1]);
		expect(answer.hits.every((h) => h.outlet === 'Odd Wire')).toBe(true);
		expect(answer.exact).toBe(false);
		// The outlet's postings narrowed the positions: only its own articles' docs files were read.
		expect(odd.fetched.filter((p) => p.includes('/docs/')).sort()).toEqual(
			[1, 3, 5, 7, 9, 11].map((i) => odd.docsOf(i)).sort()
		);
		const both = await odd.search('tanks', { limit: 8, outlets: ['odd-wire', 'even-post'] });
		expect(both.hits).toHaveLength(8);
		expect((await odd.search('tanks', { limit: 8, outlets: [] })).hits).toEqual([]);
		expect((await odd.search('tanks', { limit: 8, outlets: ['no-such-outlet'] })).hits).toEqual([]);
	});

	it('walks a large outlet’s postings pages only as far back as the words reach', async () => {
		// 60 articles of one outlet, paged 5 at a time, and one article of another holding the rare word.
		const many = Array.from({ length: 61 }, (_, i) => ({
			...article(
				`p${String(i).padStart(2, '0')}`,
				i === 59 ? 'Drones over Sarmin.' : 'Shelling near Sarmin.'
			),
			outlet: i === 60 ? 'Small Wire' : 'Big Agency'
		}));
		const s = searcher(many, { inline: 4, page: 5, docBits: 2 });
		const answer = await s.search('drones', { limit: 8, outlets: ['big-agency'] });
		expect(s.order(answer.hits)).toEqual([59]);
		expect(answer.complete).toBe(true);
		// Position 59 is in the outlet's newest page: no older page was read.
		expect(s.fetched.filter((p) => p.includes('/postings/'))).toHaveLength(1);
		// A small outlet drives the search itself: its one article is read, not the word's pages.
		const fresh = searcher(many, { inline: 4, page: 5, docBits: 2 });
		const small = await fresh.search('shelling', { limit: 8, outlets: ['small-wire'] });
		expect(fresh.order(small.hits)).toEqual([60]);
		expect(small).toMatchObject({ total: 1, complete: true });
		expect(fresh.fetched.filter((p) => p.includes('/postings/'))).toEqual([]);
		expect(fresh.fetched.filter((p) => p.includes('/docs/'))).toEqual([fresh.docsOf(60)]);
	});

	it('walks a frequent word page by page and checks a second frequent word in the text', async () => {
		const many = Array.from({ length: 40 }, (_, i) =>
			article(
				`c${String(i).padStart(2, '0')}`,
				i % 10 === 3 ? 'Shelling and drones today.' : 'Shelling today. Drones tomorrow.'
			)
		);
		const s = searcher(many, { inline: 4, page: 5, docBits: 2 });
		const answer = await s.search('shelling drones', { limit: 8 });
		// Every article holds both words, so all are listed, newest first, and the sentence with both wins.
		expect(s.order(answer.hits)).toEqual([39, 38, 37, 36, 35, 34, 33, 32]);
		expect(answer.total).toBe(40);
		expect(answer.exact).toBe(false);
		const rare = await s.search('and shelling', { limit: 8 });
		expect(s.order(rare.hits)).toEqual([33, 23, 13, 3]);
		expect(rare.hits[0]!.sentence.map((r) => r.text).join('')).toBe('Shelling and drones today.');
		// Both words are frequent: their heads were read to count them (40 each: "shelling", the
		// first, drives), then the driver's newest sealed page for its positions 30 to 34. "and" is
		// inline, so it drove the second query without any postings file.
		expect(s.fetched.filter((p) => p.includes('/postings/'))).toEqual([
			'/data/search/postings/shelling/head.json',
			'/data/search/postings/drones/head.json',
			'/data/search/postings/shelling/6.json'
		]);
	});

	it('lists a frequent word’s newest articles from its head, and goes on into its pages without repeating them', async () => {
		const many = Array.from({ length: 30 }, (_, i) =>
			article(`e${String(i).padStart(2, '0')}`, 'Shelling today.')
		);
		const s = searcher(many, { inline: 4, page: 10, docBits: 2 });
		const first = await s.search('shelling', { limit: 8 });
		expect(s.order(first.hits)).toEqual([29, 28, 27, 26, 25, 24, 23, 22]);
		// The count comes from the head: two sealed pages of 10 and its own 10.
		expect(first).toMatchObject({ total: 30, exact: true, complete: true });
		expect(s.fetched.filter((p) => p.includes('/postings/'))).toEqual([
			'/data/search/postings/shelling/head.json'
		]);
		const more = await s.search('shelling', { limit: 12 });
		expect(s.order(more.hits)).toEqual([29, 28, 27, 26, 25, 24, 23, 22, 21, 20, 19, 18]);
		// The head (positions 20 to 29) and then the newest sealed page (10 to 19).
		expect(s.fetched.filter((p) => p.includes('/postings/'))).toEqual([
			'/data/search/postings/shelling/head.json',
			'/data/search/postings/shelling/1.json'
		]);
		const all = await s.search('shelling', { limit: 40 });
		expect(s.order(all.hits)).toEqual(Array.from({ length: 30 }, (_, i) => 29 - i));
		expect(all.complete).toBe(true);
	});

	it('reads of a large outlet only its head and the sealed page that holds a position asked about', async () => {
		// 80 articles of one outlet in 7 sealed pages of 10 and a head of 10; the rare word is in the
		// outlet's article at position 12 (sealed page 1) and another outlet's at 13.
		const many = Array.from({ length: 82 }, (_, i) => ({
			...article(`q${String(i).padStart(2, '0')}`, i === 12 || i === 13 ? 'Drones over Sarmin.' : 'Quiet.'),
			outlet: i === 13 || i === 81 ? 'Small Wire' : 'Big Agency'
		}));
		const s = searcher(many, { inline: 4, page: 10, docBits: 2 });
		const answer = await s.search('drones', { limit: 8, outlets: ['big-agency'] });
		expect(s.order(answer.hits)).toEqual([12]);
		expect(answer.complete).toBe(true);
		expect(s.fetched.filter((p) => p.includes('/postings/'))).toEqual([
			'/data/search/postings/_7e_big_2d_agency/head.json',
			'/data/search/postings/_7e_big_2d_agency/1.json'
		]);
	});

	it('reads the heads of a query’s words when all are frequent, and lets the rarest drive', async () => {
		// "shelling" in all 50 articles, "drones" in 10; Big Agency wrote the first 40, Small Wire the
		// rest. With 4 inline, every term is in postings files, pages of 5.
		const many = Array.from({ length: 50 }, (_, i) => ({
			...article(`h${String(i).padStart(2, '0')}`, i % 5 ? 'Shelling.' : 'Shelling and drones.'),
			outlet: i < 40 ? 'Big Agency' : 'Small Wire'
		}));
		const s = searcher(many, { inline: 4, page: 5, docBits: 2 });
		const answer = await s.search('shelling drones', { limit: 3, outlets: ['big-agency'] });
		expect(s.order(answer.hits)).toEqual([35, 30, 25]);
		// The rarest word's count, from its head: a sealed page of 5 and a head of 5.
		expect(answer).toMatchObject({ total: 10, exact: false, complete: true });
		// The three heads together, then the outlet's sealed pages holding 30 and 25 ("drones" drove,
		// and its head held them all).
		expect(s.fetched.filter((p) => p.includes('/postings/'))).toEqual([
			'/data/search/postings/shelling/head.json',
			'/data/search/postings/drones/head.json',
			'/data/search/postings/_7e_big_2d_agency/head.json',
			'/data/search/postings/_7e_big_2d_agency/6.json',
			'/data/search/postings/_7e_big_2d_agency/5.json'
		]);
	});

	it('refuses an index of another version by name', async () => {
		const s = searcher(corpus, {}, { version: 1 });
		await expect(s.search('tanks', { limit: 8 })).rejects.toThrow(
			'data/search/index.json: version 1, where this page reads 5'
		);
	});

	it('stops at its budget of files and says older articles may match', async () => {
		// Two frequent words that meet only in the oldest article.
		const many = Array.from({ length: 400 }, (_, i) =>
			article(
				`d${String(i).padStart(3, '0')}`,
				i === 0 ? 'Shelling and drones.' : i % 2 ? 'Shelling.' : 'Drones.'
			)
		);
		const s = searcher(many, { inline: 4, page: 50, docBits: 1 });
		const answer = await s.search('shelling drones', { limit: 8 });
		expect(answer).toMatchObject({ hits: [], complete: false });
		expect(s.fetched.filter((p) => p.includes('/docs/')).length).toBeLessThanOrEqual(24);
		// "and" is in one article only: found at once, however far back.
		const far = await s.search('and drones', { limit: 8 });
		expect(far).toMatchObject({ complete: true, total: 1 });
		expect(s.order(far.hits)).toEqual([0]);
	});
});

describe('matchingSentence', () => {
	const doc = {
		id: 'x',
		title: 'T',
		outlet: 'O',
		date: '2020',
		sentences: ['Nothing here.', `${'word '.repeat(100)}tanks ${'more '.repeat(100)}end.`]
	};

	it('clips a long sentence around its first marked word, on word boundaries', () => {
		const match = matchingSentence(doc, new Set(['tanks']))!;
		const text = match.runs.map((r) => r.text).join('');
		expect(match.runs[0]).toEqual({ text: '…' });
		expect(match.runs.at(-1)).toEqual({ text: '…' });
		expect(text.length).toBeLessThan(300);
		expect(text).toMatch(/^…word .* tanks more .* more…$/);
	});

	it('is undefined when no sentence holds a word (a match in the title only)', () => {
		expect(matchingSentence(doc, new Set(['t']))).toBeUndefined();
	});

	it('finds a word however the sentence spells it: case, diacritics, digits before a capital', () => {
		const spelled = {
			...doc,
			sentences: [
				'Shelling near Sarmin.',
				'Ceasefire talks in Astana.',
				'Clashes in Sarāqib overnight.',
				'Convoy 12Tanks crossed.',
				'A cease-fire, not a ceasefire2.'
			]
		};
		const marked = (words: string[]) =>
			matchingSentence(spelled, new Set(words))
				?.runs.filter((r) => r.mark)
				.map((r) => r.text);
		expect(marked(['ceasefire'])).toEqual(['Ceasefire']);
		expect(marked(['saraqib'])).toEqual(['Sarāqib']);
		expect(marked(['tanks'])).toEqual(['Tanks']);
		expect(marked(['cease', 'fire'])).toEqual(['cease', 'fire']);
		expect(marked(['fire'])).toEqual(['fire']);
		// "ceasefire2" is one token: a piece of the text that is no token marks nothing.
		expect(marked(['sarmi', 'ceasefire2'])).toEqual(['ceasefire2']);
		expect(marked(['astan'])).toBeUndefined();
	});
});

describe('textFragment', () => {
	it('escapes the characters a text directive reserves and cuts a long sentence to its ends', () => {
		expect(textFragment('Al-Bab, Syria & more')).toBe('#:~:text=Al%2DBab%2C%20Syria%20%26%20more');
		expect(textFragment('one two three four five six seven eight nine ten eleven')).toBe(
			'#:~:text=one%20two%20three%20four%20five,seven%20eight%20nine%20ten%20eleven'
		);
	});
});
