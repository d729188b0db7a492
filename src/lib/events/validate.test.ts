import { describe, expect, it } from 'vitest';
import type { Place } from '../places/schema';
import { validateEvents, type EventArticle } from './validate';

const place = (id: string, kind: Place['kind'], extra: Partial<Place> = {}): Place => ({
	id,
	file: 'places.geojson',
	geometry: { type: 'Point', coordinates: [36.8, 35.8] },
	name: id,
	aliases: [id],
	kind,
	precision: 'exact',
	sources: ['fixture'],
	...extra
});

const PLACES = [
	place('saraqeb', 'town'),
	place('post-9', 'observation-post'),
	place('post-old', 'observation-post', { established: '2018-02' }),
	place('sochi-zone', 'zone')
];

const BODY = 'Government forces entered Saraqeb on Thursday. The post at Morek was surrounded.';
const ARTICLES: EventArticle[] = [
	{ id: 'reuters-1', file: 'articles/reuters-1.md', body: BODY, published: '2020-02-07' }
];

const SENTENCE = 'Government forces entered Saraqeb on Thursday.';
const good = {
	id: 'saraqeb-entered',
	places: ['saraqeb'],
	date: '2020-02-06',
	datePrecision: 'day',
	kind: 'entered',
	label: 'Entered by government forces',
	source: { article: 'reuters-1', start: 0, end: SENTENCE.length, sentence: SENTENCE }
};

function run(...events: unknown[]) {
	return validateEvents([{ file: 'events/front.json', text: JSON.stringify({ events }) }], PLACES, ARTICLES);
}

function only(...events: unknown[]) {
	const { issues } = run(...events);
	expect(issues).toHaveLength(1);
	return issues[0]!;
}

describe('validateEvents', () => {
	it('accepts a sourced event and keeps its file', () => {
		const { events, issues } = run(good);
		expect(issues).toEqual([]);
		expect(events).toEqual([{ ...good, file: 'events/front.json', extracted: false }]);
	});

	it('accepts an outside source with its outlet, address, day and sentence', () => {
		const outside = {
			...good,
			id: 'post-9-surrounded',
			places: ['post-9'],
			kind: 'post-surrounded',
			source: {
				outlet: 'Anadolu',
				url: 'https://example.org/story',
				published: '2019-08-24',
				quote: 'The post was surrounded.'
			},
			date: '2019-08-23'
		};
		expect(run(outside).issues).toEqual([]);
	});

	it('names the file and field of an unknown place', () => {
		const issue = only({ ...good, places: ['atlantis'] });
		expect(issue).toMatchObject({
			file: 'events/front.json',
			field: 'events[0] (saraqeb-entered).places[0]'
		});
		expect(issue.message).toMatch(/unknown place "atlantis"/);
	});

	it('rejects a date that is not a real day, and a month not written as its first day', () => {
		expect(only({ ...good, date: '2020-02-30' }).field).toBe('events[0] (saraqeb-entered).date');
		expect(only({ ...good, date: '2020-02-05', datePrecision: 'month' }).message).toMatch(
			/first day of the month/
		);
	});

	it('rejects a source range that does not hold the sentence, and one outside the article', () => {
		const moved = only({ ...good, source: { ...good.source, start: 1, end: SENTENCE.length + 1 } });
		expect(moved.field).toBe('events[0] (saraqeb-entered).source.sentence');
		expect(moved.message).toMatch(/not the sentence given/);
		const outside = only({ ...good, source: { ...good.source, end: 10_000 } });
		expect(outside.message).toMatch(/outside articles\/reuters-1\.md/);
		expect(only({ ...good, source: { ...good.source, article: 'nope' } }).message).toMatch(
			/unknown article "nope"/
		);
	});

	it('rejects an event dated after its source was published', () => {
		expect(only({ ...good, date: '2020-02-08' }).message).toMatch(
			/after its source was published \(2020-02-07/
		);
	});

	it('lets a month-dated article report an event of any day of its month', () => {
		const monthly = validateEvents(
			[{ file: 'events/front.json', text: JSON.stringify({ events: [{ ...good, date: '2020-02-20' }] }) }],
			PLACES,
			[{ ...ARTICLES[0]!, published: '2020-02-01', datePrecision: 'month' }]
		);
		expect(monthly.issues).toEqual([]);
	});

	it("rejects a post's event at a place that is not a post, and a kind outside the vocabulary", () => {
		expect(only({ ...good, kind: 'post-surrounded' }).message).toMatch(/needs an observation post/);
		expect(only({ ...good, kind: 'liberated' }).field).toBe('events[0] (saraqeb-entered).kind');
	});

	it('rejects a duplicate id, an establishment typed twice, and a place established twice', () => {
		expect(only(good, good).message).toMatch(/duplicate event id "saraqeb-entered"/);
		const setUp = (id: string, places: string[]) => ({
			...good,
			id,
			places,
			kind: 'post-established',
			source: { outlet: 'X', url: 'https://example.org/', published: '2020-02-07', quote: 'Set up.' }
		});
		expect(only(setUp('a', ['post-old'])).message).toMatch(/also has "established"/);
		expect(only(setUp('a', ['post-9']), setUp('b', ['post-9'])).message).toMatch(/established once/);
	});

	it('says what is wrong with a file that is not an event file', () => {
		const { issues } = validateEvents([{ file: 'events/x.json', text: '{"places": []}' }], PLACES, ARTICLES);
		expect(issues[0]).toMatchObject({ file: 'events/x.json' });
		const bad = validateEvents([{ file: 'events/y.json', text: '{' }], PLACES, ARTICLES).issues[0];
		expect(bad).toMatchObject({ file: 'events/y.json', field: '(file)' });
	});

	it('removes terminal control sequences from the free text, as from every published text', () => {
		const { events } = run({ ...good, label: 'Entered\u001b]0;pwned\u0007 town', actor: 'army\u001b[2J' });
		expect(events[0]!.label).toBe('Entered]0;pwned town');
		expect(events[0]!.actor).toBe('army[2J');
	});

	it('lists the events oldest first', () => {
		const early = { ...good, id: 'early', date: '2020-02-01' };
		expect(run(good, early).events.map((e) => e.id)).toEqual(['early', 'saraqeb-entered']);
	});
});
