import { describe, expect, it } from 'vitest';
import { establishedBy, statusOn, statusTimeline, type DatedEvent } from './status';

const e = (id: string, date: string, kind: DatedEvent['kind'], places = ['post']): DatedEvent => ({
	id,
	places,
	date,
	kind
});

describe('statusTimeline', () => {
	const events = [
		e('withdrawn', '2020-10-20', 'post-withdrawn'),
		e('set-up', '2018-04-07', 'post-established'),
		e('shelled', '2019-05-04', 'attacked'),
		e('cut-off', '2019-08-23', 'post-surrounded'),
		e('cut-off-again', '2020-02-08', 'post-surrounded'),
		e('elsewhere', '2018-01-01', 'post-established', ['other-post'])
	];

	it('derives the statuses of a place from its own events, oldest first, skipping repeats', () => {
		expect(statusTimeline(events, 'post')).toEqual([
			{ date: '2018-04-07', status: 'manned', event: 'set-up' },
			{ date: '2019-08-23', status: 'surrounded', event: 'cut-off' },
			{ date: '2020-10-20', status: 'withdrawn', event: 'withdrawn' }
		]);
	});

	it('orders two changes on one day by the life of a post, whatever the file order', () => {
		const sameDay = [e('out', '2020-10-20', 'post-withdrawn'), e('in', '2020-10-20', 'post-surrounded')];
		expect(statusTimeline(sameDay, 'post').map((c) => c.status)).toEqual(['surrounded', 'withdrawn']);
	});

	it('gives a zone its in-force status and other places none', () => {
		expect(statusTimeline([e('agreed', '2018-09-17', 'zone-established', ['zone'])], 'zone')).toEqual([
			{ date: '2018-09-17', status: 'in-force', event: 'agreed' }
		]);
		expect(statusTimeline([e('taken', '2020-02-06', 'captured', ['town'])], 'town')).toEqual([]);
	});
});

describe('statusOn', () => {
	const timeline = statusTimeline(
		[e('a', '2018-04-07', 'post-established'), e('b', '2019-08-23', 'post-surrounded')],
		'post'
	);
	it('is the last change on or before the day', () => {
		expect(statusOn(timeline, '2018-04-06')).toBeUndefined();
		expect(statusOn(timeline, '2018-04-07')).toBe('manned');
		expect(statusOn(timeline, '2019-08-22')).toBe('manned');
		expect(statusOn(timeline, '2019-08-23')).toBe('surrounded');
		expect(statusOn(timeline, '2025-01-01')).toBe('surrounded');
	});
});

describe('establishedBy', () => {
	it("is the first establishing event's day, or undefined", () => {
		const events = [e('b', '2018-05-01', 'post-established'), e('a', '2018-04-07', 'post-established')];
		expect(establishedBy(events, 'post')).toBe('2018-04-07');
		expect(establishedBy([e('c', '2019-01-01', 'attacked')], 'post')).toBeUndefined();
	});
});
