import { describe, expect, it } from 'vitest';
import { dayNumber } from '../core/dates';
import { buildDataset } from './dataset';
import { deltaDecode } from './delta';
import { publishEvents } from './events';
import { linkedPositions } from './explorer-data';
import {
	MAX_EXCERPTS_PER_ENTRY,
	mentionPositions,
	publishArticleChunks,
	publishArticleSearch,
	publishExplorerData,
	publishPlaceChunks
} from './publish';
import { loadArticleIndex } from './search-index';

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
	const data = publishExplorerData(dataset, 2);

	it('counts the extracted events by the month of their date, and lists none of them', () => {
		const found = dataset.events.filter((e) => e.extracted);
		expect(found.length).toBeGreaterThan(0);
		const byMonth = new Map<string, number>();
		for (const e of found) byMonth.set(e.date.slice(0, 7), (byMonth.get(e.date.slice(0, 7)) ?? 0) + 1);
		expect(data.extractedMonths).toEqual([...byMonth].sort(([a], [b]) => a.localeCompare(b)));
		expect(data.events.every((e) => !e.extracted)).toBe(true);
	});

	it('lists article days and month-precision positions in article order', () => {
		expect(decode(data.days)).toEqual(
			['2018-01-10', '2020-02-01', '2020-02-07', '2020-02-19'].map(dayNumber)
		);
		expect(decode(data.monthPrecision)).toEqual([1]);
		expect(data.chunkSize).toBe(2);
	});

	const at = (id: string) => data.places.features.findIndex((f) => f.id === id);

	it('links each place to the positions of the articles that mention it', () => {
		const ids = data.places.features.map((f) => f.id);
		expect(ids).toEqual(dataset.places.map((p) => p.id));
		expect(decode(data.links[at('saraqeb')]!)).toEqual([1, 2]);
		expect(decode(data.links[at('posts')]!)).toEqual([0]);
		expect(decode(data.links[at('post-1')]!)).toEqual([2]);
		for (const [i, id] of ids.entries()) {
			const expected = dataset.articles.flatMap((a, p) =>
				a.mentions.some((m) => m.place === id) ? [p] : []
			);
			expect(decode(data.links[i]!), id).toEqual(expected);
		}
	});

	it('keeps what the first screen shows and leaves out sources and event sources', () => {
		const saraqeb = data.places.features[at('saraqeb')]!;
		expect(saraqeb.properties).toEqual({
			name: 'Saraqeb',
			aliases: ['Saraqeb'],
			kind: 'town',
			precision: 'exact',
			description: 'A town on the M5.',
			mentionCount: 3
		});
		expect(data.places.features[at('post-1')]!.properties).toMatchObject({
			partOf: 'posts',
			established: '2018-02',
			statuses: [{ date: '2020-02-10', status: 'surrounded', event: 'post-1-surrounded' }]
		});
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

describe('publishPlaceChunks', () => {
	const chunks = publishPlaceChunks(dataset, 2);

	it('has a file per chunk of each place list, and none for places nothing mentions', () => {
		const withArticles = [...mentionPositions(dataset)].filter(([id, own]) => own.length || id === 'post-1');
		expect(chunks.keys).toEqual(withArticles.map(([place]) => ({ place, chunk: 0 })));
		expect(chunks.keys.map((k) => k.place)).not.toContain('latakia');
		expect(publishPlaceChunks(dataset, 1).keys.filter((k) => k.place === 'post-1')).toHaveLength(2);
		expect(publishPlaceChunks(dataset, 1).keys.filter((k) => k.place === 'saraqeb')).toHaveLength(2);
		expect(chunks.chunk('saraqeb', 1)).toBeUndefined();
		expect(chunks.chunk('nowhere', 0)).toBeUndefined();
	});

	it('gives each entry its article and the sentence around each mention', () => {
		const { entries } = chunks.chunk('saraqeb', 0)!;
		expect(entries.map((e) => [e.position, e.article.id, e.viaGroup])).toEqual([
			[1, 'b-2020', false],
			[2, 'c-2020', false]
		]);
		// A Markdown article is curated: its reader is the prerendered page (`readerPath`).
		expect(entries[1]!.article).toEqual({
			id: 'c-2020',
			title: 'c-2020',
			outlet: 'Test',
			published: '2020-02-07',
			datePrecision: 'day',
			curated: true
		});
		const texts = entries[1]!.excerpts.map((x) => x.segments.map((s) => s.text).join(''));
		expect(texts).toEqual(['Forces entered Saraqeb.', 'Later, Saraqeb was shelled near Post One.']);
		expect(entries[1]!.excerpts.map((x) => x.mention)).toEqual([0, 1]);
	});

	it('lists articles naming only the group for a member, in the order the page merges them', () => {
		const { entries } = chunks.chunk('post-1', 0)!;
		expect(entries.map((e) => [e.article.id, e.viaGroup])).toEqual([
			['a-2018', true],
			['c-2020', false]
		]);
		// The group's sentence is in the group's own chunks, not copied into each member's.
		expect(entries[0]!.excerpts).toEqual([]);
		expect(entries[0]!.omitted).toEqual({ count: 1, next: expect.any(Number) });
		expect(chunks.chunk('posts', 0)!.entries[0]!.excerpts[0]!.segments.find((s) => s.mark)?.text).toBe(
			'observation posts'
		);
		const own = mentionPositions(dataset);
		expect([...linkedPositions(own.get('post-1')!, own.get('posts'))]).toEqual(
			entries.map((e) => e.position)
		);
	});
});

describe('publishArticleChunks', () => {
	it('cuts the article list into chunks by position, each naming its articles', () => {
		const chunks = publishArticleChunks(dataset, 3);
		expect(chunks.count).toBe(Math.ceil(dataset.articles.length / 3));
		const all = Array.from({ length: chunks.count }, (_, n) => chunks.chunk(n)!);
		expect(all.map((c) => c.chunk)).toEqual(all.map((_, n) => n));
		expect(all.flatMap((c) => c.articles.map((a) => a.id))).toEqual(dataset.articles.map((a) => a.id));
		expect(all[0]!.articles[1]).toEqual({
			id: 'b-2020',
			title: 'b-2020',
			outlet: 'Test',
			published: '2020-02-01',
			datePrecision: 'month',
			curated: true
		});
		// The original's address travels with an article that has one, for the download of the articles in range.
		expect(all[1]!.articles[0]).toEqual({
			id: 'd-2020',
			title: 'd-2020',
			outlet: 'Test',
			published: '2020-02-19',
			datePrecision: 'day',
			curated: true,
			url: 'https://example.org/d-2020'
		});
		expect(chunks.chunk(chunks.count)).toBeUndefined();
		expect(chunks.chunk(-1)).toBeUndefined();
		expect(chunks.chunk(0.5)).toBeUndefined();
	});

	it('is announced in explorer.json with its size', () => {
		expect(publishExplorerData(dataset, 2, 3).articleChunkSize).toBe(3);
	});
});

describe('publishPlaceChunks: bounded files', () => {
	// Forty articles each naming Saraqeb and the observation posts a thousand times.
	const sentence = 'Shelling hit Saraqeb near the observation posts again, residents said.';
	const dense = buildDataset({
		placeFiles: [{ file: 'places.geojson', text: JSON.stringify(PLACES) }],
		articleFiles: Array.from({ length: 40 }, (_, i) =>
			article(`dense-${String(i).padStart(2, '0')}`, '2020-02-07', Array(1000).fill(sentence).join(' '))
		)
	});
	const chunks = publishPlaceChunks(dense);

	it('pages a place named in many articles into several files, each under 64 KB', () => {
		const keys = chunks.keys.filter((k) => k.place === 'saraqeb');
		expect(keys).toHaveLength(2);
		for (const { place, chunk } of chunks.keys) {
			const bytes = JSON.stringify(chunks.chunk(place, chunk)).length;
			expect(bytes, `${place}/${chunk}`).toBeLessThan(64 * 1024);
		}
	});

	it('excerpts the first mentions of an article and says how many more the reader has', () => {
		const [entry] = chunks.chunk('saraqeb', 0)!.entries;
		expect(entry!.excerpts).toHaveLength(MAX_EXCERPTS_PER_ENTRY);
		expect(entry!.omitted).toEqual({
			count: 1000 - MAX_EXCERPTS_PER_ENTRY,
			next: 2 * MAX_EXCERPTS_PER_ENTRY
		});
	});

	it('does not copy the group’s excerpts into its members’ files', () => {
		const member = chunks.chunk('post-1', 0)!.entries;
		expect(member.every((e) => e.viaGroup && e.excerpts.length === 0 && e.omitted?.count === 1000)).toBe(
			true
		);
	});
});

describe('publishArticleSearch', () => {
	it('makes an index the page can load and search', () => {
		const json = JSON.parse(JSON.stringify(publishArticleSearch(dataset)));
		const index = loadArticleIndex(json);
		const search = (query: string) =>
			index.search(query).map((r) => ({ id: r.id, title: r.title, outlet: r.outlet, date: r.date }));
		expect(search('tanks')).toEqual([{ id: 'd-2020', title: 'd-2020', outlet: 'Test', date: '2020-02-19' }]);
		expect(search('fighting saraqeb')[0]).toMatchObject({ id: 'b-2020', outlet: 'Test', date: '2020-02' });
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

	it('lists the outlets once and each article as an index into them, the curated kind with its source', () => {
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
		expect(data.articleOutlets).toEqual([1, 0]);
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
