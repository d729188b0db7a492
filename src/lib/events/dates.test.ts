import { describe, expect, it } from 'vitest';
import { gateOpen, gateText } from '../core/regex';
import { DATE_GATES, datePhrases, timedByYearOnly } from './dates';
import { line } from './sentence-fixture';

describe('datePhrases', () => {
	const one = (s: string, published: string) =>
		datePhrases(s, published).map(({ date, precision, speech }) => ({ date, precision, speech }));

	it('reads the weekend, the day before yesterday, a day written after yesterday, parts of a named day and mid-month', () => {
		const dates = (s: string, published: string) => one(s, published).map((d) => `${d.date} ${d.precision}`);
		expect(dates('Guns fell silent over the weekend.', '2020-02-06')).toEqual(['2020-02-01 week']);
		expect(dates('Guns fell silent over the weekend.', '2020-02-09')).toEqual(['2020-02-08 week']);
		expect(dates('Guns fell silent last weekend.', '2020-02-09')).toEqual(['2020-02-01 week']);
		expect(dates('Troops moved the day before yesterday.', '2020-02-07')).toEqual(['2020-02-05 day']);
		expect(dates('Troops moved yesterday (February 5).', '2020-02-07')).toEqual(['2020-02-05 day']);
		expect(dates('Troops moved on the night of February 4.', '2020-02-07')).toEqual(['2020-02-04 day']);
		expect(dates('Troops moved in mid-January.', '2020-02-07')).toEqual(['2020-01-01 month']);
	});

	it('counts weekdays and relative phrases back from the publication day', () => {
		expect(one('Troops entered on Friday.', '2020-02-07')).toEqual([
			{ date: '2020-02-07', precision: 'day', speech: false }
		]);
		expect(one('Troops entered yesterday.', '2020-02-07')).toEqual([
			{ date: '2020-02-06', precision: 'day', speech: false }
		]);
		expect(one('Troops entered two days ago.', '2020-02-07')).toEqual([
			{ date: '2020-02-05', precision: 'day', speech: false }
		]);
		expect(one('Troops entered last week.', '2020-02-07')).toEqual([
			{ date: '2020-01-27', precision: 'week', speech: false }
		]);
		expect(one('Troops entered earlier this month.', '2020-02-07')).toEqual([
			{ date: '2020-02-01', precision: 'month', speech: false }
		]);
		expect(one('They agreed last September.', '2019-08-29')).toEqual([
			{ date: '2018-09-01', precision: 'month', speech: false }
		]);
	});

	it('reads explicit dates, guessing a missing year as the latest not after publication', () => {
		expect(one('The town fell on December 30.', '2020-01-05')).toEqual([
			{ date: '2019-12-30', precision: 'day', speech: false }
		]);
		expect(one('The offensive began in April 2019.', '2020-10-15')).toEqual([
			{ date: '2019-04-01', precision: 'month', speech: false }
		]);
	});

	it('marks the day a statement was made, and drops spans, deadlines and future days', () => {
		expect(one('The ministry said on Monday that troops entered.', '2020-02-05')[0]?.speech).toBe(true);
		expect(one('Since April 26, 2019, jets struck daily.', '2019-06-03')).toEqual([]);
		expect(one('Weapons must go by October 10.', '2018-09-17')).toEqual([]);
		// A part of the month between "since" and the month is still the span's start.
		expect(one('Since late April, jets have been bombing the province.', '2019-06-03')).toEqual([]);
		expect(one('Since mid-May the shelling has not stopped.', '2019-06-03')).toEqual([]);
		expect(one('Jets struck in late April.', '2019-06-03')).toEqual([
			{ date: '2019-04-01', precision: 'month', speech: false }
		]);
		expect(one('Patrols begin on March 15.', '2020-03-05')).toEqual([]);
	});

	it('gives a span of days week or month precision from its first day, and no date when it is longer', () => {
		expect(one('Jets struck from 3 to 6 March.', '2020-03-12')).toEqual([
			{ date: '2020-03-03', precision: 'week', speech: false }
		]);
		expect(one('Jets struck from 3 to 20 March.', '2020-03-25')).toEqual([
			{ date: '2020-03-01', precision: 'month', speech: false }
		]);
		expect(one('Jets struck from 20 February to 20 March.', '2020-03-25')).toEqual([]);
		expect(one('Jets struck between Monday and Wednesday.', '2020-03-12')).toEqual([
			{ date: '2020-03-09', precision: 'week', speech: false }
		]);
		expect(one('Jets struck from Saturday to Monday.', '2020-03-10')).toEqual([
			{ date: '2020-03-07', precision: 'week', speech: false }
		]);
	});
});

describe('timedByYearOnly', () => {
	it('is true for a bare year before the publication year and for phrases of a year', () => {
		expect(timedByYearOnly('Turkey set up a dozen posts in 2018.', '2020-02-07')).toBe(true);
		expect(timedByYearOnly('Forces entered the town in 2020.', '2020-02-07')).toBe(false);
		expect(timedByYearOnly('Forces entered the town on Thursday.', '2020-02-07')).toBe(false);
		expect(timedByYearOnly('The post was surrounded last year.', '2020-02-07')).toBe(true);
		expect(timedByYearOnly('Jets struck it earlier this year.', '2020-02-07')).toBe(true);
	});

	it('does not take the year of a month or a day for a bare year', () => {
		expect(timedByYearOnly('Since May 2019, troops took three posts.', '2020-02-07')).toBe(false);
		expect(timedByYearOnly('Since April 26, 2019, jets struck daily.', '2020-02-07')).toBe(false);
	});
});

describe('extractEvents: dates counted back by weeks and months, a month with no year, lists of days', () => {
	it('counts weeks and months back from the publication week and month', () => {
		expect(line('Four months ago, troops captured Qarnaz.')).toEqual(['captured qarnaz 2019-10-01 month']);
		expect(line('Two weeks ago jets struck Dalbur.')).toEqual(['attacked dalbur 2020-01-20 week']);
		// One back, said with "a": as "last month" and "last week".
		expect(line('A month ago, troops captured Qarnaz.')).toEqual(['captured qarnaz 2020-01-01 month']);
		expect(line('A week ago jets struck Dalbur.')).toEqual(['attacked dalbur 2020-01-27 week']);
	});

	it("reads a month after the publication month, with no year, as last year's", () => {
		expect(
			line('Since a truce was reached in September to establish a zone in Halaba, posts were set up.')
		).toEqual(['agreement halaba 2019-09-01 month', 'ceasefire halaba 2019-09-01 month']);
	});

	it('dates the words of a list of days by its first day, and reads "their march" as no month', () => {
		expect(
			line('On January 5 and January 7, the joint patrol completed their march from Qarnaz to Dalbur.')
		).toEqual(['deployed qarnaz+dalbur 2020-01-05 day']);
	});

	it('does not take a year that names another happening ("this year\'s attack") as the time of the event', () => {
		expect(line("Jets struck Qarnaz, the site of this year's chemical attack.")).toEqual([
			'attacked qarnaz 2020-02-07 reported'
		]);
		expect(line("Last year's offensive on Qarnaz killed dozens.")).toEqual([]);
	});
});

describe('DATE_GATES', () => {
	/** Sentences each date pattern matches, in the forms and cases its words take. */
	const MATCHED = [
		'Three DAYS ago the town fell.',
		'Four weeks ago, and a month ago.',
		'Earlier in the week the army attacked.',
		'Later in the day; in recent days; over the past 24 hours.',
		'The September deal and the March talks.',
		'January’s bombardment killed 59.',
		"March's offensive began.",
		'On the 3rd of this month the post fell.',
		'At first light, after midnight, in the small hours.',
		'The day before yesterday the town fell.',
		'Over the weekend the army attacked.',
		'Between Monday and Wednesday the army attacked.',
		'Last night, this morning, last month and last January.'
	];

	it('opens on every sentence its pattern matches, and each pattern has a sentence here', () => {
		const hit = new Set<RegExp>();
		for (const sentence of MATCHED)
			for (const [re, groups] of DATE_GATES) {
				re.lastIndex = 0;
				if (!re.test(sentence)) continue;
				re.lastIndex = 0;
				hit.add(re);
				expect(gateOpen(gateText(sentence), groups), `${re.source} on "${sentence}"`).toBe(true);
			}
		expect([...DATE_GATES.keys()].filter((re) => !hit.has(re)).map((re) => re.source)).toEqual([]);
	});

	it('shuts every gate on a sentence that names no time', () => {
		const text = gateText('Residents said the market was quiet.');
		for (const groups of DATE_GATES.values()) expect(gateOpen(text, groups)).toBe(false);
	});
});
