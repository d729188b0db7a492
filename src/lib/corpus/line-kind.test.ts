import { describe, expect, it } from 'vitest';
import { classify } from './line-kind';

/** The kind of a line read alone, with the furniture rule when there is one. */
function read(line: string, site?: string): [string, string | undefined] {
	const why: { rule?: string } = {};
	return [classify(line, site, why), why.rule];
}

describe('a line read alone', () => {
	it.each([
		['', 'blank', undefined],
		['Troops enter the town after days of shelling', 'headline', undefined],
		['Government forces entered the town on Thursday, residents said.', 'prose', undefined],
		['Share this article', 'furniture', 'page control or count'],
		['Go to home page', 'furniture', 'navigation links'],
		['Battle for the Ghab Plain – 23/1/18', 'headline', undefined],
		['Posted by the news desk - 23/1/18', 'furniture', 'time stamp'],
		['Coastal Wire / Plains Radio News 2020.', 'credit', undefined],
		['View all comments', 'furniture', 'comment section'],
		['— Some Agency (@someagency) January 7, 2018', 'embed', undefined],
		['SAMI HADDAD/AFP/Getty Images', 'caption', undefined],
		['By Lina Haddad', 'credit', undefined],
		[
			'A fighter fires near the town of Kafr Tal in Hama province, Syria, Tuesday, March 3, 2020.',
			'caption',
			undefined
		],
		['قصف على البلدة', 'other-script', undefined]
	])('reads %j as %s', (line, kind, rule) => {
		expect(read(line)).toEqual([kind, rule]);
	});

	it('reads past the agencies in a dateline’s brackets', () => {
		expect(read('AlMasna, Syria, Dec 7 (AFP/APP): Air strikes killed 12 civilians, a monitor said.')).toEqual(
			['prose', undefined]
		);
	});

	it('reads a headline with the site’s name after a dash as a caption of that site', () => {
		expect(read('Smoke over the town - Valley Courier', 'Valley Courier')[0]).toBe('caption');
	});
});
