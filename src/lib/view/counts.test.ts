import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber, isoDay } from '../core/dates';
import { articleInRange, type DateRange } from '../core/range';
import { buildDataset, type Dataset } from '../data/dataset';
import { readExplorerFile, readMonthCountsFile } from '../data/explorer-file';
import { isLink } from '../data/link';
import { publishExplorerData, publishMonthCountsFile } from '../data/publish';
import { articleFacts, publishDayCounts, publishOutletCounts } from '../data/publish-counts';
import {
	articlesInRange,
	buildCountIndex,
	buildMonthIndex,
	countsExact,
	decodeDayCounts,
	decodeOutletCounts,
	monthBins,
	needsMonthCounts,
	outletCounts,
	placeCounts,
	rangeMonths,
	type CountSources,
	type DayIndex,
	type OutletPlaces
} from './counts';

const point = (id: string, name: string, extra: Record<string, unknown> = {}) => ({
	type: 'Feature',
	id,
	geometry: { type: 'Point', coordinates: [36.8, 35.8] },
	properties: { name, aliases: [name], kind: 'town', precision: 'exact', sources: ['test'], ...extra }
});

const PLACES = JSON.stringify({
	type: 'FeatureCollection',
	features: [
		point('saraqeb', 'Saraqeb'),
		point('hama', 'Hama', { kind: 'city' }),
		{ ...point('posts', 'observation posts', { kind: 'observation-post' }), geometry: null },
		point('post-1', 'Post One', { kind: 'observation-post', partOf: 'posts' })
	]
});

/** The sentence that names each place in a generated article. */
const SENTENCES = [
	'Shelling hit Saraqeb overnight.',
	'Hama was calm.',
	'Troops reached the observation posts.',
	'Post One was quiet.'
];
const OUTLETS = ['Alpha News', 'Beta Wire', 'Gamma Daily'];

interface Spec {
	published: string;
	month: boolean;
	outlet: number;
	names: number[];
}

function corpus(specs: readonly Spec[]): Dataset {
	return buildDataset({
		placeFiles: [{ file: 'places.geojson', text: PLACES }],
		articleFiles: specs.map((a, i) => ({
			file: `articles/a${i}.md`,
			text: `---\ntitle: a${i}\noutlet: ${OUTLETS[a.outlet]}\npublished: ${a.month ? `${a.published.slice(0, 7)}-01` : a.published}\n${a.month ? 'datePrecision: month\n' : ''}---\n\n${[...a.names.map((n) => SENTENCES[n]), 'Nothing else.'].join(' ')}\n`
		}))
	});
}

/** Everything a page could fetch for `dataset`, decoded, and the pieces the counts read. */
function published(dataset: Dataset) {
	const facts = articleFacts(dataset);
	// Through JSON and the page's reader, as the page gets it.
	const data = readExplorerFile(JSON.parse(JSON.stringify(publishExplorerData(dataset, facts))));
	const index = buildCountIndex(data);
	const monthly = buildMonthIndex(
		readMonthCountsFile(JSON.parse(JSON.stringify(publishMonthCountsFile(dataset, facts))), data)
	);
	const placeIndex = new Map(data.places.features.map((f, i) => [f.id, i]));
	const days = publishDayCounts(dataset, facts);
	const outlets = publishOutletCounts(dataset, facts);
	const dayFiles = new Map<number, DayIndex>();
	for (const month of days.months) {
		const m = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 - index.first;
		dayFiles.set(m, decodeDayCounts(index, placeIndex, m, days.file(month)!));
	}
	const outletFiles: OutletPlaces[] = data.outlets.map((o) =>
		decodeOutletCounts(index.placeTotal.length, placeIndex, o.id, outlets.file(o.id)!)
	);
	return { data, index, monthly, dayFiles, outletFiles };
}

/** The rule of `core/range.ts`, article by article: what the sums must agree with. */
function reference(dataset: Dataset, range: DateRange, keepOutlet?: (name: string) => boolean) {
	const names = (i: number, id: string) =>
		dataset.articles[i]!.mentions.some((m) => isLink(m) && m.place === id);
	return dataset.places.map((p) =>
		dataset.articles.filter(
			(a, i) =>
				(names(i, p.id) || (!!p.partOf && names(i, p.partOf))) &&
				articleInRange(a, range) &&
				(!keepOutlet || keepOutlet(a.outlet))
		)
	);
}

const SEED: Spec[] = [
	{ published: '2020-01-30', month: false, outlet: 0, names: [0, 2] },
	{ published: '2020-02-01', month: true, outlet: 1, names: [0] },
	{ published: '2020-02-01', month: false, outlet: 0, names: [0, 1] },
	{ published: '2020-02-07', month: false, outlet: 2, names: [0, 3] },
	{ published: '2020-02-19', month: false, outlet: 0, names: [1] },
	{ published: '2020-04-02', month: false, outlet: 1, names: [3] }
];

describe('counts by month', () => {
	const dataset = corpus(SEED);
	const { data, index, monthly, dayFiles, outletFiles } = published(dataset);
	const at = (id: string) => data.places.features.findIndex((f) => f.id === id);
	/** With the counts by month here, and no day file yet. */
	const byMonth: CountSources = { months: monthly, day: () => undefined };
	const exact: CountSources = { months: monthly, day: (m) => dayFiles.get(m) };

	it('gives the timeline every month from the first to the last, empty ones included', () => {
		expect(monthBins(index)).toEqual([
			{ month: '2020-01', count: 1 },
			{ month: '2020-02', count: 4 },
			{ month: '2020-03', count: 0 },
			{ month: '2020-04', count: 1 }
		]);
		expect(index.total).toBe(6);
		expect(index.placeTotal[at('saraqeb')]).toBe(4);
	});

	it('counts every date from the totals alone, and needs the counts by month for any other range', () => {
		const all = rangeMonths(index, {});
		expect(needsMonthCounts(index, all)).toBe(false);
		expect(needsMonthCounts(index, rangeMonths(index, { from: '2019-01-01', to: '2020-04-30' }))).toBe(false);
		const none: CountSources = { day: () => undefined };
		expect([...placeCounts(index, all, none)]).toEqual([...index.placeTotal]);
		expect(countsExact(index, all, none)).toBe(true);
		expect(articlesInRange(outletCounts(index, all, none.day))).toBe(6);
		const spring = rangeMonths(index, { from: '2020-02-01', to: '2020-04-30' });
		expect(needsMonthCounts(index, spring)).toBe(true);
		expect(countsExact(index, spring, none)).toBe(false);
		// Until the counts by month arrive, the range counts every date: never fewer than are there.
		expect([...placeCounts(index, spring, none)]).toEqual([...index.placeTotal]);
		expect(articlesInRange(outletCounts(index, spring, none.day))).toBe(6);
		expect(articlesInRange(outletCounts(index, spring, none.day, monthly))).toBe(5);
	});

	it('sums whole months from the counts by month without any other file', () => {
		const months = rangeMonths(index, { from: '2020-02-01', to: '2020-04-30' });
		expect(months).toEqual({ fullFrom: 1, fullTo: 3, cuts: [] });
		const counts = placeCounts(index, months, byMonth);
		expect(counts[at('saraqeb')]).toBe(3);
		// Post One's count holds the article naming its group.
		expect(counts[at('post-1')]).toBe(2);
		expect(countsExact(index, months, byMonth)).toBe(true);
	});

	it('counts a cut month whole until its day file arrives, then by day', () => {
		const range = { from: '2020-02-05', to: '2020-02-10' };
		const months = rangeMonths(index, range);
		expect(months.cuts).toEqual([{ month: 1, fromDay: 5, toDay: 10 }]);
		const rounded = placeCounts(index, months, byMonth);
		expect(rounded[at('saraqeb')]).toBe(3);
		expect(countsExact(index, months, byMonth)).toBe(false);
		// The 7 February article, and the month-only one: any day of its month is in range.
		const counts = placeCounts(index, months, exact);
		expect(counts[at('saraqeb')]).toBe(2);
		expect(counts[at('hama')]).toBe(0);
		expect(articlesInRange(outletCounts(index, months, exact.day, monthly))).toBe(2);
	});

	it('leaves out the articles dated to the 1st when the range starts later in the month', () => {
		const months = rangeMonths(index, { from: '2020-02-02' });
		expect(articlesInRange(outletCounts(index, months, exact.day, monthly))).toBe(4);
		expect(
			articlesInRange(outletCounts(index, rangeMonths(index, { from: '2020-02-01' }), exact.day, monthly))
		).toBe(5);
	});

	it('counts only the chosen outlets once their files are here, and every outlet until then', () => {
		// January is cut (its day file says which outlet each article is of), February whole.
		const range = { from: '2020-01-15', to: '2020-02-29' };
		const months = rangeMonths(index, range);
		const alpha = data.outlets.findIndex((o) => o.name === 'Alpha News');
		const mask = Uint8Array.from(data.outlets, (_, o) => (o === alpha ? 1 : 0));
		const waiting = placeCounts(index, months, { ...exact, mask, outlet: () => undefined });
		expect(waiting[at('saraqeb')]).toBe(4);
		const filtered = placeCounts(index, months, { ...exact, mask, outlet: (o) => outletFiles[o] });
		expect(filtered[at('saraqeb')]).toBe(2);
		expect(filtered[at('hama')]).toBe(2);
		const perOutlet = outletCounts(index, months, exact.day, monthly);
		expect(perOutlet[alpha]).toBe(3);
		expect(articlesInRange(perOutlet, mask)).toBe(3);
	});

	it('counts nothing in a reversed range or one outside the data', () => {
		expect(rangeMonths(index, { from: '2020-03-01', to: '2020-02-01' })).toMatchObject({ cuts: [] });
		for (const range of [
			{ from: '2020-03-01', to: '2020-02-01' },
			{ to: '2019-06-30' },
			{ from: '2021-01-15' }
		]) {
			const months = rangeMonths(index, range);
			// Nothing to count, so nothing to wait for: no file is needed to say so.
			expect(needsMonthCounts(index, months)).toBe(false);
			for (const sources of [exact, { day: () => undefined }])
				expect([...placeCounts(index, months, sources)].every((n) => n === 0)).toBe(true);
			expect(articlesInRange(outletCounts(index, months, () => undefined))).toBe(0);
		}
	});

	it('refuses a day file of another month or another build', () => {
		const placeIndex = new Map([['saraqeb', 0]]);
		const file = publishDayCounts(dataset, articleFacts(dataset)).file('2020-02')!;
		expect(() => decodeDayCounts(index, placeIndex, 0, file)).toThrow(/month: "2020-02", expected "2020-01"/);
		expect(() => decodeDayCounts(index, placeIndex, 1, file)).toThrow(/places\.\w[\w-]*: not a place/);
		expect(() => decodeOutletCounts(4, new Map(), 'other', { outlet: 'alpha-news', places: {} })).toThrow(
			/outlet: "alpha-news", expected "other"/
		);
	});

	it('agrees with counting article by article on any corpus, range and choice of outlets', () => {
		const day = fc.integer({ min: dayNumber('2019-12-20'), max: dayNumber('2020-03-10') }).map(isoDay);
		const spec = fc.record({
			published: day,
			month: fc.boolean(),
			outlet: fc.integer({ min: 0, max: 2 }),
			names: fc.uniqueArray(fc.integer({ min: 0, max: 3 }), { maxLength: 3 })
		});
		const specs = fc
			.array(spec, { minLength: 1, maxLength: 25 })
			.map((list) => list.sort((a, b) => a.published.localeCompare(b.published)));
		const range = fc
			.record({ from: fc.option(day, { nil: undefined }), to: fc.option(day, { nil: undefined }) })
			.filter((r) => !(r.from && r.to && r.from > r.to));
		const chosen = fc.option(fc.uniqueArray(fc.integer({ min: 0, max: 2 }), { minLength: 1, maxLength: 2 }), {
			nil: undefined
		});
		fc.assert(
			fc.property(specs, range, chosen, (list, r, outletsChosen) => {
				const dataset = corpus(list);
				const { data, index, monthly, dayFiles, outletFiles } = published(dataset);
				const mask = outletsChosen
					? Uint8Array.from(data.outlets, (o) => (outletsChosen.some((k) => OUTLETS[k] === o.name) ? 1 : 0))
					: undefined;
				const months = rangeMonths(index, r);
				const sources: CountSources = {
					months: monthly,
					day: (m) => dayFiles.get(m),
					mask,
					outlet: (o) => outletFiles[o]
				};
				expect(countsExact(index, months, sources)).toBe(true);
				const keep = outletsChosen
					? (name: string) => outletsChosen.some((k) => OUTLETS[k] === name)
					: undefined;
				const expected = reference(dataset, r, keep);
				const counts = placeCounts(index, months, sources);
				expected.forEach((articles, i) => expect(counts[i], dataset.places[i]!.id).toBe(articles.length));
				const perOutlet = outletCounts(index, months, sources.day, monthly);
				const inRange = dataset.articles.filter((a) => articleInRange(a, r));
				data.outlets.forEach((o, k) =>
					expect(perOutlet[k], o.name).toBe(inRange.filter((a) => a.outlet === o.name).length)
				);
				expect(articlesInRange(perOutlet, mask)).toBe(inRange.filter((a) => !keep || keep(a.outlet)).length);
				// Before any file arrives the figures are never below the truth.
				const rounded = placeCounts(index, months, { day: () => undefined, mask, outlet: () => undefined });
				expected.forEach((articles, i) => expect(rounded[i]).toBeGreaterThanOrEqual(articles.length));
			}),
			{ numRuns: 60 }
		);
	});
});
