import { describe, expect, it } from 'vitest';
import { cleanCapture } from './clean';
import {
	contentStems,
	HEADLINE_BOX_RULE,
	SPLICED_STORY_RULE,
	UNRELATED_BLURB_RULE,
	UNRELATED_HEADLINE_RULE
} from './cohesion';

const HEADLINE = 'Shelling forces families out of two villages near the river crossing';
const TEXT = [
	'Artillery shelling hit two villages near the river crossing on Monday, local officials said.',
	'Dozens of families left their homes and headed north towards the camps near the border.',
	'The crossing has been closed to traffic since the fighting began earlier this month.',
	'Aid groups said the camps had no room left for the families who arrived overnight.'
];

describe('contentStems', () => {
	it('compares words by their first five letters, leaving common words out', () => {
		expect([...contentStems('Shelling of the villages; villagers shelled on Monday')]).toEqual([
			'shell',
			'villa'
		]);
	});
});

describe('headlines that share no word with the text', () => {
	it('drops another story’s headline in a box under the text, with the box’s label', () => {
		const box = [
			'Latest',
			'Stock markets end higher as investors weigh interest rate outlook',
			'Champions league final moves to new stadium after safety review',
			'Mayor opens new bridge over the river crossing after four years of work'
		];
		const { articles, dropped } = cleanCapture([HEADLINE, '', ...TEXT, ...box].join('\n'));
		expect(articles.map((a) => [a.title, a.paragraphs])).toEqual([[HEADLINE, TEXT]]);
		expect(dropped).toEqual([
			{ line: 'Latest', reason: 'furniture', rule: HEADLINE_BOX_RULE },
			{ line: box[1], reason: 'furniture', rule: UNRELATED_HEADLINE_RULE },
			{ line: box[2], reason: 'furniture', rule: UNRELATED_HEADLINE_RULE },
			{ line: box[3], reason: 'furniture', rule: HEADLINE_BOX_RULE }
		]);
	});

	it('drops another story’s teaser between paragraphs, and the blurb set tight under it', () => {
		const teaser = 'Pop Star Reveals Why She Turned Down The Talent Show Judging Role?';
		const blurb = 'She says the schedule would have kept her away from the studio for a whole season.';
		const { articles, dropped } = cleanCapture(
			[HEADLINE, '', TEXT[0], '', TEXT[1], '', teaser, blurb, '', TEXT[2], '', TEXT[3]].join('\n')
		);
		expect(articles[0]!.paragraphs).toEqual(TEXT);
		expect(dropped).toEqual([
			{ line: teaser, reason: 'furniture', rule: UNRELATED_HEADLINE_RULE },
			{ line: blurb, reason: 'furniture', rule: UNRELATED_BLURB_RULE }
		]);
	});

	it('drops another story spliced into the text, a headline and its paragraph sharing almost nothing', () => {
		const headline = 'Singer Says She Ignores Rumours Her Band Is Splitting Up';
		const paragraph =
			'Her manager told a radio show that the band would tour across the border next spring, and fans welcomed the album.';
		const { articles, dropped } = cleanCapture(
			[HEADLINE, '', TEXT[0], '', TEXT[1], '', headline, paragraph, '', TEXT[2], '', TEXT[3]].join('\n')
		);
		expect(articles[0]!.paragraphs).toEqual(TEXT);
		expect(dropped).toEqual([
			{ line: headline, reason: 'furniture', rule: SPLICED_STORY_RULE },
			{ line: paragraph, reason: 'furniture', rule: SPLICED_STORY_RULE }
		]);
	});

	it('keeps a crosshead set tight over its paragraph when the two tell the text’s story', () => {
		const crosshead = 'Rescue teams reach the last families near the crossing';
		const paragraph = 'Rescue teams said the shelling had stopped and the families were taken to the camps.';
		const { articles } = cleanCapture(
			[HEADLINE, '', TEXT[0], '', TEXT[1], '', crosshead, paragraph, '', TEXT[2], '', TEXT[3]].join('\n')
		);
		expect(articles[0]!.paragraphs).toEqual([
			TEXT[0],
			TEXT[1],
			`## ${crosshead}`,
			paragraph,
			TEXT[2],
			TEXT[3]
		]);
	});

	it('passes over another story’s headline above the article’s own', () => {
		const other = 'Football club confirms new coach after a long search abroad';
		const { articles, dropped } = cleanCapture([other, '', ...TEXT].join('\n'));
		expect(articles[0]).toMatchObject({ titleInferred: true, paragraphs: TEXT });
		expect(dropped).toEqual([{ line: other, reason: 'before-title', rule: UNRELATED_HEADLINE_RULE }]);
	});

	it('keeps a crosshead of a few words that names nothing of the text', () => {
		const { articles } = cleanCapture(
			[HEADLINE, '', TEXT[0], TEXT[1], '', 'What comes next', '', TEXT[2], TEXT[3]].join('\n')
		);
		expect(articles[0]!.paragraphs).toEqual([TEXT[0], TEXT[1], '## What comes next', TEXT[2], TEXT[3]]);
	});

	it('keeps a long crosshead and a teaser that share a word with the text', () => {
		const crosshead = 'Camps on the border are already full, aid groups warn';
		const { articles } = cleanCapture(
			[HEADLINE, '', TEXT[0], TEXT[1], '', crosshead, '', TEXT[2], TEXT[3]].join('\n')
		);
		expect(articles[0]!.paragraphs).toEqual([TEXT[0], TEXT[1], `## ${crosshead}`, TEXT[2], TEXT[3]]);
	});

	it('keeps a headline with a short text that names its subject in other words', () => {
		const other = 'Football club confirms new coach after a long search abroad';
		const { articles } = cleanCapture([other, '', TEXT[0], TEXT[1]].join('\n'));
		expect(articles[0]).toMatchObject({ title: other, paragraphs: [TEXT[0], TEXT[1]] });
	});

	it('keeps the capture’s last line cut short mid-sentence, whatever its words', () => {
		const cut = 'A truce agreement was reached between the parties on the coast bef';
		const { articles } = cleanCapture([HEADLINE, '', ...TEXT, '', cut].join('\n'));
		expect(articles[0]!.paragraphs).toEqual([...TEXT, cut]);
	});

	it('drops a box of headlines between paragraphs though they name the text’s places', () => {
		const box = [
			'Families leave two more villages near the river by night',
			'River crossing to stay closed until the end of the month',
			'Camps near the border run out of tents as winter begins'
		];
		const { articles, dropped } = cleanCapture(
			[HEADLINE, '', TEXT[0], TEXT[1], '', ...box, '', 'Reaction', '', TEXT[2], TEXT[3]].join('\n')
		);
		expect(articles[0]!.paragraphs).toEqual([TEXT[0], TEXT[1], '## Reaction', TEXT[2], TEXT[3]]);
		expect(dropped).toEqual(box.map((line) => ({ line, reason: 'furniture', rule: HEADLINE_BOX_RULE })));
	});

	it('reads no run of headlines above the text as a box when none shares no word with it', () => {
		const { articles } = cleanCapture(
			['Families leave the villages near the river crossing by night', '', ...TEXT].join('\n')
		);
		expect(articles[0]!.title).toBe('Families leave the villages near the river crossing by night');
	});

	it('takes a headline printed twice between the menus and the text, not as a box of headlines', () => {
		const { articles } = cleanCapture(
			[
				HEADLINE,
				'by NEWS DESK',
				'March 6, 2020',
				'0',
				'SHARES',
				'5',
				'VIEWS',
				'ShareShareShare',
				'',
				HEADLINE,
				'',
				'Media playback is unsupported on your device',
				'',
				...TEXT
			].join('\n')
		);
		expect(articles.map((a) => [a.title, a.paragraphs])).toEqual([[HEADLINE, TEXT]]);
	});
});
