import { describe, expect, it, vi } from 'vitest';
import type { ExtractedEventRecord } from '../data/extracted-files';
import { EXTRACTED_PANEL_PAGE, ExtractedEvents } from './extracted-state.svelte';

const record = (id: string, date: string, places = ['qarnaz']): ExtractedEventRecord => ({
	id,
	places,
	date,
	datePrecision: 'day',
	kind: 'attacked',
	label: 'Qarnaz: attacked',
	confidence: 0.7,
	source: {
		article: 'a1',
		start: 0,
		end: 9,
		sentence: `Sentence of ${id}.`,
		outlet: 'Wire',
		published: '2020-02-20'
	}
});

/** A loader of published files whose requests wait until the test answers or fails them. */
function fakeLoader() {
	const pending = new Map<string, { resolve: (body: unknown) => void; reject: (e: Error) => void }>();
	const asked: string[] = [];
	const load = (file: string) =>
		new Promise<unknown>((resolve, reject) => {
			asked.push(file);
			pending.set(file, { resolve, reject });
		});
	const settle = () => new Promise((r) => setTimeout(r));
	const answer = async (file: string, body: unknown) => {
		pending.get(file)!.resolve(body);
		pending.delete(file);
		await settle();
	};
	const fail = async (file: string) => {
		pending.get(file)!.reject(new Error(`${file}: HTTP 503`));
		pending.delete(file);
		await settle();
	};
	return { load, asked, answer, fail, pending };
}

/** The path of the month file keyed `key` (`yyyy-mm/n`). */
const monthFile = (key: string) => `/data/events/months/${key}.json`;

describe('ExtractedEvents: months', () => {
	it('fetches nothing until asked, then at most two at once, most wanted first', async () => {
		const f = fakeLoader();
		const events = new ExtractedEvents(f.load);
		expect(f.asked).toEqual([]);
		events.wantMonths(['2020-03/0', '2020-02/0', '2020-01/0']);
		expect(f.asked).toEqual([monthFile('2020-03/0'), monthFile('2020-02/0')]);
		expect(events.monthsLoading).toBe(true);
		await f.answer(monthFile('2020-03/0'), {
			month: '2020-03',
			page: 0,
			events: [record('m', '2020-03-04')]
		});
		expect(f.asked.at(-1)).toBe(monthFile('2020-01/0'));
		expect(events.month('2020-03/0')!.map((e) => e.event.id)).toEqual(['m']);
		expect(events.text('m')).toBe('Sentence of m.');
		expect(events.month('2020-02/0')).toBeUndefined();
	});

	it('drops months no longer wanted before they are fetched, and never fetches one twice', async () => {
		const f = fakeLoader();
		const events = new ExtractedEvents(f.load, 1);
		events.wantMonths(['2020-03/0', '2020-02/0', '2020-01/0']);
		events.wantMonths(['2020-03/0', '2019-12/0']);
		await f.answer(monthFile('2020-03/0'), { month: '2020-03', page: 0, events: [] });
		expect(f.asked).toEqual([monthFile('2020-03/0'), monthFile('2019-12/0')]);
		await f.answer(monthFile('2019-12/0'), { month: '2019-12', page: 0, events: [] });
		events.wantMonths(['2020-03/0', '2019-12/0']);
		expect(f.asked).toHaveLength(2);
		expect(events.monthsLoading).toBe(false);
	});

	it('stops on a failure until "Try again", which fetches the missing month again', async () => {
		const f = fakeLoader();
		const events = new ExtractedEvents(f.load, 1);
		events.wantMonths(['2020-02/0', '2020-01/0']);
		await f.fail(monthFile('2020-02/0'));
		expect(events.monthsError).toBe('/data/events/months/2020-02/0.json: HTTP 503');
		expect(f.asked).toEqual([monthFile('2020-02/0')]);
		events.wantMonths(['2020-02/0', '2020-01/0']);
		expect(f.asked).toHaveLength(1);
		events.retryMonths();
		expect(events.monthsError).toBeUndefined();
		expect(f.asked).toEqual([monthFile('2020-02/0'), monthFile('2020-02/0')]);
	});

	it('keeps the well-formed entries of a malformed file and counts the others', async () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		const f = fakeLoader();
		const events = new ExtractedEvents(f.load);
		events.wantMonths(['2020-02/0']);
		await f.answer(monthFile('2020-02/0'), {
			month: '2020-02',
			page: 0,
			events: [record('ok', '2020-02-01'), { id: 3 }]
		});
		expect(events.month('2020-02/0')!.map((e) => e.event.id)).toEqual(['ok']);
		expect(events.problems).toBe(1);
		expect(warn).toHaveBeenCalledWith('/data/events/months/2020-02/0.json: events[1].id: not a text');
		warn.mockRestore();
	});
	it('fetches each file of a month at its own path, and asks for nothing by a key that is not yyyy-mm/n', async () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		const f = fakeLoader();
		const events = new ExtractedEvents(f.load);
		events.wantMonths(['2020-02/1', '../explorer']);
		expect(f.asked).toEqual([monthFile('2020-02/1')]);
		await f.answer(monthFile('2020-02/1'), {
			month: '2020-02',
			page: 1,
			events: [record('late', '2020-02-27')]
		});
		expect(events.month('2020-02/1')!.map((e) => e.event.id)).toEqual(['late']);
		expect(events.month('2020-02/0')).toBeUndefined();
		expect(events.month('../explorer')).toEqual([]);
		expect(events.problems).toBe(1);
		warn.mockRestore();
	});
});

describe('ExtractedEvents: a place', () => {
	it('fetches a place’s head and sealed pages by path and says while they are on their way', async () => {
		const f = fakeLoader();
		const events = new ExtractedEvents(f.load);
		events.wantPages('qarnaz', ['head', 0]);
		expect(f.asked).toEqual(['/data/events/places/qarnaz/head.json', '/data/events/places/qarnaz/0.json']);
		expect(events.placeLoading('qarnaz')).toBe(true);
		expect(events.placeLoading('dalbur')).toBe(false);
		await f.answer('/data/events/places/qarnaz/head.json', {
			place: 'qarnaz',
			events: [record('q', '2020-02-02')],
			pages: [
				{ first: '2020-01-05', last: '2020-01-05', count: 1 },
				{ first: '2020-02-02', last: '2020-02-02', count: 1 }
			]
		});
		expect(events.placeLoading('qarnaz')).toBe(true);
		await f.answer('/data/events/places/qarnaz/0.json', {
			place: 'qarnaz',
			page: 0,
			events: [record('r', '2020-01-05')]
		});
		expect(events.placeLoading('qarnaz')).toBe(false);
		expect(events.page('qarnaz', 'head')!.events.map((e) => e.event.id)).toEqual(['q']);
		expect(events.page('qarnaz', 'head')!.pages).toHaveLength(2);
		expect(events.page('qarnaz', 0)!.events.map((e) => e.event.id)).toEqual(['r']);
		expect(events.text('q')).toBe('Sentence of q.');
	});

	it('lists a page more for each "Show older", for the place it was used on', () => {
		const events = new ExtractedEvents(async () => ({}));
		expect(events.placeLimit('qarnaz')).toBe(EXTRACTED_PANEL_PAGE);
		events.morePlace('qarnaz');
		events.morePlace('qarnaz');
		expect(events.placeLimit('qarnaz')).toBe(3 * EXTRACTED_PANEL_PAGE);
		expect(events.placeLimit('dalbur')).toBe(EXTRACTED_PANEL_PAGE);
	});
});
