import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { z } from 'zod';
import { fieldPath, type DataIssue } from '../core/errors';
import { httpUrl } from '../core/url';
import { isIsoDate, type DatePrecision } from '../core/dates';
import { slugWords } from '../core/fold';
import { cleanControl } from '../core/control';

/** The front matter of `geodata/articles/*.md`. */
export const frontMatterSchema = z
	.strictObject({
		title: z.string().trim().min(1),
		outlet: z.string().trim().min(1),
		published: z
			.string({ error: 'must be a date written YYYY-MM-DD (quote it if YAML reads it otherwise)' })
			.refine(isIsoDate, 'must be a real date written YYYY-MM-DD'),
		url: z
			.string()
			.refine((u) => httpUrl(u) !== undefined, 'must be an absolute http(s) URL')
			.optional(),
		datePrecision: z.enum(['day', 'month']).optional(),
		dateEvidence: z.string().trim().min(1).optional(),
		byline: z.string().trim().min(1).optional()
	})
	.refine((fm) => fm.datePrecision !== 'month' || fm.published.endsWith('-01'), {
		message: 'with datePrecision: month, published must be the first of the month (YYYY-MM-01)',
		path: ['published']
	});
export type FrontMatter = z.infer<typeof frontMatterSchema>;

/**
 * A validated article: its front matter, its id (the file name, or the bulk store's `id` column) and
 * its body text.
 */
export interface Article {
	id: string;
	file: string;
	/**
	 * For an article of the bulk store (`geodata/bulk/*.parquet`, `corpus/bulk.ts`): its row in `file`,
	 * counted from 0. Absent for a curated Markdown article, which alone gets a prerendered reader page.
	 */
	row?: number;
	title: string;
	outlet: string;
	published: string;
	datePrecision: DatePrecision;
	url?: string;
	dateEvidence?: string;
	byline?: string;
	body: string;
}

/**
 * The largest article body, in UTF-8 bytes. A long read is 30–60 KB of text; a body far over that is a
 * page's comments, a live blog or a mistake, and it would be published whole in the reader page and
 * in the excerpts of every place it names. Ingest refuses such an article and the build rejects one.
 */
export const MAX_ARTICLE_BYTES = 256 * 1024;

/** Bytes of `text` in UTF-8, via the platform's encoder (available in Node and in browsers). */
export function utf8Bytes(text: string): number {
	return new TextEncoder().encode(text).length;
}

const FRONT_MATTER = /^---\n([\s\S]*?)\n---(?:\n|$)/;
/** What an article id must be: a lowercase slug (a Markdown article's file name, a bulk row's `id`). */
export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The front matter's fields in the order an article is written back (and a bulk row's columns hold them). */
export const FRONT_MATTER_FIELDS = [
	'title',
	'outlet',
	'published',
	'datePrecision',
	'url',
	'byline',
	'dateEvidence'
] as const;

/**
 * Splits a Markdown file into its YAML front matter and its body. The body is the text after the
 * closing `---`, with line endings normalised to `\n` and surrounding blank lines removed: mention
 * offsets are counted in exactly this string.
 */
export function splitFrontMatter(text: string): { yaml: string; body: string } | null {
	const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
	const m = FRONT_MATTER.exec(normalised);
	if (!m) return null;
	return {
		yaml: m[1]!,
		body: normalised
			.slice(m[0].length)
			.replace(/^\s*\n/, '')
			.trimEnd()
	};
}

/** Parses and validates one article file; every problem is added to `issues` with its field. */
export function parseArticle(file: string, text: string, issues: DataIssue[]): Article | null {
	const name = file.split('/').pop() ?? file;
	const id = name.replace(/\.md$/, '');
	const before = issues.length;
	if (!SLUG.test(id)) {
		issues.push({
			file,
			field: '(file name)',
			message: `article file names must be lowercase slugs, got "${name}"`
		});
	}
	if (!text.trim()) {
		issues.push({ file, field: '(file)', message: 'file is empty' });
		return null;
	}
	// Control characters never reach the published data or a terminal (`core/control.ts`).
	const parts = splitFrontMatter(cleanControl(text));
	if (!parts) {
		issues.push({ file, field: '(front matter)', message: 'missing YAML front matter between --- lines' });
		return null;
	}
	let data: unknown;
	try {
		data = parseYaml(parts.yaml, { schema: 'core' });
	} catch (e) {
		issues.push({
			file,
			field: '(front matter)',
			message: `invalid YAML: ${(e as Error).message.split('\n')[0]}`
		});
		return null;
	}
	const fm = frontMatterSchema.safeParse(data ?? {});
	if (!fm.success) {
		for (const issue of fm.error.issues)
			issues.push({ file, field: fieldPath(issue.path), message: issue.message });
	}
	if (!parts.body) issues.push({ file, field: 'body', message: 'article has no text' });
	else if (parts.body.length > MAX_ARTICLE_BYTES / 4 && utf8Bytes(parts.body) > MAX_ARTICLE_BYTES)
		issues.push({
			file,
			field: 'body',
			message: `is ${Math.round(utf8Bytes(parts.body) / 1024)} KB, over the ${MAX_ARTICLE_BYTES / 1024} KB limit for one article`
		});
	if (!fm.success || issues.length > before) return null;
	const { datePrecision = 'day', ...rest } = fm.data;
	// YAML escapes ("\e", "\u001b") can write them again inside quoted strings.
	const fields = Object.fromEntries(
		Object.entries(rest).map(([k, v]) => [k, typeof v === 'string' ? cleanControl(v) : v])
	) as typeof rest;
	return { ...fields, id, file, datePrecision, body: parts.body };
}

/** Writes an article back as Markdown with front matter, in a stable key order. */
export function serializeArticle(fm: FrontMatter, body: string): string {
	const ordered: Record<string, unknown> = {};
	for (const key of FRONT_MATTER_FIELDS) if (fm[key] !== undefined) ordered[key] = fm[key];
	return `---\n${stringifyYaml(ordered, { lineWidth: 0 })}---\n\n${body.trim()}\n`;
}

/**
 * The longest article id (and file name, without `.md`): a date and a few title words fit easily,
 * and file systems refuse names over 255 bytes, which a headline of one long "word" would exceed.
 */
export const MAX_ARTICLE_ID_LENGTH = 80;

/**
 * A file-name slug for an article: its date and the first words of its title, cut at a word boundary
 * to at most `MAX_ARTICLE_ID_LENGTH` characters (a first word longer than that is cut inside).
 */
export function articleSlug(published: string, title: string): string {
	let id = published;
	for (const word of slugWords(title)) {
		const next = `${id}-${word}`;
		if (next.length <= MAX_ARTICLE_ID_LENGTH) id = next;
		else {
			if (id === published) id = next.slice(0, MAX_ARTICLE_ID_LENGTH).replace(/-+$/, '');
			break;
		}
	}
	return id;
}
