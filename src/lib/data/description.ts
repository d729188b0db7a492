/**
 * The description builder: what a shared link, a search engine or a reader's head says of an article.
 * Its own module, importing only text functions, because the shard reader builds it in the browser
 * (the shard holds no description) and must not pull the dataset's validation (zod) into the page.
 */
import type { PublishedArticle } from './dataset';
import { datelineSpan } from '../corpus/clean';
import { sentenceAround } from './excerpt';

/** Longest description, in UTF-16 units: search results and link previews show about this much. */
export const DESCRIPTION_LIMIT = 200;

/**
 * What a shared link or a search result says of the article: the first sentence of its text after the
 * dateline and any crosshead (in an excerpts build, of its first excerpt, which the page shows), cut at
 * a word before `DESCRIPTION_LIMIT` with an ellipsis; the title when the body has no text.
 */
export function articleDescription(article: Pick<PublishedArticle, 'body' | 'title'>): string {
	const { body } = article;
	let from = datelineSpan(body)?.end ?? 0;
	while (body.startsWith('## ', from) && body.indexOf('\n', from) >= 0) from = body.indexOf('\n', from) + 1;
	while (from < body.length && /\s/.test(body[from]!)) from++;
	if (from >= body.length) return article.title;
	const s = sentenceAround(body, from, from);
	const sentence = body.slice(Math.max(s.start, from), s.end).replace(/\s+/g, ' ').trim();
	if (!sentence) return article.title;
	if (sentence.length <= DESCRIPTION_LIMIT) return sentence;
	const cut = sentence.lastIndexOf(' ', DESCRIPTION_LIMIT - 1);
	return `${sentence.slice(0, cut > 0 ? cut : DESCRIPTION_LIMIT - 1).replace(/[\s,;:–—-]+$/u, '')}…`;
}
