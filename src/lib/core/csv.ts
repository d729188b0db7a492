/**
 * The one CSV rule of the project, shared by the published `data/events.csv` and the explorer's own
 * downloads. Plain string work with no imports, so browser code can use it without pulling in the
 * build's validation code (zod, which tests `new Function` and so trips the page's script policy).
 */

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break. A value a spreadsheet
 * would run as a formula (starting with `=`, `+`, `-`, `@`, tab or carriage return) gets a leading `'`,
 * so a hostile label stays text when someone opens the file.
 */
export function csvField(value: string | number | boolean | undefined): string {
	if (value === undefined) return '';
	let text = String(value);
	if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Reads back the dialect `csvField` writes: RFC 4180 fields, rows ending in CRLF, the file ending with one.
 * The explorer never reads CSV; this is the other half of the rule, so that the tests of every file the project
 * writes as CSV (the downloads, `data/events.csv`) parse it by the same reading a spreadsheet would make.
 * A file that does not end with CRLF, or ends inside a quoted field, is an error rather than a short last row.
 */
export function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (c === '"') quoted = false;
			else field += c;
		} else if (c === '"') quoted = true;
		else if (c === ',') {
			row.push(field);
			field = '';
		} else if (c === '\r' && text[i + 1] === '\n') {
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
			i++;
		} else field += c;
	}
	if (quoted) throw new Error('CSV ends inside a quoted field');
	if (field !== '' || row.length > 0) throw new Error('CSV does not end with CRLF');
	return rows;
}
