import { describe, expect, it } from 'vitest';
import { dayNumber, isoDay } from '../core/dates';
import { buildDataset } from './dataset';
import { deltaDecode } from './delta';
import { publishEvents } from './events';
import { linkedPositions, type PlaceHead } from './explorer-data';
import { readExplorerFile, readMonthCountsFile } from './explorer-file';
import { decodePairs } from './month-counts';
import {
	MAX_EXCERPTS_PER_ENTRY,
	mentionPositions,
	publishChronologyParts,
	publishExplorerData,
	publishMonthCountsFile,
	publishPlaceDetails,
	publishPlacePages
} from './publish';
import { articleFacts } from './publish-counts';
import { articleKey, articleKeys } from './article-keys';
import { previousParts } from './page-cut';

const feature = (id: string, geometry: unknown, properties: Record<string, unknown>) => ({
	type: 'Feature',
	id,
	geometry,
	properties: { precision: 'exact', sources: ['test'], ...properties }
});

const PLACES = {
	type: 'FeatureCollection',
	features: [
		feature(
			'saraqeb',
			{ type: 'Point', coordinates: [36.8, 35.86] },
			{
				name: 'Saraqeb',
				aliases: ['Saraqeb'],
				kind: 'town',
				description: 'A town on the M5.'
			}
		),
		feature('posts', null, {
			name: 'Observation posts',
			aliases: ['observation posts'],
			kind: 'observation-post'
		}),
		feature(
			'post-1',
			{ type: 'Point', coordinates: [36.7, 35.7] },
			{
				name: 'Post 1',
				aliases: ['Post One'],
				kind: 'observation-post',
				partOf: 'posts',
				established: '2018-02'
			}
		),
		feature(
			'hama',
			{ type: 'Point', coordinates: [36.75, 35.13] },
			{ name: 'Hama', aliases: ['Hama'], kind: 'city' }
		),
		feature(
			'latakia',
			{ type: 'Point', coordinates: [35.78, 35.52] },
			{ name: 'Latakia', aliases: ['Latakia'], kind: 'city' }
		)
	]
};

const article = (id: string, published: string, body: string, extra = '') => ({
	file: `articles/${id}.md`,
	text: `---\ntitle: ${id}\noutlet: Test\npublished: ${published}\n${extra}---\n\n${body}\n`
});

const dataset = buildDataset({
	placeFiles: [{ file: 'places.geojson', text: JSON.stringify(PLACES) }],
	articleFiles: [
		article('a-2018', '2018-01-10', 'Troops reached the observation posts. Hama was calm.'),
		article('b-2020', '2020-02-01', 'Fighting near Saraqeb went on all month.', 'datePrecision: month\n'),
		article('c-2020', '2020-02-07', 'Forces entered Saraqeb. Later, Saraqeb was shelled near Post One.'),
		article(
			'd-2020',
			'2020-02-19',
			'Nothing about any place here, only tanks.',
			'url: https://example.org/d-2020\n'
		)
	],
	eventFiles: [
		{
			file: 'events/front.json',
			text: JSON.stringify({
				events: [
					{
						id: 'saraqeb-entered',
						places: ['saraqeb'],
						date: '2020-02-06',
						datePrecision: 'day',
						kind: 'entered',
						label: 'Entered',
						source: { article: 'c-2020', start: 0, end: 23, sentence: 'Forces entered Saraqeb.' }
					},
					{
						id: 'post-1-surrounded',
						places: ['post-1'],
						date: '2020-02-10',
						datePrecision: 'week',
						kind: 'post-surrounded',
						label: 'Surrounded',
						source: {
							outlet: 'Elsewhere',
							url: 'https://example.org/post',
							published: '2020-02-18',
							quote: 'The post was surrounded last week.'
						}
					}
				]
			})
		}
	]
});

const decode = (deltas: number[]) => [...deltaDecode(deltas, new Int32Array(deltas.length))];

describe('publishExplorerData', () => {
	/** As the page reads it: through JSON and `readExplorerFile`. */
	const data = readExplorerFile(
		JSON.parse(JSON.stringify(publishExplorerData(dataset, articleFacts(dataset), 2)))
	);
	/** The counts by month, as the page reads them: through JSON and `readMonthCountsFile`. */
	const monthly = readMonthCountsFile(JSON.parse(JSON.stringify(publishMonthCountsFile(dataset))), data);

	it('counts the extracted events by the month of their date, and lists none of them', () => {
		const found = dataset.events.filter((e) => e.extracted);
		expect(found.length).toBeGreaterThan(0);
		const byMonth = new Map<string, number>();
		for (const e of found) byMonth.set(e.date.slice(0, 7), (byMonth.get(e.date.slice(0, 7)) ?? 0) + 1);
		expect(data.extractedMonths).toEqual(
			[...byMonth].sort(([a], [b]) => a.localeCompare(b)).map(([month, count]) => [month, count, 1])
		);
		expect(data.events.every((e) => !e.extracted)).toBe(true);
	});

	/** A place's or an outlet's counts as `{ month index: count }`. */
	const months = (flat: number[]) => {
		const { keys, counts } = decodePairs(flat);
		return Object.fromEntries(Array.from(keys, (k, i) => [k, counts[i]]));
	};

	it('spans the months from the oldest article to the newest, and counts every article once', () => {
		// 2018-01 is month 0, 2020-02 is month 25.
		expect([data.firstMonth, data.monthCount]).toEqual(['2018-01', 26]);
		expect(data.outlets.map((o) => o.name)).toEqual(['Test']);
		expect(months(monthly.outletMonths[0]!)).toEqual({ 0: 1, 25: 3 });
		expect(data.outletTotals).toEqual([4]);
		expect(data.monthTotals).toEqual([1, ...new Array(24).fill(0), 3]);
		expect(data.pageSize).toBe(2);
	});

	const at = (id: string) => data.places.features.findIndex((f) => f.id === id);

	it('counts each place’s articles by month, a member with its group’s, and nothing per article', () => {
		const ids = data.places.features.map((f) => f.id);
		expect(ids).toEqual(dataset.places.map((p) => p.id));
		expect(months(monthly.counts[at('saraqeb')]!)).toEqual({ 25: 2 });
		expect(months(monthly.counts[at('posts')]!)).toEqual({ 0: 1 });
		// Post 1 is named in February 2020 and its group in January 2018.
		expect(months(monthly.counts[at('post-1')]!)).toEqual({ 0: 1, 25: 1 });
		expect(monthly.counts[at('latakia')]).toEqual([]);
		// The first screen carries each place's articles in all, and no month of them.
		expect([at('saraqeb'), at('posts'), at('post-1'), at('latakia')].map((i) => data.totals[i])).toEqual([
			2, 1, 2, 0
		]);
		expect(data).not.toHaveProperty('counts');
		expect(data).not.toHaveProperty('days');
		expect(data).not.toHaveProperty('links');
	});

	it('keeps what the first screen shows and leaves out spellings, descriptions and event sources', () => {
		const saraqeb = data.places.features[at('saraqeb')]!;
		expect(saraqeb.properties).toEqual({
			name: 'Saraqeb',
			kind: 'town',
			precision: 'exact',
			mentionCount: 3
		});
		expect(data.places.features[at('post-1')]!.properties).toMatchObject({
			partOf: 'posts',
			established: '2018-02',
			statuses: [{ date: '2020-02-10', status: 'surrounded', event: 'post-1-surrounded' }]
		});
	});

	it('publishes the spellings and descriptions apart, in place-details.json, for every place', () => {
		const details = publishPlaceDetails(dataset);
		expect(Object.keys(details.places)).toEqual(data.places.features.map((p) => p.id));
		expect(details.places.saraqeb).toEqual({ aliases: ['Saraqeb'], description: 'A town on the M5.' });
	});

	it('lists the events oldest first with their sources but not the sentences', () => {
		// Reviewed events only: the shelling the extractor finds is in data/events.json, not here.
		expect(data.events.map((e) => [e.id, e.extracted])).toEqual([
			['saraqeb-entered', false],
			['post-1-surrounded', false]
		]);
		// "Forces entered Saraqeb." is reviewed, so only the shelling is added to the published events.
		const all = publishEvents(dataset).events;
		expect(all.map((e) => [e.id.replace(/-x[0-9a-z]+$/, '-x…'), e.extracted])).toEqual([
			['saraqeb-entered', false],
			['saraqeb-attacked-x…', true],
			['post-1-surrounded', false]
		]);
		expect(all[1]).toMatchObject({ kind: 'attacked', datePrecision: 'reported', date: '2020-02-07' });
		expect(all[1]!.confidence).toBeGreaterThan(0);
		expect(data.events[0]).toEqual({
			id: 'saraqeb-entered',
			places: ['saraqeb'],
			date: '2020-02-06',
			datePrecision: 'day',
			kind: 'entered',
			label: 'Entered',
			extracted: false,
			source: {
				type: 'article',
				article: 'c-2020',
				start: 0,
				end: 23,
				outlet: 'Test',
				published: '2020-02-07',
				curated: true
			}
		});
		expect(data.events[1]!.source).toEqual({
			type: 'outside',
			outlet: 'Elsewhere',
			url: 'https://example.org/post',
			published: '2020-02-18'
		});
	});

	it('draws a group without geometry as its members', () => {
		expect(data.places.features[at('posts')]!.geometry).toEqual({
			type: 'MultiPoint',
			coordinates: [[36.7, 35.7]]
		});
	});
});

describe('publishPlacePages', () => {
	const pages = publishPlacePages(dataset, articleFacts(dataset), 2);

	it('has a head for each place list, sealed pages past two pages, and no file for places nothing mentions', () => {
		const withArticles = [...mentionPositions(dataset)].filter(([id, own]) => own.length || id === 'post-1');
		expect(pages.keys).toEqual(withArticles.map(([place]) => ({ place, page: 'head' })));
		expect(pages.keys.map((k) => k.place)).not.toContain('latakia');
		const one = publishPlacePages(dataset, articleFacts(dataset), 1);
		expect(one.keys.filter((k) => k.place === 'post-1')).toEqual([
			{ place: 'post-1', page: 'head' },
			{ place: 'post-1', page: 0 }
		]);
		expect(pages.page('saraqeb', 0)).toBeUndefined();
		expect(one.page('saraqeb', 1)).toBeUndefined();
		expect(pages.head('nowhere')).toBeUndefined();
		expect(pages.head('latakia')).toBeUndefined();
		expect(one.page('saraqeb', 0.5)).toBeUndefined();
	});

	it('lists a place newest first, with the sentence around each mention and the outlet’s id', () => {
		const { entries } = pages.head('saraqeb')!;
		// An entry's position is its article's key: its day and its rank that day.
		const { keys } = articleKeys(dataset.articles);
		expect(entries.map((e) => [e.position, e.article.id, e.viaGroup])).toEqual([
			[keys[2], 'c-2020', false],
			[keys[1], 'b-2020', false]
		]);
		expect(keys[2]).toBe(articleKey(dayNumber('2020-02-07'), 0, articleKeys(dataset.articles).bits));
		// A Markdown article is curated: its reader is the prerendered page (`readerPath`).
		expect(entries[0]!.article).toEqual({
			id: 'c-2020',
			title: 'c-2020',
			outlet: 'Test',
			published: '2020-02-07',
			datePrecision: 'day',
			curated: true
		});
		expect(entries[0]!.outletId).toBe('test');
		const texts = entries[0]!.excerpts.map((x) => x.segments.map((s) => s.text).join(''));
		expect(texts).toEqual(['Forces entered Saraqeb.', 'Later, Saraqeb was shelled near Post One.']);
		expect(entries[0]!.excerpts.map((x) => x.mention)).toEqual([0, 1]);
	});

	it('cuts from the oldest end: the head’s table has each sealed page’s oldest key, then its own', () => {
		const one = publishPlacePages(dataset, articleFacts(dataset), 1);
		const head = one.head('post-1')!;
		expect(head.entries.map((e) => e.article.id)).toEqual(['c-2020']);
		expect(head.table.count).toBe(2);
		expect(head.table.size).toBe(1);
		const unit = 2 ** head.table.keyBits;
		const days = decode(head.table.first).map((k) => Math.floor(k / unit));
		expect(days).toEqual([dayNumber('2018-01-10'), dayNumber('2020-02-07')]);
		expect(head.table.pages).toEqual([0]);
		const sealed = one.page('post-1', 0)!;
		expect(sealed.entries.map((e) => e.article.id)).toEqual(['a-2018']);
		expect(sealed).not.toHaveProperty('pages');
	});

	it('lists articles naming only the group for a member, newest first', () => {
		const { entries } = pages.head('post-1')!;
		expect(entries.map((e) => [e.article.id, e.viaGroup])).toEqual([
			['c-2020', false],
			['a-2018', true]
		]);
		// The group's sentence is in the group's own pages, not copied into each member's.
		expect(entries[1]!.excerpts).toEqual([]);
		expect(entries[1]!.omitted).toEqual({ count: 1, next: expect.any(Number) });
		expect(pages.head('posts')!.entries[0]!.excerpts[0]!.segments.find((s) => s.mark)?.text).toBe(
			'observation posts'
		);
		const own = mentionPositions(dataset);
		const { keys } = articleKeys(dataset.articles);
		expect([...linkedPositions(own.get('post-1')!, own.get('posts'))].reverse().map((p) => keys[p])).toEqual(
			entries.map((e) => e.position)
		);
	});
});

describe('publishPlacePages: newer articles leave sealed pages as they were', () => {
	/** Saraqeb named by `n` articles, one a day from 1 January 2020. */
	const daily = (n: number) =>
		buildDataset({
			placeFiles: [{ file: 'places.geojson', text: JSON.stringify(PLACES) }],
			articleFiles: Array.from({ length: n }, (_, i) =>
				article(
					`day-${String(i).padStart(3, '0')}`,
					isoDay(dayNumber('2020-01-01') + i),
					'Saraqeb was shelled.'
				)
			)
		});
	const files = (n: number) => {
		const pages = publishPlacePages(daily(n));
		const out = new Map<string, string>();
		for (const { place, page } of pages.keys)
			out.set(
				`${place}/${page}`,
				JSON.stringify(page === 'head' ? pages.head(place) : pages.page(place, page))
			);
		return out;
	};

	it('keeps 20 to 39 in the head, and writes every sealed page again to the byte', () => {
		const before = files(45);
		const after = files(62);
		expect([...before.keys()]).toEqual(['saraqeb/head', 'saraqeb/0']);
		expect([...after.keys()]).toEqual(['saraqeb/head', 'saraqeb/0', 'saraqeb/1']);
		expect(after.get('saraqeb/0')).toBe(before.get('saraqeb/0'));
		const head = (map: Map<string, string>) => JSON.parse(map.get('saraqeb/head')!) as PlaceHead;
		expect(head(before).entries).toHaveLength(25);
		expect(head(after).entries).toHaveLength(22);
		expect(head(after).entries[0]!.article.id).toBe('day-061');
		expect(head(files(39)).entries).toHaveLength(39);
		expect(head(files(40)).entries).toHaveLength(20);
	});
});

describe('publishChronologyParts', () => {
	it('cuts each month’s articles into parts, oldest first, each naming its articles and places', () => {
		const parts = publishChronologyParts(dataset, articleFacts(dataset), 2);
		expect(parts.keys).toEqual([
			{ month: '2018-01', part: 0 },
			{ month: '2020-02', part: 0 },
			{ month: '2020-02', part: 1 }
		]);
		const all = parts.keys.map((k) => parts.part(k.month, k.part)!);
		expect(all.flatMap((c) => c.articles.map((a) => a.id))).toEqual(dataset.articles.map((a) => a.id));
		expect(all[1]!.articles[0]).toEqual({
			id: 'b-2020',
			title: 'b-2020',
			outlet: 'Test',
			published: '2020-02-01',
			datePrecision: 'month',
			position: articleKeys(dataset.articles).keys[1],
			outletId: 'test',
			places: ['saraqeb'],
			curated: true
		});
		// The original's address travels with an article that has one, for the download of the articles in range.
		expect(all[2]!.articles[0]).toMatchObject({
			id: 'd-2020',
			url: 'https://example.org/d-2020',
			curated: true,
			places: []
		});
		// In the order of explorer.json's places, as the download lists them.
		expect(all[1]!.articles[1]!.places).toEqual(
			dataset.places.map((p) => p.id).filter((id) => id === 'saraqeb' || id === 'post-1')
		);
		expect(parts.part('2020-02', 2)).toBeUndefined();
		expect(parts.part('2019-01', 0)).toBeUndefined();
		expect(parts.part('2020-02', -1)).toBeUndefined();
	});

	it('keeps the previous generation’s parts when a back-dated article comes', () => {
		/** Saraqeb named once a day in January 2020 (31 articles), and `extra` earlier that month. */
		const month = (extra: string[]) =>
			buildDataset({
				placeFiles: [{ file: 'places.geojson', text: JSON.stringify(PLACES) }],
				articleFiles: [
					...Array.from({ length: 31 }, (_, i) =>
						article(`day-${String(i).padStart(2, '0')}`, isoDay(dayNumber('2020-01-01') + i), 'Saraqeb.')
					),
					...extra.map((day, i) => article(`late-${i}`, day, 'Saraqeb.'))
				]
			});
		const before = month([]);
		const first = publishChronologyParts(before, articleFacts(before), 10);
		expect(first.table.months['2020-01']!.parts).toEqual([0, 1, 2, 3]);
		expect(first.numbers('2020-01', 1)).toEqual([[0, 1, 2, 3]]);
		const previous = previousParts(JSON.parse(JSON.stringify(first.table)));
		// Twelve articles back-dated into part 0's days (1–10 January): 22, over twice 10, so it splits.
		const after = month(Array.from({ length: 12 }, (_, i) => isoDay(dayNumber('2020-01-02') + (i % 8))));
		const later = publishChronologyParts(after, articleFacts(after), 10, (m) => previous.get(m));
		expect(later.table.months['2020-01']!.parts).toEqual([4, 5, 1, 2, 3]);
		for (const part of [1, 2, 3])
			expect(later.part('2020-01', part)!.articles.map((a) => a.id)).toEqual(
				first.part('2020-01', part)!.articles.map((a) => a.id)
			);
		expect(later.part('2020-01', 0)).toBeUndefined();
		expect([4, 5].map((p) => later.part('2020-01', p)!.articles.length)).toEqual([10, 12]);
		// What explorer.json's chronologyParts says of the month: its parts in key order.
		expect(later.numbers('2019-12', 2)).toEqual([[], [4, 5, 1, 2, 3]]);
	});

	it('is announced in explorer.json with its size', () => {
		expect(publishExplorerData(dataset, articleFacts(dataset), 2, 3).chronologyPart).toBe(3);
	});
});

describe('publishPlacePages: bounded files', () => {
	// Forty articles each naming Saraqeb and the observation posts a thousand times.
	const sentence = 'Shelling hit Saraqeb near the observation posts again, residents said.';
	const dense = buildDataset({
		placeFiles: [{ file: 'places.geojson', text: JSON.stringify(PLACES) }],
		articleFiles: Array.from({ length: 40 }, (_, i) =>
			article(`dense-${String(i).padStart(2, '0')}`, '2020-02-07', Array(1000).fill(sentence).join(' '))
		)
	});
	const pages = publishPlacePages(dense);

	it('pages a place named in many articles into several files, each under 128 KB (a head holds up to two pages)', () => {
		const keys = pages.keys.filter((k) => k.place === 'saraqeb');
		expect(keys).toHaveLength(2);
		for (const { place, page } of pages.keys) {
			const bytes = JSON.stringify(page === 'head' ? pages.head(place) : pages.page(place, page)).length;
			expect(bytes, `${place}/${page}`).toBeLessThan(128 * 1024);
		}
	});

	it('excerpts the first mentions of an article and says how many more the reader has', () => {
		const [entry] = pages.head('saraqeb')!.entries;
		expect(entry!.excerpts).toHaveLength(MAX_EXCERPTS_PER_ENTRY);
		expect(entry!.omitted).toEqual({
			count: 1000 - MAX_EXCERPTS_PER_ENTRY,
			next: 2 * MAX_EXCERPTS_PER_ENTRY
		});
	});

	it('does not copy the group’s excerpts into its members’ files', () => {
		const member = pages.head('post-1')!.entries;
		expect(member.every((e) => e.viaGroup && e.excerpts.length === 0 && e.omitted?.count === 1000)).toBe(
			true
		);
	});
});

describe('publishExplorerData: outlets', () => {
	const outletFile = (outlets: unknown[]) => ({ file: 'outlets.json', text: JSON.stringify({ outlets }) });
	const sources = (file?: { file: string; text: string }) => ({
		placeFiles: [{ file: 'places.geojson', text: JSON.stringify(PLACES) }],
		articleFiles: [
			article('a-2018', '2018-01-10', 'Hama was calm.'),
			{
				file: 'articles/b-2020.md',
				text: '---\ntitle: b\noutlet: Other Daily\npublished: 2020-02-07\n---\n\nSaraqeb was shelled.\n'
			}
		],
		outletFile: file
	});

	it('lists the outlets once and counts each one’s articles by month, the curated kind with its source', () => {
		const curated = buildDataset(
			sources(
				outletFile([
					{
						id: 'test-wire',
						name: 'Test',
						kind: 'wire',
						basis: 'A news agency.',
						source: 'https://example.org/test'
					}
				])
			)
		);
		const data = publishExplorerData(curated);
		expect(data.outlets).toEqual([
			{ id: 'other-daily', name: 'Other Daily' },
			{
				id: 'test-wire',
				name: 'Test',
				kind: 'wire',
				basis: 'A news agency.',
				source: 'https://example.org/test'
			}
		]);
		// Test's article is in month 0 (2018-01), Other Daily's in month 25 (2020-02).
		expect(publishMonthCountsFile(curated).outlets).toEqual([
			[25, 1],
			[0, 1]
		]);
		expect(data.outletTotals).toEqual([1, 1]);
		expect(data).not.toHaveProperty('articleOutlets');
	});

	it('leaves every outlet unclassified without the file', () => {
		const data = publishExplorerData(buildDataset(sources()));
		expect(data.outlets.every((o) => o.kind === undefined)).toBe(true);
	});

	it('refuses an invalid outlets file, naming the file and field', () => {
		expect(() => buildDataset(sources(outletFile([{ id: 'x', name: 'X', kind: 'tabloid' }])))).toThrow(
			/outlets\.json: outlets\[0\] \(x\)\.kind/
		);
	});
});
