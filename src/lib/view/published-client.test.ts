import { describe, expect, it, vi } from 'vitest';
import { publishedClient, PublishedFileError } from './published-client';
import { encodeExplorerFile, encodeMonthCountsFile, readExplorerFile } from '../data/explorer-file';

/** The smallest explorer file the page accepts: no places, one month, no events. */
const EXPLORER = encodeExplorerFile({
	places: { type: 'FeatureCollection', features: [] },
	outlets: [],
	firstMonth: '2020-02',
	monthCount: 1,
	totals: [],
	monthTotals: [0],
	outletTotals: [],
	pageSize: 20,
	chronologyPart: 250,
	chronologyParts: [[]],
	events: [],
	extractedMonths: []
});

const ok = (body: unknown) => new Response(JSON.stringify(body), { status: 200 });

describe('publishedClient', () => {
	it('fetches each file under the base path', async () => {
		// explorer.json is checked where it enters the page, so it gets a valid one; the other files are
		// passed through as parsed.
		const fetcher = vi.fn(async (url: string | URL | Request) =>
			ok(String(url).endsWith('/explorer.json') ? EXPLORER : { place: 'saraqeb', page: 1, entries: [] })
		);
		const client = publishedClient(fetcher as typeof fetch, '/explorer');
		await client.placePage('saraqeb', 1);
		await client.placeHead('saraqeb');
		await client.explorer();
		await client.attribution();
		await client.placeDetails();
		await client.search('/data/search/terms/sa.json');
		await client.chronologyPart('2020-02', 2);
		await client.days('2020-02');
		await client.outletCounts('reuters');
		await client.events();
		await client.extracted('/data/events/months/2020-02.json');
		expect(fetcher.mock.calls.map((c) => c[0])).toEqual([
			'/explorer/data/places/saraqeb/1.json',
			'/explorer/data/places/saraqeb/head.json',
			'/explorer/data/explorer.json',
			'/explorer/basemap/attribution.json',
			'/explorer/data/place-details.json',
			'/explorer/data/search/terms/sa.json',
			'/explorer/data/chronology/2020-02/2.json',
			'/explorer/data/days/2020-02.json',
			'/explorer/data/outlets/reuters.json',
			'/explorer/data/events/reviewed.json',
			'/explorer/data/events/months/2020-02.json'
		]);
	});

	it('returns the parsed body', async () => {
		const client = publishedClient(async () => ok({ sources: [{ name: 'n', html: 'h' }] }), '');
		expect(await client.attribution()).toEqual({ sources: [{ name: 'n', html: 'h' }] });
	});

	it('names the file and the status on an HTTP error', async () => {
		const client = publishedClient(async () => new Response('unavailable', { status: 503 }), '');
		const error = await client.placeHead('hatay-province').catch((e: unknown) => e);
		expect(error).toBeInstanceOf(PublishedFileError);
		expect((error as PublishedFileError).message).toBe('/data/places/hatay-province/head.json: HTTP 503');
		expect((error as PublishedFileError).status).toBe(503);
		expect((error as PublishedFileError).file).toBe('/data/places/hatay-province/head.json');
	});

	it('names the file on a network failure', async () => {
		const client = publishedClient(async () => {
			throw new TypeError('Failed to fetch');
		}, '');
		await expect(client.search('/data/search/index.json')).rejects.toThrow(
			'/data/search/index.json: Failed to fetch'
		);
	});

	it('checks the counts by month against the explorer.json they go with, naming the file and field', async () => {
		const months = encodeMonthCountsFile(EXPLORER, { outletMonths: [], counts: [] });
		const explorer = readExplorerFile(EXPLORER);
		const fetcher = vi.fn(async (_url: string | URL | Request) => ok(months));
		const client = publishedClient(fetcher as typeof fetch, '/explorer');
		expect(await client.monthCounts(explorer)).toEqual({ outletMonths: [], counts: [] });
		expect(fetcher.mock.calls.map((c) => c[0])).toEqual(['/explorer/data/month-counts.json']);
		const stale = publishedClient(async () => ok({ ...months, firstMonth: '2019-02' }), '');
		await expect(stale.monthCounts(explorer)).rejects.toThrow(
			'/data/month-counts.json: firstMonth: "2019-02" where explorer.json has "2020-02"'
		);
	});

	it('names the file when the body is not JSON', async () => {
		const client = publishedClient(async () => new Response('<html>', { status: 200 }), '');
		await expect(client.explorer()).rejects.toThrow(/^\/data\/explorer\.json: not valid JSON/);
	});
});
