import { describe, expect, it } from 'vitest';
import { ARTICLE_EXPORT, PUBLISHED_FILES, type FileDoc, type RecordDoc } from './contracts';
import { publishArticleShards } from './article-shards';
import { readerPages } from './reader';
import { buildDataset, publishPlaces } from './dataset';
import { EVENT_CSV_COLUMNS, publishEvents } from './events';
import {
	publishChronologyParts,
	publishExplorerData,
	publishMonthCountsFile,
	publishPlaceDetails,
	publishPlacePages
} from './publish';
import { articleFacts, publishDayCounts, publishOutletCounts } from './publish-counts';
import { publishExtractedPlaces } from './publish-extracted';

/** One place with every optional field a curator may give, one article naming it, and one event. */
const dataset = buildDataset({
	placeFiles: [
		{
			file: 'places.geojson',
			text: JSON.stringify({
				type: 'FeatureCollection',
				features: [
					{
						type: 'Feature',
						id: 'saraqeb',
						geometry: { type: 'Point', coordinates: [36.8, 35.86] },
						properties: {
							name: 'Saraqeb',
							nameAr: 'سراقب',
							aliases: ['Saraqeb'],
							kind: 'town',
							precision: 'exact',
							sources: ['test'],
							description: 'A town on the M5.'
						}
					}
				]
			})
		}
	],
	articleFiles: [
		{
			file: 'articles/a.md',
			text: '---\ntitle: A\noutlet: Test\npublished: 2020-02-07\nurl: https://example.org/a\nbyline: B\n---\n\nForces entered Saraqeb.\n'
		},
		{
			file: 'articles/b.md',
			text: '---\ntitle: B\noutlet: Test\npublished: 2020-02-08\n---\n\nSaraqeb was quiet.\n'
		},
		{
			file: 'articles/c.md',
			text: '---\ntitle: C\noutlet: Test\npublished: 2020-02-09\n---\n\nSaraqeb was shelled.\n'
		}
	],
	eventFiles: [
		{
			file: 'events/e.json',
			text: JSON.stringify({
				events: [
					{
						id: 'entered',
						places: ['saraqeb'],
						date: '2020-02-06',
						datePrecision: 'day',
						kind: 'entered',
						actor: 'Forces',
						label: 'Entered',
						source: { article: 'a', start: 0, end: 23, sentence: 'Forces entered Saraqeb.' }
					}
				]
			})
		}
	]
});

/** The field names a file's record documents. */
function documented(path: string, record: string): Set<string> {
	const file = PUBLISHED_FILES.find((f) => f.path === path) as FileDoc;
	return names(path, file.records, record);
}

/** The field names of `record` among `records` (of `what`, a file or a command). */
function names(what: string, records: readonly RecordDoc[], record: string): Set<string> {
	const doc = records.find((r) => r.record === record);
	if (!doc) throw new Error(`${what} documents no record "${record}"`);
	return new Set(doc.fields.map((f) => f.name));
}

/** Every key of the objects is documented. */
function expectDocumented(objects: readonly object[], names: Set<string>) {
	expect(objects.length).toBeGreaterThan(0);
	for (const o of objects) for (const key of Object.keys(o)) expect(names, key).toContain(key);
}

describe('the published files are documented field by field', () => {
	it('lists each file once, each field once, each with a meaning', () => {
		const paths = PUBLISHED_FILES.map((f) => f.path);
		expect(new Set(paths).size).toBe(paths.length);
		const docs = [
			...PUBLISHED_FILES.map((f) => ({ what: f.path, records: f.records })),
			{ what: ARTICLE_EXPORT.command, records: ARTICLE_EXPORT.records }
		];
		for (const { what, records } of docs) {
			for (const record of records) {
				const names = record.fields.map((f) => f.name);
				expect(new Set(names).size, `${what} ${record.record}`).toBe(names.length);
				for (const f of record.fields) expect(f.meaning.length, `${what} ${f.name}`).toBeGreaterThan(2);
			}
		}
	});

	it('describes every key the publishing code writes', () => {
		const collection = publishPlaces(dataset);
		expectDocumented([collection], documented('data/places.geojson', 'the file'));
		const places = collection.features;
		expectDocumented(
			places.map((p) => p.properties),
			documented('data/places.geojson', 'features[] (id: the place id; geometry; properties)')
		);
		const exported = (record: string) => names(ARTICLE_EXPORT.command, ARTICLE_EXPORT.records, record);
		expectDocumented(dataset.articles, exported('each line'));
		expectDocumented(dataset.articles[0]!.mentions, exported('mentions[]'));
		const events = publishEvents(dataset);
		expectDocumented([events], documented('data/events.json', 'the file'));
		expectDocumented(events.events, documented('data/events.json', 'events[]'));
		expectDocumented(
			events.events.map((e) => e.source),
			documented('data/events.json', 'source, for an article of the corpus')
		);
		expect([...documented('data/events.csv', 'columns')]).toEqual([...EVENT_CSV_COLUMNS]);
		const explorer = publishExplorerData(dataset);
		expectDocumented([explorer], documented('data/explorer.json', 'the file'));
		expectDocumented([explorer.places], documented('data/explorer.json', 'places (one column per field)'));
		expectDocumented([publishMonthCountsFile(dataset)], documented('data/month-counts.json', 'the file'));
		const details = publishPlaceDetails(dataset);
		expectDocumented([details], documented('data/place-details.json', 'the file'));
		expectDocumented(Object.values(details.places), documented('data/place-details.json', 'places[id]'));
		const facts = articleFacts(dataset);
		const head = publishPlacePages(dataset, facts).head('saraqeb')!;
		expectDocumented([head], documented('data/places/<place>/head.json', 'the file'));
		expectDocumented([head.table], documented('data/places/<place>/head.json', 'table'));
		expectDocumented(head.entries, documented('data/places/<place>/head.json', 'entries[]'));
		// Pages of one article and table parts of one row: two pages sealed and one part.
		const sealed = publishPlacePages(dataset, facts, 1, undefined, 1);
		const page = sealed.page('saraqeb', 0)!;
		expectDocumented([page], documented('data/places/<place>/<n>.json', 'the file'));
		const parts = sealed.head('saraqeb')!.table.parts;
		expect(parts.numbers).toEqual([0]);
		expectDocumented([parts], documented('data/places/<place>/head.json', 'table.parts'));
		expectDocumented(
			[sealed.table('saraqeb', 0)!],
			documented('data/places/<place>/table-<n>.json', 'the file')
		);
		expectDocumented(page.entries, documented('data/places/<place>/head.json', 'entries[]'));
		const extractedPlaces = publishExtractedPlaces(dataset);
		expectDocumented(
			[extractedPlaces.head('saraqeb')!],
			documented('data/events/places/<place>/head.json', 'the file')
		);
		const part = publishChronologyParts(dataset, facts);

		const first = part.part(part.keys[0]!.month, 0)!;
		expectDocumented([first], documented('data/chronology/<yyyy-mm>/<n>.json', 'the file'));
		expectDocumented(first.articles, documented('data/chronology/<yyyy-mm>/<n>.json', 'articles[]'));
		const days = publishDayCounts(dataset, facts);
		expectDocumented([days.file(days.months[0]!)!], documented('data/days/<yyyy-mm>.json', 'the file'));
		const outlets = publishOutletCounts(dataset, facts);
		expectDocumented([outlets.file(outlets.ids[0]!)!], documented('data/outlets/<outlet>.json', 'the file'));
		const shards = publishArticleShards(dataset, readerPages(dataset));
		expectDocumented([shards.index], documented('data/articles/shards.json', 'the file'));
		const shard = shards.shard(shards.keys[0]!)!;
		expectDocumented([shard], documented('data/articles/<n>.json', 'the file'));
		expectDocumented(shard.articles, documented('data/articles/<n>.json', 'articles[]'));
		expectDocumented(
			shard.articles.flatMap((a) => a.mentions),
			documented('data/articles/<n>.json', 'articles[].mentions[]')
		);
	});
});
