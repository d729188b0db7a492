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
