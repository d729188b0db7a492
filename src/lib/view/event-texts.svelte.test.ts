import { describe, expect, it, vi } from 'vitest';
import type { EventsFile } from '../data/events';
import { EventTexts } from './event-texts.svelte';

const FILE: EventsFile = {
	events: [
		{
			id: 'in-article',
			places: ['saraqeb'],
			date: '2020-02-06',
			datePrecision: 'day',
			kind: 'entered',
			label: 'l',
			extracted: false,
			source: {
				type: 'article',
				article: 'a',
				start: 0,
				end: 9,
				sentence: 'Sentence.',
				outlet: 'Reuters',
				title: 't',
				published: '2020-02-07'
			}
		},
		{
			id: 'outside',
			places: ['saraqeb'],
			date: '2020-02-05',
			datePrecision: 'day',
			kind: 'entered',
			label: 'l',
			extracted: false,
			source: {
				type: 'outside',
				outlet: 'AFP',
				url: 'https://example.org/',
				published: '2020-02-05',
				quote: 'Quote.'
			}
		}
	]
};

describe('EventTexts', () => {
	it('fetches the events once and gives each its sentence or quote', async () => {
		const load = vi.fn(async () => FILE);
		const texts = new EventTexts(load);
		expect(texts.text('outside')).toBeUndefined();
		texts.want();
		texts.want();
		await vi.waitFor(() => expect(texts.text('outside')).toBe('Quote.'));
		expect(texts.text('in-article')).toBe('Sentence.');
		texts.want();
		expect(load).toHaveBeenCalledTimes(1);
	});

	it('tries again on the next want after a failure', async () => {
		const load = vi.fn().mockRejectedValueOnce(new Error('HTTP 503')).mockResolvedValueOnce(FILE);
		const texts = new EventTexts(load);
		texts.want();
		await vi.waitFor(() => expect(load).toHaveBeenCalledTimes(1));
		await Promise.resolve();
		texts.want();
		await vi.waitFor(() => expect(texts.text('outside')).toBe('Quote.'));
		expect(load).toHaveBeenCalledTimes(2);
	});
});
