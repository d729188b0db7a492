import { describe, expect, it } from 'vitest';
import { parseCsv } from '../core/csv';
import type { ChronologyPart, ExplorerPlace, MonthArticle } from '../data/explorer-data';
import {
	ARTICLE_CSV_COLUMNS,
	articleRows,
	articlesCsv,
	exportFileName,
	loadRangeArticles,
	PLACE_CSV_COLUMNS,
	placesCsv,
	placesGeoJson
} from './export';
import { placesOnScreen, type ViewBox } from './on-screen';
import { LAYER_IDS } from './layers';
import { readerPath } from './reader-url';
import { statusCode } from './status';

const place = (
	id: string,
	geometry: ExplorerPlace['geometry'],
	extra: Partial<ExplorerPlace['properties']> = {}
): ExplorerPlace => ({
	type: 'Feature',
	id,
	geometry,
	properties: { name: id, kind: 'town', precision: 'exact', mentionCount: 0, ...extra }
});

const point = (lon: number, lat: number): ExplorerPlace['geometry'] => ({
	type: 'Point',
	coordinates: [lon, lat]
});

/** North-west Syria, roughly what the explorer opens on. */
const IDLIB: ViewBox = [35.5, 35.0, 37.5, 36.5];

describe('placesOnScreen', () => {
	const places = [
		place('saraqeb', point(36.8, 35.86), { nameAr: 'سراقب', mentionCount: 9 }),
		place('idlib-city', point(36.63, 35.93), { kind: 'city', mentionCount: 4 }),
		place('ankara', point(32.85, 39.93), { kind: 'capital', mentionCount: 2 }),
		place('post-1', point(36.6, 35.9), {
			kind: 'observation-post',
			precision: 1500,
			partOf: 'posts',
			established: '2018-04'
		}),
		place('quiet', point(36.7, 35.8)),
		place(
			'm5',
			{
				type: 'LineString',
				coordinates: [
					[36, 35],
					[37, 36.2]
				]
			},
			{ kind: 'highway' }
		),
		place('unborn', point(36.9, 35.7), { kind: 'observation-post' })
	];
	const states = {
		count: Int32Array.from([3, 5, 7, 2, 0, 1, 0]),
		exists: Uint8Array.from([1, 1, 1, 1, 1, 1, 0]),
		status: Uint8Array.from([0, 0, 0, statusCode('surrounded'), 0, 0, 0])
	};

	it('lists the places in view with articles in range, busiest first, from the counts it is given', () => {
		const rows = placesOnScreen({ places, states, layers: LAYER_IDS, view: IDLIB });
		expect(rows.map((r) => [r.id, r.articlesInRange])).toEqual([
			['idlib-city', 5],
			['saraqeb', 3],
			['post-1', 2],
			['m5', 1]
		]);
	});

	it('leaves out a place whose layer is switched off', () => {
		const rows = placesOnScreen({ places, states, layers: ['places', 'areas'], view: IDLIB });
		expect(rows.map((r) => r.id)).toEqual(['idlib-city', 'saraqeb']);
	});

	it('flattens what a row says: position, status, precision, group', () => {
		const rows = placesOnScreen({ places, states, layers: LAYER_IDS, view: IDLIB });
		const post = rows.find((r) => r.id === 'post-1')!;
		expect(post).toMatchObject({
			lon: 36.6,
			lat: 35.9,
			geometryType: 'Point',
			status: 'surrounded',
			precision: 'radius',
			uncertaintyM: 1500,
			partOf: 'posts',
			established: '2018-04'
		});
		const road = rows.find((r) => r.id === 'm5')!;
		expect([road.lon, road.lat, road.geometryType]).toEqual([36.5, 35.6, 'LineString']);
		expect(rows.find((r) => r.id === 'saraqeb')).toMatchObject({ nameAr: 'سراقب', mentionsAll: 9 });
	});

	it('writes one CSV row per place with lon/lat columns, a byte-order mark and CRLF', () => {
		const rows = placesOnScreen({ places, states, layers: LAYER_IDS, view: IDLIB });
		const text = placesCsv(rows);
		expect(text.startsWith('\uFEFFid,name,')).toBe(true);
		const table = parseCsv(text.slice(1));
		expect(table[0]).toEqual(PLACE_CSV_COLUMNS.map(([c]) => c));
		expect(table).toHaveLength(rows.length + 1);
		const col = (name: string) => table[0]!.indexOf(name);
		const saraqeb = table.find((r) => r[0] === 'saraqeb')!;
		expect([saraqeb[col('lon')], saraqeb[col('lat')], saraqeb[col('articles_in_range')]]).toEqual([
			'36.8',
			'35.86',
			'3'
		]);
		expect(saraqeb[col('name_ar')]).toBe('سراقب');
	});

	it('writes GeoJSON with full geometries, flat properties and what it was made for', () => {
		const rows = placesOnScreen({ places, states, layers: LAYER_IDS, view: IDLIB });
		const json = JSON.parse(
			placesGeoJson(rows, {
				range: { from: '2020-02-01' },
				view: IDLIB,
				url: 'https://explorer.example/?from=2020-02-01'
			})
		);
		expect(json.type).toBe('FeatureCollection');
		expect(json.explorer).toEqual({
			from: '2020-02-01',
			to: null,
			view: [...IDLIB],
			url: 'https://explorer.example/?from=2020-02-01'
		});
		expect(json.features.map((f: { id: string }) => f.id)).toEqual(rows.map((r) => r.id));
		const road = json.features.find((f: { id: string }) => f.id === 'm5');
		expect(road.geometry).toEqual(places[5]!.geometry);
		expect(road.properties).toEqual({
			id: 'm5',
			name: 'm5',
			kind: 'highway',
			articles_in_range: 1,
			mentions_all: 0,
			precision: 'exact'
		});
		for (const f of json.features)
			for (const v of Object.values(f.properties)) expect(typeof v).not.toBe('object');
	});
});

describe('the CSV files are safe to open', () => {
	const hostile = place('evil', point(36.8, 35.86), { name: '=HYPERLINK("http://x","y")' });

	it('quotes commas, quotes and line breaks, and keeps formulas as text', () => {
		const rows = placesOnScreen({
			places: [hostile],
			states: { count: Int32Array.of(1), exists: Uint8Array.of(1), status: Uint8Array.of(0) },
			layers: LAYER_IDS,
			view: IDLIB
		});
		const text = placesCsv(rows);
		expect(text).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
		expect(parseCsv(text.slice(1))[1]![1]).toBe(`'=HYPERLINK("http://x","y")`);
	});

	it('leaves negative numbers as numbers (a longitude west of Greenwich)', () => {
		const rows = placesOnScreen({
			places: [place('washington', point(-77.036, 38.895), { kind: 'capital' })],
			states: { count: Int32Array.of(2), exists: Uint8Array.of(1), status: Uint8Array.of(0) },
			layers: LAYER_IDS,
			view: [-80, 30, -70, 40]
		});
		const line = parseCsv(placesCsv(rows).slice(1))[1]!;
		expect(line[4]).toBe('-77.036');
	});
});

describe('the articles in range', () => {
	const places = [
		place('saraqeb', point(36.8, 35.86)),
		place('posts', { type: 'MultiPoint', coordinates: [[36.6, 35.9]] }),
		place('post-1', point(36.6, 35.9), { kind: 'observation-post', partOf: 'posts' })
	];
	const byId = new Map(places.map((p) => [p.id, p]));
	// Article 1 names the posts as a group, 2 names Saraqeb and post 1, 3 names nothing.
	const meta = (i: number, extra: Partial<MonthArticle> = {}): MonthArticle => ({
		id: `a-${i}`,
		title: `Title ${i}`,
		outlet: 'Outlet',
		published: `2020-02-0${i + 1}`,
		datePrecision: 'day',
		position: i,
		outletId: i === 2 ? 'other' : 'outlet',
		places: [[], ['posts'], ['saraqeb', 'post-1'], []][i] ?? [],
		...extra
	});

	it('writes one row per article with the reader link (curated or bulk), the original and the places', () => {
		const articles = [
			meta(1, { title: '-1 killed, "many" hurt', url: 'https://outlet.example/1', curated: true }),
			meta(2),
			meta(3, { datePrecision: 'month', published: '2020-02-01', curated: true })
		];
		const rows = articleRows({
			articles,
			places: byId,
			readerUrl: (a) => `https://explorer.example${readerPath(a)}`
		});
		const table = parseCsv(articlesCsv(rows).slice(1));
		expect(table[0]).toEqual([...ARTICLE_CSV_COLUMNS]);
		expect(table.slice(1)).toEqual([
			[
				'a-1',
				'2020-02-02',
				'day',
				'Outlet',
				`'-1 killed, "many" hurt`,
				'https://explorer.example/articles/a-1',
				'https://outlet.example/1',
				'1',
				'posts',
				'posts'
			],
			[
				'a-2',
				'2020-02-03',
				'day',
				'Outlet',
				'Title 2',
				'https://explorer.example/read?id=a-2',
				'',
				'2',
				'saraqeb;post-1',
				'saraqeb; post-1'
			],
			[
				'a-3',
				'2020-02-01',
				'month',
				'Outlet',
				'Title 3',
				'https://explorer.example/articles/a-3',
				'',
				'0',
				'',
				''
			]
		]);
	});

	it('fetches the parts of the range once each, and keeps the articles in range of the outlets shown', async () => {
		const asked: string[] = [];
		const load = async (month: string, part: number): Promise<ChronologyPart> => {
			asked.push(`${month}/${part}`);
			return { month, part, articles: [0, 1, 2, 3].slice(part * 2, part * 2 + 2).map((i) => meta(i)) };
		};
		const parts = [
			{ month: '2020-02', part: 0 },
			{ month: '2020-02', part: 1 }
		];
		const got = await loadRangeArticles(parts, load, { from: '2020-02-02' });
		expect(asked).toEqual(['2020-02/0', '2020-02/1']);
		expect(got.map((a) => a.position)).toEqual([1, 2, 3]);
		const shown = await loadRangeArticles(parts, load, {}, (id) => id === 'other');
		expect(shown.map((a) => a.position)).toEqual([2]);
		const wrong = async (month: string, part: number) => ({ ...(await load(month, part)), part: 9 });
		await expect(loadRangeArticles(parts, wrong, {})).rejects.toThrow(/2020-02\/0\.json holds another part/);
	});
});

describe('exportFileName', () => {
	it('says what the file holds and the range', () => {
		expect(exportFileName('places', { from: '2020-02-01', to: '2020-02-29' }, 'csv')).toBe(
			'idlib-places-2020-02-01-to-2020-02-29.csv'
		);
		expect(exportFileName('articles', { to: '2019-01-01' }, 'csv')).toBe(
			'idlib-articles-start-to-2019-01-01.csv'
		);
		expect(exportFileName('places', {}, 'geojson')).toBe('idlib-places-all-dates.geojson');
	});
});
