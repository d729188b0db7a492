import { error } from '@sveltejs/kit';
import { curatedArticleIds, curatedPage, siteUrl } from '$lib/server/published';
import type { EntryGenerator, PageServerLoad } from './$types';

/**
 * Every curated article gets a static page: the site is served without a server, so nothing renders
 * on demand. A bulk-ingested article has none (a million pages would be a million files); the shard
 * reader, `/read?id=<id>`, shows it, and every curated one too.
 */
export const prerender = true;

/** The ids of every curated article, so prerendering writes a page even for articles nothing links to yet. */
export const entries: EntryGenerator = () => curatedArticleIds().map((id) => ({ id }));

/**
 * One article with its mentions and the places they name (in order of first mention), and its own
 * absolute address when the site's is configured (`SITE_URL`), for link previews.
 */
export const load: PageServerLoad = ({ params }) => {
	const page = curatedPage(params.id);
	if (!page?.curated) error(404, `No article with id "${params.id}"`);
	const site = siteUrl();
	return { ...page, pageUrl: site ? `${site}/articles/${encodeURIComponent(page.id)}` : undefined };
};
