/**
 * Bulk-ingested articles: the rows of a columnar store (`geodata/bulk/*.parquet`, see
 * `server/bulk-store.ts`) checked by the same rules as a curated Markdown article. A row is the
 * article's front matter fields as columns plus its id and body; this module turns one row into an
 * `Article` or names, with the file, the row and the field, everything wrong with it.
 */
import { fieldPath, type DataIssue } from '../core/errors';
import { cleanControl } from '../core/control';
import {
	FRONT_MATTER_FIELDS,
	frontMatterSchema,
	SLUG,
	MAX_ARTICLE_BYTES,
	MAX_ARTICLE_ID_LENGTH,
	utf8Bytes,
	type Article,
	type FrontMatter
} from './article';

/** The store's columns, in the order a file holds them. Every column is text; only `id`, `title`, `outlet`, `published` and `body` are required. */
export const BULK_COLUMNS = ['id', ...FRONT_MATTER_FIELDS, 'body'] as const;
export type BulkColumn = (typeof BULK_COLUMNS)[number];

/** One row as a store file or a JSON Lines import gives it: anything, until `bulkArticle` has checked it. */
export type BulkRow = Partial<Record<BulkColumn, unknown>> & Record<string, unknown>;

/**
 * The body as a Markdown article's would be after its front matter: control characters removed,
 * line endings `\n`, blank lines at either end dropped. Mention offsets are counted in this string.
 */
export function bulkBody(text: string): string {
	return cleanControl(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'))
		.replace(/^\s*\n/, '')
		.trimEnd();
}

/**
 * Checks one row and returns its article, or null after adding every problem to `issues`. The issues
 * name the row as `label` (`rows[index]` by default, counting from 0; an import from JSON Lines says
 * `line N`). A missing value is `null` or `undefined` (an empty column); an unknown column is an error,
 * as an unknown front matter key is.
 */
export function bulkArticle(
	row: BulkRow,
	file: string,
	index: number,
	issues: DataIssue[],
	label = `rows[${index}]`
): Article | null {
	const before = issues.length;
	const at = (field: string) => `${label}.${field}`;
	const push = (field: string, message: string) => issues.push({ file, field: at(field), message });
	for (const key of Object.keys(row)) {
		if (!(BULK_COLUMNS as readonly string[]).includes(key) && row[key] != null)
			push(key, `unknown column "${key}"`);
	}
	const id = row.id;
	if (typeof id !== 'string' || !id) push('id', 'is required: a lowercase slug');
	else if (!SLUG.test(id))
		push('id', `must be a lowercase slug (a-z, 0-9, single hyphens), got "${cleanControl(id)}"`);
	else if (id.length > MAX_ARTICLE_ID_LENGTH)
		push('id', `is longer than ${MAX_ARTICLE_ID_LENGTH} characters`);

	const fm: Record<string, unknown> = {};
	for (const key of FRONT_MATTER_FIELDS) {
		const value = row[key];
		if (value == null || value === '') continue;
		fm[key] = typeof value === 'string' ? cleanControl(value) : value;
	}
	const parsed = frontMatterSchema.safeParse(fm);
	if (!parsed.success) for (const issue of parsed.error.issues) push(fieldPath(issue.path), issue.message);

	let body = '';
	if (typeof row.body !== 'string') push('body', row.body == null ? 'article has no text' : 'must be text');
	else {
		body = bulkBody(row.body);
		if (!body) push('body', 'article has no text');
		else if (body.length > MAX_ARTICLE_BYTES / 4 && utf8Bytes(body) > MAX_ARTICLE_BYTES)
			push(
				'body',
				`is ${Math.round(utf8Bytes(body) / 1024)} KB, over the ${MAX_ARTICLE_BYTES / 1024} KB limit for one article`
			);
	}
	if (!parsed.success || issues.length > before) return null;
	const { datePrecision = 'day', ...rest }: FrontMatter = parsed.data;
	return { ...rest, id: id as string, file, row: index, datePrecision, body };
}
