import { describe, expect, it } from 'vitest';
import type { DayCounts, MonthCountsData, OutletCounts } from '../data/explorer-data';
import { encodePairs } from '../data/month-counts';
import { CountFiles } from './count-files.svelte';
import { buildCountIndex, needsMonthCounts, placeCounts, rangeMonths } from './counts';

/** Two months (January and February 2020), one outlet, one place: three articles, the place in two. */
const INDEX = buildCountIndex({
	firstMonth: '2020-01',
	monthCount: 2,
	totals: [2],
	monthTotals: [1, 2],
	outletTotals: [3]
});
const MONTHS: MonthCountsData = {
	outletMonths: [
		encodePairs(
			new Map([
				[0, 1],
				[1, 2]
			])
		)
	],
	counts: [encodePairs(new Map([[1, 2]]))]
};
const PLACES = new Map([['saraqeb', 0]]);
const february: DayCounts = { month: '2020-02', outlets: [[7, 2]], places: { saraqeb: [7, 0, 2] } };
const reuters: OutletCounts = { outlet: 'reuters', places: { saraqeb: [1, 2] } };

const settle = () => new Promise<void>((r) => setTimeout(r, 0));

function setup(
	days: (month: string) => Promise<DayCounts>,
	outlet = async (_id: string) => reuters,
	months = async () => MONTHS
) {
	const asked: string[] = [];
	const files = new CountFiles(
		{
			months: () => (asked.push('month-counts'), months()),
			days: (m) => (asked.push(`days/${m}`), days(m)),
			outlet: (id) => (asked.push(`outlets/${id}`), outlet(id))
		},
		() => INDEX,
		() => PLACES,
		() => ['reuters']
	);
	return { files, asked };
}

describe('CountFiles', () => {
	it('fetches a month’s day counts and an outlet’s counts once each, and decodes them', async () => {
		const { files, asked } = setup(async () => february);
		files.want([1], [0]);
		files.want([1], [0]);
		expect(asked).toEqual(['days/2020-02', 'outlets/reuters']);
		expect(files.day(1)).toBeUndefined();
		await settle();
		expect([...files.day(1)!.places.get(0)!.keys]).toEqual([7]);
		expect([...files.outlet(0)![0]!.keys]).toEqual([1]);
		files.want([1], [0]);
		expect(asked).toHaveLength(2);
	});

	it('asks for nothing outside the data or for an unknown outlet', () => {
		const { files, asked } = setup(async () => february);
		files.want([-1, 2], [5]);
		expect(asked).toEqual([]);
	});

	it('says what failed, naming the file, and asks again the next time', async () => {
		let fail = true;
		const { files, asked } = setup(async () => {
			if (fail) throw new Error('/data/days/2020-02.json: HTTP 503');
			return february;
		});
		files.want([1]);
		await settle();
		expect(files.error).toBe('/data/days/2020-02.json: HTTP 503');
		expect(files.day(1)).toBeUndefined();
		fail = false;
		files.want([1]);
		await settle();
		expect(files.day(1)).toBeDefined();
		expect(asked).toEqual(['days/2020-02', 'days/2020-02']);
	});

	it('refuses a file of another month, naming it', async () => {
		const { files } = setup(async () => ({ ...february, month: '2020-01' }));
		files.want([1]);
		await settle();
		expect(files.error).toMatch(/data\/days\/2020-02\.json: month: "2020-01", expected "2020-02"/);
		expect(files.day(1)).toBeUndefined();
	});

	it('fetches the counts by month once, and a range counts every date until they are here', async () => {
		const { files, asked } = setup(async () => february);
		const january = rangeMonths(INDEX, { from: '2020-01-01', to: '2020-01-31' });
		expect(needsMonthCounts(INDEX, january)).toBe(true);
		expect([...placeCounts(INDEX, january, { months: files.months, day: files.day })]).toEqual([2]);
		files.wantMonths();
		files.wantMonths();
		expect(asked).toEqual(['month-counts']);
		await settle();
		expect(files.months).toBeDefined();
		expect([...placeCounts(INDEX, january, { months: files.months, day: files.day })]).toEqual([0]);
		files.wantMonths();
		expect(asked).toEqual(['month-counts']);
	});

	it('says why the counts by month are missing, and asks again when wanted again', async () => {
		let fail = true;
		const { files, asked } = setup(
			async () => february,
			async () => reuters,
			async () => {
				if (fail)
					throw new Error(
						"/data/month-counts.json: places[0]: sums to 3 where explorer.json's totals[0] is 2"
					);
				return MONTHS;
			}
		);
		files.wantMonths();
		await settle();
		expect(files.monthsError).toMatch(/^\/data\/month-counts\.json: places\[0\]: sums to 3/);
		expect(files.months).toBeUndefined();
		fail = false;
		files.wantMonths();
		expect(files.monthsError).toBeUndefined();
		await settle();
		expect(files.months).toBeDefined();
		expect(asked).toEqual(['month-counts', 'month-counts']);
	});
});
