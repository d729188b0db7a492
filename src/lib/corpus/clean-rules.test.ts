import { describe, expect, it } from 'vitest';
import { cleanCapture, datelineEnd } from './clean';

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

	it('takes the headline past sharing buttons, a ticker and a picture’s credit above it', () => {
		const headline = 'Troops enter the town after days of shelling';
		const { articles } = cleanCapture(
			[
				'Follow us:',
				'mastodon-dark sharing button',
				'video-dark sharing button',
				'Floods close the coastal road again | Council approves the new bridge | Striker signs for the city club',
				'Image Credit: Levant Wire',
				'',
				headline,
				'',
				TEXT,
				MORE
			].join('\n')
		);
		expect(articles.map((a) => [a.title, a.paragraphs])).toEqual([[headline, [TEXT, MORE]]]);
	});

	it('takes a long title-case headline under a short section label over it', () => {
		const headline = 'Government Troops Enter the Town of Kafr Tal After a Week of Heavy Shelling';
		const { articles } = cleanCapture(
			['Water and Sanitation (WASH)', '', headline, '', 'Levant Wire', '', TEXT, MORE].join('\n')
		);
		expect(articles[0]).toMatchObject({ title: headline, paragraphs: [TEXT, MORE] });
	});

	it('keeps a short headline over a long standfirst that tells the same story', () => {
		const headline = 'Shelling Empties Kafr Tal Village';
		const standfirst = 'Nine in Ten of Kafr Tal’s Families Fled Between 2 and 18 March, After Daily Shelling';
		const crumbs = `Home World Middle East ${headline}`;
		const { articles, dropped } = cleanCapture(
			[crumbs, '', headline, '', standfirst, '', TEXT, MORE].join('\n')
		);
		expect(articles[0]).toMatchObject({ title: headline, paragraphs: [`## ${standfirst}`, TEXT, MORE] });
		expect(dropped[0]).toMatchObject({ line: crumbs, reason: 'before-title' });
	});

	it('keeps a report’s title over its title-case subtitle', () => {
		const title = '"Living Under Fire"';
		const subtitle = 'Shelling of Villages Along the River';
		const { articles } = cleanCapture([title, '', subtitle, '', 'Summary', '', TEXT, MORE].join('\n'));
		expect(articles[0]!.title).toBe(title);
	});

	it('takes the headline over its standfirst and a short line heading the first paragraph', () => {
		const headline = 'Troops Take the First Town of the Offensive, Rebels Strike Back With a Car Bomb';
		const standfirst = 'After a long pause in major operations the army is back to making real gains';
		const { articles } = cleanCapture(
			[headline, '', standfirst, '', 'So far on schedule', '', TEXT, MORE].join('\n')
		);
		expect(articles[0]!.title).toBe(headline);
		expect(articles[0]!.paragraphs).toEqual([`## ${standfirst}`, '## So far on schedule', TEXT, MORE]);
	});

	it('takes no press release label or story code for the headline', () => {
		const release = cleanCapture(['For Immediate Release', '', 'March 3, 2019', '', TEXT, MORE].join('\n'));
		expect(release.articles[0]).toMatchObject({ title: TEXT, titleInferred: true });
		const coded = cleanCapture(
			['Item Code : 48213', 'Troops enter the town after days of shelling', TEXT, MORE].join('\n')
		);
		expect(coded.articles[0]).toMatchObject({ title: 'Troops enter the town after days of shelling' });
		expect(coded.articles[0]!.paragraphs).toEqual([TEXT, MORE]);
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
		['a widget', 'A+ A-', 'furniture', 'three letters or fewer'],
		['a counter', '0 0 vote Article Rating', 'furniture', 'counter'],
		['a reading time', '4 MIN READ', 'furniture', 'reading time'],
		['a section label', 'POLITICS', 'furniture', 'section label in capitals'],
		['a bare link', 'https://twitter.com/someone/status/1', 'embed'],
		['a social post’s credit', '— Robert Postings (@RobertPostings) January 7, 2018', 'embed'],
		[
			'a time stamp',
			'Faizan Hashmi 45 seconds ago Thu 22nd August 2019 | 04:35 PM',
			'furniture',
			'time stamp'
		],
		['a call to action', 'Click to read the article in Turkish', 'furniture', 'call to click or read on'],
		[
			'a banner',
			'We use cookies to improve your experience on our site.',
			'furniture',
			'cookie or subscription banner'
		],
		[
			'a related link',
			'READ MORE: US, Ireland, Norway press for extension of cross-border aid',
			'furniture',
			'call to click or read on'
		],
		['a caption by its credit', 'The town, shown in October. (Osman Orsal/Reuters)', 'caption'],
		['a caption by its opening', 'FILE: A member of a fire crew sprays water onto a building', 'caption'],
		['a date in another calendar', 'Shevat, 30, 5778', 'furniture', 'date or count in numbers'],
		['an agency alone', 'The Associated Press', 'credit'],
		['an editor’s initials with the agencies', 'jr/mb (Reuters, dpa)', 'credit'],
		['a tag list', 'Filed under: Top News, world,Middle East |', 'furniture', 'tag list'],
		[
			'an appeal for support',
			'Enjoyed this report? Consider supporting us!',
			'furniture',
			'appeal for support'
		],
		['a platform’s picture text', 'May be an image of 3 people and a tent', 'caption'],
		['a teaser cut short', 'Families queue for bread in a camp near the border. […]', 'furniture', 'teaser'],
		['a caption crediting its map', 'The route the convoy took last week. Map by Lena Ortiz.', 'caption'],
		[
			'a caption with its credit in brackets',
			'Smoke rises over the valley on Monday [Sam Reed/AFP]',
			'caption'
		],
		['a picture’s file name', '_20381_getty-images-998877.jpg', 'furniture', 'picture file name'],
		['a shortened link', 'https://www.example.org/ … world-news-12345', 'embed'],
		['agencies credited together', 'KNA, Reuters', 'credit'],
		['a widget’s placeholder', '%d bloggers like this:', 'furniture', 'widget placeholder'],
		['a widget’s credit', 'Beta 2.3 – Powered by machine reading', 'furniture', 'widget credit'],
		['a language switcher', 'This text available in Français and Deutsch', 'furniture', 'language switcher'],
		['a feed button', 'Show news feed', 'furniture', 'call to click or read on'],
		['a page’s age', 'This story is more than 2 years old', 'furniture', 'age notice'],
		['a form’s field', 'Your website (optional)', 'furniture', 'form field'],
		['comments closed', 'Sorry. Comments have been closed on this page.', 'furniture', 'comment notice'],
		[
			'an outlet’s disclaimer',
			'(This report has not been edited by our desk and is auto-generated from a syndicated feed.)',
			'furniture',
			'editorial disclaimer'
		],
		[
			'an appeal to share',
			'Glad you came by. If the post was useful, please share it with your friends.',
			'furniture',
			'appeal to share'
		],
		[
			'a video’s label',
			'Video: How the convoy crossed the river at night',
			'furniture',
			'video or gallery teaser'
		],
		['a footnote', '*The group is banned in several countries', 'furniture', 'footnote'],
		['tags run together', 'AleppoBorder crossingsTurkeyaid convoys', 'furniture', 'tags run together'],
		[
			'names and dates between pipes',
			'Radio Ten| Sam Reed| 4 March 2019| 27 Jumada 1440',
			'furniture',
			'names and dates'
		],
		[
			'a toolbar',
			'Bold Italic Underline Quote Code Image Link Preview Undo Redo Help Save',
			'furniture',
			'menu or toolbar'
		],
		[
			'a date and the story’s places',
			'March 3rd, 2019. Syria. Ariha, Idlib province.',
			'furniture',
			'date line'
		],
		['a weekday and a day', 'Thursday, October 12', 'furniture', 'date line'],
		[
			'a placeholder in braces',
			'You have {{count}} free stories left this month.',
			'furniture',
			'widget placeholder'
		],
		['sharing controls', 'Print Friendly, PDF & Email', 'furniture', 'sharing controls'],
		['a story’s controls', 'Adjust Save Comment', 'furniture', 'sharing controls'],
		['a picture’s label', 'Image caption', 'furniture', 'page control or count'],
		['a date and a byline', '5 Mar 2019 By Sam Reed', 'credit'],
		['a source after a dash', 'Source – Radio Ten', 'credit'],
		['a byline naming the platform', 'By Sam Reed (Twitter)', 'credit'],
		['a byline by a login', 'by sam.reed', 'credit'],
		['a caption with a glued copyright', 'Smoke over the valleyImage copyright', 'caption'],
		['a picture’s label glued to its credit', 'image copyrightLevant Wire', 'caption'],
		[
			'a picture’s label glued to its caption',
			'image captionFamilies have fled north towards the border',
			'caption'
		],
		['a caption saying so', 'Smoke rises over the town in this photo taken Monday', 'caption'],
		['a caption dated at its end', 'A family leaves the town on a lorry, March 4, 2019', 'caption'],
		['a site’s icon', 'Site icon The Valley Courier', 'furniture', 'site icon or logo'],
		[
			'a subscription box’s heading',
			'Discover more from The Valley Courier',
			'furniture',
			'subscription box'
		],
		[
			'a site’s promotion of itself',
			'Never miss a beat! The Valley Courier delivers the latest regional news and sport every morning.',
			'furniture',
			'site promotion'
		],
		['an author’s credit by its label', 'Author: Sam Reed', 'credit'],
		['an agency’s credit after a dash', '– with reporting by Levant Wire', 'credit'],
		['date labels without their dates', 'Issued on: Modified:', 'furniture', 'date line'],
		['an agency’s copyright notice', 'Copyright Levant Wire, 2019', 'furniture', 'copyright notice'],
		['a copyright notice with its sign', '© 2020 The Valley Courier', 'furniture', 'copyright notice'],
		['a link to the story’s source', 'Go to Source', 'furniture', 'call to click or read on'],
		['a date, a desk and the authors', 'March 3, 2020 – Levant Wire – By Jane Doe and Sam Roe', 'credit'],
		['a sharing button’s label', 'mastodon-dark sharing button', 'furniture', 'sharing controls'],
		[
			'a ticker of other stories',
			'Floods close the coastal road again | Council approves the new bridge | Striker signs for the city club',
			'furniture',
			'news ticker'
		],
		['a page’s identifier for the story', 'News ID : 48213', 'furniture', 'page identifier'],
		[
			'a podcast’s promotion',
			'Border Hour podcast - Voices from the Valley: in episode two we hear from the farmers',
			'furniture',
			'podcast or show promotion'
		],
		[
			'tags copied as words',
			'Valley Orontes regime forces Valley army Valley conflict Valley crisis world news local politics',
			'furniture',
			'tag list'
		],
		['a call to join a mailing list', 'Join the mailing list', 'furniture', 'cookie or subscription banner'],
		['a picture’s credit by its label', 'Image Credit: Levant Wire', 'credit'],
		['an archive page’s label', 'Category Archives: Valley province', 'furniture', 'tag list']
	])('drops %s', (_, line, reason, rule?: string) => {
		const { articles, dropped } = cleanCapture(
			['Troops enter the town after days of shelling', TEXT, line, MORE].join('\n')
		);
		expect(articles[0]!.paragraphs).toEqual([TEXT, MORE]);
		// Furniture names the shape that made it so; the other reasons are rules of their own.
		expect(dropped).toContainEqual(rule ? { line, reason, rule } : { line, reason });
	});

	it('keeps a sentence that says what something is powered by', () => {
		const line = 'The pumping station is powered by generators.';
		const { articles } = cleanCapture(
			['Troops enter the town after days of shelling', TEXT, line, MORE].join('\n')
		);
		expect(articles[0]!.paragraphs).toEqual([TEXT, line, MORE]);
	});
});

describe('what a page embeds in the text, and who wrote it', () => {
	const HEADLINE = 'Troops enter the town after days of shelling';

	it('drops an embedded post’s text under its handle, whatever its language or case', () => {
		const post = 'KONVOY SINIRI GECTI VE BOLGEYE ULASTI.';
		const { articles, dropped } = cleanCapture(
			[HEADLINE, '', TEXT, '', 'Valley Army', '', '@ValleyArmy', '', post, '', MORE].join('\n')
		);
		expect(articles[0]!.paragraphs).toEqual([TEXT, MORE]);
		expect(dropped).toContainEqual({ line: '@ValleyArmy', reason: 'embed' });
		expect(dropped).toContainEqual({ line: post, reason: 'embed' });
	});

	it('keeps the text after a handle when the handle is not on a line of its own', () => {
		const line = 'Follow @ValleyArmy for the statements the army posts each morning about the front.';
		const { articles } = cleanCapture([HEADLINE, TEXT, line, MORE].join('\n'));
		expect(articles[0]!.paragraphs).toEqual([TEXT, line, MORE]);
	});

	it('drops a note on the credited author under the text', () => {
		const note = 'Sam Reed is news editor of The Valley Courier.';
		const { articles, dropped } = cleanCapture(
			[HEADLINE, '', TEXT, MORE, '', 'Author: Sam Reed', '', note].join('\n')
		);
		expect(articles[0]!.paragraphs).toEqual([TEXT, MORE]);
		expect(dropped).toContainEqual({ line: note, reason: 'credit' });
	});

	it('keeps a sentence on a person the page does not credit as its author', () => {
		const line = 'Sam Reed is a farmer who fled the town with his family on Monday.';
		const { articles } = cleanCapture([HEADLINE, '', 'By Lena Ortiz', '', TEXT, line, MORE].join('\n'));
		expect(articles[0]!.paragraphs).toEqual([TEXT, line, MORE]);
	});

	it('keeps a crosshead that quotes someone, though a cut-off line follows it', () => {
		const crosshead = "'We had nowhere left to go'";
		const cut = 'Families living in the villages north of the town now fe';
		const { articles } = cleanCapture([HEADLINE, '', TEXT, MORE, '', crosshead, '', cut].join('\n'));
		expect(articles[0]!.paragraphs).toEqual([TEXT, MORE, `## ${crosshead}`, `## ${cut}`]);
	});

	it('drops a subscription box and a site’s promotion under the text, not the text', () => {
		const { articles } = cleanCapture(
			[
				HEADLINE,
				'',
				TEXT,
				MORE,
				'',
				'Discover more from The Valley Courier',
				'',
				'Subscribe to get the latest posts to your email.',
				'',
				"Don't miss a beat! The Valley Courier delivers the latest news from the valley.",
				'',
				'Leave a Reply'
			].join('\n')
		);
		expect(articles.map((a) => [a.title, a.paragraphs])).toEqual([[HEADLINE, [TEXT, MORE]]]);
	});
});

describe('what a page prints around the article', () => {
	const HEADLINE = 'Troops enter the town after days of shelling';

	it.each([
		['the outlet’s name opening with "The"', 'The Riverside Observatory For Civic Rights'],
		['a logo’s name glued to its tagline', 'The Riverside HeraldNews Without Fear'],
		['a name ending on an outlet word', 'Levant Valley News']
	])('takes %s above the headline for a masthead, not the headline', (_, masthead) => {
		const { articles, dropped } = cleanCapture([masthead, '', HEADLINE, '', TEXT, MORE].join('\n'));
		expect(articles.map((a) => [a.title, a.paragraphs])).toEqual([[HEADLINE, [TEXT, MORE]]]);
		expect(dropped).toContainEqual({ line: masthead, reason: 'before-title' });
	});

	it('keeps a title-case headline that only holds an outlet word in passing', () => {
		const headline = 'Regional Media Report Heavy Shelling Near Border';
		const { articles } = cleanCapture([headline, '', TEXT, MORE].join('\n'));
		expect(articles[0]?.title).toBe(headline);
	});

	it('drops a caption that carries no marker, by what it describes', () => {
		const caption = 'A man in a red scarf carries a sack of flour along a flooded road near the camp';
		const { articles, dropped } = cleanCapture([caption, '', HEADLINE, '', TEXT, MORE].join('\n'));
		expect(articles.map((a) => [a.title, a.paragraphs])).toEqual([[HEADLINE, [TEXT, MORE]]]);
		expect(dropped).toContainEqual({ line: caption, reason: 'caption' });
	});

	it('drops the caption a bare photo credit stands under, and the credit', () => {
		const caption = 'Volunteers clear rubble from a bakery after shelling on March 3, 2020 in the town.';
		const credit = 'JANE DOE/AFP/Getty Images';
		const { articles, dropped } = cleanCapture([HEADLINE, caption, '', credit, '', TEXT, MORE].join('\n'));
		expect(articles[0]!.paragraphs).toEqual([TEXT, MORE]);
		expect(articles[0]!.captions).toEqual([caption, credit]);
		expect(dropped.filter((d) => d.reason === 'caption').map((d) => d.line)).toEqual([caption, credit]);
	});

	it('keeps a paragraph of the text that a credit follows when it reads as text', () => {
		const { articles } = cleanCapture([HEADLINE, TEXT, 'Jane Doe/Levant Wire', MORE].join('\n'));
		expect(articles[0]!.paragraphs).toEqual([TEXT, MORE]);
	});

	it('drops a site’s statement of what it is for', () => {
		const mission =
			'To bring readers the news of the region in a fair and fast way, while remaining an independent news portal.';
		const { articles, dropped } = cleanCapture([HEADLINE, TEXT, MORE, '', mission].join('\n'));
		expect(articles[0]!.paragraphs).toEqual([TEXT, MORE]);
		expect(dropped).toContainEqual({
			line: mission,
			reason: 'furniture',
			rule: "site's statement of purpose"
		});
	});

	it('keeps a sentence of the text that opens with a purpose', () => {
		const line = 'To reach the town, aid convoys took the mountain road that the shelling had spared.';
		expect(cleanCapture([HEADLINE, TEXT, line].join('\n')).articles[0]!.paragraphs).toEqual([TEXT, line]);
	});

	it('drops a short label between the headline and the text, and keeps a longer standfirst', () => {
		const standfirst = 'Thousands flee as the front line moves north';
		const { articles, dropped } = cleanCapture(
			[HEADLINE, '', 'Chief Correspondent', '', standfirst, '', TEXT, MORE].join('\n')
		);
		expect(articles[0]!.paragraphs).toEqual([`## ${standfirst}`, TEXT, MORE]);
		expect(dropped).toContainEqual({ line: 'Chief Correspondent', reason: 'furniture', rule: 'short label' });
	});

	it('keeps a standfirst and a short crosshead that stand beside a picture', () => {
		const standfirst = 'Thousands flee as the front line moves north';
		const caption = 'Smoke rises over the town. (Jane Doe/Levant Wire)';
		const { articles } = cleanCapture([HEADLINE, standfirst, caption, 'Summary', TEXT, MORE].join('\n'));
		expect(articles[0]!.paragraphs).toEqual([`## ${standfirst}`, '## Summary', TEXT, MORE]);
	});

	it('keeps a dateline on its own line under a standfirst, or above the agency’s credit and a picture', () => {
		const standfirst = 'Thousands flee as the front line moves north';
		const caption = 'Smoke rises over the town. (Jane Doe/Levant Wire)';
		const underStandfirst = cleanCapture([HEADLINE, standfirst, caption, 'RUWAYHA, Syria', TEXT].join('\n'));
		expect(underStandfirst.articles[0]!.paragraphs).toEqual([`## ${standfirst}`, 'RUWAYHA, Syria', TEXT]);
		const aboveCredit = cleanCapture(
			[HEADLINE, '', 'BEIRUT', 'The Associated Press', caption, '', TEXT].join('\n')
		);
		expect(aboveCredit.articles[0]!.paragraphs).toEqual(['BEIRUT', TEXT]);
	});

	it('keeps a section label in capitals out of the text even when furniture stands before the text', () => {
		const { articles } = cleanCapture([HEADLINE, 'POLITICS', '4 MIN READ', TEXT].join('\n'));
		expect(articles[0]!.paragraphs).toEqual([TEXT]);
	});

	it('drops a reader’s first-person comment copied under a report', () => {
		const comment = 'I suspect the shelling will go on for as long as the talks drag on in the capital.';
		const { articles, dropped } = cleanCapture([HEADLINE, TEXT, MORE, '', comment].join('\n'));
		expect(articles[0]!.paragraphs).toEqual([TEXT, MORE]);
		expect(dropped).toContainEqual({ line: comment, reason: 'comment' });
	});

	it('keeps an article written in the first person, and quoted first persons', () => {
		const own = 'I crossed into the town on Monday with a convoy of aid trucks and their drivers.';
		const last = 'I left the next morning, before the shelling started again on the road south.';
		expect(cleanCapture([HEADLINE, own, TEXT, last].join('\n')).articles[0]!.paragraphs).toEqual([
			own,
			TEXT,
			last
		]);
		const quoted = '“I think the shelling will go on,” a resident of the town told reporters on Monday.';
		expect(cleanCapture([HEADLINE, TEXT, quoted].join('\n')).articles[0]!.paragraphs).toEqual([TEXT, quoted]);
	});
});

describe('datelines and update headings that look like time stamps', () => {
	const HEADLINE = 'Troops enter the town after days of shelling';

	it('keeps a place, its province and country with a numeric date as the dateline', () => {
		const dateline = 'Kafr Nahl – Rif Province – Levantia 14/03/2019';
		const { articles, dropped } = cleanCapture([HEADLINE, '', dateline, '', TEXT, MORE].join('\n'));
		expect(articles.map((a) => a.paragraphs)).toEqual([[dateline, TEXT, MORE]]);
		expect(dropped).toEqual([]);
		expect(datelineEnd(articles[0]!.body)).toBe(dateline.length);
	});

	it('still drops a bare numeric date and time under the headline', () => {
		const { articles, dropped } = cleanCapture([HEADLINE, '', '14/03/2019 10:45', '', TEXT].join('\n'));
		expect(articles.map((a) => a.paragraphs)).toEqual([[TEXT]]);
		expect(dropped).toEqual([
			{ line: '14/03/2019 10:45', reason: 'furniture', rule: 'three letters or fewer' }
		]);
	});

	it('keeps a live report’s update headings as crossheads of one article', () => {
		const { articles, dropped } = cleanCapture(
			[HEADLINE, '', '', 'UPDATE, 1430 GMT:', '', TEXT, '', '', 'UPDATE 2: 09:15 GMT', '', MORE].join('\n')
		);
		expect(articles.map((a) => [a.title, a.paragraphs])).toEqual([
			[HEADLINE, ['## UPDATE, 1430 GMT:', TEXT, '## UPDATE 2: 09:15 GMT', MORE]]
		]);
		expect(dropped).toEqual([]);
	});

	it('keeps a closing sentence credited to wire agencies, and still drops a credited picture', () => {
		const wire = `${MORE} Officials in the capital declined to comment on the talks. (dpa/NAN)`;
		const picture = 'Families leave the town on Monday. (Omar Haj Kadour/AFP)';
		const { articles, dropped } = cleanCapture([HEADLINE, '', TEXT, '', picture, '', wire].join('\n'));
		expect(articles.map((a) => a.paragraphs)).toEqual([[TEXT, wire]]);
		expect(dropped).toEqual([{ line: picture, reason: 'caption' }]);
	});

	it('keeps a sentence cut off after a comma where the capture ends', () => {
		const { articles, dropped } = cleanCapture([HEADLINE, '', TEXT, '', 'Last month,', ''].join('\n'));
		expect(articles.map((a) => a.paragraphs)).toEqual([[TEXT, 'Last month,']]);
		expect(dropped).toEqual([]);
		const label = cleanCapture([HEADLINE, '', TEXT, '', 'Most read', '', MORE].join('\n'));
		expect(label.dropped.map((d) => d.line)).toContain('Most read');
	});

	it('drops a page’s "Updated" stamp, which says when it was changed', () => {
		const { articles, dropped } = cleanCapture([HEADLINE, '', 'Updated 14:30 GMT', '', TEXT].join('\n'));
		expect(articles.map((a) => a.paragraphs)).toEqual([[TEXT]]);
		expect(dropped.map((d) => d.line)).toEqual(['Updated 14:30 GMT']);
	});
});

describe('what ends the article', () => {
	const HEADLINE = 'Troops enter the town after days of shelling';

	it.each([
		['a list of other stories', 'You might also like'],
		['a topic list', 'More on this topic:'],
		['related posts', 'Related Posts'],
		['a news agency’s other stories', 'Check Also']
	])('stops at %s and drops what follows', (_, marker) => {
		const { articles, dropped } = cleanCapture([HEADLINE, TEXT, marker, MORE].join('\n'));
		expect(articles[0]!.paragraphs).toEqual([TEXT]);
		expect(dropped).toContainEqual({ line: marker, reason: 'furniture', rule: 'list of other stories' });
		expect(dropped).toContainEqual({ line: MORE, reason: 'after-end' });
	});

	it('drops a teaser headline standing between the text and a list of other stories', () => {
		const teaser = 'Aid convoy reaches the border crossing after a week';
		const { articles, dropped } = cleanCapture(
			[HEADLINE, TEXT, '', teaser, '', 'You might also like'].join('\n')
		);
		expect(articles[0]!.paragraphs).toEqual([TEXT]);
		expect(dropped).toContainEqual({ line: teaser, reason: 'related-link' });
	});

	it('keeps a line cut off at the end of the capture, as text when it has a verb', () => {
		const cut = 'The talks did not resume as fighting has escalated si';
		const { articles } = cleanCapture([HEADLINE, TEXT, '', cut].join('\n'));
		expect(articles[0]!.paragraphs).toEqual([TEXT, cut]);
		const label = 'Aid convoy reaches the border';
		expect(cleanCapture([HEADLINE, TEXT, '', label].join('\n')).articles[0]!.paragraphs).toEqual([
			TEXT,
			`## ${label}`
		]);
	});

	it('keeps a sentence cut off under a picture, or after one participle, where the capture ends', () => {
		const credited = 'Smoke rises over the valley on Monday [Sam Reed/AFP]';
		const cut = 'A truce was agreed bet';
		expect(cleanCapture([HEADLINE, TEXT, credited, cut].join('\n')).articles[0]!.paragraphs).toEqual([
			TEXT,
			cut
		]);
		expect(cleanCapture([HEADLINE, TEXT, '', 'Bordering'].join('\n')).articles[0]!.paragraphs).toEqual([
			TEXT,
			'Bordering'
		]);
	});

	it('drops a comment form’s notice with its rule, and ends the article there', () => {
		const notice = 'Your email address will not be published. Required fields are marked *';
		const { articles, dropped } = cleanCapture([HEADLINE, TEXT, notice, MORE].join('\n'));
		expect(articles[0]!.paragraphs).toEqual([TEXT]);
		expect(dropped).toContainEqual({ line: notice, reason: 'furniture', rule: 'comment section' });
	});

	it('ends where a comment form starts', () => {
		const { articles } = cleanCapture([HEADLINE, TEXT, 'Please enter your comment!', MORE].join('\n'));
		expect(articles[0]!.paragraphs).toEqual([TEXT]);
	});

	it('ends where a comment count heads the readers’ comments, and not above the text', () => {
		const comments = ['1. ValleyReader says', 'finish it, this time.', 'move on to the coast.'];
		const { articles, dropped } = cleanCapture(
			[HEADLINE, TEXT, MORE, '', '2 Comments', ...comments].join('\n')
		);
		expect(articles[0]!.paragraphs).toEqual([TEXT, MORE]);
		expect(dropped.slice(-2)).toEqual(comments.slice(1).map((line) => ({ line, reason: 'after-end' })));
		const counted = cleanCapture([HEADLINE, '3 Comments', TEXT, MORE].join('\n'));
		expect(counted.articles[0]!.paragraphs).toEqual([TEXT, MORE]);
	});

	it('keeps a quoted plea for help and a sentence on donations as text', () => {
		const plea = '“Nobody comes to help us keep warm,” said a mother of four in the camp.';
		const donors = 'Donations from abroad paid for the new tents, the camp’s manager said on Sunday.';
		const { articles } = cleanCapture([HEADLINE, TEXT, plea, donors].join('\n'));
		expect(articles[0]!.paragraphs).toEqual([TEXT, plea, donors]);
	});
});

describe('links to other stories inside the text', () => {
	const HEADLINE = 'Troops enter the town after days of shelling';

	it('drops bulleted links set tight between paragraphs', () => {
		const links = ['• Pictures show the damage to the old market', '• Why does the river crossing matter?'];
		const { articles, dropped } = cleanCapture([HEADLINE, '', TEXT, '', ...links, '', MORE].join('\n'));
		expect(articles[0]!.paragraphs).toEqual([TEXT, MORE]);
		expect(dropped).toEqual(links.map((line) => ({ line, reason: 'related-link' })));
	});

	it('keeps bulleted points that are sentences, and a single bulleted crosshead', () => {
		const points = ['• Two clinics closed on Monday.', '• The water supply was cut.'];
		const { articles } = cleanCapture(
			[HEADLINE, '', TEXT, '', ...points, '', '• What happened?', '', MORE].join('\n')
		);
		expect(articles[0]!.paragraphs).toEqual([TEXT, ...points, '• What happened?', MORE]);
	});
});

describe('text printed twice', () => {
	it('keeps a paragraph the page prints twice, as both are the article’s text', () => {
		const { articles, dropped } = cleanCapture(
			['Troops enter the town after days of shelling', TEXT, MORE, TEXT].join('\n')
		);
		expect(articles[0]!.paragraphs).toEqual([TEXT, MORE, TEXT]);
		expect(dropped).toEqual([]);
	});

	it('drops the headline printed again behind a list bullet as a repeat', () => {
		const headline = 'Troops enter the town after days of shelling';
		const { articles, dropped } = cleanCapture([headline, '', `  • ${headline}`, '', TEXT, MORE].join('\n'));
		expect(articles[0]!.title).toBe(headline);
		expect(articles[0]!.paragraphs).toEqual([TEXT, MORE]);
		expect(dropped).toContainEqual({ line: `• ${headline}`, reason: 'repeated' });
	});
});

describe('crossheads and headlines by their shape', () => {
	const HEADLINE = 'Troops enter the town after days of shelling';

	it('keeps a crosshead in capitals that carries a verb, and drops a section label', () => {
		const cross = '12 FAMILIES WERE DISPLACED';
		const { articles, dropped } = cleanCapture([HEADLINE, TEXT, '', cross, '', MORE].join('\n'));
		expect(articles[0]!.paragraphs).toEqual([TEXT, `## ${cross}`, MORE]);
		expect(dropped).toEqual([]);
		const label = cleanCapture([HEADLINE, TEXT, '', 'WORLD NEWS', '', MORE].join('\n'));
		expect(label.articles[0]!.paragraphs).toEqual([TEXT, MORE]);
	});

	it('keeps a line the page broke mid-sentence as text, not a new story, and a short crosshead after it', () => {
		const broken = 'It is the third convoy this month. The last one came in March during';
		const cut = 'Aid agencies said on Sunday that the crossing would stay open for another week,';
		const { articles } = cleanCapture(
			[HEADLINE, TEXT, '', '', broken, '', 'the truce.', '', '', 'Border crossings', '', cut].join('\n')
		);
		expect(articles).toHaveLength(1);
		expect(articles[0]!.paragraphs).toEqual([TEXT, broken, 'the truce.', '## Border crossings', cut]);
	});

	it('reads a hard-wrapped paragraph as text, not as headings, and takes the headline over its coded copy', () => {
		const wrapped = [
			'XQ-12 Convoy reaches the border town after long delay',
			'',
			'XQ-12',
			'',
			'Convoy reaches the border town after long delay',
			'',
			'AMMAN, May 2, 2019 (Wire) - An aid convoy of forty trucks reached the',
			'border town on Thursday after waiting nine days at a checkpoint on the',
			'main road, the United Nations said.',
			'',
			'Officials of the agency said the drivers had been held by a dispute over',
			'Permits that were issued in the capital last month, and that the goods',
			'were intact.'
		];
		const { articles } = cleanCapture(wrapped.join('\n'));
		expect(articles).toHaveLength(1);
		expect(articles[0]!.title).toBe('Convoy reaches the border town after long delay');
		expect(articles[0]!.paragraphs).toEqual(wrapped.slice(6).filter(Boolean));
	});

	it('reads a short name right above a time stamp as the report’s source, not a crosshead', () => {
		const { articles } = cleanCapture(
			[HEADLINE, '', TEXT, '', 'Valley Wire Service', '3rd June 2019, 10:05 GMT+3', '', MORE].join('\n')
		);
		expect(articles[0]!.paragraphs).toEqual([TEXT, MORE]);
		expect(articles[0]!.byline).toBe('Valley Wire Service');
		const crosshead = cleanCapture([HEADLINE, '', TEXT, '', 'Border Crossings', '', MORE].join('\n'));
		expect(crosshead.articles[0]!.paragraphs).toEqual([TEXT, '## Border Crossings', MORE]);
	});

	it('keeps a headline with text right under it where a capture shows no wrapped lines', () => {
		const { articles } = cleanCapture(
			['Convoy reaches the border town after long delay', TEXT, '', 'Relief groups in the area', MORE].join(
				'\n'
			)
		);
		expect(articles[0]!.title).toBe('Convoy reaches the border town after long delay');
		expect(articles[0]!.paragraphs).toEqual([TEXT, '## Relief groups in the area', MORE]);
	});

	it('takes a headline flagged as breaking news over a site’s name above it', () => {
		const flash = 'URGENT: Troops enter the town after days of shelling';
		const { articles, dropped } = cleanCapture(['Radio Ten Weekly', '', flash, '', TEXT, MORE].join('\n'));
		expect(articles.map((a) => a.title)).toEqual([flash]);
		expect(dropped).toContainEqual({ line: 'Radio Ten Weekly', reason: 'before-title' });
	});

	it('takes the headline when an age notice stands between it and the standfirst', () => {
		const standfirst = 'The move marks a turning point for the province, the last stronghold';
		const { articles } = cleanCapture(
			[HEADLINE, '', 'This article is more than 3 years old', '', standfirst, '', TEXT, MORE].join('\n')
		);
		expect(articles[0]).toMatchObject({ title: HEADLINE });
		expect(articles[0]!.paragraphs).toEqual([`## ${standfirst}`, TEXT, MORE]);
	});

	it('starts a live report cut above its first update heading at that heading', () => {
		const { articles, dropped } = cleanCapture(['UPDATE, 0930 GMT:', '', TEXT, '', MORE].join('\n'));
		expect(articles[0]).toMatchObject({ title: TEXT, titleInferred: true });
		expect(articles[0]!.paragraphs).toEqual(['## UPDATE, 0930 GMT:', TEXT, MORE]);
		expect(dropped).toEqual([]);
	});
});

describe('page titles, epigraphs, navigation, comment widgets and dated headlines', () => {
	const HEADLINE = 'Troops take the hilltop village after a week of shelling';

	it('drops the page’s title above the headline it repeats with the site’s name', () => {
		const { articles, dropped } = cleanCapture(
			[`${HEADLINE} - ValleyCourier`, '', HEADLINE, '', TEXT, MORE].join('\n')
		);
		expect(articles.map((a) => [a.title, a.paragraphs])).toEqual([[HEADLINE, [TEXT, MORE]]]);
		expect(dropped).toEqual([
			{ line: `${HEADLINE} - ValleyCourier`, reason: 'before-title', rule: 'page title' }
		]);
	});

	it('keeps a headline with a dash and a site-like ending when no bare copy follows', () => {
		const line = 'Fighting spreads to the plain - Red Crescent';
		const { articles } = cleanCapture([line, '', TEXT, MORE].join('\n'));
		expect(articles[0]!.title).toBe(line);
	});

	it('does not take a quotation’s attribution at the top of a blog for the headline', () => {
		const { articles, dropped } = cleanCapture(
			[
				'"The river does not ask the stones for leave, and the stones do not answer it."',
				'',
				'Nadim Sayegh (Letters from the Coast)',
				'',
				'Friday, March 1, 2019',
				'',
				HEADLINE,
				'',
				TEXT,
				MORE
			].join('\n')
		);
		expect(articles.map((a) => [a.title, a.paragraphs])).toEqual([[HEADLINE, [TEXT, MORE]]]);
		expect(dropped.map((d) => d.line)).toContain('Nadim Sayegh (Letters from the Coast)');
	});

	it.each([['Go to home page'], ['Back to top Go to home page clear'], ['Home | Back to top']])(
		'drops a row of navigation links: %s',
		(line) => {
			const { articles, dropped } = cleanCapture([HEADLINE, TEXT, line, MORE].join('\n'));
			expect(articles[0]!.paragraphs).toEqual([TEXT, MORE]);
			expect(dropped).toEqual([{ line, reason: 'furniture', rule: 'navigation links' }]);
		}
	);

	it('keeps a sentence that goes back to somewhere', () => {
		const line = 'Back to the town came the families who had fled in the winter.';
		const { articles } = cleanCapture([HEADLINE, TEXT, line].join('\n'));
		expect(articles[0]!.paragraphs).toEqual([TEXT, line]);
	});

	it('ends the text at a comment widget’s controls, so a reader’s comment under them is not text', () => {
		const comment = 'The army should never have gone in.';
		const { articles, dropped } = cleanCapture(
			[HEADLINE, TEXT, MORE, '3 1 vote', 'Notify of', 'View all comments', comment].join('\n')
		);
		expect(articles[0]!.paragraphs).toEqual([TEXT, MORE]);
		expect(dropped.find((d) => d.line === comment)?.reason).toBe('after-end');
		expect(dropped.find((d) => d.line === 'View all comments')?.rule).toBe('comment section');
	});

	it('credits the sources a post names under its text with the year', () => {
		const line = 'Coastal Wire / Plains Radio News 2020.';
		const { articles, dropped } = cleanCapture([HEADLINE, TEXT, line, MORE].join('\n'));
		expect(articles[0]!.paragraphs).toEqual([TEXT, MORE]);
		expect(articles[0]!.byline).toBe(line);
		expect(dropped).toEqual([{ line, reason: 'credit' }]);
	});

	it('takes a headline dated after a dash for the headline, not for a time stamp', () => {
		const line = 'Battle for the Ghab Plain – 23/1/18';
		const { articles, dropped } = cleanCapture([line, '', TEXT, MORE].join('\n'));
		expect(articles[0]).toMatchObject({ title: line, paragraphs: [TEXT, MORE] });
		expect(articles[0]!.titleInferred).toBeUndefined();
		expect(dropped).toEqual([]);
	});

	it('still reads a posted-by stamp with a numeric date as a time stamp', () => {
		const line = 'Posted by the news desk - 23/1/18';
		const { dropped } = cleanCapture([HEADLINE, line, TEXT].join('\n'));
		expect(dropped).toEqual([{ line, reason: 'furniture', rule: 'time stamp' }]);
	});

	it('takes a headline with the page’s date and clock glued to its end for the headline', () => {
		const line = 'Troops take the hilltop village after a week of shelling Friday, March 1, 2019 4:05:12 PM';
		const { articles, dropped } = cleanCapture([line, '', TEXT, MORE].join('\n'));
		expect(articles[0]).toMatchObject({ title: line, paragraphs: [TEXT, MORE] });
		expect(articles[0]!.titleInferred).toBeUndefined();
		expect(dropped).toEqual([]);
	});

	it.each([
		['a byline', 'By Jane Doe Friday, March 1, 2019 4:05 PM'],
		['a posted-on stamp', 'Posted on the news desk page Friday, March 1, 2019 4:05 PM'],
		['a bare date with no weekday or clock', 'Troops take the hilltop village after a week, March 1, 2019']
	])('still reads %s ending on a date as no headline', (_, line) => {
		const { articles } = cleanCapture([HEADLINE, line, TEXT, MORE].join('\n'));
		expect(articles[0]!.title).toBe(HEADLINE);
		expect(articles[0]!.paragraphs).toEqual([TEXT, MORE]);
	});

	it('reads past the agencies in a dateline’s brackets: they filed the story, not a picture', () => {
		const line = `AlMasna, Syria, Dec 7 (AFP/APP): ${TEXT}`;
		expect(datelineEnd(line)).toBe('AlMasna, Syria, Dec 7 (AFP/APP): '.length);
		const { articles } = cleanCapture([HEADLINE, line, MORE].join('\n'));
		expect(articles[0]!.paragraphs).toEqual([line, MORE]);
	});
});

describe('the outlet’s name inside the text', () => {
	it.each([['Coast English'], ['Valley News'], ['Plains Daily Press']])(
		'drops a logo printed between paragraphs: %s',
		(line) => {
			const { articles, dropped } = cleanCapture(
				['Troops take the hilltop village after a week of shelling', TEXT, line, MORE].join('\n')
			);
			expect(articles[0]!.paragraphs).toEqual([TEXT, MORE]);
			expect(dropped).toEqual([{ line, reason: 'furniture', rule: 'masthead' }]);
		}
	);

	it.each([['Russia’s stance'], ['The observation post'], ['Reaction in the capital']])(
		'keeps a crosshead that names a topic: %s',
		(line) => {
			const { articles } = cleanCapture(
				['Troops take the hilltop village after a week of shelling', TEXT, line, MORE].join('\n')
			);
			expect(articles[0]!.paragraphs).toEqual([TEXT, `## ${line}`, MORE]);
		}
	);
});

describe('post navigation and an author’s box end the text', () => {
	const HEADLINE = 'Troops take the hilltop village after a week of shelling';
	const TEASER = 'Aid convoy reaches the camps near the border';

	it.each([['Previous article'], ['« Previous Post'], ['Next Post »'], ['Up next'], ['Next']])(
		'drops %s and the other posts’ headlines under it',
		(marker) => {
			const { articles, dropped } = cleanCapture(
				[HEADLINE, '', TEXT, '', MORE, '', marker, TEASER].join('\n')
			);
			expect(articles.map((a) => a.paragraphs)).toEqual([[TEXT, MORE]]);
			expect(dropped).toEqual([
				{ line: marker, reason: 'furniture', rule: 'post navigation' },
				{ line: TEASER, reason: 'after-end' }
			]);
		}
	);

	it('drops an author’s box under the text, its biography included', () => {
		const bio = 'Lina Haddad is a reporter covering the region for the Valley Courier.';
		const { articles, dropped } = cleanCapture([HEADLINE, TEXT, MORE, 'About the author', bio].join('\n'));
		expect(articles[0]!.paragraphs).toEqual([TEXT, MORE]);
		expect(dropped).toEqual([
			{ line: 'About the author', reason: 'furniture', rule: 'author box' },
			{ line: bio, reason: 'after-end' }
		]);
	});

	it('ends nothing before the text starts', () => {
		const { articles } = cleanCapture([HEADLINE, 'Next', TEXT, MORE].join('\n'));
		expect(articles[0]!.paragraphs).toEqual([TEXT, MORE]);
	});

	it('keeps a sentence that opens on “next”', () => {
		const line = 'Next, the army turned north towards the highway, residents said.';
		const { articles } = cleanCapture([HEADLINE, TEXT, line, MORE].join('\n'));
		expect(articles[0]!.paragraphs).toEqual([TEXT, line, MORE]);
	});
});

describe('a wrapped opening line, an asking headline, a source’s date line and a dated agency credit', () => {
	it('takes a headline above hard-wrapped text whose first line the wrap left short', () => {
		const { articles, dropped } = cleanCapture(
			[
				'Convoy heads for the posts in the countryside',
				'Sunday 22/December/2019 - 04:25 PM',
				'',
				'An armoured Turkish column this evening, from',
				'the border crossing towards the posts in the hills of the',
				'south, a monitor said on Saturday.',
				'The convoy reached the hill post in the plain after dark, as the',
				'government forces advanced close to another post in the east.'
			].join('\n')
		);
		expect(articles).toHaveLength(1);
		expect(articles[0]!.title).toBe('Convoy heads for the posts in the countryside');
		expect(articles[0]!.titleInferred).toBeUndefined();
		expect(articles[0]!.body).toContain('An armoured Turkish column this evening, from');
		expect(dropped.map((d) => d.reason)).toEqual(['furniture']);
	});

	it('takes a headline that asks or exclaims, set apart above the first paragraph', () => {
		const { articles, dropped } = cleanCapture(
			['Jan 5 2020', '', 'Another truce in the north; will it hold?!', '', `${TEXT} ${MORE}`].join('\n')
		);
		expect(articles[0]).toMatchObject({ title: 'Another truce in the north; will it hold?!' });
		expect(articles[0]!.titleInferred).toBeUndefined();
		expect(dropped.map((d) => d.line)).toEqual(['Jan 5 2020']);
	});

	it('reads no quotation and no question under the text as a headline', () => {
		const quoted = cleanCapture(['“Where will we go now?”', '', `${TEXT} ${MORE}`].join('\n'));
		expect(quoted.articles[0]).toMatchObject({ titleInferred: true });
		const { articles } = cleanCapture(
			['Troops enter the town after days of shelling', '', TEXT, '', 'Will the truce hold?', '', MORE].join(
				'\n'
			)
		);
		expect(articles).toHaveLength(1);
		expect(articles[0]!.paragraphs).toEqual([TEXT, 'Will the truce hold?', MORE]);
	});

	it('drops a source’s name and publication date under a headline', () => {
		const { articles, dropped } = cleanCapture(
			['Leaders agree a buffer zone in the north', '- Star TV Published on Mar 3, 2020', TEXT].join('\n')
		);
		expect(articles[0]!.paragraphs).toEqual([TEXT]);
		expect(dropped).toEqual([
			{ line: '- Star TV Published on Mar 3, 2020', reason: 'furniture', rule: 'date line' }
		]);
	});

	it('keeps a sentence that says when something was published', () => {
		const line = 'The Ministry published on Mar 3, 2020 a list of the villages it had retaken in the north.';
		const { articles } = cleanCapture(
			['Troops enter the town after days of shelling', TEXT, line].join('\n')
		);
		expect(articles[0]!.paragraphs).toEqual([TEXT, line]);
	});

	it('reads a line closed by a date and an agency in capitals as a picture’s caption', () => {
		const caption = 'Armoured vehicles patrol the border near the town, Turkey, March 8, 2019. REUTERS';
		const { articles, dropped } = cleanCapture(
			['Troops enter the town after days of shelling', caption, TEXT, MORE].join('\n')
		);
		expect(articles[0]!.paragraphs).toEqual([TEXT, MORE]);
		expect(articles[0]!.captions).toEqual([caption]);
		expect(dropped).toEqual([{ line: caption, reason: 'caption' }]);
	});

	it('keeps a sentence that ends on a date or quotes an agency', () => {
		const dated = 'The convoy crossed into the province on the morning of March 8, 2019.';
		const quoted = 'The army said the town was retaken on March 8, 2019, the agency REUTERS reported.';
		const { articles } = cleanCapture(
			['Troops enter the town after days of shelling', dated, quoted].join('\n')
		);
		expect(articles[0]!.paragraphs).toEqual([dated, quoted]);
	});
});

describe('session 19 shapes: copyright lines, crossheads in capitals, text cut short', () => {
	const HEAD = 'Troops enter the town after days of shelling';

	it('keeps a sentence about copyright and a headline that opens with the word', () => {
		const sentence = 'Copyright on the photographs was claimed by the agency in 2019.';
		const headline = 'Copyright Dispute Goes To Court In 2019';
		const { articles } = cleanCapture([HEAD, TEXT, sentence, headline, MORE].join('\n'));
		expect(articles[0]!.paragraphs).toEqual([TEXT, sentence, `## ${headline}`, MORE]);
	});

	it('keeps a date line that is a sentence, not a byline block', () => {
		const line = 'March 3, 2020 – Troops entered the town on Tuesday, said a report by Jane Doe.';
		const { articles } = cleanCapture([HEAD, TEXT, line, MORE].join('\n'));
		expect(articles[0]!.paragraphs).toEqual([TEXT, line, MORE]);
	});

	it('keeps a report’s section head in capitals between a bulleted point and its text', () => {
		const point = `• ${MORE}`;
		const { articles, dropped } = cleanCapture([HEAD, point, 'KEY FIGURES', TEXT].join('\n'));
		expect(articles[0]!.paragraphs).toEqual([point, '## KEY FIGURES', TEXT]);
		expect(dropped).toEqual([]);
		const plain = cleanCapture([HEAD, TEXT, 'KEY FIGURES', MORE].join('\n'));
		expect(plain.articles[0]!.paragraphs).toEqual([TEXT, MORE]);
	});

	it('still drops a label in capitals that heads links, tags or the page', () => {
		const links = cleanCapture([HEAD, TEXT, 'TOPICS', 'Border crossings', 'Aid convoys', MORE].join('\n'));
		expect(links.dropped).toContainEqual({
			line: 'TOPICS',
			reason: 'furniture',
			rule: 'section label in capitals'
		});
		const onTop = cleanCapture(['WORLD', HEAD, TEXT, MORE].join('\n'));
		expect(onTop.articles[0]!.paragraphs).toEqual([TEXT, MORE]);
		const noHeadline = cleanCapture(['MIDDLE EAST', TEXT, MORE].join('\n'));
		expect(noHeadline.articles[0]!.paragraphs).toEqual([TEXT, MORE]);
	});

	it('keeps the capture’s long last line that its end cut short after a label', () => {
		const cut =
			'Field notes: Eastern Hama: The army has continued its shelling of the villages north of the road towards the ri';
		const { articles } = cleanCapture([HEAD, TEXT, MORE, '', cut].join('\n'));
		expect(articles[0]!.paragraphs).toEqual([TEXT, MORE, cut]);
	});

	it('still drops a short teaser under the text at the capture’s end', () => {
		const teaser = 'Related: Aid convoy has reached the camps';
		const { articles } = cleanCapture([HEAD, TEXT, MORE, '', teaser].join('\n'));
		expect(articles[0]!.paragraphs).toEqual([TEXT, MORE]);
	});
});

describe('code, credits, date lines and cut openings (session 23)', () => {
	const HEADLINE = 'Village Watch: Soldiers Enter Hilltop Villages in the Northern Province';

	it('drops style-sheet and script lines as furniture, and keeps prose with braces or calls', () => {
		const { articles, dropped } = cleanCapture(
			[
				HEADLINE,
				'',
				TEXT,
				MORE,
				'',
				'@media print { body: none }',
				'.entry-title { font-size: 1.2em; color: #333 }',
				'window.adQueue.push(function() { window.adQueue.render',
				'loadWidget(() => { init',
				'The statement (issued on Sunday) said the talks {in Geneva} would resume.'
			].join('\n')
		);
		expect(dropped.filter((d) => d.rule === 'style sheet or script').map((d) => d.line)).toHaveLength(4);
		expect(articles[0]!.paragraphs).toContain(
			'The statement (issued on Sunday) said the talks {in Geneva} would resume.'
		);
	});

	it('reads a translator’s credit and a date-and-outlet line between dashes, keeping the headline', () => {
		const { articles, dropped } = cleanCapture(
			[
				HEADLINE,
				'',
				'March 3rd, 2018 – Valley Courier News –',
				'',
				'– Levant Wire – – translated by Jane Roe –',
				'',
				TEXT,
				MORE
			].join('\n')
		);
		expect(articles[0]).toMatchObject({ title: HEADLINE, paragraphs: [TEXT, MORE] });
		expect(articles[0]!.byline).toContain('translated by Jane Roe');
		expect(dropped.find((d) => d.line.startsWith('March'))).toMatchObject({ rule: 'names and dates' });
	});

	it('keeps a sentence that says what was translated, and a headline with a dash', () => {
		const said = 'The letter was translated by the ministry and sent to Ankara on Monday.';
		const { articles } = cleanCapture([HEADLINE, '', TEXT, said].join('\n'));
		expect(articles[0]!.paragraphs).toEqual([TEXT, said]);
		const dashed = 'Shelling resumes in the south – residents flee to the border';
		expect(cleanCapture([dashed, '', TEXT].join('\n')).articles[0]!.title).toBe(dashed);
	});

	it('drops a pointer to the full article on another site', () => {
		const { articles, dropped } = cleanCapture(
			[HEADLINE, '', TEXT, MORE, 'See the full article at valleycourier.example'].join('\n')
		);
		expect(articles[0]!.paragraphs).toEqual([TEXT, MORE]);
		expect(dropped.at(-1)).toMatchObject({ rule: 'call to click or read on' });
	});

	it('starts at a first line that opens in lowercase, a sentence cut by the capture', () => {
		const tail =
			'in the northern countryside, the sources added, the gunmen seized the main depot near the hill.';
		const filed = 'BEIRUT – Fighting between rival armed groups resumed in the west on Monday.';
		const { articles, dropped } = cleanCapture([tail, '', 'Levant Friends', '', filed, TEXT].join('\n'));
		expect(articles).toHaveLength(1);
		expect(articles[0]).toMatchObject({ titleInferred: true, paragraphs: [tail, filed, TEXT] });
		expect(dropped).toEqual([
			{ line: 'Levant Friends', reason: 'furniture', rule: 'label above a dateline' }
		]);
	});

	it('keeps a crosshead above a paragraph with no dateline', () => {
		const { articles } = cleanCapture([HEADLINE, '', TEXT, '', 'Families flee', '', MORE].join('\n'));
		expect(articles[0]!.paragraphs).toEqual([TEXT, '## Families flee', MORE]);
	});
});
