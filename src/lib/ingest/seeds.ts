import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { articleSlug, serializeArticle, type FrontMatter } from '../corpus/article';
import { cleanCapture } from '../corpus/clean';
import { DataError, fieldPath } from '../core/errors';

const seedSchema = z.object({
	articles: z.array(
		z.object({
			capture: z.string(),
			index: z.number().int().min(0),
			outlet: z.string(),
			url: z.string().optional(),
			published: z.string(),
			datePrecision: z.enum(['day', 'month']),
			dateEvidence: z.string()
		})
	)
});

/** One seed article ready to write: its file name and Markdown text. */
export interface SeedArticle {
	id: string;
	capture: string;
	markdown: string;
}

/**
 * Rebuilds the seed articles: the text comes from the cleaner run on each capture, the metadata that
 * needs a human's judgement (outlet, date and its evidence) from `captures/seeds.json`.
 */
export function buildSeedArticles(capturesDir: string): SeedArticle[] {
	const manifestFile = join(capturesDir, 'seeds.json');
	const parsed = seedSchema.safeParse(JSON.parse(readFileSync(manifestFile, 'utf8')));
	if (!parsed.success) {
		throw new DataError(
			parsed.error.issues.map((i) => ({ file: manifestFile, field: fieldPath(i.path), message: i.message }))
		);
	}
	const cleaned = new Map<string, ReturnType<typeof cleanCapture>>();
	return parsed.data.articles.map((seed, n) => {
		let result = cleaned.get(seed.capture);
		if (!result) {
			result = cleanCapture(readFileSync(join(capturesDir, seed.capture), 'utf8'));
			cleaned.set(seed.capture, result);
		}
		const article = result.articles[seed.index];
		if (!article) {
			throw new DataError([
				{
					file: manifestFile,
					field: `articles[${n}].index`,
					message: `${seed.capture} has no article ${seed.index}`
				}
			]);
		}
		const fm: FrontMatter = {
			title: article.title,
			outlet: seed.outlet,
			published: seed.published,
			datePrecision: seed.datePrecision,
			url: seed.url,
			byline: article.byline,
			dateEvidence: seed.dateEvidence
		};
		return {
			id: articleSlug(seed.published, article.title),
			capture: seed.capture,
			markdown: serializeArticle(fm, article.body)
		};
	});
}
