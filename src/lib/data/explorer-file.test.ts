import { describe, expect, it } from 'vitest';
import { DataError } from '../core/errors';
import type { ExplorerData, ExplorerPlace } from './explorer-data';
import {
	EXPLORER_FORMAT,
	encodeExplorerFile,
	placeSlug,
	readExplorerFile,
	type ExplorerFile
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

/** Twelve months from January 2018; a town named every month, a post, its group, a zone and an automatic village. */
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
	outletMonths: [[0, 4, 11, 1]],
	counts: [
		encodePairs(new Map(Array.from({ length: 12 }, (_, m) => [m, 300 + ((m * 7) % 11)]))),
		[0, 1, 11, 1],
		[3, 2],
		[3, 2],
		[],
		[]
	],
	pageSize: 20,
	chronologyPart: 250,
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
		expect(places.nameAr).toEqual({ 0: 'سراقب' });
		expect(places.partOf).toEqual({ 3: 'posts' });
		expect(places.automatic).toEqual([5]);
	});

	it('writes a place named every month as a run of changes, and a sparse one as pairs', () => {
		const { counts } = encodeExplorerFile(DATA);
		expect(counts[0]!.slice(0, 4)).toEqual([-1, 300, 7, -4]);
		expect(counts[1]).toEqual([0, 1, 11, 1]);
		expect(JSON.stringify(counts[0]).length).toBeLessThan(JSON.stringify(DATA.counts[0]).length);
	});

	it('refuses another format, naming the file and the field', () => {
		expect(problems({ ...published(), format: 1 })).toEqual([
			`data/explorer.json: format: 1 where this page reads ${EXPLORER_FORMAT}`
		]);
		expect(problems([])).toEqual(['data/explorer.json: (file): not a JSON object']);
	});

	it('names every field that is not as written', () => {
		const file = published() as unknown as ExplorerFile;
		file.places.kind[1] = 16;
		file.places.mentions.pop();
		file.places.partOf[3] = 'nowhere';
		file.places.shape = {};
		expect(problems(file)).toEqual([
			'data/explorer.json: places.kind[1]: not an index into the 16 kinds',
			'data/explorer.json: places.mentions: 5 entries for 6 places'
		]);
		file.places.kind[1] = 9;
		file.places.mentions.push(0);
		expect(problems(file)).toEqual([
			'data/explorer.json: places.point[4]: null, and places.shape has no geometry for the place',
			'data/explorer.json: places.point[8]: null, and places.shape has no geometry for the place',
			'data/explorer.json: places.partOf.3: "nowhere" is no place of the file'
		]);
	});

	it('refuses two places of one id, counts of the wrong number of places, and a run below zero', () => {
		const file = published() as unknown as ExplorerFile;
		file.places.id[1] = 'saraqeb';
		expect(problems(file)).toEqual([
			'data/explorer.json: places.id[1]: "saraqeb" is the id of an earlier place'
		]);
		file.places.id[1] = '';
		file.counts[2] = [-1, 2, -3];
		file.outletMonths = [];
		expect(problems(file)).toEqual([
			'data/explorer.json: outletMonths: 0 entries for 1 outlets',
			'data/explorer.json: counts[2]: run: the count of month 1 is below zero'
		]);
	});
});
