import { describe, expect, it } from 'vitest';
import type { Dataset, PublishedArticle } from './dataset';
import { csvField, EVENT_CSV_COLUMNS, eventsCsv, publishEvents } from './events';

const ARTICLE: PublishedArticle = {
	id: 'reuters-1',
	title: 'Forces enter Saraqeb',
	outlet: 'Reuters',
	published: '2020-02-07',
	datePrecision: 'day',
	body: 'Forces entered Saraqeb on Thursday, officials said.',
	mentions: []
};

const DATASET: Dataset = {
	places: [],
	articles: [ARTICLE],
	events: [
		{
			id: 'saraqeb-entered',
			places: ['saraqeb'],
			date: '2020-02-06',
			datePrecision: 'day',
			kind: 'entered',
			actor: 'Syrian government forces',
			label: 'Entered, "officials said"',
			source: { article: 'reuters-1', start: 0, end: 51, sentence: ARTICLE.body },
			extracted: false,
			file: 'events/front.json'
		},
		{
			id: 'post-withdrawn',
			places: ['post-9', 'morek'],
			date: '2020-10-19',
			datePrecision: 'week',
			kind: 'post-withdrawn',
			label: '=HYPERLINK("https://evil.example")',
			source: {
				outlet: 'Anadolu',
				url: 'https://example.org/story',
				published: '2020-10-20',
				quote: 'Troops left the post,\nwitnesses said.'
			},
			extracted: true,
			confidence: 0.8
		}
	]
};

describe('publishEvents', () => {
	const { events } = publishEvents(DATASET);

	it("gives an article source the article's outlet, title and day, and the sentence", () => {
		expect(events[0]).toEqual({
			id: 'saraqeb-entered',
			places: ['saraqeb'],
			date: '2020-02-06',
			datePrecision: 'day',
			kind: 'entered',
			actor: 'Syrian government forces',
			label: 'Entered, "officials said"',
			extracted: false,
			source: {
				type: 'article',
				article: 'reuters-1',
				start: 0,
				end: 51,
				sentence: ARTICLE.body,
				outlet: 'Reuters',
				title: 'Forces enter Saraqeb',
				published: '2020-02-07'
			}
		});
	});

	it('keeps an outside source whole and an extracted event its confidence, and no file names', () => {
		expect(events[1]).toMatchObject({
			extracted: true,
			confidence: 0.8,
			source: {
				type: 'outside',
				outlet: 'Anadolu',
				url: 'https://example.org/story',
				published: '2020-10-20'
			}
		});
		expect(JSON.stringify(events)).not.toContain('events/front.json');
	});
});

describe('eventsCsv', () => {
	const csv = eventsCsv(publishEvents(DATASET));
	const lines = csv.split('\r\n');

	it('has a header of the documented columns and one row per event', () => {
		expect(lines[0]).toBe(EVENT_CSV_COLUMNS.join(','));
		expect(lines[1]).toMatch(/^saraqeb-entered,2020-02-06,day,entered,saraqeb,Syrian government forces,/);
		expect(csv.endsWith('\r\n')).toBe(true);
	});

	it('quotes commas, quotes and line breaks, joins places with ";" and defuses formulas', () => {
		expect(lines[1]).toContain('"Entered, ""officials said"""');
		expect(csv).toContain('post-9;morek');
		expect(csv).toContain(`"'=HYPERLINK(""https://evil.example"")"`);
		expect(csv).toContain('"Troops left the post,\nwitnesses said."');
	});

	it('writes one field at a time by RFC 4180', () => {
		expect(csvField(undefined)).toBe('');
		expect(csvField(3)).toBe('3');
		expect(csvField(-3)).toBe('-3');
		expect(csvField('-3 killed')).toBe("'-3 killed");
		expect(csvField('plain')).toBe('plain');
	});
});
