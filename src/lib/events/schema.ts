import { z } from 'zod';
import { isIsoDate } from '../core/dates';
import { EVENT_DATE_PRECISIONS, EVENT_KINDS } from './kinds';

const slug = z
	.string()
	.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lowercase slug such as "saraqeb-entered-2020-02-06"');

const isoDay = z.string().refine(isIsoDate, 'must be a real date written YYYY-MM-DD');

/**
 * An event reported by an article of the corpus: the article's id and the UTF-16 range of the sentence
 * in its body (the text after the front matter, as the reader shows it). `sentence` repeats that text so
 * a reviewer reads the claim in the file, and so validation can tell when an edit to the article has
 * moved it.
 */
export const articleSourceSchema = z.strictObject({
	article: z.string().min(1),
	start: z.number().int().min(0),
	end: z.number().int().min(1),
	sentence: z.string().min(1)
});

/** An event no article of the corpus reports: where it was published, when, and the sentence that says so. */
export const outsideSourceSchema = z.strictObject({
	outlet: z.string().min(1),
	url: z.url({ protocol: /^https?$/ }),
	published: isoDay,
	quote: z.string().min(1)
});

/** One curated event, as written in `geodata/events/*.json`. */
export const eventSchema = z.strictObject({
	id: slug,
	places: z.array(slug).min(1),
	date: isoDay,
	datePrecision: z.enum(EVENT_DATE_PRECISIONS),
	kind: z.enum(EVENT_KINDS),
	actor: z.string().min(1).optional(),
	label: z.string().min(1).max(120),
	source: z.union([articleSourceSchema, outsideSourceSchema]),
	/** How the date was worked out from the source (e.g. "'on Thursday' in a Friday story"), for reviewers. */
	note: z.string().min(1).optional()
});

export type ArticleSource = z.infer<typeof articleSourceSchema>;
export type OutsideSource = z.infer<typeof outsideSourceSchema>;
export type CuratedEvent = z.infer<typeof eventSchema>;

export const eventFileSchema = z.strictObject({
	events: z.array(z.unknown())
});

/**
 * A validated event: curated from a reviewed file (`file` names it) or `extracted` from article text by
 * ingest or the build, with the extractor's `confidence` in [0, 1].
 */
export type EventRecord = CuratedEvent & {
	file?: string;
	extracted: boolean;
	confidence?: number;
};

/** True when an event's source is an article of the corpus. */
export function isArticleSource(source: ArticleSource | OutsideSource): source is ArticleSource {
	return 'article' in source;
}
