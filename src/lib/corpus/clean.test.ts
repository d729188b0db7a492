import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanCapture, datelineEnd } from './clean';
import { describeCleanedCaptures, type CleanExpectation } from './clean-expectations';

/**
 * Short made-up captures in `fixtures/`, each shaped like one kind of page the seeds came from (a
 * credit line and a crosshead; a site-name line, captions and a comment widget; a wire dateline and a
 * related-articles footer; two stories in one capture; a "Read more" link list). They are this test's
 * own, so a curator's edit to `geodata/captures/` cannot change what the rules are held to; what the
 * cleaner makes of the real seed captures is tested in `tests/unit/seed-captures.test.ts`.
 */
const capture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

/** What a careful human reading each capture would keep and drop. */
const PAGES: CleanExpectation[] = [
	{
		file: 'credit-and-crosshead.txt',
		titles: ['Russia warns Turkey against an operation in Idlib'],
		paragraphs: [5],
		furniture: ['AFP and Tasnim contributed to this story.'],
		byline: /AFP and Tasnim/
	},
	{
		file: 'site-line.txt',
		titles: ['Moscow says attacks on troops in Idlib continue as Ankara threatens an operation'],
		paragraphs: [5],
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
		file: 'wire-dateline.txt',
		titles: ['Russians head to Turkey for talks on Syria’s Idlib offensive: minister'],
		paragraphs: [2],
		furniture: [
			'Middle East\n',
			'Turkey has no plans to withdraw troops from posts in Syria’s Idlib: source',
			'Reporting by Ezgi Erkoyun',
			'Image: FILE PHOTO',
			'Related Articles',
			'Turkey sends more troops to Idlib',
			'Back to top button'
		],
		outlet: 'Reuters',
		byline: /^Reporting by Ezgi Erkoyun.*William Maclean$/
	},
	{
		file: 'two-stories.txt',
		titles: [
			'Idlib Offensive Awaits Tehran Summit, Russia ‘Won’t Indefinitely Tolerate Situation’',
			'Türkiye Backing Syria’s Military and Has No Immediate Withdrawal Plans, Defense Minister Says'
		],
		paragraphs: [2, 2],
		furniture: ['AFP file photo', 'TT', '\n20\n', 'signing ceremony of a memorandum', '(Reuters)\n']
	},
	{
		file: 'read-more-list.txt',
		titles: ["Turkey and Russia exchange warnings over Syria's Idlib"],
		paragraphs: [3],
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

describe('cleanCapture on page-shaped captures', () => {
	describeCleanedCaptures(PAGES, capture);

	it('reads a Reuters dateline', () => {
		const [a] = cleanCapture(capture('wire-dateline.txt')).articles;
		expect(a?.dateline).toBe('ISTANBUL/ANKARA');
		expect(a?.paragraphs[0]).toMatch(/^ISTANBUL\/ANKARA \(Reuters\) – Russian officials/);
	});

	it('keeps crossheads as headings and drops photo captions into evidence', () => {
		const [a] = cleanCapture(capture('credit-and-crosshead.txt')).articles;
		expect(a?.paragraphs).toContain('## Iran offers good offices');
		const [s] = cleanCapture(capture('site-line.txt')).articles;
		expect(s?.captions.some((c) => c.includes('Feb. 2, 2020'))).toBe(true);
	});
});

describe('cleanCapture on made-up captures', () => {
	it('returns no article for an empty or furniture-only capture', () => {
		expect(cleanCapture('').articles).toEqual([]);
		expect(cleanCapture('Subscribe\n\nBack to top\n').articles).toEqual([]);
	});

	it('handles CRLF line endings and non-breaking spaces', () => {
		const { articles } = cleanCapture(
			'Rebels hold Saraqeb after clashes\r\n\r\nFighting\u00a0continued in Saraqeb on Monday, residents said.\r\n'
		);
		expect(articles[0]?.title).toBe('Rebels hold Saraqeb after clashes');
		expect(articles[0]?.body).toBe('Fighting continued in Saraqeb on Monday, residents said.');
	});

	it('keeps the items of a list that a line of text opens with a colon', () => {
		const raw = [
			'Army takes villages west of the river',
			'',
			'The army took several villages on Tuesday after two days of heavy shelling, a monitor said.',
			'',
			'The villages taken are:',
			'',
			'Tell Dara',
			'',
			'Kafrayn al-Gharbi',
			'Umm Jalal',
			'',
			'',
			'Fighting went on in the hills to the north of the villages until the evening, it added.',
			'',
			'Share this',
			'Related stories'
		].join('\n');
		const [article] = cleanCapture(raw).articles;
		expect(article?.paragraphs).toEqual([
			'The army took several villages on Tuesday after two days of heavy shelling, a monitor said.',
			'The villages taken are:',
			'Tell Dara',
			'Kafrayn al-Gharbi',
			'Umm Jalal',
			'Fighting went on in the hills to the north of the villages until the evening, it added.'
		]);
	});

	it('ends such a list at two blank lines, a long line or text, and opens none without a colon', () => {
		const list = (opener: string, gap: string[]) =>
			cleanCapture(
				[
					'Army takes villages west of the river',
					'',
					'The army took several villages on Tuesday after two days of heavy shelling, a monitor said.',
					opener,
					'Tell Dara',
					...gap,
					'Shelling resumes across the southern front as talks stall in the capital',
					'',
					'Another long sentence of the article follows here, as reported by the monitor on Tuesday.'
				].join('\n')
			).articles[0]!.paragraphs;
		expect(list('They took:', [])).toEqual([
			'The army took several villages on Tuesday after two days of heavy shelling, a monitor said.',
			'They took:',
			'Tell Dara',
			'## Shelling resumes across the southern front as talks stall in the capital',
			'Another long sentence of the article follows here, as reported by the monitor on Tuesday.'
		]);
		expect(list('They took them.', [])).not.toContain('Tell Dara');
		expect(list('They took:', ['', ''])).toContain('Tell Dara');
	});

	it('takes the headline above a short label that ends with a colon, and reads a doubled dash dateline', () => {
		const raw = [
			'Roundup: Army captures two towns in the north of the province',
			'',
			'0 Comment(s)Print E-mail Agency, August 8, 2019',
			'Adjust font size:',
			'',
			'DAMASCUS, Aug. 7 (Xinhua) -- The army captured two towns on Wednesday after a day of heavy battles.'
		].join('\n');
		const [article] = cleanCapture(raw).articles;
		expect(article?.title).toBe('Roundup: Army captures two towns in the north of the province');
		expect(article?.titleInferred).toBeUndefined();
		expect(article?.paragraphs).toEqual([
			'DAMASCUS, Aug. 7 (Xinhua) -- The army captured two towns on Wednesday after a day of heavy battles.'
		]);
		expect(datelineEnd(article!.body)).toBe('DAMASCUS, Aug. 7 (Xinhua) -- '.length);
	});

	it('splits two stories separated by blank lines', () => {
		const raw =
			'First story about Idlib today\n\nA sentence about Idlib that is long enough to be prose here.\n\n\n\nSecond story about Hama later on\n\nAnother sentence about Hama that is long enough to be prose.\n';
		const { articles } = cleanCapture(raw);
		expect(articles.map((a) => a.title)).toEqual([
			'First story about Idlib today',
			'Second story about Hama later on'
		]);
	});
});
