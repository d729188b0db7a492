import { describe, expect, it } from 'vitest';
import { DataError } from '../core/errors';
import type { ExplorerData, ExplorerPlace, MonthCountsData } from './explorer-data';
import {
	EXPLORER_FORMAT,
	MONTH_COUNTS_FORMAT,
	encodeExplorerFile,
	encodeMonthCountsFile,
	placeSlug,
	readExplorerFile,
	readMonthCountsFile,
	type ExplorerFile,
	type MonthCountsFile
} from './explorer-file';
import { encodePairs } from './month-counts';

const place = (
	id: string,
	name: string,
	extra: Partial<ExplorerPlace['properties']> = {},
	geometry: ExplorerPlace['geometry'] = { type: 'Point', coordinates: [36.63611, 35.93222] }
): ExplorerPlace => ({
	type: 'Feature',
	id,
	geometry,
	properties: { name, kind: 'town', precision: 'exact', mentionCount: 3, ...extra }
});

/**
 * Twelve months from January 2018, five articles of one outlet (four in January, one in December); a
 * town named every month, a post, its group, a zone and an automatic village.
 */
const MONTHS: MonthCountsData = {
	outletMonths: [[0, 4, 11, 1]],
	counts: [
		encodePairs(new Map(Array.from({ length: 12 }, (_, m) => [m, 300 + ((m * 7) % 11)]))),
		[0, 1, 11, 1],
		[3, 2],
		[3, 2],
		[],
		[]
	]
};

const DATA: ExplorerData = {
	places: {
		type: 'FeatureCollection',
		features: [
			place('saraqeb', 'Saraqeb', { nameAr: 'سراقب', mentionCount: 900 }),
			place('kafr-nabl', 'Kafr Nabl', { precision: 1000 }),
			place(
				'posts',
				'Turkish observation posts',
				{ kind: 'observation-post' },
				{
					type: 'MultiPoint',
					coordinates: [[36.6, 35.9]]
				}
			),
			place('post-9', 'Observation post 9 (Morek)', {
				kind: 'observation-post',
				partOf: 'posts',
				established: '2018-04',
				statuses: [{ date: '2020-02-10', status: 'surrounded', event: 'post-9-surrounded' }]
			}),
			place(
				'zone',
				'Idlib de-escalation zone',
				{ kind: 'zone', precision: 'approximate' },
				{
					type: 'Polygon',
					coordinates: [
						[
							[36, 35],
							[37, 35],
							[37, 36],
							[36, 35]
						]
					]
				}
			),
			place('tell-dabsaun', "Tell Dab'saun", { kind: 'village', curation: 'automatic', mentionCount: 0 })
		]
	},
	outlets: [{ id: 'afp', name: 'AFP', kind: 'wire' }],
	firstMonth: '2018-01',
	monthCount: 12,
	totals: MONTHS.counts.map((row) => row.filter((_, k) => k % 2 === 1).reduce((a, b) => a + b, 0)),
	monthTotals: [4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1],
	outletTotals: [5],
	pageSize: 20,
	chronologyPart: 250,
	chronologyParts: [[0], [], [], [], [], [], [], [], [], [], [], [0]],
	events: [
		{
			id: 'post-9-surrounded',
			places: ['post-9'],
			date: '2020-02-10',
			datePrecision: 'day',
			kind: 'post-surrounded',
			label: 'Post 9 surrounded',
			extracted: false,
			source: { type: 'outside', outlet: 'AFP', url: 'https://example.org/', published: '2020-02-11' }
		}
	],
	extractedMonths: [['2018-03', 4, 1]]
};

/** The file as the page receives it: written, through JSON. */
const published = (): Record<string, unknown> => JSON.parse(JSON.stringify(encodeExplorerFile(DATA)));

/** The issues `readExplorerFile` finds in `file`, as `field: message`. */
function problems(file: unknown): string[] {
	try {
		readExplorerFile(file);
	} catch (e) {
		if (e instanceof DataError) return e.issues.map((i) => `${i.file}: ${i.field}: ${i.message}`);
		throw e;
	}
	return [];
}

describe('data/explorer.json', () => {
	it('reads back as the data it was written from', () => {
		expect(readExplorerFile(published())).toEqual(DATA);
	});

	it('writes the places as columns, leaving out the ids their names make and the fields they lack', () => {
		const { places } = encodeExplorerFile(DATA);
		expect(places.id).toEqual(['', '', 'posts', 'post-9', 'zone', '']);
		expect(placeSlug("Tell Dab'saun")).toBe('tell-dabsaun');
		expect(places.kind).toEqual([9, 9, 6, 6, 2, 10]);
		expect(places.point).toEqual([
			36.63611,
			35.93222,
			36.63611,
			35.93222,
			null,
			null,
			36.63611,
			35.93222,
			null,
			null,
			36.63611,
			35.93222
		]);
		expect(Object.keys(places.shape)).toEqual(['2', '4']);
		// Outlines as steps of 1e-5 degree.
		expect(places.shape[4]).toEqual({
			type: 'Polygon',
			coordinates: [[3600000, 3500000, 100000, 0, 0, 100000, -100000, -100000]]
		});
		expect(places.nameAr).toEqual({ 0: 'سراقب' });
		expect(places.partOf).toEqual({ 3: 'posts' });
		expect(places.automatic).toEqual([5]);
		// Mentions beside the totals (3655, 2, 2, 2, 0, 0): a dateline counts in a total, not a mention.
		expect(places.extraMentions).toEqual([900 - 3655, 1, 1, 1, 3, 0]);
	});

	it('carries of the counts only the totals: a place’s, a month’s, an outlet’s', () => {
		const file = encodeExplorerFile(DATA);
		expect(file.totals).toEqual([3655, 2, 2, 2, 0, 0]);
		expect(file).not.toHaveProperty('counts');
		expect(file).not.toHaveProperty('outletMonths');
	});

	it('carries only the months whose chronology parts a later build cut otherwise', () => {
		expect(encodeExplorerFile(DATA).chronologyParts).toEqual([]);
		const split = { ...DATA, chronologyParts: DATA.chronologyParts.map((p, m) => (m === 0 ? [2, 1] : p)) };
		const file = JSON.parse(JSON.stringify(encodeExplorerFile(split))) as ExplorerFile;
		expect(file.chronologyParts).toEqual([[0, 2, 1]]);
		expect(readExplorerFile(file).chronologyParts).toEqual(split.chronologyParts);
		file.chronologyParts = [[0, 2, 2], [12, 0], [11], ['x']] as unknown as number[][];
		expect(problems(file)).toEqual([
			'data/explorer.json: chronologyParts[0]: lists a part twice',
			'data/explorer.json: chronologyParts[1]: month 12 is not one of the 12 or comes twice',
			'data/explorer.json: chronologyParts[2]: 0 parts for 1 articles',
			'data/explorer.json: chronologyParts[3]: not a month index and part numbers'
		]);
	});

	it('refuses another format, naming the file and the field', () => {
		expect(problems({ ...published(), format: 1 })).toEqual([
			`data/explorer.json: format: 1 where this page reads ${EXPLORER_FORMAT}`
		]);
		expect(problems([])).toEqual(['data/explorer.json: (file): not a JSON object']);
	});

	it('names every field that is not as written', () => {
		const file = published() as unknown as ExplorerFile;
		file.places.kind[1] = 17;
		file.places.extraMentions.pop();
		file.places.partOf[3] = 'nowhere';
		file.places.shape = {};
		expect(problems(file)).toEqual([
			'data/explorer.json: places.kind[1]: not an index into the 17 kinds',
			'data/explorer.json: places.extraMentions: 5 entries for 6 places'
		]);
		file.places.kind[1] = 9;
		file.places.extraMentions.push(0);
		file.places.shape = { 2: { type: 'MultiPoint', coordinates: [3660000] } };
		expect(problems(file)).toEqual([
			'data/explorer.json: places.shape.2: a packed line has an odd number of values'
		]);
		file.places.shape = {};
		expect(problems(file)).toEqual([
			'data/explorer.json: places.point[4]: null, and places.shape has no geometry for the place',
			'data/explorer.json: places.point[8]: null, and places.shape has no geometry for the place',
			'data/explorer.json: places.partOf.3: "nowhere" is no place of the file'
		]);
	});

	it('refuses two places of one id, totals of the wrong number of places, and totals that disagree', () => {
		const file = published() as unknown as ExplorerFile;
		file.places.id[1] = 'saraqeb';
		expect(problems(file)).toEqual([
			'data/explorer.json: places.id[1]: "saraqeb" is the id of an earlier place'
		]);
		file.places.id[1] = '';
		file.totals.pop();
		expect(problems(file)).toEqual(['data/explorer.json: totals: 5 entries for 6 places']);
		file.totals.push(0);
		file.places.extraMentions[1] = -3;
		expect(problems(file)).toEqual([
			'data/explorer.json: places.extraMentions[1]: -3 mentions beyond totals[1] = 2'
		]);
		file.places.extraMentions[1] = 1;
		file.outletTotals = [];
		file.monthTotals[3] = -1;
		expect(problems(file)).toEqual([
			'data/explorer.json: outletTotals: 0 entries for 1 outlets',
			'data/explorer.json: monthTotals[3]: not a count'
		]);
		file.outletTotals = [6];
		file.monthTotals[3] = 0;
		expect(problems(file)).toEqual([
			'data/explorer.json: outletTotals: sum to 6 articles where monthTotals sum to 5'
		]);
	});
});

describe('data/month-counts.json', () => {
	/** The file as the page receives it: written, through JSON. */
	const months = (): MonthCountsFile => JSON.parse(JSON.stringify(encodeMonthCountsFile(DATA, MONTHS)));

	/** The issues `readMonthCountsFile` finds in `file` for `DATA`, as `file: field: message`. */
	function issues(file: unknown): string[] {
		try {
			readMonthCountsFile(file, DATA);
		} catch (e) {
			if (e instanceof DataError) return e.issues.map((i) => `${i.file}: ${i.field}: ${i.message}`);
			throw e;
		}
		return [];
	}

	it('reads back as the counts it was written from', () => {
		expect(readMonthCountsFile(months(), DATA)).toEqual(MONTHS);
	});

	it('writes a place named every month as a run of changes, and a sparse one as pairs', () => {
		const { places } = encodeMonthCountsFile(DATA, MONTHS);
		expect(places[0]!.slice(0, 4)).toEqual([-1, 300, 7, -4]);
		expect(places[1]).toEqual([0, 1, 11, 1]);
		expect(JSON.stringify(places[0]).length).toBeLessThan(JSON.stringify(MONTHS.counts[0]).length);
	});

	it('refuses another format or another build’s months, naming the file and the field', () => {
		expect(issues({ ...months(), format: 2 })).toEqual([
			`data/month-counts.json: format: 2 where this page reads ${MONTH_COUNTS_FORMAT}`
		]);
		expect(issues(null)).toEqual(['data/month-counts.json: (file): not a JSON object']);
		expect(issues({ ...months(), firstMonth: '2018-02', monthCount: 11 })).toEqual([
			'data/month-counts.json: firstMonth: "2018-02" where explorer.json has "2018-01"',
			'data/month-counts.json: monthCount: 11 where explorer.json has 12'
		]);
	});

	it('refuses rows of the wrong number, a run below zero, and rows that disagree with the totals', () => {
		const file = months();
		file.places.pop();
		file.outlets = [
			[0, 4],
			[11, 1]
		];
		expect(issues(file)).toEqual([
			'data/month-counts.json: outlets: 2 entries for 1 outlets of explorer.json',
			'data/month-counts.json: places: 5 entries for 6 places of explorer.json'
		]);
		const other = months();
		other.places[2] = [-1, 2, -3];
		other.places[3] = [3, 3];
		other.places[4] = [12, 1];
		other.outlets = [[0, 3, 11, 2]];
		expect(issues(other)).toEqual([
			'data/month-counts.json: places[2]: run: the count of month 1 is below zero',
			"data/month-counts.json: places[3]: sums to 3 where explorer.json's totals[3] is 2",
			'data/month-counts.json: places[4]: counts month 12 of 12',
			"data/month-counts.json: places[4]: sums to 1 where explorer.json's totals[4] is 0"
		]);
		const shifted = months();
		shifted.outlets = [[1, 4, 10, 1]];
		expect(issues(shifted)).toEqual([
			"data/month-counts.json: outlets: month 0 sums to 0 where explorer.json's monthTotals[0] is 4"
		]);
	});
});
