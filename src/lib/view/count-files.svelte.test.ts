import { describe, expect, it } from 'vitest';
import type { DayCounts, OutletCounts } from '../data/explorer-data';
import { encodePairs } from '../data/month-counts';
import { CountFiles } from './count-files.svelte';
import { buildCountIndex } from './counts';

/** Two months (January and February 2020), one outlet, one place. */
const INDEX = buildCountIndex({
	firstMonth: '2020-01',
	monthCount: 2,
	outletMonths: [
		encodePairs(
			new Map([
				[0, 1],
				[1, 2]
			])
		)
	],
	counts: [encodePairs(new Map([[1, 2]]))]
});
const PLACES = new Map([['saraqeb', 0]]);
const february: DayCounts = { month: '2020-02', outlets: [[7, 2]], places: { saraqeb: [7, 0, 2] } };
const reuters: OutletCounts = { outlet: 'reuters', places: { saraqeb: [1, 2] } };

const settle = () => new Promise<void>((r) => setTimeout(r, 0));

function setup(days: (month: string) => Promise<DayCounts>, outlet = async (_id: string) => reuters) {
	const asked: string[] = [];
	const files = new CountFiles(
		{
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
});
