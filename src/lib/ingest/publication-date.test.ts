import { describe, expect, it } from 'vitest';
import { previousWeekday, proposeDate, statedDay, windows } from './publication-date';

const none = { stated: [], furniture: [], captions: [], body: '' };

describe('previousWeekday (the backward rule)', () => {
	it('counts back to the latest such day, the reference day itself included', () => {
		expect(previousWeekday('2020-02-07', 5)).toBe('2020-02-07');
		expect(previousWeekday('2020-02-07', 4)).toBe('2020-02-06');
		expect(previousWeekday('2020-02-07', 6)).toBe('2020-02-01');
		expect(previousWeekday('2020-03-01', 1)).toBe('2020-02-24');
	});
});

describe('statedDay', () => {
	it('keeps the calendar day a timestamp was written in, whatever its offset', () => {
		expect(statedDay('2020-03-05T01:30:00+03:00')).toBe('2020-03-05');
		expect(statedDay('2020-03-04T23:30:00-05:00')).toBe('2020-03-04');
		expect(statedDay('Thu, 05 Mar 2020 09:30:00 GMT')).toBe('2020-03-05');
	});

	it('refuses what is not a whole date', () => {
		expect(statedDay('2020-02-30')).toBeUndefined();
		expect(statedDay('March 2020')).toBeUndefined();
		expect(statedDay('soon')).toBeUndefined();
	});
});

describe('proposeDate', () => {
	it('takes a date the page states, and counts weekdays back from it', () => {
		const p = proposeDate({
			...none,
			stated: [{ value: '2020-02-19T10:00:00Z', source: '<meta article:published_time>' }],
			body: 'Troops advanced on Tuesday and the president spoke on Wednesday.'
		});
		expect(p).toMatchObject({ published: '2020-02-19', datePrecision: 'day', inferred: false });
		expect(p.dateEvidence).toContain('Tuesday is 2020-02-18');
		expect(p.dateEvidence).toContain('Wednesday is 2020-02-19');
	});

	it('reads a date line among the page furniture', () => {
		const p = proposeDate({ ...none, furniture: ['Menu', 'Published 12 March 2020'] });
		expect(p).toMatchObject({ published: '2020-03-12', datePrecision: 'day', inferred: false });
	});

	it('otherwise proposes the first named weekday on or after the latest date, marked inferred', () => {
		const p = proposeDate({
			...none,
			captions: ['A convoy near Idlib, Syria, January 7, 2018.'],
			body: 'Turkey spoke on Wednesday. It summoned the envoys on Tuesday. Officials said on Wednesday.'
		});
		expect(p).toMatchObject({ published: '2018-01-10', datePrecision: 'day', inferred: true });
		expect(p.dateEvidence).toMatch(/^Inferred, check it/);
	});

	it('never counts a weekday forward past what the text allows: "next Friday" is not the report day', () => {
		const p = proposeDate({
			...none,
			body: 'On 3 September 2018 the minister spoke. The summit is next Friday.'
		});
		expect(p).toMatchObject({ published: '2018-09-01', datePrecision: 'month', inferred: true });
	});

	it('does not take a file photo or a relative phrase as a bound', () => {
		const p = proposeDate({
			...none,
			captions: ['FILE PHOTO: A soldier in Idlib, Syria, January 13, 2020.'],
			body: 'The offensive will end by the end of the month, officials said on Friday.'
		});
		expect(p).toEqual({
			published: null,
			datePrecision: null,
			dateEvidence: expect.stringContaining('--date'),
			inferred: false
		});
	});

	it('proposes a month from a month and year', () => {
		expect(proposeDate({ ...none, body: 'Sanctions were eased in June 2025.' })).toMatchObject({
			published: '2025-06-01',
			datePrecision: 'month',
			inferred: true
		});
	});
});

describe('windows: what chrono reads at once', () => {
	it('cuts text into lines, and a long line at spaces, losing no text', () => {
		const line = Array.from({ length: 800 }, (_, i) => `word${i}`).join(' ');
		const parts = windows(`first line\n${line}\n\nlast`);
		expect(parts[0]).toBe('first line');
		expect(parts.at(-1)).toBe('last');
		expect(parts.slice(1, -1).join('')).toBe(line);
		for (const p of parts) expect(p.length).toBeLessThanOrEqual(2_000);
	});

	it('still finds the latest date in a capture of many paragraphs', () => {
		const body = Array.from(
			{ length: 300 },
			(_, i) => `On ${(i % 28) + 1} February 2020, shelling went on.`
		).join('\n\n');
		const proposal = proposeDate({
			stated: [],
			furniture: [],
			captions: [],
			body: `${body}\n\nIt was 3 March 2020.`
		});
		expect(proposal.published).toBe('2020-03-01');
		expect(proposal.dateEvidence).toContain('3 March 2020');
	});
});
