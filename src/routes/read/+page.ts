import { browser } from '$app/environment';
import { base } from '$app/paths';
import { readerId } from '$lib/view/reader-url';
import { loadShardArticle } from '$lib/view/reader-shard';
import type { ShardArticle } from '$lib/data/article-shards';
import type { PageLoad } from './$types';

/**
 * The shard reader: one prerendered page, `read.html`, that renders any article from its shard in the
 * browser (`/read?id=<id>`). What it shows depends on the query, which a static file cannot know, so
 * the prerendered HTML is the page as it is while the article loads, with the site's title and Open
 * Graph tags (what a link preview, which runs no script, reads); the browser then loads the article and
 * the head becomes the article's.
 */
export const prerender = true;

/**
 * The id from the address, and the article as a promise the page awaits (so it can show progress). On
 * the server, prerendering, there is no query to read: the promise never settles, so the HTML is the
 * loading state, the same as the browser's first render, which hydrates it.
 */
export const load: PageLoad = ({ url, fetch }) => {
	if (!browser) return { id: undefined, article: new Promise<ShardArticle | undefined>(() => {}) };
	const id = readerId(url);
	return { id, article: id ? loadShardArticle(fetch, base, id) : Promise.resolve(undefined) };
};
