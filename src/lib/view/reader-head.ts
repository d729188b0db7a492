/**
 * What a reader page says of itself in its `<head>`: the title, the description and the Open Graph
 * tags. The shard reader (`/read?id=<id>`) is one prerendered page for every article, so its HTML can
 * name no article: as served, and to a link preview (which runs no script), it stands for the site;
 * once its article is here, the same tags say the article's title, description and date. The curated
 * pages (`/articles/<id>`) are prerendered with their article's, from the same function, so both
 * readers describe an article alike.
 */
import { pageTitle, SITE_DESCRIPTION, SITE_NAME, SITE_TITLE } from '../core/site';
import type { ShardArticle } from '../data/article-shards';
import { articleDescription } from '../data/description';
import { readerPath, type ReaderPath } from './reader-url';

/** The head of a reader page. */
export interface ReaderHead {
	/** The document's title (`<title>`). */
	title: string;
	/** What a preview's headline says (`og:title`, `twitter:title`): the article's title alone. */
	headline: string;
	description: string;
	/** `og:type`. */
	type: 'website' | 'article';
	siteName: typeof SITE_NAME;
	/** `article:published_time`: the day, or the month when only that is known. */
	published?: string;
	/**
	 * The page to share for this article (`canonical`, `og:url`): a curated article's prerendered page,
	 * which link previews can read; a bulk article's own reader address otherwise.
	 */
	path?: ReaderPath;
}

/** Where the shard reader is: waiting for its shard, showing an article, or unable to. */
export type ReaderState =
	| { state: 'loading' }
	| { state: 'found'; article: ShardArticle }
	| { state: 'missing' }
	| { state: 'failed' };

/** The site's head: what the shard reader is prerendered with and says until its article is here. */
export const SITE_HEAD: ReaderHead = {
	title: SITE_TITLE,
	headline: SITE_TITLE,
	description: SITE_DESCRIPTION,
	type: 'website',
	siteName: SITE_NAME
};

/**
 * The head for an article: its title, its description (`articleDescription`: the first sentence after
 * the dateline, or of the first excerpt in an excerpts-only build), its date and the page to share.
 */
export function articleHead(
	article: Pick<ShardArticle, 'id' | 'title' | 'body' | 'published' | 'datePrecision' | 'curated'>
): ReaderHead {
	return {
		title: pageTitle(article.title),
		headline: article.title,
		description: articleDescription(article),
		type: 'article',
		siteName: SITE_NAME,
		published: article.datePrecision === 'month' ? article.published.slice(0, 7) : article.published,
		path: readerPath(article)
	};
}

/** The shard reader's head in each state: the site's until an article is shown, then the article's. */
export function readerHead(reader: ReaderState): ReaderHead {
	switch (reader.state) {
		case 'loading':
			return SITE_HEAD;
		case 'found':
			return articleHead(reader.article);
		case 'missing':
			return { ...SITE_HEAD, title: pageTitle('Article not found') };
		case 'failed':
			return { ...SITE_HEAD, title: pageTitle('The article could not be loaded') };
	}
}
