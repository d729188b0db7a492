import { describe, expect, it } from 'vitest';
import { CorpusTally, groupMembers, TALLY_FORMAT, type TalliedArticle } from './corpus-tally';

/** Articles of a small invented corpus, in the published order, each with its shard bytes. */
const CORPUS: (TalliedArticle & { name: string; bytes: number })[] = [
	{ published: '2019-01-03', outlet: 'alpha', name: 'Alpha', own: ['a'], listed: ['a'], bytes: 10 },
	{
		published: '2019-01-03',
		outlet: 'beta',
		name: 'Beta',
		own: ['a', 'b'],
		listed: ['a', 'b', 'c'],
		bytes: 20
	},
	{ published: '2019-03-09', outlet: 'alpha', name: 'alpha ', own: [], listed: [], bytes: 5 },
	{ published: '2019-03-10', outlet: 'alpha', name: 'Alpha', own: ['b'], listed: ['b', 'c'], bytes: 7 },
	{ published: '2020-02-01', outlet: 'gamma', name: 'Gamma', own: ['d'], listed: ['d'], bytes: 3 },
	{ published: '2020-02-01', outlet: 'beta', name: 'Beta', own: ['a'], listed: ['a'], bytes: 9 },
	{ published: '2020-02-01', outlet: 'alpha', name: 'Alpha', own: ['a'], listed: ['a'], bytes: 1 }
];

/** Counts `articles` as the site build does: each day's count first, then the articles in order. */
function count(tally: CorpusTally, articles: typeof CORPUS): CorpusTally {
	const days = new Map<string, number>();
	for (const a of articles) days.set(a.published, (days.get(a.published) ?? 0) + 1);
	for (const [day, n] of days) tally.day(day, n);
	for (const a of articles) {
		tally.order(a.name, a.bytes);
		for (const place of a.own) tally.mention(place);
		tally.add(a);
	}
	return tally;
}

describe('CorpusTally', () => {
	it('counts months, outlets, places and the busiest day', () => {
		const t = count(new CorpusTally(), CORPUS);
		expect(t.articles).toBe(7);
		expect([t.first, t.last]).toEqual(['2019-01-03', '2020-02-01']);
		expect(t.busiest).toBe(3);
		expect(t.lastDayCount).toBe(3);
		expect(t.shardBytes).toBe(55);
		expect(t.outletNames).toEqual(['Alpha', 'Beta', 'alpha ', 'Gamma']);
		expect(t.span()).toEqual({ firstMonth: '2019-01', firstOrdinal: 2019 * 12, monthCount: 14 });
		// Place a: two articles in month 0, two in month 13; as pairs of (step, count).
		expect(t.placeRows([{ id: 'a' }, { id: 'z' }])).toEqual([[0, 2, 13, 2], []]);
		expect(t.outletRows([{ id: 'alpha', name: 'Alpha' }])).toEqual([[0, 1, 2, 2, 11, 1]]);
		expect(t.outletPlaceMonths('beta').get('c')).toEqual(new Map([[0, 1]]));
		expect(t.named.get('a')).toEqual({ count: 4, first: '2019-01-03', last: '2020-02-01' });
		expect(t.mentions.get('b')).toBe(2);
	});

	it('saves and loads to the same tally, and refuses another format', () => {
		const t = count(new CorpusTally(), CORPUS);
		const saved = JSON.parse(JSON.stringify(t.toJSON()));
		expect(saved.format).toBe(TALLY_FORMAT);
		expect(CorpusTally.fromJSON(saved).toJSON()).toEqual(t.toJSON());
		expect(() => CorpusTally.fromJSON({ ...saved, format: TALLY_FORMAT + 1 })).toThrow(/format/);
		expect(() => CorpusTally.fromJSON(null)).toThrow(/format/);
	});

	it('gives, loaded and added to, what counting the whole corpus gives', () => {
		for (const at of [0, 2, 4, 5, 7]) {
			const saved = JSON.stringify(count(new CorpusTally(), CORPUS.slice(0, at)).toJSON());
			const added = count(CorpusTally.fromJSON(JSON.parse(saved)), CORPUS.slice(at));
			expect(added.toJSON(), `split at ${at}`).toEqual(count(new CorpusTally(), CORPUS).toJSON());
		}
	});
});

describe('groupMembers and placesOf', () => {
	const places = [
		{ id: 'gov' },
		{ id: 'town-a', partOf: 'gov' },
		{ id: 'post-1', partOf: 'posts' },
		{ id: 'town-b', partOf: 'gov' },
		{ id: 'posts' }
	];
	const at = (place: string, start: number, role?: 'dateline') => ({
		place,
		start,
		end: start + 3,
		surface: place,
		...(role ? { role } : {})
	});

	it('lists each group’s members in the places’ order', () => {
		expect(groupMembers(places)).toEqual(
			new Map([
				['gov', ['town-a', 'town-b']],
				['posts', ['post-1']]
			])
		);
	});

	it('names each linked place once, first named first; a group stands for its members too', () => {
		const t = new CorpusTally();
		const mentions = [at('town-b', 0, 'dateline'), at('posts', 10), at('town-b', 20), at('posts', 30)];
		const { own, listed } = t.placesOf(mentions, groupMembers(places));
		expect(own).toEqual(['posts', 'town-b']);
		expect([...listed]).toEqual(['posts', 'town-b', 'post-1']);
		expect(t.mentions.get('posts')).toBe(2);
		expect(t.mentions.get('town-b')).toBe(1);
	});

	it('gives nothing for an article whose only place is its dateline', () => {
		const t = new CorpusTally();
		const { own, listed } = t.placesOf([at('gov', 0, 'dateline')], groupMembers(places));
		expect(own).toEqual([]);
		expect(listed.size).toBe(0);
		expect(t.mentions.size).toBe(0);
	});
});
