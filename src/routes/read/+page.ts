import { base } from '$app/paths';
import { readerId } from '$lib/view/reader-url';
import { loadShardArticle } from '$lib/view/reader-shard';
import type { PageLoad } from './$types';

/**
 * The shard reader: one prerendered page, `read.html`, that renders any article from its shard in the
 * browser (`/read?id=<id>`). It is rendered only in the browser, since what it shows depends on the
 * query, which a static file cannot.
 */
export const prerender = true;
export const ssr = false;

/** The id from the address, and the article as a promise the page awaits (so it can show progress). */
export const load: PageLoad = ({ url, fetch }) => {
	const id = readerId(url);
	return { id, article: id ? loadShardArticle(fetch, base, id) : Promise.resolve(undefined) };
};
