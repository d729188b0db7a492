import { describe, expect, it } from 'vitest';
import { captionTwin, creditedCaption } from './caption-credit';
import { cleanCapture } from './clean';

const HEADLINE = 'Troops enter the town after days of shelling';
const TEXT = 'Government forces entered the town on Thursday after days of shelling, residents said.';
const MORE = 'Thousands of families fled north towards the border with Turkey over the weekend.';

describe('creditedCaption', () => {
	it.each([
		[
			'a credit word and names in square brackets',
			'Army trucks drive along a dirt road near the crossing [Photo: Lena Ortiz/Reuters]'
		],
		['a bare agency in square brackets', 'The market square is under fire from the hills [Getty]'],
		[
			'a credit word and a colon after the sentence',
			'Smoke rises over the valley on Monday. Photograph: Sam Reed/AFP/Getty Images'
		],
		['an agency photo in round brackets', 'Displaced families wait at the crossing (AFP Photo)'],
		['a credit word in round brackets', 'Tents stand in rows on the hillside (Photo: AA)'],
		['a file photo in round brackets', 'A convoy crosses the border at dawn (File photo)'],
		['a credit line alone', 'Image: Sam Reed/AFP'],
		[
			'a courtesy credit with a name’s small particle',
			'Fighters are seen in the village after the other group withdrew. [Photo courtesy of Omar al-Halabi]'
		],
		[
			'a courtesy credit in round brackets',
			'Tents stand in rows on the hillside (Photo courtesy of Dana van Dyk)'
		]
	])('knows %s', (_, line) => {
		expect(creditedCaption(line)).toBe(true);
	});

	it.each([
		[
			'a sentence that reports before a bracketed source',
			'The convoy of forty trucks and armoured vehicles reached the post south of the town on Monday, the ministry in the capital said [Reuters]'
		],
		['a sentence about a photo', 'A photo showed the convoy crossing into the province on Monday.'],
		['a label in square brackets', 'Troops advance on the town [Video]'],
		['an abbreviation in round brackets', 'Fighters of Hayat Tahrir al-Sham (HTS)'],
		['names in brackets opening the line', '[Reuters]'],
		['a sentence naming a photographer', 'An AFP photographer saw bodies arrive at the clinic.'],
		['a town with its particle in brackets', 'Shelling hit the road north of the town [al-Bara]']
	])('keeps %s', (_, line) => {
		expect(creditedCaption(line)).toBe(false);
	});
});

describe('captionTwin', () => {
	const caption = 'Smoke rises over the valley during an air strike on Monday. Photograph: Sam Reed/AFP';

	it('takes the same picture’s text without its credit for the caption’s twin', () => {
		expect(captionTwin('Smoke rises over the valley during an air strike on Monday.', caption)).toBe(true);
	});

	it('leaves a line that reports, or opens otherwise', () => {
		expect(captionTwin('Smoke rises over the valley during the strike, residents said.', caption)).toBe(
			false
		);
		expect(captionTwin('Smoke rose over the town as the strikes went on.', caption)).toBe(false);
		expect(captionTwin(caption, caption)).toBe(false);
	});
});

describe('captions in a capture', () => {
	const clean = (...lines: string[]) => cleanCapture([HEADLINE, '', ...lines].join('\n'));

	it.each([
		[
			'a trailing credit in square brackets',
			'Army trucks drive along a dirt road near the crossing [Photo: Lena Ortiz/Reuters]'
		],
		['an agency photo credit', 'Displaced families wait at the crossing (AFP Photo)'],
		[
			'a labelled credit after the sentence',
			'Smoke rises over the valley on Monday. Photograph: Sam Reed/AFP/Getty Images'
		],
		[
			'a dated description that is no sentence',
			'Soldiers stand near armoured vehicles during a drill in support of the army near the border crossing outside the town on October 10, 2017'
		]
	])('drops %s as a caption', (_, caption) => {
		const { articles, dropped } = clean(TEXT, caption, MORE);
		expect(articles[0]!.paragraphs).toEqual([TEXT, MORE]);
		expect(dropped).toContainEqual({ line: caption, reason: 'caption' });
	});

	it('drops the caption’s twin printed beside it without the credit', () => {
		const twin = 'Smoke rises over the valley during an air strike on Monday.';
		const caption = `${twin} Photograph: Sam Reed/AFP/Getty Images`;
		const { articles, dropped } = clean(twin, caption, '', TEXT, MORE);
		expect(articles[0]!.paragraphs).toEqual([TEXT, MORE]);
		expect(dropped).toContainEqual({ line: twin, reason: 'caption' });
	});

	it('drops a caption printed twice with its credit after a dash, and keeps text so credited once', () => {
		const caption =
			'Soldiers patrol near the crossing as families wait on the road to the camps in the north. — Levant Wire';
		const { articles, dropped } = clean(caption, caption, '', TEXT, MORE);
		expect(articles[0]!.paragraphs).toEqual([TEXT, MORE]);
		expect(dropped.filter((d) => d.reason === 'caption')).toHaveLength(2);
		const once = clean(TEXT, caption, MORE);
		expect(once.dropped.map((d) => d.line)).not.toContain(caption);
	});

	it('drops a short line set tight above a picture’s labelled credit, and keeps text above another credit', () => {
		const caption = 'Families on the road out of the village.';
		const { articles, dropped } = clean(TEXT, '', caption, 'Photo credit: Levant Wire', '', MORE);
		expect(articles[0]!.paragraphs).toEqual([TEXT, MORE]);
		expect(dropped).toContainEqual({ line: caption, reason: 'caption' });
		const video = clean(TEXT, '', caption, 'Credit: Levant Wire', '', MORE);
		expect(video.articles[0]!.paragraphs).toEqual([TEXT, caption, MORE]);
		const long = clean(TEXT, 'Photo credit: Levant Wire', '', MORE);
		expect(long.articles[0]!.paragraphs).toEqual([TEXT, MORE]);
	});

	it('drops a caption cut short above the whole caption', () => {
		const whole =
			'Rescue workers carry a stretcher from the rubble of a house hit by shelling in the village, July 18, 2021.';
		const short = 'Rescue workers carry a stretcher from the rubble…';
		const { articles } = clean(short, whole, '', TEXT, MORE);
		expect(articles[0]!.paragraphs).toEqual([TEXT, MORE]);
	});

	it.each([
		['a sentence about a photo', 'A photo showed the convoy crossing into the province on March 3, 2020.'],
		['a sentence naming a file photo', 'The ministry released a file photo of the post on its website.'],
		[
			'a sentence that reports with its source in brackets',
			'The convoy of forty trucks and armoured vehicles reached the post south of the town on Monday, the ministry in the capital said [Reuters]'
		],
		[
			'a quotation running on over the line',
			'“The deal stops all military action along the line of contact in the zone south of the highway from March 6, 2020,”'
		]
	])('keeps %s', (_, sentence) => {
		const { articles } = clean(TEXT, sentence, MORE);
		expect(articles[0]!.paragraphs).toEqual([TEXT, sentence, MORE]);
	});

	it('keeps a dateline sentence that follows a caption with the same opening', () => {
		const dateline =
			'BEIRUT (Reuters) - Smoke rises over the valley during an air strike on Monday, residents said.';
		const caption = 'BEIRUT (Reuters) - Smoke rises over the valley [Photo: Sam Reed/AFP]';
		const { articles } = clean(caption, dateline, MORE);
		expect(articles[0]!.paragraphs).toEqual([dateline, MORE]);
	});

	it('keeps a line cut off at the end of the capture', () => {
		const cut =
			'Fighting went on around the villages south of the town and along the highway to the north until January 5, 2020 when the';
		const { articles } = clean(TEXT, MORE, cut);
		expect(articles[0]!.paragraphs).toEqual([TEXT, MORE, cut]);
	});
});
