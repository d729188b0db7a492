import { describe, expect, it } from 'vitest';
import {
	AUTHOR_BOX,
	COMMENTS_START,
	NAVIGATION,
	POST_NAVIGATION,
	endsText,
	isAppeal,
	isMasthead,
	isMenu,
	isTagRun,
	isTextMasthead,
	isTicker,
	namesAndDates
} from './furniture';

describe('furniture shapes', () => {
	it('reads a masthead at the top of a page and one printed inside the text', () => {
		expect(isMasthead('The Valley Post')).toBe(true);
		expect(isMasthead('Troops enter the town after shelling')).toBe(false);
		expect(isTextMasthead('Coast English')).toBe(true);
		expect(isTextMasthead('Valley News')).toBe(true);
		expect(isTextMasthead('Russia’s stance')).toBe(false);
		expect(isTextMasthead('The observation post')).toBe(false);
	});

	it('reads a menu or a toolbar, and not a long headline', () => {
		expect(
			isMenu('Home World Politics Business Sport Culture Science Health Travel Opinion Video Podcasts')
		).toBe(true);
		expect(isMenu('Troops Enter The Town Of Saraqib After A Week Of Shelling From The North')).toBe(false);
	});

	it('reads a ticker of headlines between bars, and not names and dates between them', () => {
		expect(
			isTicker('Floods close the coastal road | Council approves the bridge plan | Striker signs for city')
		).toBe(true);
		expect(isTicker('Radio Ten | Sam Reed | 4 March 2019')).toBe(false);
	});

	it('reads tags copied as words, and not a sentence or a toolbar of dates', () => {
		expect(
			isTagRun('Valley Orontes regime forces Valley army Valley conflict Valley crisis world news politics')
		).toBe(true);
		expect(
			isTagRun('Government forces entered the town on Thursday after days of shelling, residents said')
		).toBe(false);
		expect(isTagRun('Sam Reed seconds ago Thu 22nd August 2019 04 35 PM Valley News Desk Editor')).toBe(
			false
		);
	});

	it('reads an appeal that asks, and leaves a sentence about donations', () => {
		expect(isAppeal('Do you like this content? Consider helping us!')).toBe(true);
		expect(isAppeal('The charity said donations had fallen by half since the spring.')).toBe(false);
	});

	it.each(['Go to home page', 'Back to top Go to home page clear', 'Home | Back to top'])(
		'reads a row of navigation links: %s',
		(line) => expect(NAVIGATION.test(line)).toBe(true)
	);

	it('leaves a sentence that goes back to somewhere', () => {
		expect(NAVIGATION.test('Back to the town came the families.')).toBe(false);
	});

	it.each(['Leave a Reply', 'View all comments', 'Notify of', 'Notify me of follow-up comments by email'])(
		'reads the start of a comment section: %s',
		(line) => expect(COMMENTS_START.test(line)).toBe(true)
	);

	it('reads names and dates between pipes, and not a headline’s segments', () => {
		expect(namesAndDates('Valley Radio| Lina Haddad| 10 October 2017')).toBe(true);
		expect(namesAndDates('Troops enter the town | World | 10 October 2017')).toBe(false);
	});

	it.each(['« Previous Post', 'Next article', 'Next Post »', 'Up next', 'Older'])(
		'reads links to the posts around this one: %s',
		(line) => expect([POST_NAVIGATION.test(line), endsText(line)]).toEqual([true, true])
	);

	it('reads an author’s box heading, and not a sentence about the author', () => {
		expect(AUTHOR_BOX.test('About the author')).toBe(true);
		expect(endsText('About the author:')).toBe(true);
		expect(endsText('About the author of the report, little is known.')).toBe(false);
		expect(endsText('Next, the army turned north.')).toBe(false);
	});
});
