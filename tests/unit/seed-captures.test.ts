/**
 * The seed captures in `geodata/captures/` against what the curator made of them. These are statements
 * about the corpus (what a careful reader keeps of each real page, and that ingest would propose the
 * articles now in `geodata/articles/`), so they live here; the cleaner's and ingest's rules are tested on
 * short texts of their own in `src/lib/corpus/clean.test.ts` and `src/lib/ingest/propose.test.ts`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanCapture } from '../../src/lib/corpus/clean';
import { describeCleanedCaptures, type CleanExpectation } from '../../src/lib/corpus/clean-expectations';
import { buildAliasIndex } from '../../src/lib/geoparse/match';
import { proposeCapture, type PlaceLookup } from '../../src/lib/ingest/propose';
import { loadDataset } from '../../src/lib/server/pipeline';

const GEODATA = join(import.meta.dirname, '..', '..', 'geodata');
const captures = join(GEODATA, 'captures');
const capture = (name: string) => readFileSync(join(captures, name), 'utf8');

/** What a careful human reading each capture would keep and drop. */
const SEEDS: CleanExpectation[] = [
	{
		file: '000_5025fee8265b1e5e.txt',
		titles: ['Russia warns against Turkey operation in Syria'],
		paragraphs: [18],
		furniture: ['AFP and Tasnim contributed to this story.'],
		byline: /AFP and Tasnim/
	},
	{
		file: '001_b6aeb56565f6fc7e.txt',
		titles: [
			'Moscow Says Attacks on Russian, Syrian Troops in Idlib Continue as Erdogan Threatens ‘Imminent’ Op'
		],
		paragraphs: [19],
		furniture: [
			'- Sputnik International',
			'Get the latest news from around the world',
			'© AP Photo',
			'Turkish military convoy is seen near the town of Idlib',
			'Subscribe',
			'In this frame grab from video',
			'All Talk No Action',
			'Newsfeed',
			'To participate in the discussion',
			'log in or register',
			'loader',
			'Chats',
			'Заголовок'
		],
		outlet: 'Sputnik International'
	},
	{
		file: '002_90f67be5c111099e.txt',
		titles: ['Russians head to Turkey for talks on Syria’s Idlib offensive: minister'],
		paragraphs: [18],
		furniture: [
			'Middle East\n',
			'Turkey has no plans to withdraw troops from posts in Syria’s Idlib: source',
			'Reporting by Ezgi Erkoyun',
			'Image: FILE PHOTO',
			'Related Articles',
			'Back to top button'
		],
		outlet: 'Reuters',
		byline: /^Reporting by Ezgi Erkoyun.*William Maclean$/
	},
	{
		file: '003_e0df5a808a47a71b.txt',
		titles: [
			'Idlib Offensive Awaits Tehran Summit, Russia ‘Won’t Indefinitely Tolerate Situation’',
			'Türkiye Backing Syria’s Military and Has No Immediate Withdrawal Plans, Defense Minister Says'
		],
		paragraphs: [13, 14],
		furniture: ['AFP file photo', 'TT', '\n20\n', 'signing ceremony of a memorandum', '(Reuters)\n']
	},
	{
		file: '004_f71988c12bbd5ca0.txt',
		titles: ["Turkey and Russia exchange warnings over Syria's Idlib"],
		paragraphs: [18],
		furniture: [
			'TOPSHOT',
			'Zein Al RIFAI',
			'Powered by automated translation',
			'Read more',
			'Syria government increases pressure on two of opposition',
			"Assad's Idlib offensive: surprise for rebels"
		]
	}
];

describe('cleanCapture on the seed captures', () => {
	describeCleanedCaptures(SEEDS, capture);

	it('reads a Reuters dateline', () => {
		const [a] = cleanCapture(capture('002_90f67be5c111099e.txt')).articles;
		expect(a?.dateline).toBe('ISTANBUL/ANKARA');
		expect(a?.paragraphs[0]).toMatch(/^ISTANBUL\/ANKARA \(Reuters\) – Russian officials/);
	});

	it('keeps crossheads as headings and drops photo captions into evidence', () => {
		const [a] = cleanCapture(capture('000_5025fee8265b1e5e.txt')).articles;
		expect(a?.paragraphs).toContain('## Iran offers good offices');
		const [s] = cleanCapture(capture('001_b6aeb56565f6fc7e.txt')).articles;
		expect(s?.captions.some((c) => c.includes('Feb. 2, 2020'))).toBe(true);
	});
});

const { places, articles } = loadDataset(GEODATA);
const index = buildAliasIndex(places);
const noGazetteer: PlaceLookup = () => [];
const seeds = JSON.parse(readFileSync(join(captures, 'seeds.json'), 'utf8')) as {
	articles: { capture: string; index: number; outlet: string; published: string; datePrecision: string }[];
};

describe('proposeCapture on the seed captures, against the curator’s decisions', () => {
	const proposals = new Map(
		[...new Set(seeds.articles.map((s) => s.capture))].map((c) => [
			c,
			proposeCapture(capture(c), 'txt', index, new Map(), noGazetteer).articles
		])
	);

	it.each(seeds.articles.map((s) => [`${s.capture}#${s.index}`, s] as const))(
		'%s: same text and places as the published article; outlet and date right or honestly unsure',
		(_, seed) => {
			const p = proposals.get(seed.capture)![seed.index]!;
			const published = articles.find((a) => a.title === p.title)!;
			expect(published).toBeDefined();
			expect(p.body).toBe(published.body);
			expect(p.mentions).toEqual(published.mentions);
			if (p.outlet !== null) expect(seed.outlet.startsWith(p.outlet)).toBe(true);
			if (!p.dateInferred && p.published !== null) expect(p.published).toBe(seed.published);
			if (p.published === null) expect(p.dateEvidence).toMatch(/--date/);
			if (p.dateInferred) expect(p.dateEvidence).toMatch(/^Inferred, check it/);
		}
	);

	it('splits the capture that holds two articles years apart', () => {
		expect(proposals.get('003_e0df5a808a47a71b.txt')).toHaveLength(2);
	});
});
