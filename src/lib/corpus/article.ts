import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { z } from 'zod';
import { fieldPath, type DataIssue } from '../core/errors';
import { httpUrl } from '../core/url';
import { isIsoDate, type DatePrecision } from '../core/dates';
import { slugWords } from '../core/fold';

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

/** A validated article: its front matter, its id (the file name) and its body text. */
export interface Article {
	id: string;
	file: string;
	title: string;
	outlet: string;
	published: string;
	datePrecision: DatePrecision;
	url?: string;
	dateEvidence?: string;
	byline?: string;
	body: string;
}

const FRONT_MATTER = /^---\n([\s\S]*?)\n---(?:\n|$)/;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

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
	const parts = splitFrontMatter(text);
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
	if (!fm.success || issues.length > before) return null;
	const { datePrecision = 'day', ...rest } = fm.data;
	return { ...rest, id, file, datePrecision, body: parts.body };
}

/** Writes an article back as Markdown with front matter, in a stable key order. */
export function serializeArticle(fm: FrontMatter, body: string): string {
	const ordered: Record<string, unknown> = {};
	for (const key of [
		'title',
		'outlet',
		'published',
		'datePrecision',
		'url',
		'byline',
		'dateEvidence'
	] as const) {
		if (fm[key] !== undefined) ordered[key] = fm[key];
	}
	return `---\n${stringifyYaml(ordered, { lineWidth: 0 })}---\n\n${body.trim()}\n`;
}

/** A file-name slug for an article: its date and the first words of its title. */
export function articleSlug(published: string, title: string): string {
	return [published, ...slugWords(title)].join('-');
}
