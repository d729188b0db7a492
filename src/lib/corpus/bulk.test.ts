import { describe, expect, it } from 'vitest';
import type { DataIssue } from '../core/errors';
import { bulkArticle, bulkBody } from './bulk';

const ROW = {
	id: '2020-02-07-talks',
	title: 'Talks on Idlib',
	outlet: 'Levant Monitor',
	published: '2020-02-07',
	body: 'ANKARA – Officials met in Ankara.\r\n\r\nThe talks ended.\n\n'
};

describe('bulkArticle', () => {
	it('turns a valid row into an article with its row and the body normalised like a Markdown body', () => {
		const issues: DataIssue[] = [];
		const a = bulkArticle(
			{ ...ROW, url: 'https://example.com/a', datePrecision: null },
			'bulk/a.parquet',
			4,
			issues
		);
		expect(issues).toEqual([]);
		expect(a).toEqual({
			id: '2020-02-07-talks',
			file: 'bulk/a.parquet',
			row: 4,
			title: 'Talks on Idlib',
			outlet: 'Levant Monitor',
			published: '2020-02-07',
			datePrecision: 'day',
			url: 'https://example.com/a',
			body: 'ANKARA – Officials met in Ankara.\n\nThe talks ended.'
		});
	});

	it('names the file, the row and each bad field, and returns nothing for the row', () => {
		const issues: DataIssue[] = [];
		const a = bulkArticle(
			{ ...ROW, id: 'Not A Slug', published: '2020-02-30', url: 'javascript:alert(1)', extra: 'x' },
			'bulk/a.parquet',
			12,
			issues
		);
		expect(a).toBeNull();
		expect(issues.map((i) => `${i.file}: ${i.field}`).sort()).toEqual([
			'bulk/a.parquet: rows[12].extra',
			'bulk/a.parquet: rows[12].id',
			'bulk/a.parquet: rows[12].published',
			'bulk/a.parquet: rows[12].url'
		]);
	});

	it('requires an id, a title, an outlet, a date and a body', () => {
		const issues: DataIssue[] = [];
		expect(bulkArticle({ body: '  \n ' }, 'f', 0, issues)).toBeNull();
		expect(issues.map((i) => i.field).sort()).toEqual([
			'rows[0].body',
			'rows[0].id',
			'rows[0].outlet',
			'rows[0].published',
			'rows[0].title'
		]);
	});

	it('keeps month precision only on the first of the month', () => {
		const issues: DataIssue[] = [];
		expect(bulkArticle({ ...ROW, datePrecision: 'month' }, 'f', 1, issues)).toBeNull();
		expect(issues).toEqual([
			{ file: 'f', field: 'rows[1].published', message: expect.stringContaining('first of the month') }
		]);
	});

	it('refuses a body over the size limit', () => {
		const issues: DataIssue[] = [];
		expect(bulkArticle({ ...ROW, body: 'word '.repeat(60_000) }, 'f', 2, issues)).toBeNull();
		expect(issues[0]).toMatchObject({
			field: 'rows[2].body',
			message: expect.stringContaining('over the 256 KB')
		});
	});

	it('removes control characters from every field', () => {
		const issues: DataIssue[] = [];
		const a = bulkArticle({ ...ROW, title: 'Talks\u001b[2J on Idlib', byline: 'By A\u0007' }, 'f', 0, issues);
		expect(issues).toEqual([]);
		expect(a?.title).toBe('Talks[2J on Idlib');
		expect(a?.byline).toBe('By A');
	});
});

describe('bulkBody', () => {
	it('drops a byte-order mark, leading blank lines and trailing space', () => {
		expect(bulkBody('\uFEFF\n\n  First.\n\nSecond.  \n')).toBe('  First.\n\nSecond.');
	});
});
