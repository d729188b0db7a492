import { describe, expect, it } from 'vitest';
import { cleanCapture } from './clean';

const TEXT = 'Government forces entered the town on Thursday after days of shelling, residents said.';
const MORE = 'Thousands of families fled north towards the border with Turkey over the weekend.';

describe('where an article starts', () => {
	it('takes the first headline-like line that text follows, past taglines and teasers', () => {
		const { articles, dropped } = cleanCapture(
			[
				'Get the latest news from around the world, live coverage and analysis.',
				'Menu',
				'Troops enter the town after days of shelling',
				'',
				TEXT,
				MORE
			].join('\n')
		);
		expect(articles.map((a) => [a.title, a.paragraphs])).toEqual([
			['Troops enter the town after days of shelling', [TEXT, MORE]]
		]);
		expect(dropped.map((d) => d.reason)).toEqual(['before-title', 'before-title']);
	});

	it('keeps a capture with no headline, its first sentence as an inferred title', () => {
		const { articles } = cleanCapture([TEXT, MORE].join('\n'));
		expect(articles).toHaveLength(1);
		expect(articles[0]).toMatchObject({ title: TEXT, titleInferred: true, paragraphs: [TEXT, MORE] });
	});

	it('leaves a capture’s date stamp out of an inferred title', () => {
		const { articles } = cleanCapture([`date 2019-12-02 ${TEXT}`, MORE].join('\n'));
		expect(articles[0]).toMatchObject({ title: TEXT, titleInferred: true });
	});

	it('ends the article where a comment section starts', () => {
		const { articles } = cleanCapture(
			['Troops enter the town after days of shelling', TEXT, 'Leave a Reply', MORE].join('\n')
		);
		expect(articles[0]!.paragraphs).toEqual([TEXT]);
	});
});

describe('furniture by its shape', () => {
	it.each([
		['a widget', 'A+ A-', 'furniture'],
		['a counter', '0 0 vote Article Rating', 'furniture'],
		['a reading time', '4 MIN READ', 'furniture'],
		['a section label', 'POLITICS', 'furniture'],
		['a bare link', 'https://twitter.com/someone/status/1', 'embed'],
		['a social post’s credit', '— Robert Postings (@RobertPostings) January 7, 2018', 'embed'],
		['a time stamp', 'Faizan Hashmi 45 seconds ago Thu 22nd August 2019 | 04:35 PM', 'furniture'],
		['a call to action', 'Click to read the article in Turkish', 'furniture'],
		['a banner', 'We use cookies to improve your experience on our site.', 'furniture'],
		['a related link', 'READ MORE: US, Ireland, Norway press for extension of cross-border aid', 'furniture'],
		['a caption by its credit', 'The town, shown in October. (Osman Orsal/Reuters)', 'caption'],
		['a caption by its opening', 'FILE: A member of a fire crew sprays water onto a building', 'caption'],
		['a date in another calendar', 'Shevat, 30, 5778', 'furniture'],
		['an agency alone', 'The Associated Press', 'credit']
	])('drops %s', (_, line, reason) => {
		const { articles, dropped } = cleanCapture(
			['Troops enter the town after days of shelling', TEXT, line, MORE].join('\n')
		);
		expect(articles[0]!.paragraphs).toEqual([TEXT, MORE]);
		expect(dropped).toContainEqual({ line, reason });
	});
});
